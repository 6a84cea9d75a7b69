"""Detection fixes of session 61 read off round 325 (English blogs and notes): a MySQL statement
over its result table in `#` notes (rule 8, no drawing), a `REGEXP` query over its result table
(psql), Python's REPL with its prompt glued under a note, C++'s user-defined literals and concepts."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "SHOW CHARACTER SET LIKE 'utf8%';\n# +---------+---------------+\n# | Charset | Description   |\n"
        "# +---------+---------------+\n# | utf8mb4 | UTF-8 Unicode |\n# +---------+---------------+",
    ),
    (
        "psql",
        "select title from talks where title REGEXP '^In';\n+---------+\n| title   |\n+---------+\n"
        "| Indexes |\n+---------+\n1 row in set (0.00 sec)",
    ),
    ("pycon", "# where modules are looked for\n>>>import sys\n>>>sys.path"),
    ("cpp", 'struct Minutes {};\nMinutes operator"" _min(unsigned long long n);'),
    ("cpp", "template < parameter-list >\nconcept concept-name = constraint-expression;"),
    # as before: a box drawn in notes, a C struct, a statement's result table with a PostgreSQL match
    ("text", "# +-------+     +-------+\n# | talks | --> | rooms |\n# +-------+     +-------+"),
    ("c", "struct talk { int year; };"),
]

test_detection = detection_test(CASES)
