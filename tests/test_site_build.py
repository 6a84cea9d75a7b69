"""The demo site, built for real: every page a reader can reach exists, drafts stay hidden."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from lectern.checks.links import check_links, html_files


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def published(posts):
    return [p for p in posts if p.status == "published"]


def test_demo_content_meets_the_brief(demo_posts):
    posts = published(demo_posts)
    assert len(posts) >= 8
    assert len({p.date.year for p in posts}) >= 3
    assert len({p.category.name for p in posts}) >= 3
    assert len({t.name for p in posts for t in p.tags}) >= 6
    assert any(p.status == "draft" for p in demo_posts)


def test_every_published_post_has_its_page(site, demo_posts):
    for post in published(demo_posts):
        page = site / post.save_as
        assert page.is_file(), post.save_as
        assert post.title in soup(page).find("h1").get_text()


def test_draft_is_not_published(site, published_site, demo_posts):
    drafts = [p for p in demo_posts if p.status == "draft"]
    for draft in drafts:
        # Locally a draft can be previewed under drafts/, but it is listed nowhere.
        for listing in ["index.html", "archives/index.html", "sitemap.xml", "feeds/all.atom.xml"]:
            assert draft.title not in (site / listing).read_text(encoding="utf-8"), listing
        preview = site / "drafts" / draft.slug / "index.html"
        assert preview.is_file()
        assert 'name="robots" content="noindex"' in preview.read_text(encoding="utf-8")
        # The published build carries no trace of it.
        for path in published_site.rglob("*"):
            if path.is_file() and path.suffix in {".html", ".xml", ".txt"}:
                assert draft.title not in path.read_text(encoding="utf-8"), path


def test_listing_pages_exist(site, demo_posts):
    posts = published(demo_posts)
    expected = [
        "index.html",
        "archives/index.html",
        "categories/index.html",
        "tags/index.html",
        "authors/index.html",
        "404.html",
        "about/index.html",
        "sitemap.xml",
        "robots.txt",
        "favicon.svg",
        "theme/css/pygments.css",
        "theme/css/site.css",
    ]
    expected += [f"category/{p.category.slug}/index.html" for p in posts]
    expected += [f"tag/{t.slug}/index.html" for p in posts for t in p.tags]
    expected += [f"author/{p.author.slug}/index.html" for p in posts]
    expected += [f"posts/{p.date:%Y}/index.html" for p in posts]
    missing = [path for path in expected if not (site / path).is_file()]
    assert not missing


def test_year_archives_list_that_years_posts(site, demo_posts):
    posts = published(demo_posts)
    for year in {p.date.year for p in posts}:
        page = soup(site / f"posts/{year}/index.html")
        titles = {a.get_text() for a in page.select(".archive-list a")} - {"All archives"}
        assert titles == {p.title for p in posts if p.date.year == year}


def test_index_is_paginated_and_complete(site, demo_posts, demo_settings):
    per_page = demo_settings["DEFAULT_PAGINATION"]
    titles = []
    page, number = site / "index.html", 1
    while True:
        titles += [a.get_text() for a in soup(page).select(".post-summary-title a")]
        number += 1
        page = site / "page" / str(number) / "index.html"
        if not page.exists():
            break
    posts = published(demo_posts)
    assert number - 1 == -(-len(posts) // per_page)
    assert titles == [p.title for p in sorted(posts, key=lambda p: p.date, reverse=True)]


def test_archives_group_posts_by_year(site, demo_posts):
    page = soup(site / "archives" / "index.html")
    years = [h.get_text() for h in page.select(".archive-year h2")]
    assert years == sorted({str(p.date.year) for p in published(demo_posts)}, reverse=True)
    assert len(page.select(".archive-year li")) == len(published(demo_posts))


def test_every_internal_link_and_fragment_resolves(site, demo_settings):
    problems = [f for f in check_links(site, [demo_settings["FEED_DOMAIN"]]) if f.severity == "error"]
    assert not problems, "\n".join(f"{p.file}:{p.where} {p.message}" for p in problems)


def test_published_links_resolve_too(published_site):
    from conftest import PUBLISH_SITEURL

    problems = [f for f in check_links(published_site, [PUBLISH_SITEURL]) if f.severity == "error"]
    assert not problems, "\n".join(f"{p.file}:{p.where} {p.message}" for p in problems)


def test_one_h1_skip_link_and_landmarks_on_every_page(site):
    for path in html_files(site):
        page = BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")
        assert len(page.find_all("h1")) == 1, path
        skip = page.select_one("a.skip-link")
        assert skip is not None and page.find(id=skip["href"][1:]) is not None, path
        assert page.find("main") and page.find("header") and page.find("footer") and page.find("nav"), path


def test_post_page_reading_aids(site, demo_posts):
    posts = sorted(published(demo_posts), key=lambda p: p.date)
    long_post = max(posts, key=lambda p: len(p._content))
    page = soup(site / long_post.save_as)
    toc_links = page.select("nav.toc a")
    assert len(toc_links) >= 4
    for link in toc_links:
        assert page.find(id=link["href"][1:]) is not None
    assert re.search(r"\d+ min read", page.select_one(".post-meta").get_text())
    published_time = page.select_one(".post-meta time")
    assert published_time["datetime"].startswith(long_post.date.date().isoformat())
    assert page.select("a[rel=tag]")
    # Previous/next follow the calendar.
    middle = posts[len(posts) // 2]
    neighbours = soup(site / middle.save_as).select_one("nav.post-neighbours")
    index = posts.index(middle)
    assert posts[index - 1].title in neighbours.select_one("a[rel=prev]").get_text()
    assert posts[index + 1].title in neighbours.select_one("a[rel=next]").get_text()


def test_modified_date_is_shown(site, demo_posts):
    modified = [p for p in published(demo_posts) if p.metadata.get("modified")]
    assert modified
    for post in modified:
        times = soup(site / post.save_as).select(".post-meta time")
        assert times[1]["datetime"].startswith(post.modified.date().isoformat())


def test_related_posts_share_tags(site, demo_posts):
    for post in published(demo_posts):
        related = soup(site / post.save_as).select("aside.related li a")
        assert len(related) <= 3
        mine = {t.name for t in post.tags}
        by_title = {p.title: p for p in published(demo_posts)}
        for link in related:
            other = by_title[link.get_text()]
            assert mine & {t.name for t in other.tags}


def test_head_metadata(published_site, demo_posts):
    from conftest import PUBLISH_SITEURL

    post = published(demo_posts)[0]
    page = soup(published_site / post.save_as)
    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == f"{PUBLISH_SITEURL}/{post.url}"
    assert page.find("meta", property="og:type")["content"] == "article"
    assert page.find("meta", property="og:title")["content"] == post.title
    assert page.find("meta", attrs={"name": "twitter:card"})
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "BlogPosting" and data["headline"] == post.title
    assert data["datePublished"].startswith(post.date.date().isoformat())
    home = soup(published_site / "index.html")
    assert json.loads(home.find("script", type="application/ld+json").string)["@type"] == "WebSite"
    feeds = home.find_all("link", rel="alternate")
    assert {f["type"] for f in feeds} == {"application/atom+xml", "application/rss+xml"}


def test_tag_and_category_pages_advertise_their_own_feeds(site, demo_posts):
    post = published(demo_posts)[0]
    tag = post.tags[0]
    page = soup(site / f"tag/{tag.slug}/index.html")
    hrefs = [link["href"] for link in page.find_all("link", rel="alternate")]
    assert any(h.endswith(f"feeds/tag/{tag.slug}.atom.xml") for h in hrefs)
    page = soup(site / f"category/{post.category.slug}/index.html")
    hrefs = [link["href"] for link in page.find_all("link", rel="alternate")]
    assert any(h.endswith(f"feeds/category/{post.category.slug}.rss.xml") for h in hrefs)


def test_sitemap_lists_every_published_page(published_site, demo_posts):
    from conftest import PUBLISH_SITEURL

    sitemap = (published_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    for post in published(demo_posts):
        assert f"{PUBLISH_SITEURL}/{post.url}" in locs
    assert f"{PUBLISH_SITEURL}/" in locs and f"{PUBLISH_SITEURL}/about/" in locs
    assert not any("404" in loc or "drafts" in loc for loc in locs)
    robots = (published_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {PUBLISH_SITEURL}/sitemap.xml" in robots


def test_code_blocks_have_language_labels_and_no_inline_styles(site, demo_posts):
    post = next(
        p for p in published(demo_posts) if "```psql" in Path(p.source_path).read_text(encoding="utf-8")
    )
    page = soup(site / post.save_as)
    blocks = page.select(".code-block")
    assert blocks
    labels = {b.select_one(".code-lang").get_text() for b in blocks if b.select_one(".code-lang")}
    assert "psql" in labels
    assert not page.select(".highlight [style]")


def test_pygments_css_is_generated_not_committed(site):
    from conftest import ROOT

    assert not list((ROOT / "theme").rglob("pygments*.css"))
    css = (site / "theme/css/pygments.css").read_text(encoding="utf-8")
    assert ".highlight .k " in css
    assert "@media (prefers-color-scheme: dark)" in css and ':root[data-theme="dark"] .highlight .k' in css


@pytest.mark.parametrize("name", ["index.html", "404.html", "archives/index.html"])
def test_nav_shows_talks_and_planet_only_when_enabled(site, name, demo_settings):
    nav = soup(site / name).select_one("nav.site-nav").get_text()
    assert ("Talks" in nav) == ("talks" in demo_settings["PLUGINS"])
    assert ("Planet" in nav) == ("planet" in demo_settings["PLUGINS"])
