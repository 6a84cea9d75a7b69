"""Detection fixes of session 55 read off round 275 after it was measured: a statement over the
table MySQL printed with a blank line between, and SQL's expressions over a `# 结果：` note giving
what they return."""

from detect_cases import detection_test

CASES = [
    (
        "psql",
        "show index from talks;\n\n+-------+------------+----------+\n| Table | Non_unique | Key_name |\n"
        "+-------+------------+----------+\n| talks |          0 | PRIMARY  |\n+-------+------------+----------+",
    ),
    ("postgresql", "COUNT(*)\n\n# 结果：5"),
    ("postgresql", "COUNT(speaker)\n\n# 结果：4"),
    ("python", "print(len(rooms))\n# 结果：5"),  # as before: Python's own
]

test_session_55_round_275 = detection_test(CASES)
