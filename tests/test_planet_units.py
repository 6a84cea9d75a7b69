"""The planet's plain modules on their own: configuration, identity, cache merging, sanitizing,
summaries, burst guard and merging across feeds (no network, no Pelican)."""

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planet import cache as planet_cache
from planet.config import ConfigError, validate
from planet.merge import held_back, merge
from planet.parse import NotAFeed, identity, parse_feed
from planet.sanitize import html_to_text, sanitize_html, truncate_html

T0 = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)


def feeds(*items):
    return validate({"PLANET_FEEDS": list(items)})


# Configuration --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, words",
    [
        ("not a list", "PLANET_FEEDS"),
        ([{"url": "https://a.example.org/feed"}], "'name' is required"),
        ([{"name": "A"}], "'url'"),
        ([{"name": "A", "url": "ftp://a.example.org/feed"}], "http(s) URL"),
        ([{"name": "A", "url": "https://a.example.org/", "tilte_filter": "x"}], "unknown key"),
        ([{"name": "A", "url": "https://a.example.org/", "title_filter": "(unclosed"}], "regular expression"),
        ([{"name": "A", "url": "https://a.example.org/", "max_entries": 0}], "max_entries"),
        ([{"name": "A", "url": "https://a.example.org/", "include_tags": "postgresql"}], "list of tag names"),
        (
            [
                {"name": "A b", "url": "https://a.example.org/"},
                {"name": "a-B", "url": "https://b.example.org/"},
            ],
            "same cache key",
        ),
    ],
)
def test_config_errors_name_the_problem(bad, words):
    with pytest.raises(ConfigError, match=words.replace("(", r"\(").replace(")", r"\)")):
        validate({"PLANET_FEEDS": bad})


@pytest.mark.parametrize(
    "key, value", [("PLANET_TIMEOUT", 0), ("PLANET_CONCURRENCY", "8"), ("PLANET_MAX_BYTES", -1)]
)
def test_numeric_settings_are_checked(key, value):
    with pytest.raises(ConfigError, match=key):
        validate({key: value})


def test_a_valid_feed_gets_a_slug_and_normalized_filters():
    (feed,) = feeds(
        {
            "name": "Les notes de Brigitte",
            "url": "https://notes.example.test/index.rdf",
            "include_tags": ["PostgreSQL "],
            "title_filter": "^[^!]*$",
            "max_entries": 3,
        }
    )
    assert feed.slug == "les-notes-de-brigitte"
    assert feed.include_tags == {"postgresql"} and feed.max_entries == 3


# Identity -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("http://example.org/post/1", "https://example.org/post/1/"),
        ("https://Example.ORG:443/post/1", "https://example.org/post/1"),
        ("http://example.org:80/a?b=1", "https://example.org/a/?b=1"),
    ],
)
def test_scheme_case_port_and_trailing_slash_do_not_matter(a, b):
    assert identity(a) == identity(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("https://example.org/#post-1", "https://example.org/#post-2"),
        ("https://example.org/a?p=1", "https://example.org/a?p=2"),
        ("tag:example.org,2025:1", "tag:example.org,2025:2"),
    ],
)
def test_fragments_queries_and_other_ids_still_tell_entries_apart(a, b):
    assert identity(a) != identity(b)


# Cache ----------------------------------------------------------------------------------------


def entry(key, published=None, title=None, position=0, **extra):
    return {
        "key": key,
        "id": None,
        "link": None,
        "title": title or key,
        "author": None,
        "content": None,
        "summary": None,
        "base": None,
        "tags": [],
        "published": published,
        "updated": None,
        "position": position,
        **extra,
    }


def test_absorb_keeps_first_seen_place_and_old_entries():
    first, new, updated = planet_cache.absorb(
        [], [entry("a", "2025-05-01T00:00:00+00:00"), entry("b")], T0, retain=10
    )
    assert new == 2 and updated == 0
    later = T0 + dt.timedelta(hours=1)
    changed = entry("a", "2025-05-30T00:00:00+00:00", title="a, revised")
    entries, new, updated = planet_cache.absorb(first, [changed, entry("c")], later, retain=10)
    by_key = {e["key"]: e for e in entries}
    assert (new, updated) == (1, 1)
    assert by_key["a"]["title"] == "a, revised"
    assert by_key["a"]["published"] == "2025-05-01T00:00:00+00:00"  # keeps its place
    assert by_key["a"]["first_seen"] == T0.isoformat()
    assert "b" in by_key  # scrolled out of the feed, still on the planet
    assert by_key["c"]["first_seen"] == later.isoformat()


def test_retention_drops_the_oldest_entries_that_left_the_feed():
    old = [entry(f"old{i}", f"2024-01-{i + 1:02d}T00:00:00+00:00") for i in range(5)]
    cached, _, _ = planet_cache.absorb([], old, T0, retain=10)
    entries, _, _ = planet_cache.absorb(cached, [entry("now", "2025-01-01T00:00:00+00:00")], T0, retain=3)
    assert [e["key"] for e in entries] == ["now", "old4", "old3"]


def test_cache_file_round_trip_and_newer_versions_left_alone(tmp_path):
    cached = planet_cache.FeedCache("a", {"etag": '"x"'}, [dict(entry("k"), first_seen=T0.isoformat())])
    planet_cache.save(tmp_path, cached)
    again = planet_cache.load(tmp_path, "a")
    assert again.problem is None and again.entries == cached.entries and again.state == cached.state
    path = Path(planet_cache.feed_path(tmp_path, "a"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "lectern-planet-cache" and data["version"] == planet_cache.VERSION
    data["version"] = planet_cache.VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    newer = planet_cache.load(tmp_path, "a")
    assert newer.problem and not newer.writable
    path.write_text("{half a file", encoding="utf-8")
    assert planet_cache.load(tmp_path, "a").problem


# Sanitizing -----------------------------------------------------------------------------------


def test_sanitize_resolves_relative_urls_and_marks_links():
    html = sanitize_html(
        '<p><a href="../other/">x</a> <a href="#fn1">1</a></p>', "https://b.example.org/2025/post/"
    )
    assert 'href="https://b.example.org/2025/other/"' in html
    assert 'href="https://b.example.org/2025/post/#fn1"' in html
    assert html.count('rel="nofollow noopener"') == 2


def test_images_from_elsewhere_become_links_and_ours_stay():
    html = sanitize_html(
        '<p><img src="/a.png" alt="A &lt;chart&gt;"></p><a href="/x"><img src="/b.png"></a>',
        "https://b.example.org/",
    )
    assert "<img" not in html
    assert (
        '<a class="planet-image" href="https://b.example.org/a.png" rel="nofollow noopener">[Image: A &lt;chart&gt;]</a>'
        in html
    )
    assert '<span class="planet-image">[Image]</span>' in html  # no link inside a link
    ours = sanitize_html(
        '<img src="https://site.example.test/i.png" alt="">',
        None,
        keep_image=lambda src: src.startswith("https://site.example.test/"),
    )
    assert ours.startswith("<img")


def test_headings_move_under_the_entry_title_and_pre_is_focusable():
    html = sanitize_html("<h1>A</h1><h2>B</h2><h5>C</h5><pre>x</pre>")
    assert html == '<h3>A</h3><h4>B</h4><h6>C</h6><pre tabindex="0">x</pre>'


def test_titles_become_text():
    assert html_to_text("<b>Bold</b> &amp; <script>alert(1)</script>&lt;i&gt;") == "Bold & <i>"


def test_truncate_html_counts_words_and_closes_tags():
    html, cut = truncate_html("<p>one <em>two three</em> four</p><p>five</p>", 2)
    assert (html, cut) == ("<p>one <em>two…</em></p>", True)
    assert truncate_html("<p>one two</p>", 2) == ("<p>one two</p>", False)


def balanced(html):
    """Whether every non-void start tag in `html` is closed, in order."""
    import re

    stack = []
    for closing, name in re.findall(r'<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"]|"[^"]*")*>', html):
        if name.lower() in {"br", "hr", "img", "wbr", "col"}:
            continue
        if not closing:
            stack.append(name.lower())
        elif not stack or stack.pop() != name.lower():
            return False
    return not stack


@given(
    st.text(alphabet=st.sampled_from(list("ab <>/=\"'&;pemstrongcode")), max_size=300)
    | st.text(max_size=200),
    st.integers(min_value=1, max_value=30),
)
@settings(max_examples=100, deadline=None)
def test_truncated_sanitized_html_stays_balanced(text, words):
    cleaned = sanitize_html(text, "https://b.example.org/")
    cut, _ = truncate_html(cleaned, words)
    assert balanced(cleaned) and balanced(cut), (cleaned, cut)


# Parsing --------------------------------------------------------------------------------------


def test_html_page_is_not_a_feed_and_says_where_the_feed_is():
    page = b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'
    with pytest.raises(NotAFeed, match=r"HTML page.*/feed\.xml"):
        parse_feed(page, "https://b.example.org/", "text/html")


def test_trailing_comment_does_not_make_a_feed_truncated():
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a &nbsp; b</title>'
        b"<link>https://b.example.org/a</link></item></channel></rss>\n<!-- cached 0.2 s -->\n"
    )
    parsed = parse_feed(body, "https://b.example.org/feed")
    assert [e["title"] for e in parsed.entries] == ["a b"]


# Merging --------------------------------------------------------------------------------------


def test_burst_guard_keeps_the_newest_of_one_fetch():
    batch = [
        entry(f"e{i}", f"2025-05-{i + 1:02d}T00:00:00+00:00", first_seen=T0.isoformat()) for i in range(8)
    ]
    hidden = held_back(batch, 3)
    assert hidden == {f"e{i}" for i in range(5)}


def test_duplicates_across_feeds_keep_the_original_attribution():
    a, b = feeds(
        {"name": "A", "url": "https://a.example.org/feed"}, {"name": "B", "url": "https://b.example.org/feed"}
    )
    seen = T0.isoformat()
    original = entry(
        "web:a.example.org/p",
        "2025-05-02T00:00:00+00:00",
        id="https://a.example.org/p/",
        link="https://a.example.org/p/",
        first_seen=seen,
    )
    repost = entry(
        "web:a.example.org/p",
        "2025-05-05T00:00:00+00:00",
        title="Repost",
        id="http://a.example.org/p",
        link="http://a.example.org/p",
        first_seen=seen,
    )
    numbered_a = entry("id:42", "2025-04-01T00:00:00+00:00", id="42", first_seen=seen)
    numbered_b = entry("id:42", "2025-04-02T00:00:00+00:00", id="42", first_seen=seen)
    merged = merge([(a, [original, numbered_a]), (b, [repost, numbered_b])], burst_limit=10, max_entries=10)
    assert [(m.feed.name, m.entry["title"]) for m in merged] == [
        ("A", "web:a.example.org/p"),
        ("B", "id:42"),
        ("A", "id:42"),
    ]


def test_updated_dates_never_reorder_and_missing_dates_use_first_seen():
    (a,) = feeds({"name": "A", "url": "https://a.example.org/feed"})
    old_bumped = entry(
        "old",
        "2024-01-01T00:00:00+00:00",
        updated="2025-06-01T00:00:00+00:00",
        first_seen="2024-01-02T00:00:00+00:00",
    )
    undated = entry("undated", None, first_seen="2025-03-01T00:00:00+00:00")
    recent = entry("recent", "2025-02-01T00:00:00+00:00", first_seen="2025-02-01T00:00:00+00:00")
    merged = merge([(a, [old_bumped, undated, recent])], burst_limit=10, max_entries=10)
    assert [m.entry["key"] for m in merged] == ["undated", "recent", "old"]
    assert not merged[0].dated


# Pelican glue ----------------------------------------------------------------------------------


def test_nav_entry_is_added_once_and_defaults_are_filled():
    from types import SimpleNamespace

    import planet

    shared_default = []
    pelican = SimpleNamespace(settings={"NAV_SECTIONS": shared_default})
    planet.configure(pelican)
    planet.configure(pelican)
    assert pelican.settings["NAV_SECTIONS"] == [("Planet", "planet/")]
    assert shared_default == []  # the blog plugin's default list is never changed in place
    assert (
        pelican.settings["PLANET_PER_PAGE"] == 10 and pelican.settings["PLANET_CACHE_PATH"] == "planet-cache"
    )


def test_title_filter_and_max_entries_per_feed():
    (a,) = feeds(
        {"name": "A", "url": "https://a.example.org/feed", "title_filter": "postgres", "max_entries": 2}
    )
    candidates = [
        entry(
            f"k{n}",
            f"2025-05-{n + 1:02d}T00:00:00+00:00",
            title=f"{'PostgreSQL' if n % 2 else 'Other'} {n}",
            first_seen=f"2025-05-{n + 1:02d}T00:00:00+00:00",
        )
        for n in range(8)
    ]
    merged = merge([(a, candidates)], burst_limit=10, max_entries=10)
    assert [m.entry["title"] for m in merged] == ["PostgreSQL 7", "PostgreSQL 5"]


@pytest.mark.parametrize("kept", [0, 1, 7, 100])
def test_light_loading_shows_exactly_what_full_loading_shows(kept):
    """The build reads the planet cache without bodies and reads back those of the entries
    shown: the pages must not change (checked on the bundled demo cache)."""
    import importlib.util

    from planet.view import load_feeds, planet_model

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("demo_conf", root / "pelicanconf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    settings = {**{k: v for k, v in vars(conf).items() if k.isupper()}, "SITE_ORIGIN": "https://example.org"}
    settings = {**settings, "PLANET_MAX_ENTRIES": 7}  # fewer shown than cached: some bodies stay unread
    feeds = validate(settings)
    directory = root / settings["PLANET_CACHE_PATH"]
    full = load_feeds(feeds, directory, warn=pytest.fail)
    light = load_feeds(feeds, directory, warn=pytest.fail, keep_bodies=kept)
    assert sum(len(entries) for _f, _s, entries in full) > 7
    assert sum(1 for _f, _s, entries in light for e in entries if "content" in e or "summary" in e) <= kept
    expected = planet_model(settings, full)
    assert planet_model(settings, light, cache_dir=directory) == expected
    assert all(view.html for view in expected[0])
