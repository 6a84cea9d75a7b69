"""Detection fixes of session 57 read off round 296 after it was measured: MySQL's stored routines
listed (`show procedure status\\G`, `show function status like '...'`); and of session 58, read off
the same round again: a table described over a query ended by `\\G`."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "show procedure status\\G"),
    ("postgresql", "show function status like 'talk%'\\G"),
    # as before: ended by `;` it was SQL already; a sentence about it stays text
    ("postgresql", "show procedure status;"),
    ("text", "Show the procedure status to the team."),
    ("postgresql", "desc talks;\nselect * from talks where id = 3\\G"),
    ("postgresql", "DESCRIBE speakers;\nSELECT name, city FROM speakers\\G"),
    # as before: a described table over prose stays text; over a statement ended by `;` it was SQL
    ("text", "Describe the talks table to the team."),
    ("postgresql", "desc talks;\nselect * from talks where id = 3;"),
]

test_session_57_round_296 = detection_test(CASES)
