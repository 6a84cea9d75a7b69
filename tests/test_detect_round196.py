"""Detection fixes of session 47 read off round 195 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Root's `# ` prompt among the writer's notes in another alphabet, as Arch Linux's guides write it.
    ("console", "# 同步时间\n# timedatectl set-ntp true\n# 用 timedatectl status 检查"),
    ("console", "# 格式化分区\n# mkfs.ext4 /dev/sdb1\n\n# 交换分区\n# mkswap /dev/sdb2"),
    ("bash", "# Nightly dump, off for now\n# pg_dump -Fc -d talks -f talks.dump"),  # as before
    # Hive's and Spark's SQL shells at their prompts: read as psql's (rule 1).
    ("psql", "hive> create database if not exists talks;  --建库\nhive> use talks;"),
    ("psql", "hive> desc talks;\nOK\nid  int\nTime taken: 0.04 seconds, Fetched: 1 row(s)"),
    # A name ending in `$` (Oracle's views) is no shell prompt: `select status$ ...`.
    ("postgresql", "select status$ as state from v$session;"),
    ("console", "(venv) talks user$ pip install pelican"),  # as before
    # SQL's functions named without parentheses among capital calls, `--` notes after them.
    (
        "postgresql",
        " NOW() -- 此刻\n LOCALTIMESTAMP -- 本地\n CURDATE() -- 今天\n DAY()\n HOUR()\n MINUTE()\n SECOND()\n YEAR()",
    ),
    # A procedure called in a synopsis, in capitals: `CALL 名称([参数])`.
    ("postgresql", "CALL 存储过程名([参数])"),
    ("text", "call me maybe([later])"),  # as before
    # MySQL's client opened in capitals with a `--` note, its statements and quit noted after.
    ("postgresql", "MYSQL -UROOT -P -- 登录\nSHOW DATABASES; -- 所有库\nUSE talks; -- 选库\nEXIT; -- 退出"),
    # Captions in another alphabet ending in a colon over another server's statements.
    ("postgresql", "改密码：\nset password = password('s3cret');\n\n刷新：\nflush privileges;  （生效）"),
]

test_session_47_round_195 = detection_test(CASES)
