"""`invoke import`: old blogs (WordPress, RSS, Atom/Blogger) in as Markdown posts, code kept whole."""

import gc
import html
import io
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lectern.importing import code_markup
from lectern.importing.markdown import to_markdown
from lectern.importing.run import ImportFailed, import_source

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def run_import(source, tmp_path, **options):
    out = io.StringIO()
    report = import_source(
        source,
        tmp_path / "content",
        tmp_path / "cache",
        images=options.pop("images", False),
        out=out,
        **options,
    )
    return report, out.getvalue()


def metadata(path):
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


def fences(markdown):
    """(label, code) of every top-level fenced block in a Markdown text."""
    return [
        (m.group(2), m.group(3)) for m in re.finditer(r"^(`{3,})([\w+-]*)\n(.*?)\n\1$", markdown, re.S | re.M)
    ]


# -- the four real-shaped exports -------------------------------------------------------------


def test_classic_wordpress_export(tmp_path):
    report, printed = run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    content = tmp_path / "content"
    assert report.items["posts"] == 7 and report.items["pages"] == 1 and report.items["drafts"] == 3
    assert report.skipped == {"attachment": 1, "nav_menu_item": 1}
    post = content / "posts" / "2019" / "fast-counts.md"
    meta = metadata(post)
    assert meta["Title"] == "Fast counts in PostgreSQL"
    assert meta["Date"].startswith("2019-03-05 08:30") and meta["Date"].endswith("+00:00")
    assert meta["Category"] == "PostgreSQL" and meta["Tags"] == "EXPLAIN, performance"
    assert meta["Redirect-From"] == "/2019/03/05/fast-counts/, /?p=123"
    assert meta["Summary"].startswith("Why count(*) is slow")
    assert "Status" not in meta
    text = post.read_text(encoding="utf-8")
    blocks = fences(text)
    assert blocks[0][0] == "postgresql" and blocks[0][1].startswith("SELECT count(*)")
    # The EXPLAIN plan is a code block (unlabelled: the build detects it), not a paragraph.
    assert blocks[1][0] == "" and "QUERY PLAN" in blocks[1][1] and "->  Gather" in blocks[1][1]
    # Classic posts have no <p>: paragraphs came from blank lines, as WordPress shows them.
    assert "\n\nHere is the query everybody writes first:\n\n" in text
    assert "<figcaption>The same plan, drawn as a tree</figcaption>" in text
    assert (content / "pages" / "about.md").exists()
    statuses = {p.name: metadata(p).get("Status") for p in (content / "posts").rglob("*.md")}
    assert sorted(n for n, s in statuses.items() if s == "draft") == [
        "notes-on-autovacuum-tuning.md",
        "pgbouncer-settings.md",
        "window-functions-cheat-sheet.md",
    ]
    assert "posts  " in printed.replace("posts ", "posts  ") and "code blocks" in printed


def test_every_code_markup_of_the_classic_export(tmp_path):
    run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    posts = tmp_path / "content" / "posts"
    n_plus_one = fences((posts / "2019" / "django-n-plus-one.md").read_text(encoding="utf-8"))
    assert [label for label, _ in n_plus_one] == ["python", "python", "bash"]
    assert (
        "< " in n_plus_one[0][1]
        and "&" in n_plus_one[0][1]
        and '"' in n_plus_one[0][1]
        and "'" in n_plus_one[0][1]
    )
    text = (posts / "2019" / "django-n-plus-one.md").read_text(encoding="utf-8")
    assert "https://gist.github.com/tlindqvist/abc123" in text
    partial = (posts / "2020" / "partial-indexes.md").read_text(encoding="utf-8")
    labels = [label for label, _ in fences(partial)]
    assert labels[:2] == ["postgresql", "postgresql"]  # [sql], Crayon lang:pgsql
    assert "\xa0" not in partial and "&nbsp;" not in partial
    assert any("\t" in code for _, code in fences(partial))  # tab indentation kept
    # A block that itself holds a ``` fence gets a longer fence, and keeps its text.
    assert re.search(r"^````+\n.*```sql", partial, re.S | re.M)
    assert "wp-block-code" not in partial


def test_gutenberg_export(tmp_path):
    report, _ = run_import(FIXTURES / "wordpress-gutenberg.xml", tmp_path)
    assert report.items["posts"] == 4 and report.skipped == {"attachment": 1, "wp_navigation": 1}
    posts = tmp_path / "content" / "posts"
    slow = (posts / "2021" / "slow-queries.md").read_text(encoding="utf-8")
    assert "wp-block-code" not in slow and "wp:code" not in slow
    assert [label for label, _ in fences(slow)][1] == "postgresql"  # {"language":"sql"}
    migrations = (posts / "2021" / "testing-django-migrations.md").read_text(encoding="utf-8")
    assert [label for label, _ in fences(migrations)][1:] == ["python", "python"]
    assert "https://gist.github.com/tlindqvist/9d8e7f6a5b4c" in migrations
    lateral = (posts / "2022" / "lateral-joins.md").read_text(encoding="utf-8")
    assert "notranslate" not in lateral and fences(lateral)[0][0] == "postgresql"


def test_rss_feed_keeps_full_content_and_newlines_in_pre(tmp_path):
    report, _ = run_import(FIXTURES / "feed-rss.xml", tmp_path)
    assert report.format == "rss" and report.items["posts"] == 3
    post = tmp_path / "content" / "posts" / "2023" / "generated-columns.md"
    blocks = fences(post.read_text(encoding="utf-8"))
    assert blocks[0][0] == "postgresql"
    assert all("\n" in code for _, code in blocks)  # newlines inside <pre> kept, not collapsed
    assert metadata(post)["Redirect-From"] == "/2023/03/08/generated-columns/"


def test_blogger_atom_export(tmp_path):
    report, _ = run_import(FIXTURES / "blogger-atom.xml", tmp_path)
    assert report.format == "atom"
    assert report.items["posts"] == 3 and report.items["pages"] == 1 and report.items["drafts"] == 1
    assert sum(report.skipped.values()) == 4
    post = tmp_path / "content" / "posts" / "2018" / "restoring-one-table.md"
    meta = metadata(post)
    assert meta["Redirect-From"] == "/2018/11/restoring-one-table.html"
    assert meta["Tags"] == "PostgreSQL, backups"
    blocks = fences(post.read_text(encoding="utf-8"))
    assert len(blocks) == 2 and all("<br" not in code for _, code in blocks)
    assert "\n" in blocks[0][1]  # Blogger's <br /> inside <pre> are line breaks again


# -- code markups, one by one, and the round trip ---------------------------------------------


@pytest.mark.parametrize(
    ("markup", "language"),
    [
        ('<!-- wp:code --><pre class="wp-block-code"><code>{}</code></pre><!-- /wp:code -->', None),
        (
            '<!-- wp:code {{"language":"python"}} --><pre class="wp-block-code"><code>{}</code></pre>',
            "python",
        ),
        ('<!-- wp:preformatted --><pre class="wp-block-preformatted">{}</pre>', None),
        ('[sourcecode language="python"]{}[/sourcecode]', "python"),
        ("[code lang='python']{}[/code]", "python"),
        ("[python]{}[/python]", "python"),
        ('<pre class="brush: python; gutter: false">{}</pre>', "python"),
        ('<pre class="lang:python decode:true">{}</pre>', "python"),
        ('<pre><code class="language-python">{}</code></pre>', "python"),
        ('<pre><code class="lang-python">{}</code></pre>', "python"),
        ('<pre lang="python">{}</pre>', "python"),
        ('<pre class="notranslate">{}</pre>', None),
        ("<pre>{}</pre>", None),
        ("<pre><code>{}</code></pre>", None),
    ],
)
def test_each_markup_is_a_block_with_its_language(markup, language):
    code = 'def total(rows):\n\treturn sum(r["n"] for r in rows if r < 3)  # a & b'
    converted = to_markdown("<p>Before.</p>\n" + markup.format(html.escape(code)) + "\n<p>After.</p>")
    [block] = converted.blocks
    assert block.code == code
    assert block.declared is None if language is None else block.declared.lower() == language
    assert block.language == "python" and block.detected == (language is None)
    assert fences(converted.markdown) == [("" if language is None else "python", code)]


def test_sql_labels_are_refined_by_content():
    psql = "db=# SELECT 1;\n ?column? \n----------\n        1\n(1 row)"
    plan = "Seq Scan on t  (cost=0.00..35.50 rows=2550 width=4)"
    function = "DECLARE\n  n integer;\nBEGIN\n  SELECT count(*) INTO n FROM t;\n  RAISE NOTICE '%', n;\nEND;"
    for code, expected in (
        (psql, "psql"),
        (plan, "postgres-explain"),
        (function, "plpgsql"),
        ("SELECT 1;", "postgresql"),
    ):
        block = to_markdown(f'<pre class="brush: sql">{html.escape(code)}</pre>').blocks[0]
        assert (block.language, block.detected) == (expected, False), code


def test_bash_session_declared_as_bash_is_console():
    block = to_markdown('<pre class="brush: bash">$ createdb shop\n$ psql shop</pre>').blocks[0]
    assert block.language == "console"


CODE_TEXT = (
    st.lists(
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\xa0\r"
            ),
            max_size=12,
        )
        | st.sampled_from(
            ["\n", "\t", "```", "    ", "<b>", "&amp;", "[", "]", "[/pre]", "<!--more-->", "-->"]
        ),
        max_size=25,
    )
    .map("".join)
    .filter(
        lambda s: (
            s.strip() and s[0] != "\n" and s[-1] != "\n" and "[/code]" not in s and "[/sourcecode]" not in s
        )
    )
)

MARKUPS = [
    "<pre>{}</pre>",
    '<pre class="brush: sql">{}</pre>',
    '<pre class="wp-block-code"><code>{}</code></pre>',
    '<pre><code class="language-python">{}</code></pre>',
    '[sourcecode language="sql"]{}[/sourcecode]',
    "[code]{}[/code]",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(code=CODE_TEXT, markup=st.sampled_from(MARKUPS), classic=st.booleans())
def test_round_trip_any_code_in_any_markup_comes_back_identical(code, markup, classic):
    source = "Some prose\nover two lines.\n\n" + markup.format(html.escape(code)) + "\n\nMore prose."
    converted = to_markdown(source, wordpress_rules=classic)
    assert [block.code for block in converted.blocks] == [code]
    assert [found for _, found in fences(converted.markdown)] == [code]


def test_fence_is_longer_than_any_backtick_run():
    assert code_markup.fence("a ```` b", "text").startswith("`````\n")


# -- safety -----------------------------------------------------------------------------------


def _snapshot(folder):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_importing_twice_writes_nothing_new(tmp_path):
    run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    before = _snapshot(tmp_path / "content")
    report, _ = run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    assert _snapshot(tmp_path / "content") == before
    assert set(report.files) == {"unchanged"}


def test_an_edited_file_is_kept_unless_forced(tmp_path):
    run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    post = tmp_path / "content" / "posts" / "2019" / "fast-counts.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nMy own addendum.\n", encoding="utf-8")
    report, printed = run_import(FIXTURES / "wordpress-classic.xml", tmp_path)
    assert "My own addendum." in post.read_text(encoding="utf-8")
    assert "fast-counts.md: edited since it was imported" in printed
    run_import(FIXTURES / "wordpress-classic.xml", tmp_path, force=True)
    assert "My own addendum." not in post.read_text(encoding="utf-8")


def test_a_changed_source_updates_files_not_edited_since(tmp_path):
    source = tmp_path / "export.xml"
    text = (FIXTURES / "wordpress-classic.xml").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    run_import(source, tmp_path)
    source.write_text(
        text.replace("Fast counts in PostgreSQL", "Faster counts in PostgreSQL"), encoding="utf-8"
    )
    report, _ = run_import(source, tmp_path)
    post = tmp_path / "content" / "posts" / "2019" / "fast-counts.md"
    assert metadata(post)["Title"] == "Faster counts in PostgreSQL" and report.files["updated"] == 1


def test_dry_run_writes_nothing(tmp_path):
    report, printed = run_import(FIXTURES / "wordpress-gutenberg.xml", tmp_path, dry_run=True)
    assert not (tmp_path / "content").exists()
    assert report.items["posts"] == 4 and "dry run" in printed


def test_truncated_export_names_the_line_and_writes_nothing(tmp_path):
    text = (FIXTURES / "wordpress-classic.xml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"broken\.xml: line \d+, column \d+: .*nothing was written"):
        run_import(broken, tmp_path)
    assert not (tmp_path / "content").exists()


def test_not_an_export(tmp_path):
    page = tmp_path / "page.xml"
    page.write_text("<html><body>hi</body></html>", encoding="utf-8")
    with pytest.raises(ImportFailed, match="is not a WordPress export"):
        run_import(page, tmp_path)


def test_items_without_title_or_date_get_a_warning_and_a_fallback(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><description>&lt;p&gt;Counting rows without a title.&lt;/p&gt;</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    report, printed = run_import(feed, tmp_path)
    [post] = (tmp_path / "content" / "posts").rglob("*.md")
    assert metadata(post)["Title"] == "Counting rows without a title."
    assert "without a title" in printed and "has no date" in printed


def test_a_feed_url_is_downloaded_and_imported(tmp_path):
    from fixtures.planet.feedserver import Feed, FeedServer

    with FeedServer() as server:
        server.routes["/feed/"] = Feed((FIXTURES / "feed-rss.xml").read_bytes())
        report, _ = run_import(server.url("/feed/"), tmp_path)
        with pytest.raises(ImportFailed, match="could not download it"):
            run_import(server.url("/missing/"), tmp_path)
    assert report.items["posts"] == 3
    assert (tmp_path / "content" / "posts" / "2023" / "generated-columns.md").exists()


def test_progress_bar_on_a_terminal_only():
    from lectern.importing.report import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        bar = Progress("reading", stream=stream)
        for done in range(0, 101, 10):
            bar.update(done, 100)
        bar.done()
    assert "\rreading [" in shown.getvalue() and "100%" in shown.getvalue()
    assert hidden.getvalue() == ""


@pytest.mark.parametrize(
    "wrapper",
    [
        "<ol><li>First:{}</li><li>Second.</li></ol><p>After.</p>",
        "<ul><li>Run {}</li></ul>",
        "<blockquote>{}</blockquote><p>After.</p>",
    ],
)
def test_code_in_lists_and_quotes_renders_whole_with_python_markdown(wrapper):
    """Python-Markdown reads fences at the top level only: nested blocks are indented ones."""
    import markdown as python_markdown

    code = "SELECT a,\n       b\n\n  FROM t;  -- the end"
    converted = to_markdown(wrapper.format(f'<pre class="brush: sql">{html.escape(code)}</pre>'))
    rendered = python_markdown.markdown(converted.markdown, extensions=["codehilite", "fenced_code"])
    [block] = re.findall(r"<code>(.*?)</code>", rendered, re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", block)).rstrip("\n") == code
    assert rendered.count("<li>") == wrapper.count("<li>")


def test_a_file_refused_at_its_root_is_closed(tmp_path):
    """The file is let go as the error is raised, not left open until the collector runs."""
    page = tmp_path / "page.xml"
    page.write_text("<html><body>hi</body></html>", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ImportFailed, match="is not a WordPress export"):
            run_import(page, tmp_path)
        gc.collect()
    assert not [warning for warning in caught if issubclass(warning.category, ResourceWarning)]
