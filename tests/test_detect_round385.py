"""Detection fixes of session 68 read off round 385 (three Korean study groups' notes on Real
MySQL 8.0): MySQL's client prompt set in by a space, and a column's histogram made or dropped,
its synopsis with `...` for the table."""

from detect_cases import detection_test

CASES = [
    # MySQL's prompt set in by a space, two after it, the writer's `->` notes under the statement
    (
        "psql",
        " mysql>  SELECT *\n\t\t FROM orders o, items i\n\t\t WHERE i.order_id = o.id\n\t\t ORDER BY o.placed;\n\n"
        "-> 정렬은 드라이빙 테이블에서\n",
    ),
    # as before: the prompt at the line's start
    ("psql", "mysql> SELECT 1;\n"),
    # a column's histogram made, dropped, and its synopsis with `...` for the table
    ("postgresql", "ANALYZE TABLE shop.orders UPDATE HISTOGRAM ON status, placed;\n"),
    ("postgresql", "ANALYZE TABLE shop.orders DROP HISTOGRAM ON status;\n"),
    ("postgresql", "ANALYZE TABLE ... UPDATE HISTOGRAM\n"),
    # as before: prose about histograms
    ("text", "Histograms help the optimizer guess how many rows match.\n"),
]

test_detection = detection_test(CASES)
