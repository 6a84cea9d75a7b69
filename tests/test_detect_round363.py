"""Detection fixes of session 66 read off round 363 (an English cheat sheet on Unix, Python and SQL,
an English developer's notes on MySQL and SQL Server, an English sysadmin's blog, a Spanish sysadmin's
blog): two forms of a statement with the writer's "or" between them, and MySQL's RENAME TABLE
continued over lines."""

from detect_cases import detection_test

CASES = [
    # MySQL's RENAME TABLE, two forms, the writer's "or" between them, the second over lines
    (
        "postgresql",
        "RENAME TABLE orders TO orders_old;\nor\nRENAME TABLE orders TO orders_old,\n"
        "   orders_new TO orders;\n",
    ),
    # RENAME TABLE continued over lines, alone
    ("postgresql", "RENAME TABLE a TO a_old,\n   b TO b_old;\nRENAME TABLE c TO c_old;\n"),
    # as before: commands with "or" between them stay the shell's; one RENAME TABLE; "或者" after
    # a statement PostgreSQL's grammar reads
    ("postgresql", "ALTER TABLE t RENAME TO t2;\n或者\nRENAME TABLE t TO t2;\n"),
    ("bash", "ls -l\nor\nls -la\n"),
    ("postgresql", "RENAME TABLE a TO b;\n"),
]

test_detection = detection_test(CASES)
