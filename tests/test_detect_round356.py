"""Detection fixes of session 65 read off round 356 (an English knowledge base, Chinese notes on
big data, Japanese posts on data tools, Korean study notes): Hive's DESCRIBE synopsis, YAML keys
that hold a `/` or a URL and a value typed by a language's tag, dotted settings switched by a
bare `true`, a program's one-line message, git's trace log, commands wrapped in backquotes
among notes, a rounded two-line prompt, and lists drawn as states."""

from detect_cases import detection_test

CASES = [
    # DESCRIBE's forms, options in brackets (Hive's, MySQL's)
    ("postgresql", "DESCRIBE [EXTENDED|FORMATTED] [db_name.]table_name [col_name];\n"),
    ("postgresql", "DESCRIBE table_name [col_name];\n"),
    # YAML: a block scalar under a key holding `/`; keys that are URLs; a language's tag
    (
        "yaml",
        "  annotations:\n    example.org/server-snippet: |\n      location /admin {\n        return 404\n      }\n",
    ),
    (
        "yaml",
        "source: LOCAL\ntarget: POSTGRES\n\nstreams:\n  file://data/users.csv:\n    object: public.users\n"
        "  file://data/orders.csv:\n    object: public.orders\n",
    ),
    ("yaml", "use_colour: !!perl/scalar:JSON::PP::Boolean 0\n"),
    # dotted settings, one switched by a bare `true`: no Python's attributes
    ("ini", "app.cache.enabled = true\n"),
    ("ini", "storage.wal.sync = off\nstorage.wal.segments = 8\n"),
    # a program's message; git's trace log, cut at its top
    ("text", "jar verified.\n"),
    (
        "text",
        "...\n09:12:44.120001 git.c:455               trace: built-in: git push\n"
        "09:12:44.130552 run-command.c:654       trace: run_command: 'git credential-cache get'\n"
        "09:12:44.140210 run-command.c:654       trace: run_command: 'h() { echo \"password=${DEPLOY_TOKEN}\"; }; h get'\n"
        "09:12:44.140377 run-command.c:765       trace: start_command: /bin/sh -c 'h() { echo \"password=${DEPLOY_TOKEN}\"; }; h get'\n"
        "...\n",
    ),
    # a command wrapped in backquotes among `#` notes and commands
    ("bash", "# 设置别名\n`alias ll='ls -alF'`\n\n# 取消别名\nunalias ll\n"),
    # a rounded two-line prompt before a command and its output
    (
        "console",
        "╭─ ~/work ────────────── ✔  3s\n╰─ brew install redis\n==> Downloading https://example.org/redis.tar.gz\n"
        "==> Pouring redis.tar.gz\n",
    ),
    # a cache's states drawn as lists under notes: no ini's sections
    (
        "text",
        "# 크기가 2인 초기 상태\n[empty, empty]\n\n# 데이터 1 접근, 1 추가\n[1, empty]\n\n# 데이터 2 접근, 2 추가\n[2, 1]\n",
    ),
    # as before: editorconfig's globs, a folder's tree, a command run on the current folder
    ("ini", "[*.{js,py}]\nindent_size = 2\n"),
    ("text", "/etc/profile.d/\n└── env.sh\n"),
    ("bash", "git add .\n"),
    ("python", "self.debug = True\n"),
]

test_detection = detection_test(CASES)
