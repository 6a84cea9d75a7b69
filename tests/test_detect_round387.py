"""Detection fixes of session 68 read off round 387 (Korean study groups' notes on Real MySQL
8.0, a Chinese MySQL notebook, a Korean developer's TIL): MySQL's own statement at the client's
bare `> ` prompt, and a function reference's synopses, each with its note."""

from detect_cases import detection_test

CASES = [
    # MySQL's own statement at the bare `> ` prompt the writer puts before what is typed
    ("psql", "> FLUSH TABLES WITH READ LOCK\n"),
    ("psql", "> FLUSH PRIVILEGES;\n"),
    # as before: a shell command at `> `
    ("console", "> ls -l\n"),
    # a reference's function synopses in capitals, each noted in `//` or in Chinese words
    (
        "postgresql",
        "ADDDATE (date1 ,days ) //加上天数\nDATEDIFF (date1 ,date2 ) //相差天数\nNOW ( ) //此刻\n"
        "UNIX_TIMESTAMP (date ) //秒数\n",
    ),
    ("postgresql", "SUM([DISTINCT] expr )求和。\nAVG([DISTINCT] expr )平均值。\nCOUNT(expr )计数。\n"),
    # as before: C's macros in capitals, their values assigned
    ("c", "x = MAX(a, b);\ny = MIN(a, b);\n"),
]

test_detection = detection_test(CASES)
