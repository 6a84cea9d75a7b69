"""Detection fixes of session 41 read off round 155 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # PL/pgSQL's loop and CASE statement in synopsis, their placeholders in another language.
    ("plpgsql", "FOR 번호 [REVERSE] 처음..끝\n\tLOOP\n\t\t할 일\n\tEND LOOP"),
    ("plpgsql", "CASE 식\n\tWHEN ~ THEN\n\t\t할 일;\n\tELSE\n\t\t할 일;\nEND CASE;"),
    (
        "postgresql",
        "SELECT CASE WHEN minutes > 30 THEN 'long'\n            ELSE 'short'\n       END\nFROM talk;",
    ),  # as before
    # ALTER TABLE's action alone, in capitals over its placeholders.
    ("postgresql", "ADD 열이름 자료형;"),
    ("postgresql", "MODIFY column_name new_type;"),
    ("text", "Add the slides to the talk;"),  # as before: prose
]


test_session_41_round_155 = detection_test(CASES)
