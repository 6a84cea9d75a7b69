"""Detection fixes of session 42 read off round 163 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's SHOW over a table or a database, its name in lower case.
    ("postgresql", "SHOW COLUMNS FROM talk_slides"),
    ("postgresql", "SHOW TABLES FROM archive_db"),
    ("postgresql", "SHOW INDEX FROM talk_slides"),  # as before
    ("text", "SHOW ME THE WAY"),  # as before: a heading
    # C++'s namespaces aliased or unnamed, and rvalue references declared.
    ("cpp", "namespace Arc = lectern::archive;\nArc::Talk t;"),
    ("cpp", "int n; // global\nnamespace {\n  int n;\n}\n"),
    ("cpp", "int &&r = 42; // a literal is an rvalue\n"),
    ("cpp", "string&& take(string &&s)"),
    ("bash", "test -f talks.db && echo found"),  # as before: the shell's `&&`
]


test_session_42_round_163 = detection_test(CASES)
