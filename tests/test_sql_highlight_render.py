"""sql_highlight inside the real Markdown pipeline: golden HTML, and a real Pelican build."""

import copy
import os
import pickle
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
    block = "```sql\nSELECT `id`, state FROM orders;\n```\n"
    settings = copy.deepcopy(demo_settings)
    settings["SQL_DIALECT"] = "mysql"
    page = BeautifulSoup(configured_markdown(settings)(block), "html.parser")
    assert [s.get_text() for s in page.select("code span")].count("`id`") == 1  # MySQL's quoted name
    assert page.select_one(".code-block")["data-lang"] == "sql"
    # The PostgreSQL default, set up in the same process afterwards, is not affected.
    page = BeautifulSoup(configured_markdown(copy.deepcopy(demo_settings))(block), "html.parser")
    assert "`id`" not in [s.get_text() for s in page.select("code span")]
    assert [s.get_text() for s in page.select("code span.n")][:1] == ["id"]


FRESH_PROCESS = """
import pickle, sys
sys.path.insert(0, sys.argv[1])  # the plugins folder, as Pelican puts PLUGIN_PATHS on sys.path
from markdown import Markdown
settings = pickle.loads(sys.stdin.buffer.read())
print(Markdown(**settings).convert(sys.argv[2]))
"""


def render_in_fresh_process(markdown_settings, text):
    """Render `text` in a new interpreter that only unpickles the MARKDOWN settings (as spawn does)."""
    from conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(ROOT / "plugins"), text],
        input=pickle.dumps(markdown_settings),
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    return BeautifulSoup(result.stdout.decode(), "html.parser")


def test_our_lexers_need_no_setup_in_the_process_that_renders(demo_settings):
    """Worker processes started with spawn or forkserver get the MARKDOWN settings pickled, and
    never run the plugin's configure: the highlighting they produce must still be ours."""
    settings = copy.deepcopy(demo_settings)
    configured_markdown(settings)
    page = render_in_fresh_process(
        settings["MARKDOWN"],
        "```sql\nSELECT state, data FROM orders;\n```\n\n"
        "```psql\napp=# SELECT count(*) FROM orders;\n count\n-------\n    42\n(1 row)\n```\n",
    )
    sql, psql = page.select(".code-block")
    # Ours: `state` and `data` used as columns are names (Pygments' SQL lexer calls them keywords).
    assert [s.get_text() for s in sql.select("span.n")] == ["state", "data", "orders"]
    assert sql.select_one(".code-lang").get_text() == "SQL"
    # Ours: a result table's header is a heading and the row count a footer (Pygments': output).
    assert psql.select_one("span.gh").get_text() == " count"
    assert psql.select_one("span.gu").get_text() == "(1 row)"


def test_sql_dialect_travels_to_a_fresh_process(demo_settings):
    settings = copy.deepcopy(demo_settings)
    settings["SQL_DIALECT"] = "mysql"
    configured_markdown(settings)
    page = render_in_fresh_process(settings["MARKDOWN"], "```sql\nSELECT `id` FROM orders;\n```\n")
    assert "`id`" in [s.get_text() for s in page.select("code span")]


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


def test_a_detected_language_is_marked_as_detected(render):
    """Readers (and the theme) can tell a language we guessed from one the author wrote."""
    post = (
        "```\nSELECT id FROM orders;\n```\n\n"
        "```postgresql\nSELECT id FROM orders;\n```\n\n"
        "```\nfrom django.db import models\n\nclass Order(models.Model):\n    state = models.TextField()\n```\n\n"
        '``` { title="deploy.sh" }\n$ ./manage.py migrate\n```\n'
    )
    blocks = BeautifulSoup(render(post), "html.parser").select("div.code-block")
    assert [(b["data-lang"], b.get("data-lang-source")) for b in blocks] == [
        ("postgresql", "detected"),
        ("postgresql", None),
        ("python", "detected"),
        ("console", "detected"),
    ]
    assert blocks[3].select_one(".code-title").get_text() == "deploy.sh"
    assert blocks[0].select_one("code").get_text() == "SELECT id FROM orders;\n"


def test_an_indented_block_with_a_detected_language_is_marked_and_highlighted(render):
    """Indented blocks (imported code inside lists and quotes is written so) are marked too."""
    post = (
        "1. Find it:\n\n        SELECT id FROM orders;\n\n"
        "2. Then in Python:\n\n        from django.db import models\n\n"
        "        class Order(models.Model):\n            state = models.TextField()\n\n"
        "3. Written by the author:\n\n        :::python\n        print('hi')\n"
    )
    blocks = BeautifulSoup(render(post), "html.parser").select("div.code-block")
    assert [(b["data-lang"], b.get("data-lang-source")) for b in blocks] == [
        ("postgresql", "detected"),
        ("python", "detected"),
        ("python", None),
    ]
    assert blocks[0].select_one("code").get_text() == "SELECT id FROM orders;\n"
    assert blocks[1].select_one("code .kn")  # highlighted by Python's lexer: `from`, `import`
    assert "lectern-detected" not in str(blocks)
