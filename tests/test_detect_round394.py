"""Detection fixes of session 69 read off round 394 (a Korean data analyst's blog, a Korean
developer's TIL, a Japanese training course's answers): MySQL's slow query log, and a schema
sketched in braces with its fields named after colons."""

from detect_cases import detection_test

CASES = [
    # MySQL's slow query log: statements under its `# Query_time:` and `# User@Host:` lines
    (
        "text",
        "# Time: 2026-03-01T10:00:00.000000Z\n# User@Host: app[app] @ localhost []  Id:     9\n"
        "# Query_time: 0.210000  Lock_time: 0.000100 Rows_sent: 1200  Rows_examined: 50000\n"
        "SET timestamp=1772359200;\nSELECT * FROM orders WHERE placed_at > '2026-01-01';\n",
    ),
    # as before: a statement under the writer's note
    ("postgresql", "# orders placed this year\nSELECT * FROM orders WHERE placed_at > '2026-01-01';\n"),
    # a schema sketched as an ER diagram's tool writes it
    (
        "text",
        "TABLE author {\n  id: varchar NOT NULL\n}\n\nTABLE book {\n  id: varchar NOT NULL\n"
        "  author_id: varchar NOT NULL\n}\n",
    ),
    # as before: a table created, its columns typed SQL's way
    ("postgresql", "CREATE TABLE author (\n  id varchar NOT NULL\n);\n"),
]

test_detection = detection_test(CASES)
