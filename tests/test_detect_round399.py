"""Detection fixes of session 70 read off round 399 (a Korean frontend developer's blog and a Korean
developer's notes on MySQL and Spring): statements typed a line each at a bare `> `, the writer's
`//` notes over and after them, a synopsis's line among them."""

from detect_cases import detection_test

CASES = [
    # a synopsis's line unended, then the statement it names, at a bare `> `
    ("psql", "> select col1, col2 from some_table where some_condition\n> SELECT city, zip FROM shops;\n"),
    # a pattern's synopsis (`col LIKE 'pattern'`) over statements using it, `//` notes over and after them
    (
        "psql",
        "> col LIKE 'pattern'\n\n// names opening with 'Ka'\n> SELECT * FROM shops WHERE name LIKE 'Ka%'; // prefix\n"
        "> SELECT * FROM shops WHERE name LIKE '%ka%'; // anywhere\n",
    ),
    # as before: statements alone at the prompt, `//` notes among them, or one statement
    (
        "psql",
        "// rows of one id\n> SELECT * FROM shops WHERE id=3; // only that one\n"
        "> SELECT * FROM shops WHERE id<>3; // every other\n",
    ),
    ("psql", "> SELECT 1;\n"),
]

test_detection = detection_test(CASES)
