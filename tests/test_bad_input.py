"""Inputs that used to abort the build with a traceback or give wrong output: each one builds
correctly or fails with one line naming the file and the problem."""

import json
import re
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from conftest import pelican_build

POSTS = Path("content", "posts", "2026")
HEADER = "Title: {title}\nDate: {date}\nCategory: {category}\nTags: {tags}\nSlug: {slug}\n\n"
ZERO_DATE = "0001-01-01T00:00:00+00:00"  # Hugo's zero time, as the planet cache stores dates
ZERO_DATE_TITLE = "A post with the zero date"


def post(project, name, body, title="A post", date="2026-02-01 10:00", category="Operations", tags="shell"):
    slug = name.removesuffix(".md")
    text = HEADER.format(title=title, date=date, category=category, tags=tags, slug=slug) + body
    (project / POSTS / name).write_text(text, encoding="utf-8")


def build(project, tmp_path, *extra):
    # A wide console: Pelican's log handler would wrap each message over several lines.
    result = pelican_build(
        "pelicanconf.py", tmp_path / "out", project=project, env_extra={"COLUMNS": "400"}, extra_args=extra
    )
    return result.returncode, result.stdout + result.stderr


# Pelican's own "Could not process <file>" errors are hidden by -q (the `pelican_build`
# default: it sets Pelican's loggers to CRITICAL); `invoke build` runs without it.
SHOW_PELICAN_ERRORS = ("-v",)


@pytest.fixture(scope="module")
def bad_input_site(tmp_path_factory):
    """The demo site with control characters, binary bytes in SQL, hostile names and a planet
    entry dated year 1 in its cache."""
    import shutil

    from conftest import ROOT

    project = tmp_path_factory.mktemp("bad-input") / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".venv", "output", ".git", "__pycache__", ".pytest_cache", "cache"),
    )
    post(
        project,
        "ansi-colours.md",
        "A bell \x07 in prose.\n\n```console\n$ ls --color\n\x1b[01;34mbackups\x1b[0m  notes.txt\n```\n",
        title="Colours in\x0b the terminal",
    )
    binary = b"SELECT 'a\x00\x01\x02\x03\x04\x05\x06\x07\x08' AS x;\nSELECT '\xff\xfe' FROM t;\n"
    post(project, "binary-sql.md", "```postgresql\n" + binary.decode("utf-8", errors="replace") + "```\n")
    post(
        project,
        "hostile-names.md",
        "Body.\n",
        title="Hi <script>alert(1)</script> <em>there</em>",
        category='x"y',
        tags='a"b, postgresql',
    )
    cache = project / "planet-cache" / "feeds" / "index-only.json"
    data = json.loads(cache.read_text(encoding="utf-8"))
    zero = {
        **data["entries"][0],
        "id": "https://indexonly.example.net/zero",
        "key": "web:indexonly.example.net/zero",
    }
    zero.update(link="https://indexonly.example.net/zero", title=ZERO_DATE_TITLE, published=ZERO_DATE)
    zero["first_seen"] = "2026-11-23T00:00:00+00:00"  # a fetch of its own (not held back)
    data["entries"].append(zero)
    cache.write_text(json.dumps(data), encoding="utf-8")
    code, output = build(project, tmp_path_factory.mktemp("bad-input-out"))
    assert code == 0, output
    return project, tmp_path_factory.getbasetemp(), output


def _output(bad_input_site):
    project, base, _output_text = bad_input_site
    return next(base.glob("bad-input-out*")) / "out"


def test_control_characters_are_removed_with_a_warning_naming_file_and_line(bad_input_site):
    out = _output(bad_input_site)
    output = bad_input_site[2]
    assert "content/posts/2026/ansi-colours.md:1: control characters removed" in output
    assert "also on lines 7, 11" in output
    page = (out / "posts" / "2026" / "ansi-colours" / "index.html").read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", page)
    assert "[01;34m" not in page  # the whole ANSI sequence went, not only its ESC
    assert "backups" in page and "notes.txt" in page
    assert "Colours in the terminal" in page


def test_binary_bytes_in_a_sql_block_build_and_the_feeds_stay_xml(bad_input_site):
    out = _output(bad_input_site)
    page = (out / "posts" / "2026" / "binary-sql" / "index.html").read_text(encoding="utf-8")
    assert "FROM" in page and "\ufffd" in page
    assert not re.search("[\x00-\x08]", page)
    for feed in ("all.atom.xml", "all.rss.xml", "tag/shell.atom.xml"):
        path = out / "feeds" / feed
        etree.parse(str(path))  # raises on anything XML 1.0 forbids
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (feed, parsed.bozo_exception)
        assert any("Colours in the terminal" in entry.title for entry in parsed.entries)


def test_hostile_title_tag_and_category_are_sanitized_and_escaped(bad_input_site):
    out = _output(bad_input_site)
    for path in [*out.rglob("*.html"), *out.rglob("*.xml")]:
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "&lt;script&gt;alert" not in text, path
    page = (out / "posts" / "2026" / "hostile-names" / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    assert str(soup.h1.em) == "<em>there</em>"
    assert {m["content"] for m in soup.find_all("meta", property="article:tag")} == {'a"b', "postgresql"}
    assert soup.find("meta", property="article:section")["content"] == 'x"y'
    assert [a.get_text() for a in soup.select(".tag-list a")] == ['#a"b', "#postgresql"]
    for listing in ("tag/ab/index.html", "category/xy/index.html", "tags/index.html", "index.html"):
        soup = BeautifulSoup((out / listing).read_text(encoding="utf-8"), "html.parser")
        for element in soup.find_all(True):
            for name in element.attrs:
                assert re.fullmatch(r"[\w:-]+", name), (listing, element)  # no attribute broke out
    tag_page = BeautifulSoup((out / "tag" / "ab" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert tag_page.find("meta", attrs={"name": "description"})["content"].startswith('Posts tagged a"b on')
    assert tag_page.h1.get_text() == '#a"b'


def test_a_planet_entry_dated_year_one_is_shown_as_undated(bad_input_site):
    out = _output(bad_input_site)
    soup = BeautifulSoup((out / "planet" / "index.html").read_text(encoding="utf-8"), "html.parser")
    entry = next(a for a in soup.select(".planet-entry-title a") if a.get_text() == ZERO_DATE_TITLE)
    article = entry.find_parent("article") or entry.find_parent("li")
    assert "0001" not in str(article) and "-00:25" not in str(article)
    feed = feedparser.parse((out / "planet" / "atom.xml").read_bytes())
    assert not feed.bozo
    dates = [e.published_parsed for e in feed.entries if e.title == ZERO_DATE_TITLE]
    assert dates and dates[0].tm_year >= 2026  # the first time we saw it


def test_a_zero_date_from_a_feed_is_no_date():
    from planet.parse import parse_feed

    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        "<id>urn:x</id><updated>0001-01-01T00:00:00Z</updated><entry><title>e</title>"
        '<link href="https://example.org/e"/><id>https://example.org/e</id>'
        "<updated>0001-01-01T00:00:00Z</updated><published>0001-01-01T00:00:00Z</published>"
        "<content>c</content></entry></feed>"
    )
    entries = parse_feed(atom.encode(), "https://example.org/feed.atom").entries
    assert [(e["published"], e["updated"]) for e in entries] == [(None, None)]


@pytest.mark.slow
def test_too_deep_nesting_and_a_year_one_date_fail_with_one_line_each(project_copy, tmp_path):
    post(project_copy, "deep.md", "- " * 10000 + "x\n")
    post(project_copy, "year-one.md", "Body.\n", date="0001-01-01")
    code, output = build(project_copy, tmp_path, *SHOW_PELICAN_ERRORS)
    assert code == 1
    errors = output.split("the build reported", 1)[1].splitlines()[1:]
    assert len(errors) == 2, errors  # only these two files: none of the others read beside them
    assert any("posts/2026/deep.md" in line and "nested too deeply" in line for line in errors), errors
    assert any(
        "posts/2026/year-one.md" in line and "Date '0001-01-01' is before 1900" in line for line in errors
    ), errors
    assert "Traceback" not in output and "RecursionError" not in output


@pytest.mark.slow
def test_two_posts_written_to_the_same_file_fail_naming_both(project_copy, tmp_path):
    post(project_copy, "first.md", "One.\n")
    text = (project_copy / POSTS / "first.md").read_text(encoding="utf-8")
    (project_copy / POSTS / "second.md").write_text(text.replace("One.", "Two."), encoding="utf-8")
    code, output = build(project_copy, tmp_path)
    assert code == 1
    assert (
        "content/posts/2026/first.md and content/posts/2026/second.md are both written to "
        "posts/2026/first/index.html" in output
    )
    assert "Traceback" not in output and "FileOverwriteFailedError" not in output


def test_detection_of_a_one_line_block_of_3000_words_answers():
    from sql_highlight.detect import detect_language

    prose = " ".join(["word"] * 3000)
    assert detect_language(prose) == "text"  # was MemoryError from Python's parser
    long_select = "SELECT " + ", ".join(f"column_{i}" for i in range(3000)) + " FROM t;"
    assert detect_language(long_select) == "postgresql"


def test_sql_lexers_keep_binary_bytes_as_they_are():
    from sql_highlight.lexers import LEXERS

    raw = b"SELECT 'a\x00\x01\x02\x03\x04\x05\x06\x07\x08' FROM t; -- \xff\xfe\n$$\x00\xff$$ E'\\\xff'\n"
    for errors in ("replace", "surrogateescape"):
        text = raw.decode("utf-8", errors=errors)
        for lexer in LEXERS:
            assert "".join(value for _, value in lexer().get_tokens(text)) == text
