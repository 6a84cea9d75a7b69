"""Detection fixes of session 61 read off round 324 (university notes in Spanish and Russian):
SQL's synopses with placeholders (`WINDOW <name> AS (`, `<функция>() OVER (`, `WITH RECURSIVE`),
clauses cut from their statements on both sides (`...FROM R INNER JOIN S ON condition...`),
C++'s scoped enums, coroutines, lambdas and Boost's headers, and the DOM's insertAdjacentElement."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "WINDOW <имя> AS (\n\t[ <PARTITION BY clause> ]  -- группы\n\t[ <ORDER BY clause> ]  -- порядок\n)",
    ),
    (
        "postgresql",
        "<функция>() OVER (\n  ORDER BY ...\n  ROWS BETWEEN\n    X (UNBOUNDED) PRECEDING\n    AND\n    Y (UNBOUNDED) FOLLOWING\n)",
    ),
    (
        "postgresql",
        "WITH RECURSIVE Charlas(id, padre, ..., nivel)\nAS (<caso base>) UNION (<paso>)\nSELECT ...",
    ),
    ("postgresql", "...FROM Charlas INNER JOIN Salas ON condicion...\n...FROM Charlas NATURAL JOIN Salas..."),
    ("postgresql", "...Charlas UNION [ALL] Talleres...\n...Charlas EXCEPT [ALL] Talleres..."),
    ("cpp", "enum class TalkState {\n    DRAFT,  // not yet given\n    GIVEN\n};"),
    ("cpp", "Task Fetch(int id) {\n    int n = id + 1;\n    co_await Load(n);\n    co_return n;\n}"),
    ("cpp", "cv.wait(lock, [] { return ready; });"),
    ("cpp", "#include <boost/config/assert_cxx17.hpp>"),
    (
        "javascript",
        "talk.insertAdjacentElement('beforeend', card)\n\ntalk.insertAdjacentElement('afterbegin', card)",
    ),
    # as before: MySQL's grammar with `[=] {DEFAULT | ...}`, prose between ellipses, C's array
    (
        "postgresql",
        "ALTER TABLE t\n    ALGORITHM [=] {DEFAULT | INPLACE | COPY}\n    LOCK [=] {DEFAULT | NONE}",
    ),
    ("text", "...and then the FROM clause..."),
    ("c", "int sizes[] = {1, 2, 3};"),
]

test_detection = detection_test(CASES)
