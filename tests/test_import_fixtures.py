"""The hand-written import fixtures are well-formed and hold what their README says they hold."""

from collections import Counter
from pathlib import Path

import feedparser
import pytest
from lxml import etree

FIXTURES = Path(__file__).parent / "fixtures" / "import"
WP = "{http://wordpress.org/export/1.2/}"
ATOM = "{http://www.w3.org/2005/Atom}"
KIND = "http://schemas.google.com/g/2005#kind"
APP = "{http://purl.org/atom/app#}"


@pytest.mark.parametrize(
    "name", ["wordpress-classic.xml", "wordpress-gutenberg.xml", "feed-rss.xml", "blogger-atom.xml"]
)
def test_fixture_parses_cleanly(name):
    etree.parse(str(FIXTURES / name))
    assert not feedparser.parse(str(FIXTURES / name)).bozo


def _wordpress_items(name):
    items = etree.parse(str(FIXTURES / name)).iter("item")
    return Counter((item.findtext(f"{WP}post_type"), item.findtext(f"{WP}status")) for item in items)


CLASSIC = {
    ("post", "publish"): 4,
    ("post", "draft"): 1,
    ("post", "pending"): 1,
    ("post", "private"): 1,
    ("page", "publish"): 1,
    ("attachment", "inherit"): 1,
    ("nav_menu_item", "publish"): 1,
}
GUTENBERG = {
    ("post", "publish"): 3,
    ("post", "draft"): 1,
    ("attachment", "inherit"): 1,
    ("wp_navigation", "publish"): 1,
}


@pytest.mark.parametrize(
    "name, expected", [("wordpress-classic.xml", CLASSIC), ("wordpress-gutenberg.xml", GUTENBERG)]
)
def test_wordpress_counts(name, expected):
    """(post_type, status) of every item, as the README's tables list them."""
    assert _wordpress_items(name) == expected


def test_classic_bodies_keep_their_tabs_and_entities():
    text = (FIXTURES / "wordpress-classic.xml").read_text()
    assert "\n\tIF OLD.deleted_at" in text and "\t\tRAISE EXCEPTION" in text
    for entity in ("&lt;", "&amp;", "&quot;", "&#039;", "&nbsp;", "-&gt;"):
        assert entity in text


def test_rss_counts():
    feed = feedparser.parse(str(FIXTURES / "feed-rss.xml"))
    assert len(feed.entries) == 3
    assert [bool(entry.get("content")) for entry in feed.entries] == [True, True, False]


def test_blogger_counts():
    entries = etree.parse(str(FIXTURES / "blogger-atom.xml")).iter(f"{ATOM}entry")
    kinds = Counter()
    for entry in entries:
        kind = entry.find(f"{ATOM}category[@scheme='{KIND}']").get("term").rsplit("#", 1)[1]
        draft = entry.findtext(f"{APP}control/{APP}draft") == "yes"
        kinds[kind, draft] += 1
    assert kinds == {
        ("template", False): 1,
        ("settings", False): 2,
        ("post", False): 2,
        ("post", True): 1,
        ("page", False): 1,
        ("comment", False): 1,
    }
