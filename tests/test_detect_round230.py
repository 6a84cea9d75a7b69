"""Detection fixes of session 51 read off round 229 after it was measured: a call tree drawn with
`->` arrows is neither psql's continuation (none goes on a statement no `=>` or capitals opened)
nor a plan (a node's one-word name is one of PostgreSQL's); psql's meta-commands known by name
(`\\cp` is the shell's); root's `[root@host~]# ` prompt; `public:` on a line of its own is C++'s;
adb and fastboot known; a crontab typed after `crontab -e` is the crontab's
(psql's continuations, plans, `\\COPY`, MySQL's continuation under capitals and JSON typed after
`vi` stay as before)."""

from detect_cases import detection_test

CASES = [
    # Call trees drawn with arrows.
    (
        "text",
        "启动服务\n  -> load_config()\n    -> 读取 talks.toml\n    -> ConfigLoader\n"
        "  -> start_server()\n    -> RequestMiddleware\n    -> SessionMiddleware",
    ),
    ("text", "built-in talks\n-> user .lectern talks\n-> project .lectern talks\n-> site .lectern talks"),
    ("psql", "=> SELECT title\n-> FROM talks;"),  # as before: psql's continuation
    (
        "postgres-explain",
        "Hash Join\n  ->  Seq Scan on talks\n  ->  Hash\n        ->  Seq Scan on speakers",
    ),  # as before: a plan's nodes
    ("psql", "CHANGE MASTER TO\n-> MASTER_HOST='10.0.0.2',\n-> MASTER_PORT=3306;"),  # as before
    # The shell's `\cp`, which skips cp's alias, among cp's commands.
    ("bash", "cp 讲稿 目标路径 #复制文件\ncp -r 幻灯片目录 目标路径 #复制目录\n\\cp  #强制覆盖，不提示"),
    ("psql", "\\COPY talks FROM 'talks.csv' CSV HEADER;"),  # as before: psql reads `\COPY`
    # Root's prompt with no space before its folder.
    ("console", "[root@demo~]# help -d pwd\n\npwd - 显示当前所在的目录"),
    # A C++ class's access specifier on its own line.
    (
        "cpp",
        "int total(10)   // 相当于 int total = 10\nclass Talk()\n{\n    public:\n    Talk(int n):minutes(n)\n"
        "    {}\n    int minutes;\n}",
    ),
    # adb's synopsis.
    ("bash", "adb [-d|-e|-s <serial>] <command>"),
    # A crontab typed after `crontab -e`.
    ("text", "crontab -e\n0 3 * * * /usr/local/bin/backup-talks"),
    ("json", 'vi ~/.talks.json\n{"theme": "dark", "per_page": 10}'),  # as before
]

test_session_51_round_229 = detection_test(CASES)
