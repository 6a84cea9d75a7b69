"""Detection fixes of session 49 read off round 213 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # SQL after the writer's step marks, its notes between.
    (
        "postgresql",
        "step 1> update talks set seats = seats - 1 where id = 7\n/* one seat taken */\n"
        "step 2> update speakers set talks = talks + 1 where id = 3",
    ),
    ("postgresql", "(1) SELECT title FROM talks;"),  # as before: a numbered step
    # A Markdown table: its ruler's `--` is no SQL comment.
    (
        "text",
        "| ID | Title | Year |\n| -- |:------------:| -----:|\n| 1  | Indexes | 2024\n| 2  | Vacuum | 2025",
    ),
    (
        "psql",
        "SELECT id, title FROM talks;\n id |  title\n----+---------\n  1 | Indexes\n(1 row)",
    ),  # as before: psql's own table
    # Fields printed `name : value`, a space before each colon: no Python's annotations.
    ("text", "title : Indexes\n year : 2024\n room : B"),
    ("python", "class Talk:\n    title : str\n    year : int"),  # as before: a class's annotations
    # Node's version and process managers; a file system grown.
    ("bash", "nvm use 版本号"),
    ("bash", "nvm list|ls"),
    ("bash", "pm2 start talks.js\npm2 logs"),  # as before
    ("bash", "xfs_growfs /"),
    # CommonJS' named export under a note.
    ("javascript", "// 给 exports 对象添加属性\nexports.render = render"),
]

test_session_49_round_213 = detection_test(CASES)
