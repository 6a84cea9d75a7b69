"""Detection fixes of session 70 read off round 401 (ksqlDB's docs, a Brazilian developer's blog,
the ClickHouse operator's docs): a function's synopsis with an optional argument in brackets or its
return type after an arrow, ksqlDB's `ksql>` prompt, git given its options and `--`."""

from detect_cases import detection_test

CASES = [
    # a function's synopsis: an optional argument in brackets after its comma, a return type after `=>`
    ("postgresql", "FIRST_SEEN(col1, [skipNulls])\n"),
    ("postgresql", "TOP_VALUES(col1, howMany, [skipNulls])\n"),
    ("postgresql", "GATHER_SET(col1) => ARRAY\n"),
    # as before: an arrow function stays JavaScript's
    ("javascript", "const pick = (row) => row.id;\n"),
    # ksqlDB's client, left at its prompt
    ("psql", "ksql> exit\n"),
    # git given its options, then `--` before a path: no SQL's note
    ("bash", 'git log --oneline "$(git merge-base HEAD main)"..HEAD -- docs || echo none\n'),
]

test_detection = detection_test(CASES)
