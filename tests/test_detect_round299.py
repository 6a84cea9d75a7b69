"""Detection fixes of session 58 read off round 298 after it was measured: statements at `mysql>`
under captions the writer quoted, their next lines at the client's `->`; a usage line's
placeholders nested in brackets or plural (`[<ip>]`, `<id(s)>`); an address taken into a pointer."""

from detect_cases import detection_test

CASES = [
    (
        "psql",
        "'slow examples'\nmysql> SELECT id FROM talks WHERE id + 1 = 5;\n"
        "mysql> SELECT ... WHERE year(held_on) = 2024;",
    ),
    (
        "psql",
        "'selectivity'\nmysql> SELECT COUNT(DISTINCT city)/COUNT(*) FROM venues;\n''\n"
        "mysql> SELECT COUNT(DISTINCT LEFT(city, 3))/COUNT(*) AS s3,\n"
        "-> COUNT(DISTINCT LEFT(city, 4))/COUNT(*) AS s4\n-> FROM venues;",
    ),
    ("bash", "talkctl node rm <node_id(s)>"),
    ("bash", "talkctl host add <hostname> [<ip>] [<label> ...]"),
    ("c", 'int * q, n = 3;\nq = &n;\nprintf("%d", *q);  // *q is n'),
    ("c", "q = &n;  // q now points at n"),
    # as before: a statement at the prompt alone, a placeholder in SQL, a quoted line alone
    ("psql", "mysql> SHOW BINARY LOGS;"),
    ("postgresql", "select <column> from <table>;"),
    ("bash", "talkctl node rm <node_id>"),
    ("text", "'just a quoted line'"),
]

test_session_58_round_298 = detection_test(CASES)
