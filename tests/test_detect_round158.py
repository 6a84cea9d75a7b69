"""Detection fixes of session 41 read off round 157 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # InfluxQL's SHOW statements, words in capitals, `ON db` after them.
    ("postgresql", "# the policies kept\nSHOW RETENTION POLICIES ON talks"),
    ("postgresql", "SHOW CONTINUOUS QUERIES"),
    ("text", "SHOW ME THE WAY"),  # as before: a heading, no statement
]


test_session_41_round_157 = detection_test(CASES)
