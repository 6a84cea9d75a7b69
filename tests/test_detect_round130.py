"""Detection fixes of session 38 read off round 129 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's client prompt first: its session, whatever is typed after it (rule 1).
    (
        "psql",
        "mysql> use lectern\nDatabase changed\nmysql> select count(*) from talks;\n+----------+\n| count(*) |\n+----------+\n|       12 |\n+----------+",
    ),
    ("psql", "mysql> flush privileges;\nmysql> quit;"),
    # Delta Lake's statements, with the reader's placeholders.
    ("postgresql", "describe history <talks_table>;"),
    ("postgresql", "restore table <talks_table> to version as of <version>;"),
    # A setting left empty under the file's name.
    ("ini", "# alembic.ini\n# filled in by env.py\nsqlalchemy.url ="),
    ("text", "x ="),  # as before: nothing to read
    # An object's entries, each with a note after its comma.
    (
        "javascript",
        "{\n  slug: 'intro',       // unique\n  title: 'Welcome',    // shown in the list\n  minutes: 25          // length\n}",
    ),
]


test_session_38_round_129 = detection_test(CASES)
