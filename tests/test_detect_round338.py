"""Detection fix of session 62 read off round 338 (Portuguese, Ukrainian, English and Spanish
vaults): tr is a program the shell runs."""

from detect_cases import detection_test

CASES = [
    ("bash", 'tr "[A-Z]" "[a-z]" < talks.txt > lower.txt'),
    # as before: SQL's trim, Python's translate
    ("postgresql", "SELECT trim(title) FROM talks;"),
    ("python", "title = title.translate(table)"),
]

test_detection = detection_test(CASES)
