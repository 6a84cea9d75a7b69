"""Detection fixes of session 60 read off round 315 after it was measured: a prompt of a path and
the git branch in brackets (`~/src/lectern [main]$ `), and JavaScript's console lesson with its
statements ended by `;` over names each shown with its value in a `//` note (`a // ["k", "e"]`,
which Python would read as floor division)."""

from detect_cases import detection_test

CASES = [
    (
        "console",
        "~/src/lectern [main]$ invoke build\nDone: Processed 14 articles\n~/src/lectern [main]$ ls output",
    ),
    (
        "javascript",
        'rooms = ["A", "B", "C"];\nkept = rooms.slice(1);\nrooms // ["A", "B", "C"]\nkept // ["B", "C"]',
    ),
    ("javascript", 'rooms = ["A", "B"];\nrooms.length = 0;\nrooms // []'),
    # as before
    ("python", "total = 10;\ntotal // 3"),
    ("bash", "ls ~/src/lectern [main]"),
]

test_detection = detection_test(CASES)
