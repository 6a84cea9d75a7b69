"""Images and social cards in real builds of a probe post: attributes, resized copies that exist,
figures, og:image (absolute when published) and its card, incremental builds after an image
changes, and what Chromium fetches before and after scrolling."""

import shutil
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from conftest import PUBLISH_SITEURL, pelican_build

POST = "posts/2026/probe-images/"
PARAGRAPH = (
    "Autovacuum keeps the table healthy while the application goes on writing rows, and the "
    "planner needs fresh statistics to choose the partial index over a sequential scan. "
) * 3
PROBE = f"""Title: Probe images, with a title long enough to wrap on the card
Date: 2026-11-30 10:00
Category: PostgreSQL
Tags: probe
Slug: probe-images
Summary: A post of ours that shows every kind of image.

Before the first image.

![A wide image of ours]({{static}}/images/probe/wide.png)

{(PARAGRAPH + chr(10) + chr(10)) * 30}

![A small image, far down](/images/probe/small.png "A caption, by us")

<figure><img src="{{static}}/images/probe/diagram.svg" alt="An imported diagram"><figcaption>Imported caption</figcaption></figure>
"""


def draw(path, size, extent=(-2.0, -1.2, 1.0, 1.2)):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_mandelbrot(size, extent, 40).convert("RGB").save(path)


def add_probe(project):
    images = project / "content" / "images" / "probe"
    draw(images / "wide.png", (2000, 1000))
    draw(images / "small.png", (300, 200))
    (images / "diagram.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320"><rect width="640" height="320"/></svg>\n'
    )
    (project / "content" / "posts" / "2026" / "probe-images.md").write_text(PROBE, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def probe_project(tmp_path_factory):
    from test_incremental import small_site

    return add_probe(small_site(tmp_path_factory.mktemp("images") / "project"))


def _build(project, settings_file, output):
    result = pelican_build(settings_file, output, project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="module")
def probe_site(probe_project, tmp_path_factory):
    return _build(probe_project, "pelicanconf.py", tmp_path_factory.mktemp("images-local"))


@pytest.fixture(scope="module")
def probe_published(probe_project, tmp_path_factory):
    return _build(probe_project, "publishconf.py", tmp_path_factory.mktemp("images-published"))


def page(site, path=POST):
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def candidates(srcset):
    return [part.split()[0] for part in srcset.split(",")]


def local_file(site, url, base=POST):
    """The output file a URL of the page at `base` names (relative, or under PUBLISH_SITEURL)."""
    if url.startswith(PUBLISH_SITEURL):
        return site / url[len(PUBLISH_SITEURL) + 1 :]
    return (site / base / url).resolve()


@pytest.mark.slow
def test_images_get_size_loading_and_a_srcset_of_files_that_exist(probe_site):
    soup = page(probe_site)
    body = soup.select_one(".post-body")
    wide, small, diagram = body.find_all("img")
    assert (wide["width"], wide["height"]) == ("2000", "1000")
    assert "loading" not in wide.attrs and "fetchpriority" not in wide.attrs
    assert wide["decoding"] == "async" and wide["src"] == "../../../images/probe/wide.png"
    picture = wide.parent
    assert picture.name == "picture"
    source = picture.find("source")
    assert source["type"] == "image/webp" and source["sizes"] == wide["sizes"]
    files = candidates(source["srcset"]) + candidates(wide["srcset"])
    assert any(url.endswith(".webp") for url in files) and any(url.endswith("w.png") for url in files)
    for url in files:
        assert local_file(probe_site, url).is_file(), url
    widths = [int(part.split()[1][:-1]) for part in source["srcset"].split(",")]
    assert widths == sorted(widths) and widths[-1] == 2000 and len(widths) >= 2
    with Image.open(local_file(probe_site, candidates(source["srcset"])[0])) as copy:
        assert copy.format == "WEBP" and copy.width == widths[0]
    # The image far below: lazy, a figure with its title as the caption, its site-relative src
    # made a link that works from the page.
    assert (small["width"], small["height"]) == ("300", "200") and small["loading"] == "lazy"
    assert small["src"] == "../../../images/probe/small.png" and "title" not in small.attrs
    assert small.parent.name == "figure" and small.find_next("figcaption").text == "A caption, by us"
    assert "srcset" not in small.attrs  # narrower than the column
    # A figure written in HTML: the SVG's viewBox gives its size.
    assert (diagram["width"], diagram["height"], diagram["loading"]) == ("640", "320", "lazy")
    assert diagram.find_next("figcaption").text == "Imported caption"


@pytest.mark.slow
def test_posts_and_talks_have_a_social_card(probe_site):
    soup = page(probe_site)
    image = soup.find("meta", property="og:image")["content"]
    assert image == "http://localhost:8000/cards/posts/2026/probe-images.png"
    assert soup.find("meta", property="og:image:width")["content"] == "1200"
    assert soup.find("meta", property="og:image:height")["content"] == "630"
    assert soup.find("meta", property="og:image:alt")["content"].startswith("Probe images, with a title")
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    assert soup.find("meta", attrs={"name": "twitter:image"})["content"] == image
    with Image.open(probe_site / "cards/posts/2026/probe-images.png") as card:
        assert card.format == "PNG" and card.size == (1200, 630)
    for talk in sorted((probe_site / "talks").glob("*/index.html")):
        og = BeautifulSoup(talk.read_text(encoding="utf-8"), "html.parser").find("meta", property="og:image")
        assert og["content"].endswith(".png"), talk  # not the SVG poster, which social sites do not show
        with Image.open(probe_site / og["content"].split("localhost:8000/", 1)[1]) as card:
            assert card.size == (1200, 630)


@pytest.mark.slow
def test_published_og_image_and_srcset_are_absolute(probe_published):
    soup = page(probe_published)
    image = soup.find("meta", property="og:image")["content"]
    assert image == f"{PUBLISH_SITEURL}/cards/posts/2026/probe-images.png"
    assert (probe_published / "cards/posts/2026/probe-images.png").is_file()
    source = soup.select_one(".post-body picture source")
    for url in candidates(source["srcset"]) + candidates(soup.select_one(".post-body picture img")["srcset"]):
        assert url.startswith(f"{PUBLISH_SITEURL}/images/probe/wide."), url
        assert local_file(probe_published, url).is_file(), url
    feed = (probe_published / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert f"{PUBLISH_SITEURL}/images/probe/wide.png 2000w" in feed


def tree(folder):
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()
    }


@pytest.mark.slow
def test_incremental_build_equals_cold_after_an_image_changes(tmp_path):
    from test_incremental import assert_same_site, build, small_site

    project = add_probe(small_site(tmp_path / "project"))
    output, cold = tmp_path / "output", tmp_path / "cold"
    started = time.perf_counter()
    build(project, output)
    first = time.perf_counter() - started
    copy = output / "images/probe/wide.2000w.webp"
    before = copy.read_bytes()
    # The same size, other pixels: its copies change (and which of them the srcset names may).
    draw(project / "content/images/probe/wide.png", (2000, 1000), (-1.5, -1.0, 0.5, 1.0))
    started = time.perf_counter()
    build(project, output)
    again = time.perf_counter() - started
    build(project, cold, cold=True)
    assert_same_site(output, cold)
    assert copy.read_bytes() != before
    # Another size: the page changes with it.
    draw(project / "content/images/probe/wide.png", (1800, 1200))
    draw(project / "content/images/probe/small.png", (320, 100))
    build(project, output)
    shutil.rmtree(cold)
    build(project, cold, cold=True)
    assert_same_site(output, cold)
    html = (output / POST / "index.html").read_text(encoding="utf-8")
    assert 'width="1800" height="1200"' in html and 'width="320" height="100"' in html
    print(f"first build {first:.2f} s, after an image edit {again:.2f} s")


@pytest.mark.slow
def test_two_cold_builds_are_byte_identical(probe_project, probe_site, tmp_path):
    second = _build(probe_project, "pelicanconf.py", tmp_path / "second")
    first_tree, second_tree = tree(probe_site), tree(second)
    assert sorted(first_tree) == sorted(second_tree)
    assert [name for name in first_tree if first_tree[name] != second_tree[name]] == []


@pytest.mark.browser
def test_only_the_first_image_loads_before_the_reader_scrolls(probe_site):
    from browser import chromium, serve_directory

    with serve_directory(probe_site) as base, chromium(viewport={"width": 1280, "height": 800}) as ctx:
        page_ = ctx.new_page()
        fetched = []
        page_.on("request", lambda request: fetched.append(request.url))
        page_.goto(f"{base}/{POST}", wait_until="load")
        page_.wait_for_timeout(500)
        images = [url for url in fetched if "/images/probe/" in url]
        assert any("/images/probe/wide." in url for url in images), fetched
        assert page_.evaluate("document.querySelector('.post-body img').complete")
        assert not any("small.png" in url or "diagram.svg" in url for url in images), images
        page_.locator(".post-body figcaption").last.scroll_into_view_if_needed()
        page_.wait_for_function(
            "[...document.querySelectorAll('.post-body img')].every(i => i.complete && i.naturalWidth > 0)"
        )
        later = [url for url in fetched if "/images/probe/" in url]
        assert any("small.png" in url for url in later) and any("diagram.svg" in url for url in later)
