"""Detection fixes of session 45 read off round 185 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's statements with notes after them, `desc t;` among them; a `#` note straight after `;`.
    (
        "postgresql",
        "show tables;       // 所有的表\ndesc talks;        // 表的结构\nselect now();      // 现在",
    ),
    ("postgresql", "DESCRIBE talks; #表的字段\n\nDESC rooms;"),
    # The client's prompt with two spaces after it.
    ("psql", "mysql>  change master to master_host='10.0.0.7';\nQuery OK, 0 rows affected (0.01 sec)"),
    # A note straight after its marks counts only after a statement's end: a JSON line's stays JSON's.
    ("json", '{\n  "state": "PRIMARY", //主节点\n  "ok": 1\n}'),  # as before
]

test_session_45_round_185 = detection_test(CASES)
