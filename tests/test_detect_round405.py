"""Detection fixes of session 70 read off round 405 (Fluent Bit's docs, a Chinese big-data notes
repository): a synopsis choosing its object in brackets (`CREATE (DATABASE|SCHEMA)`), Hive's prompt
written `hive > `, a C prototype returning a pointer to a `_t` type."""

from detect_cases import detection_test

CASES = [
    # a synopsis whose object is a choice in brackets, notes after its lines
    (
        "postgresql",
        "ALTER (DATABASE|SCHEMA) database_name   -- either word\n"
        "  SET OWNER [USER|ROLE] user_or_role;   -- who owns it now\n",
    ),
    # as before: such a synopsis on one line, and a call named like a statement stays no statement
    ("postgresql", "DROP (TABLE|VIEW) [IF EXISTS] object_name [PURGE];\n"),
    ("python", "delete(key)\n"),
    # Hive's prompt with a space before its `>`, variables substituted into the statements
    (
        "psql",
        "# the two read the same\nhive > select ${col} from staff;\nhive >  select ${hivevar:col} from staff;\n",
    ),
    # a C prototype returning a pointer to a library's `_t` type
    ("c", "ring_buf_t *ring_open();\n"),
]

test_detection = detection_test(CASES)
