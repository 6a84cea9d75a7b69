"""Detection fixes of session 57 read off round 291 after it was measured: the mysql client opened,
then statements and `source` typed at its `>` prompt; statements marked wrong and right (`×`, `○`);
Python's shebang with a full-width `！` or PEP 263's coding line heading a script; the browser's
XMLHttpRequest under a caption."""

from detect_cases import detection_test

CASES = [
    ("psql", "mysql -u lectern -p\n>use talks;\n>source /srv/backup/talks.sql"),
    ("postgresql", "× SELECT * FROM talks WHERE slot = 10;\n○ SELECT * FROM talks WHERE slot = '10';"),
    ("python", "#！/usr/bin/env python\n# -*- coding: utf-8 -*-\n print 'slides ready'"),
    (
        "javascript",
        "1. 原生的写法\n    //1. 创建对象\n    var request;\n    if (window.XMLHttpRequest)\n    {\n"
        '        request = new XMLHttpRequest();\n    }\n    request.open("GET", "/talks", true);\n    request.send();',
    ),
    # as before: marks before words stay text; the shell at a bare `>` prompt stays the shell's
    ("text", "✓ slides exported\n✗ video missing"),
    ("console", "$ mysql -u lectern -p talks < schema.sql\n$ echo done\ndone"),
]

test_session_57_round_291 = detection_test(CASES)
