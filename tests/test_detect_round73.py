"""Detection fixes of session 30 (the misses of the tuning sets and of rounds 74 to 77's sets
once read), each on snippets we write here."""

import pytest

from sql_highlight.detect import detect_language

CASES = [
    # PostgreSQL's transaction and cursor statements, which SQL_START did not know, opening a
    # block that does not parse (a placeholder, a missing `;`).
    ("postgresql", "END;\nBEGIN\nALTER TABLE notes ADD pinned INT;"),
    ("postgresql", "START TRANSACTION;\nUPDATE notes SET title = <new title> WHERE id = <id>;\nCOMMIT;"),
    (
        "postgresql",
        "SAVEPOINT before_tags;\nDELETE FROM tags WHERE note = <id>;\nROLLBACK TO SAVEPOINT before_tags;",
    ),
    (
        "postgresql",
        "DECLARE recent CURSOR FOR\n  SELECT * FROM notes WHERE written > <date>;\nFETCH 10 FROM recent;",
    ),
    # ... while `end` or `abort` opening a sentence is no statement.
    ("text", "end of the notes"),
    ("text", "abort the import when a feed is empty"),
]


@pytest.mark.parametrize(("expected", "code"), CASES)
def test_detects(expected, code):
    assert detect_language(code) == expected
