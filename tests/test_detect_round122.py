"""Detection fixes of session 37 read off round 121 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A project template's prompt: its folder's name still a template variable.
    ("console", "{{ cookiecutter.talk_slug }}$ invoke build\n{{ cookiecutter.talk_slug }}$ invoke serve"),
    # ... while a Django template's variable stays a template, as before.
    ("html+django", "<h1>{{ talk.title }}</h1>"),
    # SQL's types listed with notes, arrays among them.
    (
        "postgresql",
        "-- 数值\nSMALLINT    -- 2 字节\nBIGINT      -- 8 字节\nREAL        -- 浮点\n\n-- 文本\nTEXT        -- 任意长度\n"
        "VARCHAR(n)  -- 有上限\n\n-- 数组\nINTEGER[]   -- 整数数组\nTEXT[]      -- 文本数组",
    ),
    # A sentence opening with "Create": no statement.
    ("text", "Create the talk page\n\nAdd the captions\n\nPublish the site"),
    # ... while CREATE in title case over SQL's object stays SQL, as before.
    ("postgresql", "Create table talks (id int primary key)"),
    # Ansible's printed results.
    ("text", 'talks1 | SUCCESS => {\n    "changed": false,\n    "ping": "pong"\n}'),
    (
        "text",
        'TASK [Start the player] *********************\nfatal: [talks1]: FAILED! => {"changed": false, "msg": "no such unit"}',
    ),
    # JSON with an object elided as `{...}`.
    ("json", '{ "ok": true, "talk": {...} }'),
    # A note in another script naming a program over JSON: no root's command.
    (
        "text",
        '# 用 pnpm 的 workspace\n{\n  "dependencies": { "@talks/player": "workspace:*" }\n}\n\n# pnpm 会链接本地包',
    ),
]


test_session_37_round_121 = detection_test(CASES)
