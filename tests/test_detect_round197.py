"""Detection fixes of session 47 read off round 196 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's client opened, its line ended by `;` and noted; `describe/desc t;` among the statements.
    ("postgresql", "mysql -uroot -p; -- 登录\n\nshow tables; -- 所有表\n\ndescribe/desc talks; -- 表结构"),
    # The shell's readonly and unset over lower-case variables.
    ("bash", 'site="https://example.org"\nreadonly site\nold="x"\nunset old'),
    # A root prompt whose `#` was lost: `[root@host dir] ` before a known program.
    (
        "console",
        "[root@talks conf.d] pwd\n/etc/nginx/conf.d\n[root@talks conf.d] cp default.conf default.bak",
    ),
    ("text", "[root@talks conf.d] is where the host keeps it"),  # as before
    # MySQL's client's error alone is output (rule 3), not a statement.
    ("text", "ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)"),
    # JavaScript's strict-mode directive alone.
    ("javascript", '"use strict";'),
    ("javascript", "'use strict'"),
    # C++: a namespace's function called into a pointer declared beside its type.
    ("cpp", "void* buf = os::malloc(len, tag);\nreturn buf;"),
]

test_session_47_round_196 = detection_test(CASES)
