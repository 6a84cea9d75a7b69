"""Detection fix of session 62 read off round 337 (Korean and Chinese notes): CASE's simple form
with its operand alone on the first line, its WHEN lines set in, under `#` notes."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "# 按房间返回不同的结果\nCASE room\n    WHEN 1 THEN 'main hall'\n    WHEN 2 THEN 'side room'\n"
        "    ELSE 'elsewhere'\nEND",
    ),
    # as before: the searched form on one line, Python's match statement
    ("postgresql", "CASE WHEN room = 1 THEN 'main hall' ELSE 'elsewhere' END"),
    ("python", "match room:\n    case 1:\n        print('main hall')"),
]

test_detection = detection_test(CASES)
