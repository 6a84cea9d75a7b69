"""Detection of unlabelled code blocks, per class, on snippets we write here."""

import re

import pglast
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sql_highlight.detect import LANGUAGES, detect_language
from sql_highlight.detect_openings import _HEADING_LINE
from sql_highlight.signature_signs import parses_as_sql
from sql_highlight.sql_fragments import _CASE_EXPRESSION

CASES = {
    "postgresql": [
        "SELECT 1",
        "SELECT id, email\nFROM users\nWHERE deleted_at IS NULL;",
        "-- keep only live rows\nCREATE UNIQUE INDEX ON users (lower(email)) WHERE deleted_at IS NULL;",
        "WHERE data @> '{\"vip\": true}'\n  AND created_at > now() - interval '7 days'",
        "ALTER TABLE orders ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON orders USING (tenant_id = 1);",
    ],
    "plpgsql": [
        "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;",
        "DECLARE\n  n integer;\nBEGIN\n  SELECT count(*) INTO n FROM t;\n  RAISE NOTICE '% rows', n;\nEND;",
    ],
    "psql": [
        "=> SELECT count(*) FROM orders;\n count\n-------\n    42",
        "app=# SELECT 1;\n ?column?\n----------\n        1\n(1 row)",
        "postgres=> \\dt\n        List of relations\n",
        " id | name\n----+------\n  1 | a\n(1 row)\n\napp=# \\q",
    ],
    "postgres-explain": [
        "Seq Scan on orders  (cost=0.00..35.50 rows=2550 width=4)",
        "Index Scan using orders_pkey on orders  (cost=0.29..8.30 rows=1 width=40) (actual time=0.01..0.02 rows=1 loops=1)\n  Index Cond: (id = 1)\nPlanning Time: 0.1 ms\nExecution Time: 0.05 ms",
    ],
    "python": [
        "from django.db import models\n\nclass Order(models.Model):\n    state = models.CharField(max_length=20)\n",
        "def total(items):\n    return sum(i.price for i in items)\n",
        'cursor.execute("SELECT * FROM orders WHERE id = %s", [order_id])\n',
        "DATABASES = {\n    'default': {'ENGINE': 'django.db.backends.postgresql'}\n}",
        "from django.http import HttpResponse\n\ndef index(request):\n    return HttpResponse('<p>Hi</p>')",
    ],
    "pycon": [">>> Order.objects.filter(state='paid').count()\n3", ">>> 1 + 1\n2"],
    "bash": [
        "#!/usr/bin/env bash\nset -euo pipefail\npg_dump -Fc app > app.dump\n",
        'for db in app analytics; do\n  vacuumdb --analyze "$db"\ndone\n',
        "psql \"$DATABASE_URL\" <<'SQL'\nSELECT 1;\nSQL\n",
        "./manage.py test --parallel 4 orders",
    ],
    "console": [
        "$ pg_restore --list app.dump | head -3\n; Archive created at 2024-01-01\n",
        "$ psql app\npsql (17.2)\napp=# \\q",
        "$ ./manage.py migrate",
    ],
    "json": ['{"state": "paid", "items": [1, 2]}', "[1, 2, 3]"],
    "html": ['<p class="note">Hello</p>', "<table>\n  <tr><td>1</td></tr>\n</table>"],
    "html+django": [
        "{% for post in posts %}<li>{{ post.title }}</li>{% endfor %}",
        "{% extends 'base.html' %}\n{% block title %}Archive{% endblock %}",
        "Posted {{ post.published|date:'Y-m-d' }}",
    ],
    "yaml": [
        "services:\n  db:\n    image: postgres:17\n    ports:\n      - '5432:5432'",
        "- name: install postgres\n  apt:\n    name: postgresql-17\n    state: present",
    ],
    "ini": [
        "shared_buffers = 4GB\nwork_mem = 64MB",
        "[pgbouncer]\nlisten_port = 6432\npool_mode = transaction",
    ],
    "diff": [
        "--- a/settings.py\n+++ b/settings.py\n@@ -1,2 +1,2 @@\n-DEBUG = True\n+DEBUG = False",
        "diff --git a/schema.sql b/schema.sql\n@@ -3 +3 @@\n-  total numeric\n+  total numeric(12, 2)",
    ],
    "c": [
        '#include "postgres.h"\n#include "fmgr.h"\n\nPG_MODULE_MAGIC;',
        "static int\ncount_rows(Relation rel)\n{\n    return 0;\n}",
    ],
    "cpp": ["#include <vector>\n\nstd::vector<int> ids;\nids.push_back(1);"],
    "javascript": [
        "const rows = await fetch('/api/orders').then((r) => r.json());",
        "document.querySelector('#copy').addEventListener('click', copy);",
    ],
    "text": [
        "This block is just prose about vacuum.",
        "host all all 10.0.0.0/8 scram-sha-256",
        "id,name\n1,Ann\n2,Bo",
        "",
    ],
}


@pytest.mark.parametrize("label, code", [(label, code) for label, codes in CASES.items() for code in codes])
def test_detects(label, code):
    assert detect_language(code) == label


def test_every_class_is_covered_and_answers_are_known_aliases():
    assert set(CASES) == set(LANGUAGES)
    for codes in CASES.values():
        for code in codes:
            assert detect_language(code) in LANGUAGES


def test_text_that_parses_as_sql_is_always_sql():
    # These look like other things but PostgreSQL's parser accepts them.
    for code in ["VALUES (1), (2);", "TABLE orders;", "SHOW work_mem;"]:
        assert detect_language(code) == "postgresql"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_gets_an_answer_from_languages(code):
    assert detect_language(code) in LANGUAGES


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([c for codes in CASES.values() for c in codes]), max_size=4),
    st.text(max_size=40),
)
def test_pasted_together_blocks_get_an_answer_from_languages(pieces, glue):
    """A post's block is often two kinds of code at once; detection still answers."""
    assert detect_language(glue.join(pieces)) in LANGUAGES


# Inputs that made a sign's pattern backtrack without end (a nested repetition that can split
# one run of characters many ways): a build would hang on such a block. Each must answer.
BACKTRACKING_TRAPS = [
    "API_TOKEN=" + "abcdefgh" * 12 + " trailing words",  # a value, then no comment: .env sign
    "'on'::boolean    " * 40 + "and then prose",  # cast literals over spaces, then not SQL
    "MODE='fast' " * 40 + "!",  # assignments before a command that never comes
]


@pytest.mark.parametrize("code", BACKTRACKING_TRAPS, ids=["env-value", "cast-literals", "assignments"])
def test_no_block_makes_detection_backtrack_without_end(code):
    assert detect_language(code) in LANGUAGES


# Two patterns written to keep their first choice (an atomic group, a first non-space) so they
# cannot backtrack: each must find exactly what its plain form, written here, finds.
PLAIN_CASE_EXPRESSION = re.compile(
    r"\bcase\b(?:[^\n]*?\bwhen\b|[^\n]*\n\s*when\b).*?\bthen\b.*?\bend\b", re.I | re.S
)
# The heading line's pattern with its caption over a ruler written the plain way (split every way).
PLAIN_HEADING_LINE = re.compile(_HEADING_LINE.pattern.replace(r"|\S[^\n]*\n", r"|[^\n]*\S[^\n]*\n"))
CASE_SOUP = st.lists(
    st.sampled_from(["case", "WHEN", "then", "End", "x", "\n", "\n  ", "endx", "("]), max_size=12
)
CAPTION_SOUP = st.lists(st.sampled_from(["a", " ", "\t", "\n", "----", "===", "-", ":"]), max_size=12)


@settings(max_examples=500, deadline=None)
@given(CASE_SOUP)
def test_the_case_expression_found_as_its_plain_pattern_finds_it(words):
    code = " ".join(words)
    assert bool(_CASE_EXPRESSION.search(code)) == bool(PLAIN_CASE_EXPRESSION.search(code))
    whole = f"case {code} end"  # the expression alone, as its branches elided are read
    assert bool(_CASE_EXPRESSION.fullmatch(whole)) == bool(PLAIN_CASE_EXPRESSION.fullmatch(whole))


@settings(max_examples=400, deadline=None)
@given(CAPTION_SOUP)
def test_a_caption_over_a_ruler_found_as_its_plain_pattern_finds_it(pieces):
    assert PLAIN_HEADING_LINE.pattern != _HEADING_LINE.pattern
    code = "".join(pieces)
    plain, found = PLAIN_HEADING_LINE.match(code), _HEADING_LINE.match(code)
    assert (found and found.group()) == (plain and plain.group())


SQL_SOUP = st.lists(
    st.sampled_from(
        [
            "SELECT",
            "1",
            "a",
            ",",
            "(",
            ")",
            ";",
            "FROM",
            "t",
            "WHERE",
            "=",
            "'x'",
            "--",
            "\n",
            "::int",
            "\xa0",
        ]
    ),
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(SQL_SOUP)
def test_sql_is_taken_where_pglast_parses_its_statements(words):
    """parses_as_sql asks the parser's split (no trees built): it must take what parse_sql takes."""
    sql = " ".join(words)
    try:
        expected = len(pglast.parse_sql(sql.replace("\xa0", " "))) > 0
    except pglast.parser.ParseError:
        expected = False
    assert parses_as_sql(sql) == expected


# A line marked added that the change marks' rewrite leaves as it is (`+>`): the block was read
# again unchanged, without end, until Python's stack ran out (hypothesis found `+>` and a letter).
@pytest.mark.parametrize("code", ["+>x", "+>x\n-old line\nkept\nkept too\nand this"])
def test_a_mark_the_rewrite_keeps_gets_an_answer(code):
    assert detect_language(code) in LANGUAGES


DEEP_NESTING = {
    "json-arrays": "[" * 999 + "]" * 999,  # valid JSON nested deeper than Python's stack
    "json-objects": '{"a":' * 990 + "1" + "}" * 990,
    "python-expression": "x = " + "(" * 990 + "1" + ")" * 990,
    "yaml-flow": "key: " + "[" * 900 + "]" * 900,
    "sql-parentheses": "SELECT " + "(" * 900 + "1" + ")" * 900,
}


@pytest.mark.parametrize("code", DEEP_NESTING.values(), ids=DEEP_NESTING.keys())
def test_deeply_nested_blocks_get_an_answer_not_an_error(code):
    assert detect_language(code) in LANGUAGES
