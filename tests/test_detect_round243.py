"""Detection fixes of session 53 read off round 242 after it was measured: MySQL's column
definitions (`DATETIME`) and statements under a writer's `#` notes in Chinese are SQL, not
psql's bare `# ` prompt; one program's commands with `//` notes after them are shell; Python's
`and` in a test, or `->True` in notes, is no C."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "#登记时间和修改时间两列，建表时加上即可\n"
        "added_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '登记时间'\n"
        "changed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '修改时间'",
    ),
    ("postgresql", "# INSERT INTO语句的写法示例\nINSERT INTO talks(title, year) VALUES('索引', 2024);"),
    ("psql", "# SELECT count(*) FROM talks;\n count \n-------\n     3\n(1 row)"),  # as before
    (
        "bash",
        "flutter doctor  // 看看 Flutter、Xcode、Android SDK 是否装好\nflutter clean  // 删掉 Flutter 的构建缓存\n"
        "flutter pub get  // 拉取依赖\nflutter pub outdated  // 查看过期依赖",
    ),
    ("javascript", "console.log(talks.length);  // 3\nconsole.log(talks[0].title);  // 第一场"),  # as before
    (
        "text",
        " +  -  *  /   取余%   取整 //\n 身份运算 is： a = 1 b= 1  a is b->false 比较内存地址\n or  and  not ",
    ),
    (
        "python",
        "else if 写作 elif\n\tif condition:\n\t\tpass\n\telse:\n\t\tpass\n\n"
        'name = input("用户名:")\nword = input("密码:")\nif(name == "admin" and word == "talks")\n'
        '\tprint("欢迎")\nelse:\n\tprint("再见")',
    ),
    ("c", 'if (n > 0)\n    printf("%d\\n", n);'),  # as before
    ("c", "node->next = NULL;\nnode->count = 0;"),  # as before
    ("postgresql", "(5)SELECT name\n(1)FROM talks\n(3)WHERE year > 2020"),  # as before
]

test_session_53_round_242 = detection_test(CASES)
