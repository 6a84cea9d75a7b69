"""Detection fixes of session 63 read off round 342 (Chinese and Japanese notes): a puzzle's
`Input:` over its `Output:`, notes glued after `;` in the writer's letters, an install script
that ends by logging into mysql, printenv, and a function's synopsis with its optional parts bracketed."""

from detect_cases import detection_test

CASES = [
    ("text", 'Input: word = "banana"\nOutput: 3\n'),
    ("text", 'Input: ip = "10.0.0.1"\nOutput: "10[.]0[.]0[.]1"\n'),
    (
        "postgresql",
        "use shop;\nshow tables;查看所有表\ndesc goods;查看表结构\nshow index from goods;当前表的索引\n",
    ),
    (
        "bash",
        "#解压\ntar -xzf mysql.tar.gz -C /usr/local\n#加入环境变量\nexport PATH=/usr/local/mysql/bin:$PATH\n"
        "source /etc/profile\n#初始化\nmysqld --initialize --user=mysql\n#启动\n/etc/init.d/mysql start\n"
        "#登录\nmysql -u root -p\n#改密码\nalter user user() identified by 'secret';\n",
    ),
    ("bash", "printenv\n"),
    ("postgresql", "INSTR(str,substr[,pos[,occurrence]])\n"),
    # as before: psql opened after a command or two, Python's annotated names, a statement's note in `--`
    ("postgresql", "sudo su - postgres\npsql\ncreate database shop;\n"),
    ("python", 'count: int = 0\nname: str = "shop"\n'),
    ("postgresql", "show tables; -- 查看所有表\n"),
    ("text", "str.find(sub[, start[, end]])\n"),
]

test_detection = detection_test(CASES)
