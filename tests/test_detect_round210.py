"""Detection fixes of session 48 read off round 209 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language

SQL_FAMILY = {"postgresql", "psql", "plpgsql", "postgres-explain"}

CASES = [
    # SVG's shapes alone: tags.
    ("html", '<circle cx="40" cy="40" r="30" />'),
    ("html", '<polygon points="10 10 40 60 70 10" />'),
    ("text", "usage: draw <line> <text>"),  # as before: a usage's placeholders
    ("postgresql", "WHERE price * quantity >= 100"),  # as before: a clause cut from its statement
]

test_session_48_round_209 = detection_test(CASES)


def test_what_javascript_and_c_write_around_a_fragment_is_no_sql():
    """A JSDoc comment over a call, C's two comment forms, a type test by `instanceof`: the
    parser would take each for a piece of a statement; none is SQL."""
    for code in (
        "/**\n * @talk the talk to render\n * @lang its language\n */\nrender(talk,lang)",
        "/* 多行注释 */\n// 单行注释（C99）",
        "talk instanceof Array",
    ):
        assert detect_language(code) not in SQL_FAMILY, code
