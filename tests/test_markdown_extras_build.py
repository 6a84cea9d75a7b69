"""A probe post with every Markdown extra, built for real with pelicanconf.py and publishconf.py;
a bad formula and a metadata typo fail the build with one line each naming the file; in Chromium,
a collapsible block opens and closes by mouse and keyboard, and axe finds nothing in either scheme."""

import shutil

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import PUBLISH_SITEURL, ROOT, pelican_build

PROBE = """Title: Probe: every Markdown extra
Date: 2026-02-02 10:00
Category: PostgreSQL
Tags: postgresql, probe
Slug: markdown-extras-probe
Summary: A probe post.

The planner's estimate is $\\frac{rows}{pages}$ per page, at $5 or $10 an hour.

$$
\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}
$$

$$
WIDE + a_{1} x^{1} + a_{2} x^{2} + a_{3} x^{3} + a_{4} x^{4} + a_{5} x^{5} + a_{6} x^{6} + a_{7} x^{7} + a_{8} x^{8} + a_{9} x^{9} + a_{10} x^{10} + a_{11} x^{11} + a_{12} x^{12} + a_{13} x^{13} + a_{14} x^{14} + a_{15} x^{15} + a_{16} x^{16} + a_{17} x^{17} + a_{18} x^{18} + a_{19} x^{19} + a_{20} x^{20} + a_{21} x^{21} + a_{22} x^{22} + a_{23} x^{23} + a_{24} x^{24} + a_{25} x^{25} + a_{26} x^{26} + a_{27} x^{27} + a_{28} x^{28} + a_{29} x^{29} + a_{30} x^{30} + a_{31} x^{31} + a_{32} x^{32} + a_{33} x^{33} + a_{34} x^{34} + a_{35} x^{35} + a_{36} x^{36} + a_{37} x^{37} + a_{38} x^{38} + a_{39} x^{39} + a_{40} x^{40}
$$

!!! note "Plain note"
    An admonition.

??? warning "Closed by default"
    Only after a click.

???+ tip "Open by default"
    Seen at once.

MVCC
:   Multi-version concurrency control.

Uses MVCC throughout.
{: #probe-para .probe }

```sql
SELECT $1 AS "$x$";
```

*[MVCC]: multi-version concurrency control
"""
PROBE_PAGE = "posts/2026/markdown-extras-probe/index.html"


def project_with(tmp_path_factory, name, files):
    project = tmp_path_factory.mktemp(name) / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".venv", "output", ".git", "__pycache__", ".pytest_cache", "cache"),
    )
    for relative, text in files.items():
        (project / relative).write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def probe_project(tmp_path_factory):
    return project_with(tmp_path_factory, "extras", {"content/posts/2026/markdown-extras-probe.md": PROBE})


@pytest.fixture(scope="module", params=["pelicanconf.py", "publishconf.py"])
def probe_site(request, probe_project, tmp_path_factory):
    output = tmp_path_factory.mktemp("extras-out")
    result = pelican_build(request.param, output, project=probe_project)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.mark.slow
def test_the_probe_post_shows_every_extra(probe_site):
    page = BeautifulSoup((probe_site / PROBE_PAGE).read_text(encoding="utf-8"), "html.parser")
    body = page.select_one(".post-body")
    assert body.select_one("div.admonition.note .admonition-title").get_text() == "Plain note"
    closed, opened = body.select("details")
    assert closed.summary.get_text() == "Closed by default" and not closed.has_attr("open")
    assert opened.summary.get_text() == "Open by default" and opened.has_attr("open")
    assert body.select_one("dl dt").get_text() == "MVCC"
    assert body.select_one("p#probe-para.probe abbr")["title"] == "multi-version concurrency control"
    assert body.select_one("p > math[display=inline] mfrac") is not None
    assert body.select_one("div.math-block > math[display=block] munderover") is not None
    assert "at $5 or $10 an hour." in body.get_text()
    assert body.select_one("pre code").get_text().startswith('SELECT $1 AS "$x$";')
    # Rendered when the site was built: no script or font from elsewhere, our stylesheet only.
    sources = [tag.get("src", "") for tag in page.select("script")]
    sheets = [tag["href"] for tag in page.select("link[rel=stylesheet]")]
    assert not any("math" in s.lower() or "katex" in s.lower() for s in sources + sheets)
    assert any(href.endswith("/theme/css/prose.css") for href in sheets), sheets


@pytest.mark.slow
def test_feeds_carry_the_mathml(probe_site):
    feed = feedparser.parse((probe_site / "feeds" / "all.atom.xml").read_bytes())
    entry = next(e for e in feed.entries if e.title == "Probe: every Markdown extra")
    assert "<math" in entry.content[0].value and "<details" in entry.content[0].value


@pytest.mark.slow
def test_a_bad_formula_and_a_metadata_typo_fail_with_one_line_each(tmp_path_factory, tmp_path):
    bad = PROBE.replace("Slug: markdown-extras-probe", "Slug: bad-formula").replace(
        "$\\frac{rows}{pages}$", "$\\frac{rows}$"
    )
    typo = "Title: A typo\nDate: 2026-02-03\nTgas: postgresql\n\nBody.\n"
    project = project_with(
        tmp_path_factory,
        "extras-bad",
        {"content/posts/2026/bad-formula.md": bad, "content/posts/2026/typo.md": typo},
    )
    result = pelican_build(
        "pelicanconf.py", tmp_path / "out", project=project, env_extra={"COLUMNS": "400"}, extra_args=("-v",)
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    errors = output.split("the build reported", 1)[1].splitlines()[1:]
    assert len(errors) == 2, errors
    formula = next(line for line in errors if "posts/2026/bad-formula.md" in line)
    assert "line 8: cannot render the formula $\\frac{rows}$: \\frac needs 2 parts" in formula, formula
    [typo_line] = [line for line in errors if "posts/2026/typo.md" in line]
    assert (
        "unknown metadata 'tgas' in content/posts/2026/typo.md: did you mean 'tags'? known keys: "
        in typo_line
    )
    assert "Traceback" not in output


@pytest.mark.slow
@pytest.mark.browser
def test_a_collapsible_block_opens_and_closes_by_mouse_and_keyboard(probe_site):
    from browser import chromium, serve_directory

    with serve_directory(probe_site) as base, chromium() as context:
        page = context.new_page()
        page.goto(f"{base}/{PROBE_PAGE.removesuffix('index.html')}")
        closed = page.locator("details", has_text="Closed by default")
        hidden_text = closed.get_by_text("Only after a click.")
        assert not hidden_text.is_visible()
        closed.locator("summary").click()
        assert closed.evaluate("d => d.open") and hidden_text.is_visible()
        closed.locator("summary").click()
        assert not closed.evaluate("d => d.open") and not hidden_text.is_visible()
        # Keyboard: Tab reaches the summary; Enter and Space toggle it.
        closed.locator("summary").focus()
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")
        assert closed.evaluate("d => d.open") and hidden_text.is_visible()
        page.keyboard.press("Space")
        assert not closed.evaluate("d => d.open")
        opened = page.locator("details", has_text="Open by default")
        assert opened.get_by_text("Seen at once.").is_visible()


@pytest.mark.slow
@pytest.mark.browser
def test_the_probe_post_passes_axe_in_both_schemes(probe_site):
    from browser import require_chromium
    from lectern.checks.accessibility import check_accessibility

    require_chromium()
    # A publish build's links are absolute: its origin is served from the output folder.
    findings = check_accessibility(str(probe_site), site_origins=[PUBLISH_SITEURL], pages=[PROBE_PAGE])
    assert findings == [], [f.message for f in findings]


@pytest.mark.slow
@pytest.mark.browser
def test_a_wide_formula_scrolls_inside_its_block_not_the_page(probe_site, request):
    from browser import chromium, serve_directory

    if request.node.callspec.params["probe_site"] == "publishconf.py":
        pytest.skip("the published pages load their stylesheet from SITEURL: the local build shows the CSS")

    with serve_directory(probe_site) as base, chromium(viewport={"width": 360, "height": 800}) as context:
        page = context.new_page()
        page.goto(f"{base}/{PROBE_PAGE.removesuffix('index.html')}")
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        wide = page.locator(".math-block").nth(1)  # the second formula, 40 terms long
        assert wide.evaluate("b => b.scrollWidth > b.clientWidth")
        wide.focus()  # a keyboard user can reach it to scroll it
        assert wide.evaluate("b => b === document.activeElement")
