"""The blog plugin's pure helpers, without building a site."""

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blog.codeblocks import CodeBlockFormatter, language_label
from blog.feed_urls import absolutize_html
from blog.metadata_check import metadata_problems
from blog.post_extras import chronological_neighbours, reading_minutes, related_posts
from blog.pygments_css import accessible_style, contrast_ratio, pygments_stylesheet
from blog.sitemap import page_url, render_sitemap


@pytest.mark.parametrize("style", ["default", "xcode", "github-dark", "monokai", "solarized-light", "vim"])
def test_every_token_colour_passes_aa_after_adjustment(style):
    fixed = accessible_style(style)
    for _token, resolved in fixed:
        if resolved["color"]:
            background = "#" + resolved["bgcolor"] if resolved["bgcolor"] else fixed.background_color
            assert contrast_ratio("#" + resolved["color"], background) >= 4.5
            if not resolved["bgcolor"]:
                assert contrast_ratio("#" + resolved["color"], fixed.highlight_color) >= 4.5


def test_stylesheet_scopes_dark_rules():
    css = pygments_stylesheet("xcode", "monokai")
    dark_lines = [line for line in css.splitlines() if 'data-theme="dark"' in line and ".k " in line]
    assert dark_lines
    # No unscoped rule may leak the dark style's line numbers into light mode.
    assert not [line for line in css.splitlines() if line.startswith("td.linenos")]


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21, rel=1e-3)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_formatter_frames_code_with_caption_and_label():
    from pygments import highlight
    from pygments.lexers import PythonLexer

    html = highlight(
        "x = 1\n", PythonLexer(), CodeBlockFormatter(lang_str="language-python", title="app/<x>.py")
    )
    assert html.startswith('<div class="code-block" data-lang="python">')
    assert '<span class="code-title">app/&lt;x&gt;.py</span>' in html
    assert '<span class="code-lang">Python</span>' in html
    assert '<code class="language-python">' in html


def test_plain_text_blocks_get_no_label():
    assert language_label("text") == ""
    assert language_label("psql") == "psql"


def test_absolutize_html_rewrites_relative_and_keeps_the_rest():
    html = (
        '<a href="../other/">x</a><img src="/images/a.png" srcset="/a.png 1x, b.png 2x">'
        '<a href="https://elsewhere.test/">e</a><a href="#top">t</a><a href="mailto:a@b.c">m</a>'
    )
    out = absolutize_html(html, "https://blog.test/posts/2024/x/")
    assert 'href="https://blog.test/posts/2024/other/"' in out
    assert 'src="https://blog.test/images/a.png"' in out
    assert 'srcset="https://blog.test/a.png 1x, https://blog.test/posts/2024/x/b.png 2x"' in out
    assert 'href="https://elsewhere.test/"' in out and 'href="#top"' in out and 'href="mailto:a@b.c"' in out


@given(st.text())
def test_absolutize_never_changes_text_without_urls(text):
    if "=" not in text:
        assert absolutize_html(text, "https://blog.test/") == text


def post(title, day, *tags):
    return SimpleNamespace(
        title=title, date=dt.datetime(2024, 1, day), tags=[SimpleNamespace(slug=t) for t in tags]
    )


def test_related_posts_rank_by_shared_tags_then_closeness():
    a = post("a", 10, "pg", "jsonb", "index")
    b = post("b", 1, "pg", "jsonb", "index")
    c = post("c", 9, "pg")
    d = post("d", 11, "pg", "jsonb")
    e = post("e", 12, "django")
    assert related_posts(a, [a, b, c, d, e], limit=3) == [b, d, c]
    assert related_posts(e, [a, b, c, d, e]) == []


def test_neighbours_follow_dates():
    posts = [post("late", 20), post("early", 1), post("mid", 10)]
    early, mid, late = posts[1], posts[2], posts[0]
    assert chronological_neighbours(posts) == [(early, None, mid), (mid, early, late), (late, mid, None)]


def test_reading_time_counts_prose_and_code():
    prose = "<p>" + "word " * 460 + "</p>"
    assert reading_minutes(prose, 230) == 2
    code = "<pre>" + "line\n" * 59 + "line</pre>"
    assert reading_minutes(prose + code, 230) == 5


def test_metadata_problems_name_the_fault():
    assert metadata_problems({"title": ["x"], "date": ["2024-01-01"]}) == []
    assert metadata_problems({"title": ["x"], "status": ["draft"]}) == []
    assert any("publishd" in p for p in metadata_problems({"title": ["x"], "status": ["publishd"]}))
    assert any("tgas" in p for p in metadata_problems({"title": ["x"], "tgas": ["a"]}))
    assert metadata_problems({"title": ["x"], "image": ["a.png"]}, extra_keys=["image"]) == []
    assert any("Title" in p for p in metadata_problems({"date": ["2024-01-01"]}))


def test_sitemap_urls_and_exclusions():
    assert page_url("https://b.test", "posts/2024/x/index.html") == "https://b.test/posts/2024/x/"
    assert page_url("https://b.test", "index.html") == "https://b.test/"
    xml = render_sitemap(
        "https://b.test",
        [
            ("index.html", None),
            ("404.html", None),
            ("drafts/x/index.html", None),
            ("a/index.html", dt.datetime(2024, 1, 2, tzinfo=dt.UTC)),
            ("feeds/all.atom.xml", None),
        ],
    )
    assert "<loc>https://b.test/</loc>" in xml and "<lastmod>2024-01-02T00:00:00+00:00</lastmod>" in xml
    assert "404" not in xml and "drafts" not in xml and "atom" not in xml


def test_configured_styles_tell_the_token_classes_apart(demo_settings):
    from pygments.token import Generic, Keyword, Name, Operator, String

    classes = [Keyword, Name, Keyword.Type, String, Operator, Generic.Output, Generic.Prompt]
    for key in ("PYGMENTS_STYLE_LIGHT", "PYGMENTS_STYLE_DARK"):
        style = accessible_style(demo_settings[key])
        looks = [(style.style_for_token(t)["color"], style.style_for_token(t)["bold"]) for t in classes]
        assert len(set(looks)) == len(classes), (key, looks)


def _class_per_character(html):
    """[(character, css class)] of highlighted HTML, whitespace left out."""
    from bs4 import BeautifulSoup, NavigableString

    code = BeautifulSoup(html, "html.parser").find("code")
    result = []
    for node in code.descendants:
        if isinstance(node, NavigableString):
            css = " ".join(node.parent.get("class", [])) if node.parent.name == "span" else ""
            result += [(ch, css) for ch in str(node) if not ch.isspace()]
    return result


@given(
    st.lists(
        st.sampled_from(list("SELECT 'x' $$ -- \n\t<>&\"data::int;(),.") + ["app=# ", "ERROR:  x\n"]),
        max_size=80,
    ).map("".join)
)
def test_fast_path_shows_the_same_characters_in_the_same_classes_as_pygments(text):
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    from sql_highlight.lexers import PsqlLexer

    ours = highlight(text, PsqlLexer(), CodeBlockFormatter(lang_str="language-psql"))
    theirs = highlight(text, PsqlLexer(), HtmlFormatter(wrapcode=True))
    assert _class_per_character(ours) == _class_per_character(theirs)


@given(
    st.lists(
        st.tuples(st.integers(1, 28), st.sets(st.sampled_from("abcdefgh"), max_size=8)),
        min_size=1,
        max_size=40,
    ),
    st.integers(1, 4),
)
def test_related_posts_index_agrees_with_the_plain_definition(specs, limit):
    from blog.post_extras import RelatedPostsIndex

    posts = [post(f"p{i}", day, *tags) for i, (day, tags) in enumerate(specs)]
    index = RelatedPostsIndex(posts)
    for p in posts:
        assert index.related(p, limit) == related_posts(p, posts, limit)
