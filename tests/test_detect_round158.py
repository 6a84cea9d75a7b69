"""Detection fixes of session 41 read off round 157 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

import pytest

from sql_highlight.detect import detect_language

CASES = [
    # InfluxQL's SHOW statements, words in capitals, `ON db` after them.
    ("postgresql", "# the policies kept\nSHOW RETENTION POLICIES ON talks"),
    ("postgresql", "SHOW CONTINUOUS QUERIES"),
    ("text", "SHOW ME THE WAY"),  # as before: a heading, no statement
]


@pytest.mark.parametrize(("expected", "code"), CASES)
def test_session_41_round_157(expected, code):
    assert detect_language(code) == expected
