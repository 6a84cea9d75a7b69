"""Detection fixes of session 58 read off round 297 after it was measured: MySQL's `LIMIT offset,
count` under its EXPLAIN's table, a result under columns ruled apart (`------- -----`), C's pointers
constant themselves or to a struct, the shell's substitutions named alone, commands quoting
JavaScript, and C++'s reference declared without a value."""

from detect_cases import detection_test

CASES = [
    (
        "psql",
        "explain select * from talks\nwhere held_on between '2024-01-01' and '2024-02-01'\nlimit 20, 10;\n\n"
        "+----+-------------+-------+-------+\n| id | select_type | table | type  |\n"
        "+----+-------------+-------+-------+\n|  1 | SIMPLE      | talks | range |\n"
        "+----+-------------+-------+-------+",
    ),
    (
        "psql",
        "SELECT speaker, COUNT(*) AS talks\nFROM talks\nGROUP BY speaker;\n\n->\n"
        "speaker    talks\n---------- -----\nada        3\ngrace      2",
    ),
    (
        "c",
        "// a constant pointer\nint* const cursor = &first;\n\n// a pointer to a constant\nconst int * reader;",
    ),
    ("c", "struct talk *next = &first;"),
    ("bash", "$(( hours * 60 ))"),
    ("bash", "$(command)"),
    (
        "bash",
        "# hash the inline script\necho -n 'console.log(\"hi\")' | openssl dgst -sha256 -binary | base64",
    ),
    ("bash", 'grep -rn "\\.innerHTML\\s*=" static/ --include="*.js"'),
    ("cpp", "int &alias;  // a reference must be bound"),
    # as before: MySQL's offset first in a statement alone, JavaScript unquoted, a table with no query
    ("postgresql", "select * from talks limit 20, 10;"),
    ("javascript", 'console.log("hello");'),
    ("javascript", "export {talks as allTalks, speakers}"),
    ("text", "speaker    talks\n---------- -----\nada        3\ngrace      2"),
    ("javascript", "$(document).ready(start);"),
]

test_session_58_round_297 = detection_test(CASES)
