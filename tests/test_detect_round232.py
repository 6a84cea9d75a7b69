"""Detection fixes of session 51 read off round 231 after it was measured: a variable incremented
with `++` makes no SQL fragment; bare `=>` or `->` prompts make psql only where one of them opens a
statement or a meta-command (`=> setsid ...` points at a line's change; a statement after `=> `, a
meta-command, and MySQL's continuation under capitals stay as before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # An init script's line, its change after an arrow.
    ("bash", "setsid /usr/local/bin/talkd --user 1000\n=> setsid /usr/local/bin/talkd --user 0"),
    ("psql", "=> SELECT title FROM talks;"),  # as before
    ("psql", "=> \\dt talks"),  # as before
    ("psql", "=> SELECT title\n-> FROM talks;"),  # as before
]

test_session_51_round_231 = detection_test(CASES)


def test_an_increment_is_no_sql():
    assert detect_language("if ( talks <= 99 )\n\t++talks;") not in SQL_FAMILY
