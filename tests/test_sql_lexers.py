"""sql_highlight lexers on snippets we write: each token class, each lexer, never losing text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pygments.token import Comment, Error, Generic, Keyword, Name, Number, Operator, Punctuation, String

from sql_highlight.lexers import ExplainLexer, PlPgsqlLexer, PostgresLexer, PsqlLexer


def tokens(lexer, text):
    result = list(lexer.get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in result) == text
    return result


def kinds(lexer, text):
    """{value: token type} for the non-blank tokens (last one wins for repeated values)."""
    return {v: t for _, t, v in tokens(lexer, text) if v.strip()}


def typed(lexer, text):
    return [(v, t) for _, t, v in tokens(lexer, text) if v.strip()]


@pytest.mark.parametrize(
    "snippet, word, expected",
    [
        ("SELECT id FROM orders WHERE state = 'new';", "SELECT", Keyword),
        ("SELECT id FROM orders WHERE state = 'new';", "state", Name),
        ("SELECT data->>'name' AS name FROM t;", "data", Name),
        ("SELECT data->>'name' AS name FROM t;", "name", Name),
        ("SELECT type, position FROM t ORDER BY position;", "type", Name),
        ("SELECT OLD.id;", "id", Name),
        ("SELECT OLD.id;", "OLD", Name),
        ("SELECT x::int;", "int", Keyword.Type),
        ("SELECT x::timestamptz;", "timestamptz", Keyword.Type),
        ("CREATE TABLE t (id bigint, data jsonb, name text);", "jsonb", Keyword.Type),
        ("CREATE TABLE t (id bigint, data jsonb, name text);", "data", Name),
        ("SELECT lower(email) FROM users;", "lower", Name.Function),
        ("SELECT $1;", "$1", Name.Variable),
        ("SELECT 42, 3.14;", "42", Number.Integer),
        ("SELECT 42, 3.14;", "3.14", Number.Float),
        ("SELECT E'a\\nb';", "E'a\\nb'", String),
        ("SELECT U&'d\\0061t';", "U&'d\\0061t'", String),
        ("SELECT B'1010', X'1F';", "B'1010'", String),
        ("SELECT B'1010', X'1F';", "X'1F'", String),
        ("SELECT $tag$it's$tag$;", "$tag$it's$tag$", String),
        ("SELECT 1; -- done", "-- done", Comment),
        ("/* outer /* inner */ still */ SELECT 1;", "/* outer /* inner */ still */", Comment),
        ("SELECT a, b FROM t;", ",", Punctuation),
        ('SELECT "Mixed Case" FROM t;', '"Mixed Case"', Name),
    ],
)
def test_token_classes(snippet, word, expected):
    assert kinds(PostgresLexer(), snippet)[word] in expected


@pytest.mark.parametrize(
    "op", ["->", "->>", "#>", "#>>", "@>", "<@", "?", "?|", "?&", "@?", "@@", "#-", "::", "||"]
)
def test_every_json_operator_is_an_operator(op):
    assert kinds(PostgresLexer(), f"SELECT doc {op} 'x' FROM t;")[op] in Operator


def test_dollar_quoted_function_body_is_highlighted_as_plpgsql():
    sql = (
        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n  NEW.updated_at := now();\n  RAISE NOTICE 'touched %', NEW.id;\n  RETURN NEW;\nEND;\n$$;"
    )
    found = typed(PostgresLexer(), sql)
    assert ("$$", String.Delimiter) in found
    assert ("RAISE", Keyword) in found and ("NOTICE", Keyword) in found
    assert ("NEW", Name.Builtin) in found and ("now", Name.Function) in found
    assert ("trigger", Keyword.Type) in found
    assert not [v for v, t in found if t in String and v not in ("$$", "'touched %'")]


def test_sql_body_language_and_plain_dollar_strings():
    found = typed(PostgresLexer(), "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;")
    assert ("SELECT", Keyword) in found
    found = typed(PostgresLexer(), "SELECT $$ SELECT 1 $$;")
    assert ("$$ SELECT 1 $$", String.Single) in found


def test_plpgsql_lexer_declarations_and_control_flow():
    body = (
        "DECLARE\n  v_total numeric(12,2) := 0;\n  r orders%ROWTYPE;\n  v_id orders.id%TYPE;\n"
        "BEGIN\n  FOR r IN SELECT * FROM orders LOOP\n    v_total := v_total + r.total;\n  END LOOP;\n"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; ELSIF v_total > 10 THEN\n"
        "    RAISE EXCEPTION 'too much: %', v_total USING ERRCODE = 'P0001';\n  END IF;\n"
        "  RETURN NEW;\nEND;"
    )
    found = typed(PlPgsqlLexer(), body)
    for keyword in ["DECLARE", "BEGIN", "FOR", "LOOP", "IF", "ELSIF", "RAISE", "EXCEPTION", "RETURN", "END"]:
        assert (keyword, Keyword) in found, keyword
    assert ("v_total", Name.Variable) in found and ("numeric", Keyword.Type) in found
    assert ("ROWTYPE", Keyword.Type) in found and ("TYPE", Keyword.Type) in found
    assert ("TG_OP", Name.Builtin) in found and ("OLD", Name.Builtin) in found
    assert not [t for _, t in found if t in Error]


PSQL_SESSION = """\
shop=# \\timing on
Timing is on.
shop=# SELECT id, state
shop-#   FROM orders
shop-#  WHERE data @> '{"vip": true}';
 id | state
----+-------
  7 | paid
(1 row)

Time: 0.412 ms
shop=> \\d orders
shop(# ERROR:  relation "x" does not exist
shop=# UPDATE orders SET state = 'x'
 WHERE id = 7;
ERROR:  new row violates check constraint "orders_state_check"
DETAIL:  Failing row contains (7, x).
HINT:  Use one of the known states.
shop=# \\x
Expanded display is on.
shop=# SELECT 1 AS one \\gx
-[ RECORD 1 ]
one | 1
"""


def test_psql_session():
    found = typed(PsqlLexer(), PSQL_SESSION)
    prompts = [v for v, t in found if t is Generic.Prompt]
    assert (
        prompts[:4] == ["shop=#", "shop=#", "shop-#", "shop-#"]
        and "shop=>" in prompts
        and "shop(#" in prompts
    )
    assert (
        ("\\timing", Keyword.Pseudo) in found
        and ("\\d", Keyword.Pseudo) in found
        and ("\\gx", Keyword.Pseudo) in found
    )
    assert ("orders", Name) in found
    assert (" id | state", Generic.Heading) in found
    assert ("  7 | paid", Generic.Output) in found
    assert ("(1 row)", Generic.Subheading) in found and ("Time: 0.412 ms", Generic.Subheading) in found
    assert any(t is Generic.Error and v.startswith("ERROR:") for v, t in found)
    assert any(t is Generic.Emph and v.startswith("DETAIL:") for v, t in found)
    assert any(t is Generic.Emph and v.startswith("HINT:") for v, t in found)
    assert ("-[ RECORD 1 ]", Generic.Heading) in found
    # The continuation line without a prompt is still SQL, not output.
    assert ("WHERE", Keyword) in found and ("7", Number.Integer) in found


def test_psql_statement_spanning_lines_keeps_its_string_whole():
    found = typed(PsqlLexer(), "db=# SELECT 'first\ndb'# second';\n ?column?\n----------\n x\n(1 row)\n")
    assert ("db'#", Generic.Prompt) in found
    assert ("'first\n", String.Single) in found and ("second'", String.Single) in found


EXPLAIN = """\
                                    QUERY PLAN
-----------------------------------------------------------------------------------
 Nested Loop  (cost=0.85..16.90 rows=1 width=40) (actual time=0.031..0.034 rows=1 loops=1)
   Buffers: shared hit=8
   ->  Index Scan using orders_pkey on orders o  (cost=0.42..8.44 rows=1 width=36) (actual time=0.015..0.016 rows=1 loops=1)
         Index Cond: (id = 42)
         Filter: ((data ->> 'state'::text) = 'paid'::text)
         Rows Removed by Filter: 3
 Planning Time: 0.210 ms
 Execution Time: 0.061 ms
(8 rows)
"""


def test_explain_plan():
    found = typed(ExplainLexer(), EXPLAIN)
    assert ("Nested Loop", Name.Function) in found and ("Index Scan", Name.Function) in found
    assert ("->", Operator) in found and ("orders_pkey", Name) in found
    assert ("cost=", Name.Attribute) in found and ("0.85..16.90", Number) in found
    assert ("Index Cond", Name.Label) in found and ("Rows Removed by Filter", Name.Label) in found
    # The SQL inside conditions is highlighted as SQL.
    assert (
        ("->>", Operator) in found and ("text", Keyword.Type) in found and ("'paid'", String.Single) in found
    )
    assert ("QUERY PLAN", Generic.Heading) in [(v.strip(), t) for v, t in found]


def test_plan_inside_a_psql_session_is_highlighted_as_a_plan():
    session = "db=# EXPLAIN SELECT 1;\n" + EXPLAIN
    found = typed(PsqlLexer(), session)
    assert ("Nested Loop", Name.Function) in found and ("(8 rows)", Generic.Subheading) in found


@pytest.mark.parametrize(
    "text",
    [
        "SELECT 'unterminated",
        "SELECT $$ never closed",
        "/* open comment",
        "SELECT E'\\",
        "SELECT 1\x00SELECT 2",
        "SELECT :'var', :var, ... , \\set x 1",
        "SELECT \ufffd\ufffd FROM t",
        "$1 $ $$ $a$ ' \" U&",
    ],
)
@pytest.mark.parametrize("lexer", [PostgresLexer(), PlPgsqlLexer(), PsqlLexer(), ExplainLexer()])
def test_bad_input_never_raises_or_yields_error_tokens(lexer, text):
    result = tokens(lexer, text)
    assert not [t for _, t, _ in result if t in Error]


def test_unterminated_string_runs_to_the_end_as_a_string():
    found = typed(PostgresLexer(), "SELECT a, 'open string; SELECT 2")
    assert found[-1] == ("'open string; SELECT 2", String.Single)


def test_a_megabyte_block_comes_back_whole():
    statement = "SELECT id, data->>'name' FROM orders WHERE state = 'new';\n"
    big = statement * (1_000_000 // len(statement)) + "SELECT 'never closed"
    result = tokens(PostgresLexer(), big)
    assert result[-1][1] in String and not [t for _, t, _ in result if t in Error]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
@pytest.mark.parametrize("lexer", [PostgresLexer(), PlPgsqlLexer(), PsqlLexer(), ExplainLexer()])
def test_any_text_comes_back_whole_without_errors(lexer, text):
    result = list(lexer.get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in result) == text
    assert not [t for _, t, _ in result if t in Error]


SQLISH = st.lists(
    st.sampled_from(
        [
            "SELECT",
            " ",
            "\n",
            "'",
            "$$",
            "$a$",
            "--",
            "/*",
            "*/",
            "(",
            ")",
            ";",
            "::",
            "->>",
            "E'",
            "\\",
            "data",
            "state",
            '"',
            "1.5",
            "$1",
            "DECLARE",
            "BEGIN",
            "END",
            ":=",
            "%ROWTYPE",
            "db=# ",
            "->  ",
            "(cost=1..2",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(SQLISH)
@pytest.mark.parametrize("lexer", [PostgresLexer(), PlPgsqlLexer(), PsqlLexer(), ExplainLexer()])
def test_sql_shaped_noise_comes_back_whole(lexer, text):
    result = list(lexer.get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in result) == text
    assert not [t for _, t, _ in result if t in Error]
