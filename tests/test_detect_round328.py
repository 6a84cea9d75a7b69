"""Detection fixes of session 61 read off round 328 (Chinese and Korean blogs): C++ whose strings
hold `===` (no JavaScript's sign in what `cout` prints), and MySQL's `show [session|global] status`
synopsis under a `#` note."""

from detect_cases import detection_test

CASES = [
    (
        "cpp",
        "#include <iostream>\nusing namespace std;\nclass Talk\n{\npublic:\n    Talk() {\n"
        '        cout << "=== a talk made ===" << endl;\n    }\n};',
    ),
    ("postgresql", "show [session|global] status # session by default"),
    # as before: JavaScript's strict comparison, MySQL's show status
    ("javascript", "if (talk.year === 2026) {\n  console.log(talk.title);\n}"),
    ("postgresql", "show global status;"),
]

test_detection = detection_test(CASES)
