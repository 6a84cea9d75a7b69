"""Admonitions, collapsible blocks, definition lists, abbreviations, attribute lists and math, as a
post renders them with the site's own MARKDOWN settings (what the build and its workers use)."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT


@pytest.fixture(scope="module")
def converters():
    import os

    from pelican.readers import MarkdownReader
    from pelican.settings import read_settings

    import blog
    import mathml
    import sql_highlight
    from blog.markdown_render import Converters

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        settings = read_settings("pelicanconf.py")
    finally:
        os.chdir(cwd)
    pelican = SimpleNamespace(settings=settings)
    for plugin in (blog, sql_highlight, mathml):
        plugin.configure(pelican)
    MarkdownReader(settings)  # adds the extension_configs' extensions, as in a build
    return Converters(settings["MARKDOWN"], settings["FORMATTED_FIELDS"])


@pytest.fixture()
def render(converters, tmp_path):
    def render(body):
        path = tmp_path / "post.md"
        path.write_text("Title: A post\n\n" + body, encoding="utf-8")
        return converters.render(str(path))[1][0]

    return render


def soup(html):
    return BeautifulSoup(html, "html.parser")


def test_an_admonition_is_a_titled_box(render):
    html = render('!!! warning "Lock levels"\n    `ALTER TABLE` takes an *exclusive* lock.\n')
    box = soup(html).select_one("div.admonition.warning")
    assert box.select_one("p.admonition-title").get_text() == "Lock levels"
    assert box.select_one("code").get_text() == "ALTER TABLE"
    assert box.select_one("em").get_text() == "exclusive"


def test_question_marks_make_a_collapsible_block_closed_or_open(render):
    html = render('??? note "Closed"\n    Hidden text.\n\n???+ tip "Open"\n    Shown text.\n')
    closed, opened = soup(html).select("details")
    assert closed["class"] == ["note"] and not closed.has_attr("open")
    assert closed.summary.get_text() == "Closed" and "Hidden text." in closed.get_text()
    assert opened["class"] == ["tip"] and opened.has_attr("open")
    assert opened.summary.get_text() == "Open"


def test_definition_list(render):
    html = render("Fill factor\n:   How full a page is built.\n\nFan-out\n:   Children per page.\n")
    terms = soup(html).select_one("dl")
    assert [dt.get_text() for dt in terms.select("dt")] == ["Fill factor", "Fan-out"]
    assert [dd.get_text() for dd in terms.select("dd")] == ["How full a page is built.", "Children per page."]


def test_abbreviations_get_their_expansion(render):
    html = render("The WAL is fsynced. WALrus is not.\n\n*[WAL]: write-ahead log\n")
    abbrs = soup(html).select("abbr")
    assert [(a.get_text(), a["title"]) for a in abbrs] == [("WAL", "write-ahead log")]
    assert "*[WAL]" not in html


def test_attribute_lists_set_ids_and_classes(render):
    html = render("A lead paragraph.\n{: #intro .lead }\n\n## Setup {: #set-up }\n")
    assert soup(html).select_one("p#intro.lead").get_text() == "A lead paragraph."
    assert soup(html).select_one("h2#set-up").get_text() == "Setup"


def test_inline_and_block_math_become_mathml(render):
    html = render("A lookup costs $O(\\log n)$ reads.\n\n$$\n\\frac{n(n+1)}{2}\n$$\n")
    page = soup(html)
    inline = page.select_one("p > math")
    assert inline["display"] == "inline" and inline["xmlns"] == "http://www.w3.org/1998/Math/MathML"
    assert inline.select_one("mi").get_text() == "O" and "log" in inline.get_text()
    block = page.select_one("div.math-block > math")
    assert block["display"] == "block"
    fraction = block.select_one("mfrac")
    assert [part.get_text() for part in fraction.find_all(recursive=False)] == ["n(n+1)", "2"]
    assert "$" not in page.get_text() and "<script" not in html


def test_dollars_that_are_not_math_are_left_alone(render):
    text = (
        "It costs $5 and $10 a month, or $5/$10 with tax.\n\n"
        "Escaped: \\$x$ stays.\n\n"
        "In code: `SELECT $1, $$body$$` and `$x$`.\n\n"
        "```sql\nSELECT $1::int AS $x$;\n```\n"
    )
    page = soup(render(text))
    assert page.select("math") == []
    paragraphs = [p.get_text() for p in page.select("p")]
    assert paragraphs[0] == "It costs $5 and $10 a month, or $5/$10 with tax."
    assert paragraphs[1] == "Escaped: $x$ stays."
    assert [c.get_text() for c in page.select("p code")] == ["SELECT $1, $$body$$", "$x$"]
    assert page.select_one("pre code").get_text() == "SELECT $1::int AS $x$;\n"


def test_text_inside_a_formula_is_escaped(render):
    html = render("Where $\\text{<b>&</b>} < x$ holds.\n")
    math = soup(html).select_one("math")
    assert math.select_one("mtext").get_text() == "<b>&</b>"
    assert math.select("b") == [] and "&lt;b&gt;&amp;&lt;/b&gt;" in html


@pytest.mark.parametrize(
    ("formula", "why"),
    [
        ("\\frac{a}", "\\frac needs 2 parts"),
        ("x^", "^ or _ with nothing after it"),
        ("\\left( x", "\\left without its \\right"),
        ("\\unknowncommand x", "unknown command \\unknowncommand"),
        ("{a + b", "a { without its }"),
    ],
)
def test_a_formula_that_cannot_be_rendered_is_refused_with_its_line(render, formula, why):
    with pytest.raises(ValueError) as raised:
        render(f"First paragraph.\n\nThe value ${formula}$ here.\n")
    message = str(raised.value)
    assert message.startswith(f"line 5: cannot render the formula ${formula}$: "), message
    assert why in message and "\n" not in message


def test_a_bad_block_formula_names_its_first_line(render):
    with pytest.raises(ValueError, match=r"^line 6: cannot render the formula \$\$\\sqrt\$\$: "):
        render("Text.\n\n$$\n\\sqrt\n$$\n")


def test_math_can_be_turned_off():
    import mathml

    settings = {"MARKDOWN": {"extensions": []}}
    mathml.configure(SimpleNamespace(settings=settings))
    assert settings["MARKDOWN_MATH"] is True and len(settings["MARKDOWN"]["extensions"]) == 1
    mathml.configure(SimpleNamespace(settings=settings))  # configured again: still one
    assert len(settings["MARKDOWN"]["extensions"]) == 1
    settings["MARKDOWN_MATH"] = False
    mathml.configure(SimpleNamespace(settings=settings))
    assert settings["MARKDOWN"]["extensions"] == []


def test_a_metadata_typo_names_the_likely_key_and_the_known_ones():
    from blog.metadata_check import metadata_problems

    [problem] = metadata_problems(
        {"title": ["x"], "tgas": ["a"]}, extra_keys=["image"], source="content/posts/2026/x.md"
    )
    assert problem.startswith(
        "unknown metadata 'tgas' in content/posts/2026/x.md: did you mean 'tags'? known keys: "
    ), problem
    listed = problem.split("known keys: ", 1)[1]
    for key in ("title", "date", "tags", "summary", "image", "redirect-from"):
        assert key in listed
    [far] = metadata_problems({"title": ["x"], "zzzz": ["a"]})
    assert far.startswith("unknown metadata 'zzzz': known keys: author, ")
