"""Detection fixes of session 55 read off round 273 after it was measured: MySQL's SHOW TABLE STATUS
(filtered, or as a synopsis writes it) and SHOW GRANTS, unended, are SQL, not the shell's words."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "show grants for 'ada'@'localhost'\nshow grants for 'ada'@'%'"),
    ("postgresql", "show table status where name like 'TALK_%'"),
    ("postgresql", "show table status [from <database name>]"),
    ("postgresql", "show table status from talks"),
    ("bash", "show_talks --status"),  # as before: a program given a flag
]

test_session_55_round_273 = detection_test(CASES)
