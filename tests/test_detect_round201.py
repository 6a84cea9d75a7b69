"""Detection fixes of session 47 read off round 200 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A course's grammar of a table's constraints: SQL's words in capitals, braces, bars, brackets, notes.
    (
        "postgresql",
        "[ CONSTRAINT name ]  //约束的名字\n    { UNIQUE (col {, col. . .})  //唯一\n"
        "    | PRIMARY KEY (col {, col. . .}) //主键\n    | REFERENCES talks [(col)] [ON DELETE CASCADE] }",
    ),
    ("postgresql", "触发器的别名\n{ OLD [ROW] [AS] old_name //旧行\n| NEW [ROW] [AS] new_name //新行\n}"),
    ("text", "{ Fast | Slow } and [ Cheap ]"),  # as before: no SQL's words
    # A caption in Chinese without a space, a colon inside it, over a SELECT.
    (
        "postgresql",
        "典型案例：查询最早的讲座\nSelect title From talks\nWhere held <= all ( Select held From talks );",
    ),
]

test_session_47_round_200 = detection_test(CASES)
