"""Detection fixes of session 38 read off round 134 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Queries in brackets, a line each, a set operation between them (elided too).
    ("postgresql", "(SELECT ... FROM ...)\nUNION\n(SELECT ... FROM ...)"),
    (
        "postgresql",
        "(SELECT title FROM talks)\nEXCEPT\n(SELECT title FROM drafts);",
    ),  # as before: parsed whole
    # A document written as a JavaScript object: bare keys, strings in double quotes.
    (
        "javascript",
        '{\n  slug: "intro-to-lectern",\n  title: "Lectern in ten minutes",\n  minutes: 10,\n'
        '  tags: ["pelican", "talks"]\n}',
    ),
    ("text", "{ slug: 'intro', minutes: 10 }"),  # as before: what Node prints (single quotes)
]


test_session_38_round_134 = detection_test(CASES)
