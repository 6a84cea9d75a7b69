"""Detection fixes of session 46 read off round 186 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's `DESC t;` over statements PostgreSQL's parser takes, each line indented a space.
    ("postgresql", " DESC speakers;\n SELECT name FROM speakers;"),
    ("postgresql", "desc talks;\nselect title from talks where room = 2;"),
    # MySQL's labelled loop as its reference writes it, `--` notes after its lines.
    ("postgresql", "[outer_label:] LOOP\n  语句...\nEND LOOP [outer_label];\nLEAVE outer_label; -- 跳出循环"),
    # A `--` note wrapped onto a line of prose without its mark, over a CASE statement's synopsis.
    (
        "postgresql",
        "-- 说明：当 v 等于 a 时执行 list_a，\n否则执行 list_b\nCASE v\nWHEN a THEN list_a\n[ ELSE list_b ]\nEND CASE;",
    ),
    ("plpgsql", "CASE v\nWHEN a THEN list_a\n[ ELSE list_b ]\nEND CASE;"),  # as before
    # Python's statement forms with placeholders and optional parts.
    ("python", "for <item> in <items>:\n    <body>\nelse:\n    <after>"),
    ("python", "lambda [x [, y, ...]]: expression"),
    ("python", "raise [Error [, message]]"),
    ("python", "while 条件(test)：\n    语句(body)……"),
    # A C program's output: `*q = 7` is no Python (its compiler refuses a starred name alone).
    ("text", "*q = 7\nn[0] = 3\nn[1] = 9"),
    ("python", "first, *rest = items"),  # as before
    # A command's options glued to their values in another alphabet, its input a name with brackets.
    ("bash", "mysql -u用户 -p口令 < 备份(talks.sql)"),
    # Python a writer slipped on (a call left open) whose strings hold a mail's HTML.
    (
        "python",
        "import mailer\nmail = '<p>Hello <b>there</b></p>'\n\nsender.send(to = me, contents = [mail]\n\nsender.close()\n"
        "footer = '<a href=\"https://example.org\">site</a>'\nsender.send(to = you, contents = footer)",
    ),
]

test_session_46_round_186 = detection_test(CASES)
