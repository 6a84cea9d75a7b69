"""Detection fixes of session 60 read off round 310 after it was measured: MySQL's own statements
(`show engine innodb status`, `flush tables t with read lock`, `rename table a to b`, `lock tables …
read/write`, `select @@global.autocommit`, a grant to `'u' @'%'` spaced); statements each over what
they give marked `>>> `; a JavaScript console lesson with each value on the `//` line under it."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "# 查看引擎状态\nshow engine innodb status"),
    ("postgresql", "flush tables talks with read lock;\n\nflush tables with read lock;"),
    ("postgresql", "rename table 旧讲座 to 新讲座"),
    ("postgresql", "#加锁\nlock tables … read/write\n#解锁\nunlock tables"),
    (
        "postgresql",
        "#会话变量\nSHOW SESSION VARIABLES\nSHOW SESSION VARIABLES LIKE 'sql_mode'\n#另一种写法\n"
        "SELECT @@session.sql_mode\nSELECT @@global.sql_mode",
    ),
    (
        "postgresql",
        "1. use talks;\n2. grant select on talks.*  to  'reader'  @'%' identified by 'secret';\n3. flush privileges;",
    ),
    ("postgresql", "SELECT 22 % 7;\n>>> 1"),
    ("postgresql", "SELECT count(DISTINCT speaker)\nFROM talks\nWHERE year = 2026;\n>>> 41"),
    ("javascript", "  slides.indexOf(3)\n//2"),
    ("javascript", "  'title' in talk\n//true\n  talk.hasOwnProperty('venue')\n//false"),
    ("javascript", '  talk.room = "B"\n//"B"\n  delete talk.room\n//true'),
    # as before
    ("pycon", ">>> total = 22 % 7\n>>> total\n1"),
    ("python", "def area(w, h):\n    return w * h\n\nprint(area(2, 3))\n>>> 6"),
]

test_detection = detection_test(CASES)
