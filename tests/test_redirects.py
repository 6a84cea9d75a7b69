"""`Redirect-From` metadata: the pure helpers, then real builds of a copy of the demo project
(redirect pages, `_redirects`, the sitemap, and the errors for paths that cannot be redirected)."""

import re

import pytest
from lxml import html as lxml_html

from blog.metadata_check import metadata_problems
from blog.redirects import (
    Redirect,
    RedirectError,
    normalize,
    output_conflicts,
    page_output,
    plan,
    redirects_file,
    split_paths,
)
from conftest import pelican_build

JSONB = "content/posts/2024/jsonb-containment-queries.md"
JSONFIELD = "content/posts/2024/django-jsonfield-queries.md"
TALK = "content/talks/partial-indexes-in-practice.md"
ABOUT = "content/pages/about.md"


# The pure helpers -----------------------------------------------------------------------------


def test_paths_are_split_on_commas_and_lines():
    assert split_paths("/a/, /b.html,/?p=1") == ["/a/", "/b.html", "/?p=1"]
    assert split_paths(["/a/,", "  /b/", ""]) == ["/a/", "/b/"]
    assert split_paths("/a/\n/b/") == ["/a/", "/b/"]


def test_normalize_keeps_site_paths_and_reduces_own_urls():
    assert normalize("/2019/03/05/fast-counts/") == "/2019/03/05/fast-counts/"
    assert normalize("/?p=123") == "/?p=123"
    assert normalize("https://blog.example.org/old/?p=1", {"blog.example.org"}) == "/old/?p=1"
    assert normalize("http://blog.example.org", {"blog.example.org"}) == "/"


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("old-post/", "does not start with /"),
        ("https://elsewhere.example.net/x/", "another host"),
        ("ftp://blog.example.org/x/", "not a path"),
        ("/a b/", "percent-encoded"),
        ('/a"b/', "percent-encoded"),
        ("/a/../b/", "'..'"),
        ("//host/x", "not a path"),
        ("/x/#part", "fragment"),
        ("/?p", "name=value"),
        ("/?p=1&", "name=value"),
    ],
)
def test_normalize_refuses_what_cannot_be_redirected(path, words):
    with pytest.raises(RedirectError, match=re.escape(words)):
        normalize(path, {"blog.example.org"})


def test_page_output_by_kind_of_path():
    assert page_output("/2019/03/05/x/") == "2019/03/05/x/index.html"
    assert page_output("/old") == "old/index.html"
    assert page_output("/old.html") == "old.html"
    assert page_output("/a/old.HTM") == "a/old.HTM"
    assert page_output("/?p=123") is None
    assert page_output("/x/?p=1") is None
    assert page_output("/index.php") is None


def test_plan_names_both_files_of_a_path_claimed_twice():
    found, problems = plan(
        [
            ("a.md", "posts/a/", "/old/, /?p=1"),
            ("b.md", "posts/b/", "/old"),  # the same redirect page, old/index.html
            ("c.md", "posts/c/", "/?p=1"),
        ]
    )
    assert [r.old for r in found] == ["/?p=1", "/old/"]
    assert problems == [
        "a.md and b.md both claim Redirect-From /old (old/index.html): keep it in one of them",
        "a.md and c.md both claim Redirect-From /?p=1: keep it in one of them",
    ]


def test_plan_refuses_a_post_redirecting_from_itself_and_bad_paths():
    found, problems = plan([("a.md", "posts/a/", "/posts/a/, nowhere, /old/")])
    assert [r.old for r in found] == ["/old/"]
    assert problems[0] == "a.md: Redirect-From: /posts/a/ is the post's own address"
    assert problems[1].startswith("a.md: Redirect-From: 'nowhere' does not start with /")


def test_output_conflicts_name_what_writes_the_file():
    redirect = Redirect("/about/", "posts/a/", "a.md", "about/index.html")
    assert output_conflicts([redirect], {"about/index.html": "pages/about.md"}) == [
        "a.md: Redirect-From /about/ is about/index.html, which the site already has "
        "(pages/about.md): remove it from Redirect-From"
    ]
    assert output_conflicts([redirect], {"tags/index.html": "x"}) == []


def test_redirects_file_is_sorted_with_netlify_query_rules():
    found, _problems = plan([("a.md", "posts/a/", "/zz.html, /?p=7&lang=en, /old/")])
    assert redirects_file(found) == (
        "/ p=7 lang=en /posts/a/ 301!\n/old/ /posts/a/ 301\n/zz.html /posts/a/ 301\n"
    )
    assert redirects_file(found, "/blog/").splitlines()[1] == "/blog/old/ /blog/posts/a/ 301"


def test_redirect_from_is_a_known_metadata_key():
    assert metadata_problems({"title": ["x"], "redirect-from": ["/old/"]}) == []


# Real builds -----------------------------------------------------------------------------------


def add_metadata(path, line):
    """`line` as the file's second line, in place of a line of the same key (the demo post has one)."""
    key = line.split(":", 1)[0].lower() + ":"
    first, rest = path.read_text(encoding="utf-8").split("\n", 1)
    head, body = rest.split("\n\n", 1)
    kept = [old for old in head.split("\n") if not old.lower().startswith(key)]
    path.write_text("\n".join([first, line, *kept]) + "\n\n" + body, encoding="utf-8")


def build(project, output, settings="pelicanconf.py"):
    result = pelican_build(settings, output, project=project)  # SITEURL=https://blog.example.test
    return result.returncode, result.stdout + result.stderr


@pytest.fixture()
def redirected(project_copy, tmp_path):
    add_metadata(project_copy / JSONB, "Redirect-From: /2019/03/05/jsonb/, /jsonb.html,\n    /?p=123")
    add_metadata(project_copy / TALK, "Redirect-From: /talks/partial-indexes/")
    return project_copy


def test_a_build_writes_redirect_pages_and_the_redirects_file(redirected, tmp_path):
    output = tmp_path / "out"
    status, log = build(redirected, output)
    assert status == 0, log
    assert (output / "_redirects").read_text(encoding="utf-8") == (
        "/2019/03/05/jsonb/ /posts/2024/jsonb-containment-queries/ 301\n"
        "/ p=123 /posts/2024/jsonb-containment-queries/ 301!\n"
        "/jsonb.html /posts/2024/jsonb-containment-queries/ 301\n"
        "/talks/partial-indexes/ /talks/partial-indexes-in-practice/ 301\n"
    )
    page = output / "2019" / "03" / "05" / "jsonb" / "index.html"
    tree = lxml_html.parse(str(page)).getroot()
    assert tree.xpath("//meta[@http-equiv='refresh']/@content") == [
        "0; url=../../../../posts/2024/jsonb-containment-queries/"
    ]
    assert tree.xpath("//link[@rel='canonical']/@href") == [
        "http://localhost:8000/posts/2024/jsonb-containment-queries/"
    ]
    assert tree.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert tree.xpath("//main//a/@href") == ["../../../../posts/2024/jsonb-containment-queries/"]
    assert "JSONB Containment Queries" in tree.xpath("string(//main//a)")
    assert not tree.xpath("//*[@data-pagefind-body]")
    assert (output / "jsonb.html").is_file()
    assert (output / "talks" / "partial-indexes" / "index.html").is_file()
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert "jsonb.html" not in sitemap and "2019/03/05" not in sitemap and "partial-indexes/" not in sitemap
    assert "posts/2024/jsonb-containment-queries/" in sitemap


@pytest.mark.slow
def test_a_published_build_reduces_own_urls_and_is_deterministic(redirected, tmp_path):
    add_metadata(redirected / JSONFIELD, "Redirect-From: /old/jsonfield/")
    add_metadata(redirected / ABOUT, "Redirect-From: https://blog.example.test/about-me/")
    first, second = tmp_path / "one", tmp_path / "two"
    for output in (first, second):
        status, log = build(redirected, output, "publishconf.py")
        assert status == 0, log
    text = (first / "_redirects").read_bytes()
    assert text == (second / "_redirects").read_bytes()
    assert b"/about-me/ /about/ 301\n" in text
    tree = lxml_html.parse(str(first / "about-me" / "index.html")).getroot()
    assert tree.xpath("//link[@rel='canonical']/@href") == ["https://blog.example.test/about/"]
    for name in ("about-me/index.html", "old/jsonfield/index.html", "jsonb.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


@pytest.mark.slow
def test_no_redirects_file_when_turned_off(redirected, tmp_path):
    (redirected / "pelicanconf.py").write_text(
        (redirected / "pelicanconf.py").read_text(encoding="utf-8") + "\nREDIRECTS_FILE = None\n",
        encoding="utf-8",
    )
    status, log = build(redirected, tmp_path / "out")
    assert status == 0, log
    assert not (tmp_path / "out" / "_redirects").exists()
    assert (tmp_path / "out" / "jsonb.html").is_file()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("post", "line", "message"),
    [
        (
            JSONFIELD,
            "Redirect-From: /jsonb.html",
            "content/posts/2024/django-jsonfield-queries.md and content/posts/2024/jsonb-containment-queries.md "
            "both claim Redirect-From /jsonb.html",
        ),
        (
            JSONFIELD,
            "Redirect-From: /about/",
            "content/posts/2024/django-jsonfield-queries.md: Redirect-From /about/ is about/index.html, "
            "which the site already has (content/pages/about.md)",
        ),
        (
            JSONFIELD,
            "Redirect-From: /tags/",
            "Redirect-From /tags/ is tags/index.html, which the site already has (a page the build writes)",
        ),
        (JSONFIELD, "Redirect-From: old/path/", "django-jsonfield-queries.md: Redirect-From: 'old/path/'"),
    ],
)
def test_conflicts_fail_the_build_naming_the_files(redirected, tmp_path, post, line, message):
    add_metadata(redirected / post, line)
    status, log = build(redirected, tmp_path / "out")
    assert status != 0
    assert message in " ".join(log.split()), log
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
