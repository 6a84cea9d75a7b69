"""Real builds of a small probe site: scheduled posts, series, translations, social links, CNAME.
The probe posts are the demo's settings (pelicanconf.py or publishconf.py) over our own content."""

import shutil
import subprocess
import sys

import pytest

from conftest import PUBLISH_SITEURL, ROOT, pelican_build

NOW = "2026-01-01T00:00"  # the probe's scheduled post is dated 2030

POSTS = {
    "part-one.md": "Title: Probe part one\nDate: 2024-03-01 10:00\nSeries: Probe series\nSeries-Part: 1\n",
    "part-two.md": "Title: Probe part two\nDate: 2024-01-01 10:00\nSeries: Probe series\nSeries-Part: 2\n",
    "part-three.md": "Title: Probe part three\nDate: 2024-02-01 10:00\nSeries: Probe series\n",
    "part-future.md": "Title: Probe future part\nDate: 2030-06-01 09:00\nSeries: Probe series\n",
    "future-published.md": "Title: Probe future with a status\nDate: 2030-01-01\nStatus: published\n",
    "hello.md": "Title: Probe hello\nDate: 2024-04-01\nSlug: hello\nLang: en\n",
    "hello-fr.md": "Title: Sonde bonjour\nDate: 2024-04-01\nSlug: hello\nLang: fr\n",
}


def probe_project(tmp_path, base, **settings):
    content = tmp_path / "content"
    (content / "posts").mkdir(parents=True)
    shutil.copytree(ROOT / "content" / "extra", content / "extra")
    for name, text in POSTS.items():
        body = "Words about indexes, written for this test.\n"
        if "Slug:" not in text:
            text += f"Slug: {name[:-3]}\n"
        (content / "posts" / name).write_text(
            f"{text}Category: Probe\nTags: probe\n\n{body}", encoding="utf-8"
        )
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        f"from {base} import *  # noqa",
        f"PATH = {str(content)!r}",
        f"THEME = {str(ROOT / 'theme')!r}",
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]",
        f"CACHE_PATH = {str(tmp_path / 'cache')!r}",
        "PLANET_FEEDS = []",
        *(f"{key} = {value!r}" for key, value in settings.items()),
    ]
    path = tmp_path / f"probe_{base}.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build(tmp_path, base, now=NOW, name="out", **settings):
    settings_file = probe_project(tmp_path, base, **settings)
    output = tmp_path / name
    result = pelican_build(str(settings_file), output, env_extra={"LECTERN_NOW": now})
    assert result.returncode == 0, result.stdout + result.stderr
    return output, settings_file


def texts(output):
    for path in sorted(output.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".json", ""):
            yield path, path.read_text(encoding="utf-8", errors="replace")


def page(output, url):
    return (output / url / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("probe-published")
    return build(tmp, "publishconf", CNAME="blog.example.org")


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    return build(tmp_path_factory.mktemp("probe-local"), "pelicanconf")[0]


def test_a_scheduled_post_is_nowhere_in_a_publish_build(published):
    output, _ = published
    for path, text in texts(output):
        assert "Probe future part" not in text, path
        assert "part-future" not in text, path
    assert not (output / "drafts").exists()
    assert (output / "posts/2030/future-published/index.html").is_file()  # a Status wins over the date
    assert (
        "Probe part one" in (output / "sitemap.xml").read_text()
        or "part-one" in (output / "sitemap.xml").read_text()
    )


def test_a_scheduled_post_is_shown_as_scheduled_in_a_local_build(local):
    draft = page(local, "drafts/part-future")
    assert "Scheduled for" in draft and "Jun 01, 2030" in draft
    assert 'name="robots" content="noindex"' in draft
    assert "data-pagefind-body" not in draft  # not in the search index
    assert "Part 4 of 4" in draft  # where it will sit in its series
    for listing in ("index.html", "archives/index.html", "feeds/all.atom.xml", "sitemap.xml"):
        assert "part-future" not in (local / listing).read_text(encoding="utf-8"), listing
    assert "Scheduled for" not in page(local, "posts/2030/future-published")


@pytest.mark.slow
def test_the_same_now_gives_the_same_site_and_a_later_now_publishes(tmp_path):
    # No talks in the probe: an empty talks feed would carry the clock as its <updated>.
    quiet = {"TALKS_FEED_ATOM": "", "TALKS_FEED_RSS": ""}
    first, _ = build(tmp_path / "a", "publishconf", name="one", **quiet)
    second, _ = build(tmp_path / "b", "publishconf", name="two", **quiet)
    assert {p.relative_to(first): t for p, t in texts(first)} == {
        p.relative_to(second): t for p, t in texts(second)
    }
    later, _ = build(tmp_path / "c", "publishconf", now="2030-06-01T09:00", name="later")
    assert "Part 4 of 4" in page(later, "posts/2030/part-future")
    assert "part-future" in (later / "feeds/all.atom.xml").read_text(encoding="utf-8")


def test_series_parts_link_to_each_other_in_order(published):
    output, _ = published
    one = page(output, "posts/2024/part-one")
    assert "Part 1 of 3" in one
    order = [one.index(title) for title in ("Probe part one", "Probe part two", "Probe part three")]
    assert order == sorted(order)
    assert 'href="https://blog.example.test/posts/2024/part-one/" aria-current="page"' in one
    assert one.count('aria-current="page"') == 1
    assert "Part 3 of 3" in page(output, "posts/2024/part-three")
    series = page(output, "series/probe-series")
    assert series.index("Probe part one") < series.index("Probe part two") < series.index("Probe part three")
    index = page(output, "series")
    assert 'href="https://blog.example.test/series/probe-series/"' in index
    assert "Probe future part" not in series + index
    assert "series/probe-series/" in (output / "sitemap.xml").read_text(encoding="utf-8")


def test_translations_carry_hreflang_and_their_language(published):
    output, _ = published
    english, french = page(output, "posts/2024/hello"), page(output, "posts/2024/hello-fr")
    for html in (english, french):
        assert (
            '<link rel="alternate" hreflang="en" href="https://blog.example.test/posts/2024/hello/">' in html
        )
        assert (
            '<link rel="alternate" hreflang="fr" href="https://blog.example.test/posts/2024/hello-fr/">'
            in html
        )
        assert (
            '<link rel="alternate" hreflang="x-default" href="https://blog.example.test/posts/2024/hello/">'
            in html
        )
    assert english.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert french.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert "Sonde bonjour" in english and "Probe hello" in french  # each links to the other
    assert "hreflang" not in page(output, "posts/2024/part-one")


def test_social_links_fediverse_creator_and_cname(published):
    output, _ = published
    home = (output / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://social.example/@mira" rel="me">Mastodon</a>' in home
    assert '<meta name="fediverse:creator" content="@mira@social.example">' in home
    assert (output / "CNAME").read_text(encoding="utf-8") == "blog.example.org\n"


def test_check_warns_when_the_siteurl_differs_from_the_build(published):
    output, settings_file = published
    import os

    def check(siteurl):
        env = {**os.environ, "SITEURL": siteurl}
        command = [sys.executable, "-m", "invoke", "check", "--only", "feeds"]
        command += ["--settings", str(settings_file), "--output", str(output)]
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    differs = check("https://elsewhere.example")
    assert f"was built with SITEURL {PUBLISH_SITEURL}" in differs.stderr
    assert "https://elsewhere.example" in differs.stderr
    same = check(PUBLISH_SITEURL)
    assert "was built with SITEURL" not in same.stderr + same.stdout
    assert same.returncode == 0, same.stdout + same.stderr
