"""Detection fix of session 58 read off round 302 after it was measured: a statement under the
language's own name as its mark (`SQL insert into ...`)."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "SQL insert into talks (id, title, track) select 10, 'Planets', 3\n\nfrom talks where id > 8;",
    ),
    ("postgresql", "SQL update talks set track = 2 where id = 7;"),
    # as before: a sentence about SQL, a statement with its keyword in capitals after the name
    ("text", "SQL is a language for asking questions of data."),
    ("postgresql", "SQL SELECT * FROM talks;"),
]

test_session_58_round_302 = detection_test(CASES)
