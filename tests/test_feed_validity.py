"""Every feed of the published site validates, and its entries keep their ids.

The W3C Feed Validation Service is not on the package index, so the suite holds every feed to
lectern/checks/feed_rules.py (the RSS 2.0 and Atom rules it reports as errors). With a checkout of
it (github.com/w3c/feedvalidator) named by FEEDVALIDATOR_SRC (its `src` folder), the last test
runs the real validator too.
"""

import os
import re
import sys
from pathlib import Path

import feedparser
import pytest

from conftest import PUBLISH_SITEURL, pelican_build
from lectern.checks.feeds import check_feeds, xml_files

KEYSET_POST = "content/posts/2026/django-keyset-pagination.md"


def feeds_of(site):
    return [Path(p) for p in xml_files(site) if not p.endswith(("sitemap.xml", ".opml"))]


def ids_by_feed(site):
    return {
        path.relative_to(site).as_posix(): [e.id for e in feedparser.parse(path.read_bytes()).entries]
        for path in feeds_of(site)
    }


def test_every_feed_of_the_published_site_validates(published_site):
    feeds = feeds_of(published_site)
    names = {p.relative_to(published_site).as_posix() for p in feeds}
    # Blog feeds (all, categories, tags), the talks' and the planet's, in both formats.
    assert {"feeds/all.rss.xml", "feeds/talks.rss.xml", "planet/rss.xml", "planet/atom.xml"} <= names
    assert len(feeds) >= 32
    findings = check_feeds(published_site, publish=True, site_origins=[PUBLISH_SITEURL])
    errors = [f"{f.file}:{f.where} {f.message}" for f in findings if f.severity == "error"]
    assert errors == []
    for path in feeds:
        text = path.read_text(encoding="utf-8")
        # A tag: URI is no address: every RSS guid says so, as RSS 2.0 requires.
        for guid in re.findall(r"<guid[^>]*>", text):
            assert guid == '<guid isPermaLink="false">', (path, guid)


@pytest.mark.slow
def test_an_entry_id_is_the_one_it_had(published_site):
    """Ids are what Pelican always made of a post's host, address and day: subscribers' readers
    do not see the demo's posts again after an upgrade."""
    ids = ids_by_feed(published_site)
    assert (
        "tag:blog.example.test,2026-06-09:/posts/2026/django-keyset-pagination/" in ids["feeds/all.atom.xml"]
    )
    assert ids["feeds/all.atom.xml"] == ids["feeds/all.rss.xml"]
    assert (
        "tag:blog.example.test,2025-05-16:/talks/partial-indexes-in-practice/" in ids["feeds/talks.rss.xml"]
    )


@pytest.mark.slow
def test_ids_stay_through_a_title_and_text_edit_and_a_rebuild(project_copy, published_site):
    before = ids_by_feed(published_site)
    post = project_copy / KEYSET_POST
    text = post.read_text(encoding="utf-8")
    text = text.replace(
        "Title: Keyset Pagination in Django", "Title: Keyset pagination in Django, revisited", 1
    )
    text = text.replace("Date: 2026-06-09 08:20\n", "Date: 2026-06-09 08:20\nModified: 2026-06-20 10:00\n", 1)
    post.write_text(text + "\nOne more paragraph.\n", encoding="utf-8")
    out = project_copy / "out"
    for _ in range(2):  # a cold build, then an incremental one
        result = pelican_build("publishconf.py", out, project=project_copy)
        assert result.returncode == 0, result.stdout + result.stderr
        assert ids_by_feed(out) == before
    titles = [e.title for e in feedparser.parse((out / "feeds/all.atom.xml").read_bytes()).entries]
    assert "Keyset pagination in Django, revisited, and the Index Condition It Needs" in titles


def test_the_w3c_feed_validator_finds_no_error(published_site):
    source = os.environ.get("FEEDVALIDATOR_SRC")
    if not source:
        pytest.skip("FEEDVALIDATOR_SRC (a w3c/feedvalidator checkout's src/) is not set")
    pytest.importorskip("html5lib", reason="the W3C validator needs html5lib and rdflib")
    pytest.importorskip("rdflib", reason="the W3C validator needs html5lib and rdflib")
    sys.path.insert(0, source)
    import feedvalidator
    from feedvalidator import compatibility
    from feedvalidator.logging import Error

    errors = {}
    for path in feeds_of(published_site):
        name = path.relative_to(published_site).as_posix()
        events = feedvalidator.validateString(
            path.read_bytes(), firstOccurrenceOnly=1, base=f"{PUBLISH_SITEURL}/{name}"
        )["loggedEvents"]
        found = [type(e).__name__ for e in compatibility.AA(events) if isinstance(e, Error)]
        if found:
            errors[name] = found
    assert errors == {}
