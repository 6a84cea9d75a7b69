"""Detection fixes of session 46 read off round 193 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Captions with an ASCII colon over statements that open with any of SQL's keywords.
    ("postgresql", "开始:BEGIN;\n提交:COMMIT;\n回滚:ROLLBACK;"),
    # C's struct variables declared, several a line, a pointer with a note.
    ("c", "struct Talk first, second;"),
    ("c", "struct Talk *current; // 当前的讲座"),
    ("c", "int rooms;"),  # as before
]

test_session_46_round_193 = detection_test(CASES)
