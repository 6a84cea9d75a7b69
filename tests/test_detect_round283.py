"""Detection fixes of session 56 read off round 282 after it was measured: SQL under notes in
HTML's comments, a `#` note holding an arrow over SQL (no C), and LIMIT's numbers alone in lower
case."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "#创建数据库\ncreate database 数据库名称\n\n<!-- 每个数据库一个目录 -->\n\n#查看所有数据库\n"
        "show databases;                 <!--注意有个S-->",
    ),
    (
        "postgresql",
        "select now();\n# DATEDIFF(d1,d2) 计算日期 d1->d2 之间相隔的天数\nselect DATEDIFF('2026-12-23','2026-12-01');\n\n"
        "# DAYNAME(d) 返回星期几\nselect DAYNAME(now())\n\n# DAYOFWEEK(d) 返回第几天\nselect DAYOFWEEK(now());",
    ),
    ("postgresql", "#第6到15行\nlimit 5,10"),
    ("postgresql", "limit 10 offset 5"),
    ("text", "limit 5 minutes"),  # as before: prose
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    struct talk *t = first();\n    return t->minutes;\n}",
    ),  # as before
    ("html", "<!-- the list -->\n<ul>\n  <li>Indexes</li>\n</ul>"),  # as before
]

test_session_56_round_282 = detection_test(CASES)
