"""Detection fixes of session 63 read off round 343 (Japanese, Portuguese and Chinese notes):
psql's prompt typed full-width, XSS payloads with a tester's marker, `date` and `stat` as
programs, and a prototype whose parameters' notes hold braces."""

from detect_cases import detection_test

CASES = [
    ("psql", "postgres＝♯ SELECT count(*) FROM pg_tables;\n count\n-------\n    68\n(1 row)\n"),
    ("psql", "postgres＝♯ \\q\n"),
    ("text", '<svg onload="alert(/xss/)">\n'),
    ("text", "<img src=\"javascript:alert('XSS')\">\n"),
    ("bash", "date\n# 年-月-日\ndate +%Y-%m-%d\n# 时:分:秒\ndate +%H:%M:%S\n"),
    ("bash", "#stat 文件名 查看文件时间戳\nstat profile\n"),
    (
        "c",
        "int walk (tree t     /* the tree {root,left,right} */,\n"
        "          float* w   /* weights [n] */,\n          int** path /* the path taken [n+1] */)\n",
    ),
    # as before: a page's own handler and script, psql's prompt in ASCII, prose about a date
    ("html", "<button onclick=\"alert('saved')\">Save</button>\n"),
    ("html", '<script src="/js/main.js"></script>\n'),
    ("psql", "postgres=# \\q\n"),
]

test_detection = detection_test(CASES)
