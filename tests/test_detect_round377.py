"""Detection fixes of session 67 read off round 377 (a Korean MySQL DBA's lab notebook, a Korean
reader's notes on Real MySQL, a Chinese MySQL notebook): a window function's synopsis with its
parts as placeholders, MySQL's optimizer trace under a `\\G` row read as JSON at once."""

from detect_cases import detection_test

CASES = [
    # a window function's synopsis, its partition and order placeholders, the frame's grammar under it
    (
        "postgresql",
        "FUNC () OVER (<partition> <order>) AS col\n\nframe:\n    {ROWS | RANGE} {frame_start | frame_between}\n",
    ),
    # MySQL's `\G` row over the optimizer trace's JSON (right before the fix too, but read by every
    # stage down to the last, 27 ms for 6,000 characters: now by the first)
    (
        "json",
        "*************************** 1. row ***************************\ntrace: {\n"
        '  "steps": [\n    {\n      "join_preparation": {\n        "select#": 1\n      }\n    }\n  ]\n}\n',
    ),
    # as before: a window function's synopsis with PARTITION BY, `\G` rows of plain columns
    ("postgresql", "rank() OVER (PARTITION BY dept ORDER BY salary DESC)\n"),
    (
        "text",
        "*************************** 1. row ***************************\n  trx_id: 7129\ntrx_state: LOCK WAIT\n",
    ),
]

test_detection = detection_test(CASES)
