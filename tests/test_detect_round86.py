"""Detection fixes of session 31 (the misses of the tuning sets and of rounds 86 on once read),
each on snippets we write here."""

import pytest

from sql_highlight.detect import detect_language

CASES = [
    # Clauses whose statement a post left out, marked `[...]` before (and after) them, a line each
    # or under notes.
    ("postgresql", "[...] FROM notes [...]"),
    ("postgresql", "[...] FROM notes n JOIN tags t ON t.note_id = n.id [...]"),
    (
        "postgresql",
        "/* every note, tagged or not */\n[...] FROM notes n LEFT JOIN tags t ON t.note_id = n.id\n"
        "/* only tagged notes */\n[...] FROM notes n INNER JOIN tags t ON t.note_id = n.id",
    ),
    # ... while a log's elision stays the log's, and `... WHERE` as before.
    ("text", "[...] from the cache, 12 notes rebuilt"),
    ("postgresql", "... WHERE written > now() - interval '1 day'"),
    # SQL's `--` notes in braces over statements: pseudo-code about SQL, no JavaScript.
    (
        "postgresql",
        "-- take the lock, or say no at once\nselect pg_try_advisory_lock(42);\n\nif (locked) {\n"
        "  -- rebuild the notes\n  select pg_advisory_unlock(42);\n}",
    ),
    # ... while JavaScript that decrements, or quotes SQL in its strings, stays JavaScript.
    ("javascript", "let left = notes.length;\nwhile (left > 0) {\n  left--;\n  render(notes[left]);\n}"),
    (
        "javascript",
        'const query = "SELECT * FROM notes";\nclient.query(query).then((rows) => {\n  render(rows);\n});',
    ),
]


@pytest.mark.parametrize(("expected", "code"), CASES)
def test_detects(expected, code):
    assert detect_language(code) == expected
