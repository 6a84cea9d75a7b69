"""sql_highlight inside the real Markdown pipeline: golden HTML, and a real Pelican build."""

import copy
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from markdown import Markdown

GOLDEN = Path(__file__).parent / "golden" / "sql_highlight"
UPDATE = os.environ.get("LECTERN_UPDATE_GOLDEN") == "1"

BLOCKS = {
    "sql-with-caption-and-lines": (
        '``` { .postgresql title="schema.sql" hl_lines="2" linenums="1" }\n'
        "CREATE TABLE orders (id bigint PRIMARY KEY, state text NOT NULL);\n"
        "CREATE UNIQUE INDEX ON orders (lower(state)) WHERE state <> 'void';\n```\n"
    ),
    "plpgsql-trigger": (
        "```postgresql\nCREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$;\n```\n"
    ),
    "psql-session": "```psql\napp=# SELECT count(*) FROM orders;\n count\n-------\n    42\n(1 row)\n```\n",
    "explain-plan": (
        "```postgres-explain\nSeq Scan on orders  (cost=0.00..35.50 rows=10 width=4)\n"
        "  Filter: (state = 'paid'::text)\n```\n"
    ),
    "unlabelled-psql": "```\napp=> \\d orders\n```\n",
    "indented-unlabelled-sql": "Before.\n\n    SELECT id FROM orders WHERE state = 'new';\n\nAfter.\n",
}


def configured_markdown(settings):
    """A Markdown converter set up as Pelican's reader sets it up, with our plugins' changes."""
    from pelican.readers import MarkdownReader

    import blog
    import sql_highlight

    fake_pelican = SimpleNamespace(settings=settings)
    blog.configure(fake_pelican)
    sql_highlight.configure(fake_pelican)
    MarkdownReader(settings)  # completes settings["MARKDOWN"]["extensions"] as Pelican does
    return lambda text: Markdown(**settings["MARKDOWN"]).convert(text)


@pytest.fixture(scope="module")
def render(demo_settings):
    return configured_markdown(copy.deepcopy(demo_settings))


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_golden_html(render, name):
    html = render(BLOCKS[name]) + "\n"
    path = GOLDEN / f"{name}.html"
    if UPDATE or not path.exists():
        path.write_text(html, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"wrote missing golden file {path.name}; review it and run again")
    assert html == path.read_text(encoding="utf-8")


def test_presentation_works_with_every_lexer(render):
    for name in ["sql-with-caption-and-lines", "psql-session", "explain-plan", "plpgsql-trigger"]:
        page = BeautifulSoup(render(BLOCKS[name]), "html.parser")
        assert page.select_one(".code-block .code-lang").get_text()
    page = BeautifulSoup(render(BLOCKS["sql-with-caption-and-lines"]), "html.parser")
    assert page.select_one(".code-title").get_text() == "schema.sql"
    assert page.select("td.linenos") and page.select(".hll")


def test_unlabelled_blocks_are_detected(render):
    page = BeautifulSoup(render(BLOCKS["unlabelled-psql"]), "html.parser")
    assert page.select_one(".code-block")["data-lang"] == "psql"
    assert page.select_one(".gp").get_text() == "app=>"
    page = BeautifulSoup(render(BLOCKS["indented-unlabelled-sql"]), "html.parser")
    assert page.select_one(".code-block")["data-lang"] == "postgresql"
    assert ":::" not in page.get_text()


def test_detection_can_be_turned_off(demo_settings):
    settings = copy.deepcopy(demo_settings)
    settings["SQL_DETECT_UNLABELLED"] = False
    html = configured_markdown(settings)(BLOCKS["unlabelled-psql"])
    assert 'data-lang="text"' in html


def test_sql_dialect_setting_changes_what_sql_means(demo_settings):
    import sql_highlight
    from sql_highlight import lexer_registry

    settings = copy.deepcopy(demo_settings)
    settings["SQL_DIALECT"] = "mysql"
    sql_highlight.configure(SimpleNamespace(settings=settings))
    try:
        assert lexer_registry.get_lexer_by_name("sql").name == "MySQL"
        assert lexer_registry.get_lexer_by_name("postgresql").name == "PostgreSQL (Lectern)"
    finally:
        sql_highlight.configure(SimpleNamespace(settings=copy.deepcopy(demo_settings)))
    assert lexer_registry.get_lexer_by_name("sql").name == "PostgreSQL (Lectern)"


def test_build_highlights_unlabelled_blocks_in_a_post(project_copy):
    from conftest import pelican_build

    post = project_copy / "content" / "posts" / "2020" / "imported.md"
    post.parent.mkdir(parents=True)
    post.write_text(
        "Title: Imported\nDate: 2020-01-01\nCategory: PostgreSQL\n\nOld post.\n\n"
        "```\nSELECT id FROM orders WHERE state = 'new';\n```\n\n"
        "```\nshop=# \\d orders\n```\n\n"
        "    Seq Scan on orders  (cost=0.00..1.01 rows=1 width=4)\n",
        encoding="utf-8",
    )
    out = project_copy / "out"
    result = pelican_build("pelicanconf.py", out, project=project_copy)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((out / "posts/2020/imported/index.html").read_text(encoding="utf-8"), "html.parser")
    assert [b["data-lang"] for b in page.select(".code-block")] == ["postgresql", "psql", "postgres-explain"]
    assert page.select_one(".code-block .k").get_text() == "SELECT"


def test_pygmentize_finds_our_lexers():
    result = subprocess.run(
        [sys.executable, "-m", "pygments", "-l", "lectern-psql", "-f", "html"],
        input="app=# SELECT 1;\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert '<span class="gp">app=#</span>' in result.stdout
