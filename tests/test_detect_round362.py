"""Detection fixes of session 66 read off round 362 (a Django course in Spanish, a sysadmin's notes
in Russian, a Java guide's database and Linux chapters in Chinese): a stylesheet's comments drawn
with box rules are no drawing, a column's constraint wrapped onto its own line, YAML keyed by
Ruby's symbols; and a long note in the writer's letters is not read again with its names renamed."""

from detect_cases import detection_test

CASES = [
    # a base template whose stylesheet notes its sections with box rules
    (
        "html+django",
        "<!DOCTYPE html>\n<html>\n<head>\n  <title>{% block title %}Shop{% endblock %}</title>\n  <style>\n"
        "    /* ── Base ── */\n    body { margin: 0; }\n    /* ── Header ── */\n    header { padding: 1rem; }\n"
        "  </style>\n</head>\n<body>{% block content %}{% endblock %}</body>\n</html>\n",
    ),
    # a column Django's migration printed, its constraint wrapped onto the next line
    ("postgresql", '"author_id" bigint NOT NULL\n    REFERENCES "blog_author" ("id")\n'),
    # Sidekiq's settings, keyed by Ruby's symbols
    ("yaml", ":concurrency: 5\nstaging:\n  :concurrency: 10\n:queues:\n  - default\n  - mailers\n"),
    # as before: a note mostly in Chinese stays text; a synopsis with a name in Chinese is SQL
    (
        "text",
        "事务是一组操作，要么全部成功要么全部失败。\n    - 支持连续的集体成功或集体撤销。\n    - 需要存储引擎支持。\n"
        "事务的开启与提交：\n    SAVEPOINT 保存点名称 -- 设置一个保存点\n",
    ),
    ("postgresql", "ROLLBACK TO SAVEPOINT 保存点名称;\n"),
    ("text", "Note: the value\n"),
]

test_detection = detection_test(CASES)
