"""Detection fixes of session 49 read off round 216 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "SET NAMES 'UTF8';"),  # as before: the standard's own form
    # MySQL's own: the connection's character set named bare, a table described, notes between.
    ("postgresql", "use talks;\nset names utf8mb4;"),
    ("postgresql", "describe talks;\ndesc speakers;\n#或\nshow create table talks;"),
    ("text", "# notes\ndescribe the talk;"),  # as before: a sentence, no table
    # XMLHttpRequest held as `xhr`; a global set on `window` with `$` in its name.
    ("javascript", "xhr.open('GET', 'http://127.0.0.1:8000/talks?year=2026')\nxhr.send()"),
    ("javascript", "xhr.abort()"),
    (
        "javascript",
        "window.$lectern = {\n  alias: {\n    '/talks/(.*)': '/slides/$1', // by pattern\n  },\n};",
    ),
    # Front-end tools' commands glossed.
    ("bash", "nrm ls  列出可用的源\nnrm use taobao"),
    ("bash", "gulp <taskname>"),
    ("bash", "forever start ./bin/www  ＃最简单的启动方式\nforever list"),
    # A module under a long doc comment: no schema after a license, so not read twice (as before).
    (
        "javascript",
        "/**\n * The talks' store.\n * Kept in the browser's database.\n */\n"
        "const request = indexedDB.open('talks', 1);\nrequest.onsuccess = () => console.log('ready');",
    ),  # as before
    (
        "postgresql",
        "/*\n * Copyright the speakers.\n */\nCREATE TABLE talks (id int PRIMARY KEY);",
    ),  # as before
]

test_session_49_round_216 = detection_test(CASES)
