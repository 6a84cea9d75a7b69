"""Detection fixes of session 46 read off round 189 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's own statements in lower case: its tables locked and flushed, its variables shown.
    ("postgresql", "show variables like 'max_connections'"),
    ("postgresql", "SHOW VARIABLES LIKE '%buffer%'；"),
    ("postgresql", "flush tables with read lock;\nunlock tables;"),
    # ... under `//` notes in another alphabet.
    ("postgresql", "//读锁：\nlock tables talks read;\n//写锁：\nlock tables talks write;"),
    ("javascript", "// 全局变量\ncount = 10;"),  # as before
    # MySQL's stored procedure: its head over `begin`, no dollar quotes.
    (
        "postgresql",
        "drop procedure if exists fill;\ncreate procedure fill(n int)\nbegin\n declare i int default 1;\n"
        " fill_loop:loop\n  if i > n then\n    leave fill_loop;\n  end if;\n  insert into talks(id) values (i);\n"
        "  set i = i + 1;\n end loop;\nend;\ncall fill(5);",
    ),
    (
        "postgresql",
        "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;",
    ),  # as before
    # C functions returning a `_t` type or a fixed-width integer (xv6's `uint64`).
    ("c", "pte_t* lookup(pagetable_t pt, uint64 va) {\n    return walk(pt, va, 0);\n}"),
    ("c", "uint64 sys_pause(void) {\n    ...\n    trace();\n    return 0;\n}"),
]

test_session_46_round_189 = detection_test(CASES)
