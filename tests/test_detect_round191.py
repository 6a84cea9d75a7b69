"""Detection fixes of session 46 read off round 190 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's statements with `#` notes between them: a database chosen, vertical output asked for.
    ("postgresql", "use 库名;\n#选用 talks 库\nuse talks;"),
    ("postgresql", "show create table 表名\\G\n#看 talks 表\nshow create table talks\\G"),
    ("postgresql", "#选库\nUSE mysql;\n#刷新\nFLUSH PRIVILEGES;"),
    ("text", "use strict;\nuse warnings;"),  # as before (Perl's pragmas, no database)
    # The writer's marks before SQL: a step's number in brackets, a word and a full-width colon.
    ("postgresql", "(3)SELECT <columns>\n(1)FROM <table>\n(2)WHERE <condition>"),
    ("postgresql", "用法：SELECT * FROM talks LIMIT offset, count;\nSELECT * FROM talks LIMIT 5;"),
    # YAML under a line naming its file.
    ("yaml", "Theme config file\n# Turn the reading bar on\nreading_bar: true"),
    # A long compose file slipped on one line in twenty (a stray backtick).
    (
        "yaml",
        "version: '3.2'\n\nservices:\n  web:\n    image: nginx # 网页\n    ports:\n      - '80:80'\n"
        "    networks:\n      - front\n  db:\n    image: postgres\n    environment:\n      POSTGRES_DB: talks\n"
        "    networks:\n      - back\n    deploy:\n      placement:\n        constraints:\n"
        "          - 'node.role == worker'\n\nnetworks:\n  front:\n  back:`\n    driver: overlay\n"
        "    driver_opts:\n      encrypted: 'yes'\n\nsecrets:\n  db_password:\n    external: true\n",
    ),
    # A configuration's object literal cut from its file, JavaScript's notes after its lines.
    ("javascript", "{\n  loader: 'file-loader', /* 图片 */\n  options: {\n    limit: 1024 // 字节\n  }\n}"),
    ("javascript", "new webpack.ProvidePlugin({ // 全局变量\n  $: 'jquery'\n}),"),
    ("text", "{\n  name: talks\n  rooms: 3\n}"),  # as before (no note: data printed)
]

test_session_46_round_190 = detection_test(CASES)
