"""The planet as built: the demo site's planet (from the shipped planet-cache/), and a hostile
planet fetched from a local server and built without touching the network."""

import datetime as dt
import re
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree
from lxml import html as lxml_html

from browser import missing_tool
from conftest import ROOT, pelican_build
from fixtures.planet.feedserver import Feed, FeedServer
from lectern.tools import ToolMissing
from planet.run import fetch_all

BYLINE = re.compile(
    r"^(?:By (?P<author>.+?) from |From )(?P<blog>.+)\. Published on [A-Z][a-z]{2} \d{2}, \d{4}\.$"
)
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
    "srcset",
    "xlink:href",
    "cite",
)
FORBIDDEN_IN_ENTRIES = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "form",
    "input",
    "button",
    "base",
    "meta",
    "link",
    "svg",
    "math",
    "frame",
    "frameset",
    "video",
    "audio",
    "textarea",
    "select",
    "img",
}


def soup(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def entries(page):
    return soup(page).select("article.planet-entry")


def dangerous_url(value):
    squashed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
    return squashed.startswith(("javascript:", "vbscript:", "data:"))


def executable_problems(tree, own_scripts=True):
    """Everything in an lxml tree that could run: foreign scripts, on* handlers, js/data URLs,
    active elements inside planet entries, style attributes there, <base> and meta refreshes."""
    problems = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "script" and not (
            own_scripts
            and (
                element.get("src", "").endswith("theme/js/site.js")
                or element.get("type") == "application/ld+json"
            )
        ):
            problems.append(f"script element: {lxml_html.tostring(element)[:80]!r}")
        if tag in ("base", "embed", "object", "iframe") or (tag == "meta" and element.get("http-equiv")):
            problems.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"event handler {name}= on <{tag}>")
            if name.lower() in URL_ATTRIBUTES and dangerous_url(value):
                problems.append(f"{name}={value!r} on <{tag}>")
    for article in tree.xpath('//article[contains(@class, "planet-entry")]'):
        content = article.xpath('.//div[contains(@class, "planet-content")]')
        for element in content[0].iter() if content else []:
            if isinstance(element.tag, str) and (
                element.tag.lower() in FORBIDDEN_IN_ENTRIES or element.get("style") is not None
            ):
                problems.append(f"<{element.tag}> (style={element.get('style')!r}) in a planet entry")
    return problems


def feed_problems(path):
    """XSS in a built Atom/RSS feed: markup in the raw XML text, and anything executable in the
    HTML of entry content."""
    data = Path(path).read_bytes()
    root = etree.fromstring(data)
    problems = [] if b"<script" not in data.lower() else ["a literal <script in the XML"]
    for element in root.iter():
        local = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if local in ("content", "summary", "description", "encoded") and (element.text or "").strip():
            fragment = lxml_html.fragment_fromstring(element.text, create_parent="div")
            problems += [f"{path.name}: {p}" for p in executable_problems(fragment, own_scripts=False)]
            problems += [
                f"{path.name}: <{e.tag}> in content"
                for e in fragment.iter()
                if isinstance(e.tag, str) and e.tag in FORBIDDEN_IN_ENTRIES - {"img"}
            ]
    return problems


# The demo site's planet ------------------------------------------------------------------------


def test_demo_planet_is_populated_offline_and_keeps_the_markup_contract(site):
    articles = entries(site / "planet" / "index.html")
    assert len(articles) == 10  # PLANET_PER_PAGE; the rest on planet/2/
    for article in articles:
        link = article.select_one("h2 a[href]")
        assert link and link.get_text(strip=True)
        assert re.match(r"^(https?://|\.\./)", link["href"])
        stamp = article.select_one("time[datetime]")
        assert dt.datetime.fromisoformat(stamp["datetime"]).tzinfo is not None
        byline = " ".join(article.select_one(".planet-byline").get_text().split())
        match = BYLINE.match(byline)
        assert match, byline
        assert article.select_one(".planet-content")
    assert (site / "planet" / "2" / "index.html").is_file()
    assert (
        soup(site / "planet" / "index.html")
        .select_one("nav.pagination a[rel=next]")["href"]
        .endswith("planet/2/")
    )


def planet_pages(output):
    """planet/index.html, planet/2/index.html, ... in reading order."""
    pages, number = [output / "planet" / "index.html"], 2
    while (output / "planet" / str(number) / "index.html").is_file():
        pages.append(output / "planet" / str(number) / "index.html")
        number += 1
    return pages


def all_demo_entries(site):
    return [article for page in planet_pages(site) for article in entries(page)]


def titled(site, title):
    return [a for a in all_demo_entries(site) if a.select_one("h2").get_text(strip=True) == title]


def test_demo_awkward_cases(site, demo_posts):
    everything = all_demo_entries(site)
    titles = [a.select_one("h2").get_text(strip=True) for a in everything]
    # A duplicate across feeds (https in one, http without the slash in another) shows once, as the original.
    (vacuum_full,) = [a for a in everything if "VACUUM FULL is the wrong tool" in a.get_text()]
    assert "from Vacuum Diaries" in vacuum_full.select_one(".planet-byline").get_text()
    # The ISO-8859-1 feed reads right; its undated entry is dated by when we first saw it.
    (undated,) = titled(site, "Les index partiels, déjà")
    assert "Écrire des requêtes récursives sans se perdre" in titles
    assert undated.select_one("time")["datetime"][:4] >= "2025"
    # No author known: the attribution leaves it out.
    (future,) = titled(site, "Notes from a conference that has not happened yet")
    assert future.select_one(".planet-byline").get_text().startswith("From Django Drip.")
    assert future.select_one("time")["datetime"] < "2031"  # clamped to the fetch time
    # include_tags leaves out what is not about PostgreSQL; an `updated` bump does not reorder.
    assert "Template fragment caching" not in titles
    assert titles.index("Reading pg_stat_user_tables") > titles.index(
        "Autovacuum thresholds, explained with one table"
    )
    dates = [a.select_one("time")["datetime"] for a in everything]
    assert [dt.datetime.fromisoformat(d) for d in dates] == sorted(
        (dt.datetime.fromisoformat(d) for d in dates), reverse=True
    )
    # Our own published posts, attributed to AUTHOR / SITENAME, with "Read more".
    ours = [a for a in everything if a["data-planet-feed"] == "@local"]
    assert len(ours) == len([p for p in demo_posts if p.status == "published"])
    assert all("By Mira Halloran from Halloran on Postgres." in " ".join(a.get_text().split()) for a in ours)
    assert all(
        a.select_one(".planet-more a").get_text().startswith("Read more at Halloran on Postgres")
        for a in ours
    )


def test_demo_planet_content_is_sanitized_and_loads_nothing_from_elsewhere(site):
    for page in planet_pages(site):
        tree = lxml_html.parse(str(page)).getroot()
        assert not executable_problems(tree), page
        for image in tree.iter("img"):
            assert not re.match(r"^(https?:)?//", image.get("src")), image.get("src")
    text = (site / "planet" / "index.html").read_text(encoding="utf-8")
    assert "[Image: Heap Fetches in EXPLAIN]" in text or "[Image: Dead tuples over a day]" in text
    assert (site / "planet" / "faces" / "vacuum-diaries.png").is_file()


def test_demo_subscriptions_list_links_and_last_updates(site, demo_settings):
    listing = soup(site / "planet" / "index.html").select_one("aside.planet-subscriptions")
    for feed in demo_settings["PLANET_FEEDS"]:
        (item,) = [li for li in listing.select("li") if feed["name"] in li.get_text()]
        assert any(a["href"] == feed["url"] for a in item.select("a"))
        assert item.select_one("time[datetime]")


def test_demo_planet_feeds_and_opml(site, published_site, demo_settings):
    for name in ("atom.xml", "rss.xml"):
        parsed = feedparser.parse((site / "planet" / name).read_bytes())
        assert not parsed.bozo and parsed.entries
        for entry in parsed.entries:
            assert entry.link.startswith(("https://", "http://")) and entry.get("source")
        assert not feed_problems(site / "planet" / name)
    local_ids = {e.id for e in feedparser.parse((site / "planet" / "atom.xml").read_bytes()).entries}
    published_ids = {
        e.id for e in feedparser.parse((published_site / "planet" / "atom.xml").read_bytes()).entries
    }
    outside = {i for i in local_ids if "localhost" not in i}
    assert outside and outside <= published_ids  # ids stay the same from build to build
    opml = etree.parse(str(site / "planet" / "opml.xml")).getroot()
    assert opml.get("version") == "2.0"
    urls = {o.get("xmlUrl") for o in opml.iter("outline")}
    assert {f["url"] for f in demo_settings["PLANET_FEEDS"]} <= urls


@pytest.mark.slow
def test_planet_feeds_pass_invoke_checks_feed_audit(site, published_site):
    from conftest import PUBLISH_SITEURL
    from lectern.checks.feeds import check_feeds

    for output, publish, origins in (
        (site, False, ["http://localhost:8000"]),
        (published_site, True, [PUBLISH_SITEURL]),
    ):
        problems = [
            f
            for f in check_feeds(output, publish, origins)
            if f.severity == "error" and f.file.startswith("planet")
        ]
        assert not problems, problems


# A hostile planet, fetched from a local server, built offline ---------------------------------

PAYLOADS = [
    '<script>alert("xss-script")</script>',
    '<img src=x onerror=alert("xss-onerror")>',
    '<a href="javascript:alert(1)">js link</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entity js</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">hex entity js</a>',
    '<a href="java&#x09;script:alert(1)">tab js</a>',
    '<a href="  JaVaScRiPt:alert(1)">spaced js</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<svg onload=alert("xss-svg")><circle r="10"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example.net/"></iframe>',
    '<object data="https://evil.example.net/x.swf"></object><embed src="https://evil.example.net/x.swf">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1));position:fixed;top:0;left:0;width:100%">style trick</p>',
    '<div style="behavior:url(x.htc)">ie</div>',
    '<form action="https://evil.example.net/"><input name=q><button formaction="javascript:alert(1)">go</button></form>',
    '<base href="https://evil.example.net/"><meta http-equiv="refresh" content="0;url=https://evil.example.net/">',
    '<link rel=stylesheet href="https://evil.example.net/x.css">',
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<scr<script>ipt>alert(1)</script>",
    "<video poster=javascript:alert(1)></video><audio src=x onerror=alert(1)>",
    "<body onload=alert(1)><details open ontoggle=alert(1)>",
    '<a href="https://ok.example.net/" onclick="alert(1)">click</a>',
    '"><script>alert(1)</script><x a="',
    "</title><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]


def rss_item(n, payload):
    return (
        f"<item><title>{escape(f'Title {n} {payload}')}</title><link>https://x.example.net/{n}</link>"
        f"<guid>https://x.example.net/{n}</guid><dc:creator>{escape(f'Author {payload}')}</dc:creator>"
        f"<pubDate>Mon, 02 Jun 2025 {n % 24:02d}:00:00 +0000</pubDate>"
        f"<description>{escape(f'<p>Summary {n}</p>{payload}')}</description>"
        f"<content:encoded>{escape(f'<p>Content {n}</p>{payload}<p>after</p>')}</content:encoded></item>"
    )


def atom_entry(n, payload):
    return (
        f'<entry><title type="html">{escape(f"Atom {n} {payload}")}</title>'
        f'<link href="javascript:alert({n})"/><id>tag:y.example.net,2025:{n}</id>'
        f"<published>2025-05-{n % 28 + 1:02d}T00:00:00Z</published><author><name>{escape(payload)}</name></author>"
        f'<summary type="html">{escape(payload)}</summary><content type="html">{escape(payload)}</content></entry>'
    )


HOSTILE = {  # kind -> (one entry per payload, document head, document tail)
    "rss": (
        rss_item,
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Hostile</title>'
        "<link>https://x.example.net/</link><description>d</description>",
        "</channel></rss>",
    ),
    "atom": (
        atom_entry,
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title>Hostile Atom</title><link href="https://y.example.net/"/><id>tag:y.example.net,2025:feed</id>',
        "</feed>",
    ),
}


def hostile(kind):
    item, head, tail = HOSTILE[kind]
    return (head + "".join(item(n, payload) for n, payload in enumerate(PAYLOADS)) + tail).encode()


def post_xml(path, date, extra=""):
    return (
        f"<item><title>{path}</title><link>{path}</link><guid>{path}</guid>"
        f"<pubDate>{date}</pubDate><description>&lt;p&gt;{path}&lt;/p&gt;</description>{extra}</item>"
    )


def simple_rss(*items):
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://z.example.org/</link>'
        f"<description>d</description>{''.join(items)}</channel></rss>"
    ).encode()


def write_settings(path, **planet):
    """A settings file: the demo's pelicanconf.py with absolute paths and these overrides."""
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        "from pelicanconf import *  # noqa",
        f"PATH = {str(ROOT / 'content')!r}",
        f"THEME = {str(ROOT / 'theme')!r}",
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]",
    ]
    lines += [f"{key} = {value!r}" for key, value in planet.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_planet_config_error_fails_the_build_and_names_the_setting(tmp_path):
    settings_file = write_settings(tmp_path / "bad.py", PLANET_FEEDS=[{"name": "No address"}])
    result = pelican_build(str(settings_file), tmp_path / "output")
    assert result.returncode != 0
    assert "PLANET_FEEDS[0] (No address): 'url'" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """Fetch hostile, duplicated and filtered feeds from a local server, then build the
    site with them while the server records every request (the build must make none)."""
    work = tmp_path_factory.mktemp("hostile")
    with FeedServer() as server:
        server.routes["/hostile.rss"] = Feed(hostile("rss"))
        server.routes["/hostile.atom"] = Feed(hostile("atom"), content_type="application/atom+xml")
        server.routes["/dup-a.rss"] = Feed(
            simple_rss(post_xml("https://dup.example.org/p/", "Tue, 03 Jun 2025 10:00:00 +0000"))
        )
        server.routes["/dup-b.rss"] = Feed(
            simple_rss(post_xml("http://dup.example.org/p", "Wed, 04 Jun 2025 10:00:00 +0000"))
        )
        server.routes["/filtered.rss"] = Feed(
            simple_rss(
                post_xml(
                    "https://f.example.org/keep",
                    "Mon, 02 Jun 2025 10:00:00 +0000",
                    "<category>keep</category>",
                ),
                post_xml(
                    "https://f.example.org/drop",
                    "Mon, 02 Jun 2025 11:00:00 +0000",
                    "<category>keep</category><category>drop</category>",
                ),
                post_xml(
                    "https://f.example.org/other",
                    "Mon, 02 Jun 2025 12:00:00 +0000",
                    "<category>other</category>",
                ),
            )
        )
        feeds = [
            {"name": "Hostile RSS", "url": server.url("/hostile.rss")},
            {
                "name": "Hostile Atom",
                "url": server.url("/hostile.atom"),
                "author": '<b onmouseover="alert(1)">x</b>',
            },
            {"name": "Dup A", "url": server.url("/dup-a.rss")},
            {"name": "Dup B", "url": server.url("/dup-b.rss")},
            {
                "name": "Filtered",
                "url": server.url("/filtered.rss"),
                "include_tags": ["keep"],
                "exclude_tags": ["drop"],
            },
        ]
        cache = work / "cache"
        planet_settings = {"PLANET_FEEDS": feeds, "PLANET_CACHE_PATH": str(cache), "PLANET_TIMEOUT": 1}
        reports = fetch_all(planet_settings, lambda line: None)
        assert all(r.ok for r in reports), [r.status for r in reports]
        settings_file = write_settings(
            work / "hostile_settings.py",
            PLANET_FEEDS=feeds,
            PLANET_CACHE_PATH=str(cache),
            PLANET_BURST_LIMIT=100,
            PLANET_PER_PAGE=200,
            PLANET_INCLUDE_LOCAL=["jsonb"],
        )
        server.hits.clear()
        output = work / "output"
        result = pelican_build(str(settings_file), output)
        assert result.returncode == 0, result.stdout + result.stderr
        requests_during_build = list(server.hits)
    return output, requests_during_build


def test_the_build_never_touches_the_network(hostile_site):
    _output, requests = hostile_site
    assert requests == []


def test_no_payload_is_executable_in_the_planet_page(hostile_site):
    output, _ = hostile_site
    page = output / "planet" / "index.html"
    assert not executable_problems(lxml_html.parse(str(page)).getroot())
    parsed = soup(page)
    titles = [a.select_one("h2").get_text() for a in parsed.select("article.planet-entry")]
    assert 'Title 0 <script>alert("xss-script")</script>' in titles  # shown as text, escaped
    authors = [s.get_text() for s in parsed.select(".planet-author")]
    assert 'Author <img src=x onerror=alert("xss-onerror")>' in authors
    # The Atom feed's javascript: links are not links: those entries point at the blog instead.
    for article in parsed.select('article[data-planet-feed="hostile-atom"]'):
        assert article.select_one("h2 a")["href"] == "https://y.example.net/"


def test_no_payload_is_executable_in_the_planet_feeds(hostile_site):
    output, _ = hostile_site
    for name in ("atom.xml", "rss.xml"):
        assert not feed_problems(output / "planet" / name)
        assert not feedparser.parse((output / "planet" / name).read_bytes()).bozo


@pytest.mark.slow
def test_planet_pages_are_valid_html(hostile_site, site, tmp_path):
    from lectern.checks.html import check_html

    output, _ = hostile_site
    shutil.copy(output / "planet" / "index.html", tmp_path / "hostile.html")
    for number, page in enumerate(planet_pages(site), start=1):
        shutil.copy(page, tmp_path / f"demo-{number}.html")
    try:
        findings = check_html(str(tmp_path))
    except ToolMissing as missing:
        missing_tool(missing)
    assert not [f for f in findings if f.severity == "error"], findings


def test_duplicates_filters_and_local_tags(hostile_site, demo_posts):
    output, _ = hostile_site
    parsed = soup(output / "planet" / "index.html")
    by_feed = {}
    for article in parsed.select("article.planet-entry"):
        by_feed.setdefault(article["data-planet-feed"], []).append(article.select_one("h2").get_text())
    assert by_feed["dup-a"] == ["https://dup.example.org/p/"] and "dup-b" not in by_feed
    assert by_feed["filtered"] == ["https://f.example.org/keep"]
    jsonb = sorted(
        p.title for p in demo_posts if p.status == "published" and "jsonb" in {t.name for t in p.tags}
    )
    assert sorted(by_feed["@local"]) == jsonb
