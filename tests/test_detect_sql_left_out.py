"""Detection fixes of session 40 for the SQL-family blocks earlier sessions left out (tuning-117
to tuning-146), each on snippets we write here; the cases marked "as before" guard what a fix
must not move."""

import pytest

from sql_highlight.detect import detect_language

CASES = [
    # Choices between `/` in a synopsis: EXTRACT's fields, subqueries' forms with a `/` between them.
    ("postgresql", "date_part(EPOCH/DOW/DOY FROM a_timestamp)"),
    (
        "postgresql",
        "value IN (subquery) -- true where the subquery gives it\n"
        "value operator ANY (subquery) /\nvalue operator SOME (subquery) -- the same",
    ),
    ("text", "Read /etc/hosts AND then /etc/resolv.conf"),  # as before: a sentence naming paths
    # A statement of another server opened by two of SQL's words, its synopsis's marks after.
    ("postgresql", "RENAME TABLE old_name TO new_name [, other TO another ...]"),
    ("text", "WARNING THIS [is] a heading"),  # as before: capitals that are no SQL
    # A lone note in SQL's `--`, no space after it, words enough to be no option.
    ("postgresql", "--keep the archive for a week"),
    ("text", "--verbose"),  # as before
    ("text", "--prefix=/usr/local --enable-shared"),  # as before: options alone
    # Foreign keys' actions a line each, notes in `/* */` and `--` between them.
    (
        "postgresql",
        "--On delete\nON DELETE NO ACTION\n/* the default: refuse it */\nON DELETE SET NULL\n"
        "/* the talk stays, its speaker unknown */",
    ),
    # Constraints a line each with `--` notes and placeholders for the names.
    (
        "postgresql",
        "NOT NULL -- a value is required\nUNIQUE (<column>) -- no two rows alike\n"
        "REFERENCES <other_table> (<column>) -- points at a row there\n<column> PRIMARY KEY",
    ),
    # pgcrypto's calls with placeholders, alone.
    ("postgresql", "crypt(<new_password>, gen_salt('md5'));"),
    ("postgresql", "pgp_sym_encrypt(<secret>, <passphrase>)"),
    ("python", "<list>.append(<item>)"),  # as before: Python's method with placeholders
    ("python", "salted = crypt(word, salt)"),  # as before: Python's crypt
    # What a post left out, `[...]` or `...` lines, around and over a statement.
    ("postgresql", "-- in the function's body\n[...]\nUPDATE talks\nSET minutes = slots * 5\n[...]"),
    ("postgresql", "...\nDELETE FROM sessions\nWHERE expires < now();"),
    ("python", "def handler(event):\n    ...\n    return event"),  # as before
    # SQLite's shell, its dot-commands typed at `sqlite>` (rule 1, as MySQL's `mysql>`).
    ("psql", "sqlite> .mode column\nsqlite> .tables"),
    # A row-typed variable's synopsis, placeholders for its names.
    ("plpgsql", "--a row of the table\n<row_var> <table_name>%ROWTYPE;"),
    # SQL's two kinds of comment, and nothing else.
    ("postgresql", "-- a line's note\n\n/*\n   a block's note\n   /* nested */\n*/"),
    ("c", "/* the count */\nint count = 0;"),  # as before
]


@pytest.mark.parametrize(("expected", "code"), CASES)
def test_session_40_sql_left_out(expected, code):
    assert detect_language(code) == expected
