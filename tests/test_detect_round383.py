"""Detection fixes of session 68 read off round 383 (a Korean TIL on Spring and SQL, a Korean
bootcamp TIL on Git and Python, a Korean blog on JavaScript, a study group's notes on Real MySQL):
MySQL's statements under `##` notes, its accounts named alone, a JavaScript class whose first
member is a method with no type, and statements a transaction holds named, not printed."""

from detect_cases import detection_test

CASES = [
    # MySQL's RESET PERSIST under `##` notes, the variable a Korean placeholder
    ("postgresql", "## 한 변수만 지우기\nRESET PERSIST 변수이름;\n\n## 모두 지우기\nRESET PERSIST;\n"),
    ("postgresql", "# one variable\nRESET PERSIST max_connections;\n"),
    # as before: prose that starts with the word
    ("text", "Reset all the settings to their defaults.\n"),
    # MySQL's accounts named alone, 'user'@'host'
    ("postgresql", "'report'@'10.0.0.5'\n'report'@'%'\n"),
    # a JavaScript class: its first member a method with no type
    ("javascript", "class Counter {\n  increment(step) {\n    /* ... */\n  }\n}\n"),
    # as before: C++'s class, its members typed, its constructor named as the class
    ("cpp", "class Counter {\n  int increment(int step) {\n    return step;\n  }\n};\n"),
    ("cpp", "class Point {\n  Point(int x) {\n  }\n};\n"),
    # a transaction's statements named, not printed: SQL, no session
    ("postgresql", "BEGIN;\nSQL1, SQL2...\nCOMMIT;\n"),
    # as before: statements with the count printed under each
    ("psql", "SELECT count(*) FROM staff;\n\n42\n\nSELECT count(*) FROM staff WHERE active;\n\n40\n"),
]

test_detection = detection_test(CASES)
