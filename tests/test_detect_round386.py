"""Detection fixes of session 68 read off round 386 (two Korean study groups' notes on Real MySQL
8.0, a Korean SQL study's solutions): MySQL's SHOW with its noun misspelt singular, the fence's
language typed on the block's first line, an index's columns with `...` between them, one
setting's values each under its note, and statements typed with no prompt among `# notes`."""

from detect_cases import detection_test

CASES = [
    # MySQL's SHOW statements listed, one noun singular
    ("postgresql", "SHOW VARIABLES\nSHOW SESSION VARIABLE\n"),
    # the fence's language typed on the block's first line
    ("postgresql", "sql\nSET GLOBAL max_allowed_packet = 67108864;\n"),
    ("python", "python\nimport json\nprint(json.dumps({'a': 1}))\n"),
    # as before: a list of languages' names is prose
    ("text", "Python\nPHP\nGo\n"),
    # an index's columns, the middle ones left out
    ("postgresql", "INDEX ix_order (col_a, col_b, col_c ..., col_z)\n"),
    # as before: C's variadic prototype
    ("c", "int sscanf(const char *str, const char *format, ...);\n"),
    # one setting's values, each under its note: a configuration file's choices
    (
        "ini",
        "# the oldest locking\nlock_mode_setting = 0\n\n# the default\nlock_mode_setting = 1\n\n"
        "# interleaved\nlock_mode_setting = 2\n",
    ),
    # as before: a lesson's variable set again
    ("python", "x = 1\n# now two\nx = 2\n# now three\nx = 3\n"),
    # statements typed with no prompt among `# notes`, a statement commented out last
    (
        "postgresql",
        "# 자동 커밋 끄기\nSET autocommit=0;\n\n# 잠금\nLOCK TABLES logs WRITE;\nUNLOCK TABLES;\n\n"
        "# 필요하면 지우기\n# DROP TABLE logs_old;\n",
    ),
    # as before: root's `# ` before a statement and its rows
    ("psql", "# SELECT 1;\n ?column?\n----------\n        1\n(1 row)\n"),
]

test_detection = detection_test(CASES)
