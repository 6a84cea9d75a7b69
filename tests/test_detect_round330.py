"""Detection fixes of session 62 read off round 330 (Korean TILs): a string formatted with
Python's `%` over the string it gives, git's `Permission denied` over its `fatal:` line (no YAML),
and a function braced without its type whose loop counts C's way (no Python by its lines)."""

from detect_cases import detection_test

CASES = [
    ("python", "\"Talk %d of %s.\" % (2, 'Lectern')\n'Talk 2 of Lectern.'"),
    ("python", "\"%s slides\" % 12\n'12 slides'\n\n\"%d talks\" % 3\n'3 talks'"),
    ("text", "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository."),
    ("c", "Count(n) {\n  c = 0;\n  for (i = 0; i < n; i++)\n    c = c + i;\n  return c;\n}"),
    # as before: a format printed, YAML's settings, Python's loop
    ("python", 'print("Talk %d of %s." % (2, "Lectern"))'),
    ("yaml", "host: db.example.com\nport: 5432\nuser: lectern"),
    ("python", "total = 0\nfor n in range(10):\n    total += n\nprint(total)"),
]

test_detection = detection_test(CASES)
