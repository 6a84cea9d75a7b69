"""Detection fixes of session 55 read off round 272 after it was measured: JavaScript's `var` opening
a block with its names and values alone is no shell's command."""

from detect_cases import detection_test

CASES = [
    ("javascript", "var room"),
    ("javascript", "var seats,rows,taken=1\n//seats, rows 为 undefined，taken 为 1"),
    ("javascript", "var talk, length\ntalk = 5\nlength = 6"),
    (
        "javascript",
        "var hall = 10;  \nhall == 10 && openDoors(); // is the same as if (hall == 10) openDoors();\n"
        "hall == 5 || openDoors(); // is the same as if (hall != 5) openDoors();",
    ),
    ("bash", "variable room"),  # as before: a program's name
]

test_session_55_round_272 = detection_test(CASES)
