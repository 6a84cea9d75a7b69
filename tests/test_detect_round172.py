"""Detection fixes of session 44 read off round 171 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Commands glossed with notes written straight after the `#`, as Chinese cheat sheets write them.
    ("bash", "man 文件名   #看手册\nhelp cd     #shell内置命令帮助\ninfo ls     #详细文档"),
    # A program noted alone that another line runs with arguments.
    ("bash", "date      #现在\ndate -u   #世界时\ncal       #本月\ncal 2027  #全年"),
    # A placeholder given flags among noted commands.
    (
        "bash",
        "man 命令      #完整手册\nhelp 内置命令 #shell内置命令帮助\n命令 -h / --help #简洁帮助\ninfo 命令     #详细文档",
    ),
    # Configurations whose directives carry notes stay text (as before).
    ("text", "listen 8080 #端口\nworkers 4 #进程数\nroot /srv/talks\nkeepalive # 长连接"),
    ("text", "global  #全局\n   maxconn 4000 #最大连接\n   daemon #后台"),
    (
        "text",
        "  1 pick a1b2c3d Talk: slides # empty\n  2 update-ref refs/heads/talk\n  3 pick d4e5f6a Talk: video # empty",
    ),
    # `[sudo]` before a command: run as root or not, the reader's choice.
    ("bash", "# needs root on most systems\n[sudo] pip install lectern"),
    # A program by a path with a folder globbed.
    ("bash", "# connect\n~/.local/pg/16.*/bin/psql -h localhost -d talks"),
    # Windows' `where` (the shell's `which`) over a command.
    ("bash", "where python\npython -m venv .venv"),
    ("postgresql", "where speaker_id = 7\nand held_at > now()"),  # as before
    # `\n` inside a string is no meta-command of psql's.
    (
        "postgresql",
        "CREATE FUNCTION talk_card(t text) RETURNS text AS $$\nBEGIN\n"
        "   RETURN format('Talk: %s\\n\\nRoom number: %s', t, 'A');\nEND;\n$$ LANGUAGE plpgsql;",
    ),
    ("psql", "SELECT count(*) AS talks FROM talk \\gset\n\\echo :talks"),  # as before
]


test_session_44_round_171 = detection_test(CASES)
