"""Detection fixes of session 38 read off round 131 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # DuckDB's FROM clause reading a file, alone.
    ("postgresql", "from 'https://example.org/talks.json'"),
    ("python", "from talks import slides"),  # as before: Python's import
    # MySQL's LOAD DATA, under a note.
    (
        "postgresql",
        "-- load the speakers\nLOAD DATA INFILE 'speakers.csv'\nINTO TABLE speakers\n"
        "FIELDS TERMINATED BY ','\nIGNORE 1 ROWS;",
    ),
    # A server's setting left empty, to be filled in.
    ("ini", "work_mem="),
    ("text", "answer="),  # as before: a word and an equals sign
    # Root's bracketed prompt before a program the list lacks, after a note.
    (
        "console",
        "# two minions answer\n[root@lectern-1 etc]# lectern-salt 'web0[1-3]' test.ping\nweb01:  True",
    ),
    # C with `auto` for a deduced type (C++'s by rule 6) and `typeof` named in a note.
    (
        "cpp",
        "#include <stdio.h>\n\nint main(void) {\n  // typeof for matching types\n"
        '  auto n = 42;\n  printf("%d\\n", n);\n}',
    ),
]


test_session_38_round_131 = detection_test(CASES)
