"""Detection fixes of session 57 read off round 296 after it was measured: MySQL's stored routines
listed (`show procedure status\\G`, `show function status like '...'`)."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "show procedure status\\G"),
    ("postgresql", "show function status like 'talk%'\\G"),
    # as before: ended by `;` it was SQL already; a sentence about it stays text
    ("postgresql", "show procedure status;"),
    ("text", "Show the procedure status to the team."),
]

test_session_57_round_296 = detection_test(CASES)
