"""Detection fixes of session 46 read off round 194 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's functions named alone, a line each, a `#` note after one.
    ("postgresql", "NOW() # 现在\nCURTIME()"),
    ("postgresql", "UNIX_TIMESTAMP()\nFROM_UNIXTIME(1700000000)"),
    ("python", "main()\nrun()"),  # as before (lower case: Python's calls)
    # MySQL's own statements: SHOW ... LIKE, replication's CHANGE MASTER TO and START SLAVE.
    ("postgresql", "# 看字符集\nSHOW CHARACTER SET LIKE 'utf8%'\n# 常用 utf8mb4"),
    ("postgresql", "change master to master_host='10.0.0.2',master_port=3306;\n\nstart slave;"),
    ("postgresql", "use talks;  # 选库\nselect title from talks; # 所有题目"),  # as before
]

test_session_46_round_194 = detection_test(CASES)
