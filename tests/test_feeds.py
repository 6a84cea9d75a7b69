"""Feeds that readers and planets subscribe to: valid, complete, absolute."""

import re
from pathlib import Path

import feedparser
import pytest

RELATIVE_URL = re.compile(r"""\b(?:href|src)=["'](?![a-z][a-z0-9+.-]*:|//|#)""", re.I)


def published(posts):
    return [p for p in posts if p.status == "published"]


def feed_files(site):
    return sorted(Path(site, "feeds").rglob("*.xml"))


def expected_entries(path, posts, limit):
    name = path.name.split(".")[0]
    kind = path.parent.name
    if kind == "tag":
        chosen = [p for p in posts if name in {t.slug for t in p.tags}]
    elif kind == "category":
        chosen = [p for p in posts if p.category.slug == name]
    else:
        chosen = posts
    return min(len(chosen), limit)


@pytest.mark.slow
@pytest.mark.parametrize("build", ["site", "published_site"])
def test_every_feed_parses_cleanly_with_absolute_urls(build, request, demo_posts, demo_settings):
    site = request.getfixturevalue(build)
    posts = published(demo_posts)
    files = feed_files(site)
    tags = {t.slug for p in posts for t in p.tags}
    categories = {p.category.slug for p in posts}
    names = {p.relative_to(site / "feeds").as_posix() for p in files}
    expected = {f"all.{kind}.xml" for kind in ("atom", "rss")}
    expected |= {f"tag/{t}.{kind}.xml" for t in tags for kind in ("atom", "rss")}
    expected |= {f"category/{c}.{kind}.xml" for c in categories for kind in ("atom", "rss")}
    assert expected <= names
    for path in files:
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        if path.relative_to(site / "feeds").as_posix() in expected:
            assert len(parsed.entries) == expected_entries(path, posts, demo_settings["FEED_MAX_ITEMS"]), path
        ids = [e.id for e in parsed.entries]
        assert len(ids) == len(set(ids)), path
        for entry in parsed.entries:
            assert entry.link.startswith(("http://", "https://")), entry.link
            body = entry.content[0].value if "content" in entry else entry.summary
            assert not RELATIVE_URL.search(body), (path, RELATIVE_URL.search(body))


def test_feeds_carry_full_content_and_modified_dates(published_site, demo_posts):
    parsed = feedparser.parse((published_site / "feeds/all.atom.xml").read_bytes())
    by_title = {p.title: p for p in published(demo_posts)}
    for entry in parsed.entries:
        post = by_title[entry.title]
        words_in_source = len(post._content.split())
        assert len(entry.content[0].value.split()) >= 0.9 * words_in_source  # full text, not a summary
        when = post.metadata.get("modified") or post.date
        assert entry.updated.startswith(when.date().isoformat())
    rss = feedparser.parse((published_site / "feeds/all.rss.xml").read_bytes())
    assert all(len(e.summary.split()) > 100 for e in rss.entries)


@pytest.mark.slow
def test_feed_ids_are_stable_across_builds(published_site, tmp_path):
    from conftest import pelican_build

    result = pelican_build("publishconf.py", tmp_path)
    assert result.returncode == 0, result.stderr
    first = feedparser.parse((published_site / "feeds/all.atom.xml").read_bytes())
    second = feedparser.parse((tmp_path / "feeds/all.atom.xml").read_bytes())
    assert [e.id for e in first.entries] == [e.id for e in second.entries]


def test_images_and_internal_links_in_feed_content_are_absolute(published_site):
    from conftest import PUBLISH_SITEURL

    text = (published_site / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert f'src="{PUBLISH_SITEURL}/images/' in text
    assert f'href="{PUBLISH_SITEURL}/posts/' in text


@pytest.mark.slow
def test_feed_max_items_is_honoured(project_copy):
    from conftest import pelican_build

    out = project_copy / "out"
    result = pelican_build("pelicanconf.py", out, project=project_copy, extra_args=["-e", "FEED_MAX_ITEMS=2"])
    assert result.returncode == 0, result.stderr
    assert len(feedparser.parse((out / "feeds/all.atom.xml").read_bytes()).entries) == 2


def test_publish_build_has_no_relative_canonical_links(published_site):
    from bs4 import BeautifulSoup

    from conftest import PUBLISH_SITEURL

    for path in published_site.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        canonical = page.find("link", rel="canonical")
        assert canonical and canonical["href"].startswith(PUBLISH_SITEURL + "/"), path


@pytest.mark.parametrize("build", ["site", "published_site"])
def test_links_inside_feed_content_reach_real_pages(build, request, demo_settings):
    from conftest import PUBLISH_SITEURL
    from lectern.checks.links import resolve_target

    site = request.getfixturevalue(build)
    origin = demo_settings["FEED_DOMAIN"] if build == "site" else PUBLISH_SITEURL
    text = (site / "feeds/all.atom.xml").read_text(encoding="utf-8")
    links = re.findall(r'(?:href|src)="(' + re.escape(origin) + r'[^"#]*)', text.replace("&quot;", '"'))
    assert links
    for link in set(links):
        target = resolve_target(str(site), str(site / "index.html"), link, [origin])
        assert Path(target).is_file(), link
