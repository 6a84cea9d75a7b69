"""Search across posts, pages and talk transcripts, in real headless Chromium over a built and
indexed demo site."""

import re
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from browser import chromium, serve_directory
from lectern.search_index import build_index


@pytest.fixture(scope="module")
def indexed_site(tmp_path_factory):
    from conftest import pelican_build

    output = tmp_path_factory.mktemp("indexed")
    result = pelican_build("pelicanconf.py", output)
    assert result.returncode == 0, result.stderr
    files, data, total = build_index(str(output))
    assert files and 0 < data < total
    return output


def search(page, base, query):
    """Results for `query` as an exact phrase (in quotes), once the page has announced them."""
    page.goto(f"{base}/search/?q={quote(chr(34) + query + chr(34))}")
    page.wait_for_function(
        "document.getElementById('search-status').textContent.indexOf('result') >= 0"
        " || document.getElementById('search-status').textContent.indexOf('No results') >= 0"
    )
    return page.locator(".search-result")


def phrase_from(path, selector):
    """Five words in a row from the built page (letters only), as a reader would remember them."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for paragraph in page.select(selector)[1:]:
        words = paragraph.get_text(" ").split()
        for i in range(len(words) - 5):
            run = words[i : i + 5]
            if all(re.fullmatch(r"[A-Za-z]+", w) for w in run) and len(" ".join(run)) > 20:
                return " ".join(run)
    raise AssertionError(f"no plain phrase in {path}")


def test_only_bodies_are_indexed_not_navigation_or_the_planet(indexed_site):
    for path in indexed_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        relative = path.relative_to(indexed_site).as_posix()
        if relative.startswith("planet/"):
            assert "data-pagefind-body" not in html, relative
    post = next(indexed_site.glob("posts/*/*/index.html"))
    page = BeautifulSoup(post.read_text(encoding="utf-8"), "html.parser")
    body = page.select_one("[data-pagefind-body]")
    assert (
        body is not None
        and body.find("nav", class_="site-nav") is None
        and page.find("footer") not in body.descendants
    )


@pytest.mark.browser
def test_a_phrase_from_a_post_finds_that_post(indexed_site):
    post = sorted(indexed_site.glob("posts/*/*/index.html"))[0]
    phrase = phrase_from(post, ".post-body p")
    title = BeautifulSoup(post.read_text(encoding="utf-8"), "html.parser").find("h1").get_text(strip=True)
    with serve_directory(indexed_site) as base, chromium() as ctx:
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        results = search(page, base, phrase)
        assert results.count() >= 1
        first = results.first
        assert first.locator("h2 a").inner_text() == title
        assert "Post" in first.locator(".search-result-meta").inner_text()
        assert first.locator(".search-excerpt mark").count() >= 1
        assert not errors


@pytest.mark.browser
def test_planet_outside_content_is_not_searchable(indexed_site):
    planet = indexed_site / "planet" / "index.html"
    page_html = BeautifulSoup(planet.read_text(encoding="utf-8"), "html.parser")
    outside = page_html.select('article.planet-entry:not([data-planet-feed="@local"]) .planet-content')
    words = re.findall(r"[A-Za-z]{6,}", " ".join(a.get_text(" ") for a in outside))
    assert len(words) > 10
    phrase = " ".join(words[5:8])
    with serve_directory(indexed_site) as base, chromium() as ctx:
        page = ctx.new_page()
        results = search(page, base, phrase)
        assert results.count() == 0, phrase


@pytest.mark.browser
def test_without_javascript_the_header_box_leads_to_an_explanation(indexed_site):
    with serve_directory(indexed_site) as base, chromium(java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto(f"{base}/")
        page.fill("#site-search", "vacuum")
        page.press("#site-search", "Enter")
        page.wait_for_url(re.compile(r".*/search/\?q=vacuum"))
        assert "needs JavaScript" in page.locator("#search-no-js").inner_text()


@pytest.mark.browser
def test_a_phrase_from_a_talk_transcript_lands_on_that_moment_of_the_video(indexed_site):
    talk = indexed_site / "talks" / "partial-indexes-in-practice" / "index.html"
    page_html = BeautifulSoup(talk.read_text(encoding="utf-8"), "html.parser")
    paragraphs = page_html.select("#transcript p.para")
    others = [p.read_text(encoding="utf-8") for p in indexed_site.rglob("*.html") if p != talk]
    chosen = None
    for paragraph in paragraphs[len(paragraphs) // 2 :]:
        words = " ".join(c.get_text() for c in paragraph.select(".cue:not(.sound)")).split()
        for i in range(len(words) - 4):
            phrase = " ".join(words[i : i + 4])
            if len(phrase) > 18 and not any(phrase in other for other in others):
                chosen = (paragraph, phrase)
                break
        if chosen:
            break
    assert chosen, "no phrase unique to the transcript"
    paragraph, phrase = chosen
    start = float(paragraph["id"][2:])
    with serve_directory(indexed_site) as base, chromium() as ctx:
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        results = search(page, base, phrase)
        talk_result = results.filter(has=page.locator("h2 a[href*='partial-indexes-in-practice']"))
        assert talk_result.count() == 1
        assert "Talk" in talk_result.locator(".search-result-meta").inner_text()
        moment = talk_result.locator(".search-moment a").first
        href = moment.get_attribute("href")
        assert re.search(r"#t=[0-9.]+$", href), href
        assert float(href.split("#t=")[1]) == pytest.approx(start, abs=0.01)
        moment.click()
        page.wait_for_url(re.compile(r".*/talks/partial-indexes-in-practice/#t="))
        page.wait_for_function(f"Math.abs(document.querySelector('video').currentTime - {start}) < 0.5")
        assert not errors


@pytest.mark.browser
def test_words_on_a_slide_land_on_that_slide(indexed_site):
    with serve_directory(indexed_site) as base, chromium() as ctx:
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        results = search(page, base, "plan_cache_mode")  # only on slide 3 of the demo talk's PDF
        talk_result = results.filter(has=page.locator("h2 a[href*='partial-indexes-in-practice']"))
        assert talk_result.count() == 1
        moment = talk_result.locator(".search-moment a").first
        assert moment.get_attribute("href").endswith("/talks/partial-indexes-in-practice/#slide-3")
        assert moment.inner_text() == "Slide 3"
        moment.click()
        page.wait_for_url(re.compile(r".*/talks/partial-indexes-in-practice/#slide-3"))
        page.wait_for_function("Math.abs(document.querySelector('video').currentTime - 224) < 0.5")
        assert page.locator("#slide-3").get_attribute("aria-current") == "true"
        assert not errors
