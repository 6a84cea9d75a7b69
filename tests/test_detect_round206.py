"""Detection fixes of session 48 read off round 205 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # The mongo shell's types' constructors alone on a line, maybe assigned.
    ("javascript", "talkId = ObjectId()"),
    ("javascript", 'ISODate("2024-05-01T09:30:00Z")'),
    ("javascript", 'ObjectId("64a1f0c2e13a4b0012345678").getTimestamp()'),
    ("python", "from bson import ObjectId\n\noid = ObjectId(talk_id)\nprint(oid)"),  # as before
    # A shell lesson: a synopsis, then its script and its run between dashed rules, no result table.
    (
        "bash",
        "$n $# #参数 个数\n-------------------\n#!/bin/bash\necho $1 $2\necho $#\n-------------------\nbash talk.sh a b",
    ),
    ("text", "title\n---------\nVacuum\nWAL"),  # as before: a result alone
    # A caption without its colon over an INSERT's synopsis (`...colN`, no JavaScript's spread).
    ("postgresql", "新增一行\nINSERT INTO talks ( col1, col2,...colN )\n    VALUES ( val1, val2,...valN );"),
    ("javascript", "const merged = [...talks, ...drafts];\nconsole.log(merged.length);"),  # as before
]

test_session_48_round_205 = detection_test(CASES)
