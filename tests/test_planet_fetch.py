"""`invoke planet` against a real HTTP server on 127.0.0.1: every fault is reported for its feed,
and the cache stays right (a failed feed keeps its entries; one feed never breaks the run)."""

import gzip
import os
import random
import signal
import socket
import subprocess
import sys
import time
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from fixtures.planet.build_model import build_model
from fixtures.planet.feedserver import Feed, FeedServer, Hang, Raw, ShortBody, Status, reset
from planet import cache as planet_cache
from planet.run import fetch_all, main


def rss(*items, encoding="utf-8", declare=True):
    """An RSS 2.0 document; items are dicts with title, link, guid, date (datetime), description."""
    parts = []
    for item in items:
        xml = "<item>"
        for tag in ("title", "link", "guid", "description"):
            if item.get(tag) is not None:
                xml += f"<{tag}>{escape(item[tag])}</{tag}>"
        if item.get("author"):
            xml += f"<dc:creator>{escape(item['author'])}</dc:creator>"
        if item.get("date"):
            xml += f"<pubDate>{format_datetime(item['date'])}</pubDate>"
        parts.append(xml + "</item>")
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declare else ""
    text = (
        f'{declaration}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Test blog</title><link>https://blog.example.org/</link><description>d</description>"
        f"{''.join(parts)}</channel></rss>\n"
    )
    return text.encode(encoding if declare else "utf-8", "xmlcharrefreplace")


def post(n, **extra):
    import datetime as dt

    return {
        "title": f"Post {n}",
        "link": f"https://blog.example.org/{n}/",
        "guid": f"https://blog.example.org/{n}/",
        "date": dt.datetime(2025, 5, 1, tzinfo=dt.UTC) + dt.timedelta(days=n),
        "description": f"<p>Body {n}</p>",
        **extra,
    }


@pytest.fixture(scope="module")
def server():
    with FeedServer() as running:
        yield running


class Planet:
    """fetch_all against `server` with a cache in a temporary folder, a 1 s timeout."""

    def __init__(self, server, cache_dir):
        self.server, self.cache_dir, self.feeds, self.extra = server, cache_dir, [], {}

    def add(self, name, path, behaviour=None, **feed):
        if behaviour is not None:
            self.server.routes[path] = behaviour
        self.feeds.append({"name": name, "url": self.server.url(path), **feed})

    def settings(self):
        return {
            "PLANET_FEEDS": self.feeds,
            "PLANET_CACHE_PATH": str(self.cache_dir),
            "PLANET_TIMEOUT": 1,
            "PLANET_CONCURRENCY": 8,
            "PLANET_MAX_BYTES": 200_000,
            "PLANET_BURST_LIMIT": 5,
            **self.extra,
        }

    def run(self):
        lines = []
        reports = {r.name: r for r in fetch_all(self.settings(), lines.append)}
        self.lines = lines
        return reports

    def cached(self, name):
        from planet.config import slugify

        loaded = planet_cache.load(self.cache_dir, slugify(name))
        assert loaded.problem is None
        return loaded


@pytest.fixture()
def planet(server, tmp_path, request):
    return Planet(server, tmp_path / "cache")


def unique(request_path):
    return f"/{request_path}-{random.randrange(10**9)}"


def test_conditional_get_first_200_then_304(planet, server):
    etag_path, date_path = unique("etag"), unique("lastmod")
    planet.add("Etag", etag_path, Feed(rss(post(1), post(2))))
    planet.add("Dates", date_path, Feed(rss(post(3)), etag=None))
    first = planet.run()
    assert first["Etag"].status == "2 new entries" and first["Dates"].status == "1 new entry"
    second = planet.run()
    assert second["Etag"].status == "not modified" and second["Dates"].status == "not modified"
    hits = [h for h in server.hits if h.path in (etag_path, date_path)]
    assert [h.status for h in hits] == [200, 200, 304, 304]
    assert hits[2].headers.get("If-None-Match") == '"v1"' or hits[3].headers.get("If-None-Match") == '"v1"'
    assert any(h.headers.get("If-Modified-Since") for h in hits[2:])
    assert len(planet.cached("Etag").entries) == 2
    assert any("Etag" in line and "not modified" in line for line in planet.lines)  # progress lines


def test_gzip_bodies_are_read(planet):
    planet.add("Gzip", unique("gz"), Feed(rss(post(1)), gzip=True))
    assert planet.run()["Gzip"].status == "1 new entry"


def test_permanent_redirect_is_remembered_and_reported(planet, server):
    old, new = unique("old"), unique("new")
    server.routes[new] = Feed(rss(post(1)))
    planet.add("Moved", old, Status(301, server.url(new)))
    first = planet.run()["Moved"]
    assert first.ok and f"moved permanently to {server.url(new)}" in first.status
    second = planet.run()["Moved"]
    assert "moved permanently" in second.status and second.status.startswith("not modified")
    assert [h.path for h in server.hits].count(old) == 1  # the second run went straight to the new URL
    planet.feeds[0]["url"] = server.url(new)  # the owner updates PLANET_FEEDS
    assert "moved" not in planet.run()["Moved"].status


def test_temporary_redirect_is_followed_not_remembered(planet, server):
    temp, target = unique("temp"), unique("target")
    server.routes[target] = Feed(rss(post(1)))
    planet.add("Temp", temp, Status(302, server.url(target)))
    assert planet.run()["Temp"].status == "1 new entry"
    assert planet.run()["Temp"].status == "not modified"
    assert [h.path for h in server.hits].count(temp) == 2


def fill_then_break(planet, server, behaviour):
    """A feed that worked once, then answers with `behaviour`: its report, and its cache after."""
    path = unique("breaking")
    planet.add("Breaking", path, Feed(rss(post(1), post(2))))
    assert planet.run()["Breaking"].ok
    server.routes[path] = behaviour
    report = planet.run()["Breaking"]
    cached = planet.cached("Breaking")
    assert len(cached.entries) == 2, "a failed feed keeps its cached entries"
    return report, cached


@pytest.mark.parametrize(
    "behaviour, words",
    [
        (Status(404), "failed: HTTP 404"),
        (Status(500), "failed: HTTP 500"),
        (Hang(), "failed: timed out"),
        (reset, "failed: connection closed or reset"),
        (ShortBody(rss(post(1), post(2)) * 3), "failed: connection closed or reset"),
        (Raw(rss(post(1), post(2))[:-40], {"Content-Type": "application/rss+xml"}), "failed: truncated XML"),
        (
            Raw(
                b'<!DOCTYPE html><html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml">'
                b"<title>Blog</title></head><body>Hello</body></html>",
                {"Content-Type": "text/html"},
            ),
            "failed: an HTML page, not a feed (the page names a feed at /atom.xml)",
        ),
        (
            Raw(b"<rss>" + b"x" * 300_000 + b"</rss>", {"Content-Type": "application/rss+xml"}),
            "failed: body over 200,000 bytes",
        ),
        (
            Raw(b"<rss>" + b"x" * 300_000 + b"</rss>", {"Content-Type": "application/rss+xml"}, length=False),
            "failed: body over",
        ),
        (
            Raw(
                gzip.compress(b"<rss>" + b" " * 30_000_000),
                {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"},
            ),
            "failed: body over 200,000 bytes (after decompression)",
        ),
        (Raw(b"", {"Content-Type": "application/rss+xml"}), "failed: empty body"),
    ],
    ids=[
        "404",
        "500",
        "hang",
        "reset",
        "short-body",
        "truncated-xml",
        "html",
        "oversized",
        "oversized-streamed",
        "gzip-bomb",
        "empty",
    ],
)
def test_each_fault_is_reported_and_the_cache_kept(planet, server, behaviour, words):
    report, cached = fill_then_break(planet, server, behaviour)
    assert report.status.startswith(words), report.status
    assert not report.ok and report.last_success  # the table still shows the last success
    assert cached.state["last_error"]


def test_gone_feed_is_marked_and_never_asked_again(planet, server):
    report, cached = fill_then_break(planet, server, Status(410))
    assert report.status.startswith("gone (410)") and cached.state["gone"]
    path = planet.feeds[0]["url"].rsplit("/", 1)[1]
    asked = [h.path for h in server.hits].count("/" + path)
    assert planet.run()["Breaking"].status.startswith("gone (410 since")
    assert [h.path for h in server.hits].count("/" + path) == asked


def test_connection_refused_and_tls_errors_are_reported(planet, server):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    planet.feeds.append({"name": "Refused", "url": f"http://127.0.0.1:{free_port}/feed"})
    planet.feeds.append(
        {"name": "TLS", "url": f"https://127.0.0.1:{server.port}/feed"}
    )  # plain HTTP behind https
    reports = planet.run()
    assert reports["Refused"].status.startswith("failed: connection failed")
    assert reports["TLS"].status.startswith("failed: TLS error")


def test_wrong_and_missing_encoding_declarations_are_read_right(planet):
    latin1 = rss(post(1, title="Café crème"), encoding="iso-8859-1").replace(b"iso-8859-1", b"utf-8")
    undeclared = rss(post(2, title="Déjà vu"), encoding="iso-8859-1").split(b"?>\n", 1)[1]
    planet.add("Wrong", unique("wrong"), Feed(latin1, content_type="application/rss+xml"))
    planet.add("Undeclared", unique("undeclared"), Feed(undeclared, content_type="application/rss+xml"))
    planet.add(
        "Header",
        unique("header"),
        Feed(
            rss(post(3, title="Ça va"), encoding="iso-8859-1", declare=False)
            .decode("utf-8")
            .encode("iso-8859-1"),
            content_type="application/rss+xml; charset=iso-8859-1",
        ),
    )
    reports = planet.run()
    assert "declared encoding is wrong" in reports["Wrong"].status
    assert planet.cached("Wrong").entries[0]["title"] == "Café crème"
    assert planet.cached("Undeclared").entries[0]["title"] == "Déjà vu"
    assert planet.cached("Header").entries[0]["title"] == "Ça va"


def test_entries_without_id_link_or_date(planet):
    body = rss(
        post(1, guid=None),  # link only
        {"title": "No link, no guid", "description": "<p>Text only</p>", "date": post(2)["date"]},
        post(3, date=None),  # no date
    )
    path = unique("partial")
    planet.add("Partial", path, Feed(body))
    assert planet.run()["Partial"].status == "3 new entries"
    entries = {e["title"]: e for e in planet.cached("Partial").entries}
    assert entries["Post 1"]["key"] == "web:blog.example.org/1"
    assert (
        entries["No link, no guid"]["key"].startswith("hash:") and entries["No link, no guid"]["link"] is None
    )
    undated = entries["Post 3"]
    assert undated["published"] is None and undated["first_seen"]
    planet.server.routes[path] = Feed(body.replace(b"<title>Post 3", b"<title>Post three"), etag='"v2"')
    assert planet.run()["Partial"].status == "0 new entries; 1 updated"
    again = {e["key"]: e for e in planet.cached("Partial").entries}[undated["key"]]
    assert again["title"] == "Post three" and again["first_seen"] == undated["first_seen"]


ATOM_WITH_FEED_AUTHOR = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Feed author</title><id>https://fa.example.org/</id><updated>2025-05-03T10:00:00Z</updated>
  <author><name>Ines Okafor</name></author>
  <entry><title>Hers</title><id>https://fa.example.org/1</id><link href="https://fa.example.org/1"/>
    <updated>2025-05-01T10:00:00Z</updated><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry>
  <entry><title>A guest's</title><id>https://fa.example.org/2</id><link href="https://fa.example.org/2"/>
    <updated>2025-05-02T10:00:00Z</updated><author><name>Tomas Guest</name></author>
    <content type="html">&lt;p&gt;y&lt;/p&gt;</content></entry>
  <entry><title>Reposted</title><id>https://fa.example.org/3</id><link href="https://fa.example.org/3"/>
    <updated>2025-05-03T10:00:00Z</updated><source><author><name>Ana Source</name></author></source>
    <content type="html">&lt;p&gt;z&lt;/p&gt;</content></entry>
</feed>
"""


def test_an_atom_feeds_author_writes_the_entries_that_name_none(planet):
    planet.add(
        "Feed author", unique("feed-author"), Feed(ATOM_WITH_FEED_AUTHOR, content_type="application/atom+xml")
    )
    rss_path = unique("rss-editor")
    planet.add(
        "Editor",
        rss_path,
        Feed(
            rss(post(1)).replace(
                b"<description>d</description>",
                b"<managingEditor>ed@example.org (Ed Itor)</managingEditor><description>d</description>",
            )
        ),
    )
    reports = planet.run()
    assert reports["Feed author"].status == "3 new entries"
    authors = {e["title"]: e["author"] for e in planet.cached("Feed author").entries}
    assert authors == {"Hers": "Ines Okafor", "A guest's": "Tomas Guest", "Reposted": "Ana Source"}
    # RSS has no such rule: a channel's managing editor did not write its items.
    assert [e["author"] for e in planet.cached("Editor").entries] == [None]


def test_future_dates_are_clamped_to_the_fetch_time(planet):
    import datetime as dt

    planet.add("Future", unique("future"), Feed(rss(post(1, date=dt.datetime(2099, 1, 1, tzinfo=dt.UTC)))))
    report = planet.run()["Future"]
    assert "1 future date(s) set to the fetch time" in report.status
    (entry,) = planet.cached("Future").entries
    assert entry["published"] == entry["first_seen"]


def test_a_burst_is_reported_and_old_entries_persist(planet, server):
    path = unique("burst")
    planet.add("Burst", path, Feed(rss(*[post(n) for n in range(12)])))
    report = planet.run()["Burst"]
    assert report.status == "12 new entries; burst: 7 of 12 new held back"
    views, _ = build_model(planet.settings())
    assert [view.title for view in views] == [f"Post {n}" for n in range(11, 6, -1)]  # only the newest five
    server.routes[path] = Feed(rss(post(12), post(11)), etag='"v2"')  # the older ones scrolled out
    assert planet.run()["Burst"].status == "1 new entry"
    assert len(planet.cached("Burst").entries) == 13
    views, _ = build_model(planet.settings())
    assert [view.title for view in views] == [f"Post {n}" for n in range(12, 6, -1)]


def test_one_broken_feed_never_breaks_the_others(planet):
    planet.add("Good", unique("good"), Feed(rss(post(1))))
    planet.add("Hung", unique("hung"), Hang())
    planet.add("Bad", unique("bad"), Raw(b"\x00\xff garbage", {}))
    reports = planet.run()
    assert reports["Good"].status == "1 new entry"
    assert not reports["Hung"].ok and not reports["Bad"].ok


def test_exit_status_is_zero_with_failed_feeds_and_two_for_config_errors(planet, tmp_path):
    import io

    planet.add("Missing", unique("missing"))
    out = io.StringIO()
    assert main(planet.settings(), out) == 0
    assert "failed: HTTP 404" in out.getvalue() and "last success" in out.getvalue()
    out = io.StringIO()
    assert main({**planet.settings(), "PLANET_FEEDS": [{"name": "No URL"}]}, out) == 2
    assert "configuration error" in out.getvalue()


def test_invoke_planet_exits_non_zero_only_for_a_config_error(tmp_path, server):
    server.routes["/invoke-ok"] = Feed(rss(post(1)))
    good = tmp_path / "good.py"
    good.write_text(
        f"PLANET_FEEDS = [{{'name': 'A', 'url': {server.url('/invoke-ok')!r}}}, "
        f"{{'name': 'B', 'url': {server.url('/invoke-404')!r}}}]\n"
        f"PLANET_CACHE_PATH = {str(tmp_path / 'cache')!r}\nPLANET_TIMEOUT = 1\n"
    )
    bad = tmp_path / "bad.py"
    bad.write_text("PLANET_FEEDS = [{'name': 'A', 'url': 'not a url'}]\n")
    run = [sys.executable, "-m", "invoke", "planet", "--settings"]
    ok = subprocess.run([*run, str(good)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "1 new entry" in ok.stdout and "failed: HTTP 404" in ok.stdout
    broken = subprocess.run([*run, str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert broken.returncode != 0 and "'url' must be an http(s) URL" in broken.stdout + broken.stderr


@pytest.mark.slow
def test_killing_the_fetch_at_random_moments_leaves_a_loadable_cache(tmp_path, server):
    """SIGKILL `python -m planet` mid-run, again and again: every cache file still loads, with
    at least the entries it had before."""
    names = [f"Kill {n}" for n in range(24)]
    feeds = []
    for n, name in enumerate(names):
        server.routes[f"/kill-{n}"] = Feed(
            rss(*[post(i, description="<p>" + "words " * 400 + "</p>") for i in range(10)])
        )
        feeds.append({"name": name, "url": server.url(f"/kill-{n}")})
    settings_file = tmp_path / "kill_settings.py"
    settings_file.write_text(
        f"PLANET_FEEDS = {feeds!r}\nPLANET_CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
        "PLANET_TIMEOUT = 5\nPLANET_CONCURRENCY = 4\nPLANET_RETAIN_ENTRIES = 1000\n"
    )
    command = [sys.executable, "-m", "planet", "--settings", str(settings_file)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    assert subprocess.run(command, env=env, capture_output=True, timeout=120).returncode == 0
    before = {
        name: {
            e["key"] for e in planet_cache.load(tmp_path / "cache", name.lower().replace(" ", "-")).entries
        }
        for name in names
    }
    assert all(len(keys) == 10 for keys in before.values())
    rng = random.Random(20250601)
    for round_ in range(6):
        for n in range(len(names)):  # every feed changed: every file gets rewritten
            server.routes[f"/kill-{n}"] = Feed(
                rss(
                    *[
                        post(i, description=f"<p>round {round_} " + "words " * 400 + "</p>")
                        for i in range(round_ + 10, round_ + 20)
                    ]
                ),
                etag=f'"r{round_}"',
            )
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        for name in names:
            loaded = planet_cache.load(tmp_path / "cache", name.lower().replace(" ", "-"))
            assert loaded.problem is None, loaded.problem
            keys = {e["key"] for e in loaded.entries}
            assert before[name] <= keys
            before[name] = keys
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0 and "24 ok, 0 failed" in finished.stdout
    assert not list((tmp_path / "cache" / "feeds").glob(".*.tmp"))  # leftovers of killed runs cleaned


@pytest.mark.slow
@given(
    body=st.binary(max_size=2048)
    | st.builds(
        lambda head, tail: head + tail,
        st.sampled_from(
            [
                b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>',
                b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">',
                b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><item>",
                b"\xef\xbb\xbf<rss>",
            ]
        ),
        st.binary(max_size=512),
    )
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_as_a_feed_body_never_raise(server, tmp_path, body):
    path = unique("fuzz")
    server.routes[path] = Raw(body, {"Content-Type": "application/rss+xml"})
    cache_dir = tmp_path / f"fuzz-{random.randrange(10**9)}"
    feeds = [{"name": "Fuzz", "url": server.url(path)}]
    (report,) = fetch_all(
        {"PLANET_FEEDS": feeds, "PLANET_CACHE_PATH": str(cache_dir), "PLANET_TIMEOUT": 1}, lambda line: None
    )
    assert report.status
    views, feeds_xml = build_model({"PLANET_FEEDS": feeds, "PLANET_CACHE_PATH": str(cache_dir)})
    assert all(view.title for view in views) and all(xml.startswith("<?xml") for xml in feeds_xml)
