"""Detection fixes of session 57 read off round 289 after it was measured: MySQL's comments alone, a
statement left out by `#` beside a `--` note, and two commands on a line (`sync; echo ...`) under
the notes of a cheat sheet."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "#grant select on talks.* to reader@'10.0.%' identified by 'secret'\n-- (read-only: the replica's user)",
    ),
    (
        "bash",
        "# 1. flush the page cache\nsync; echo 1 > /proc/sys/vm/drop_caches\n"
        "# 2. flush dentries and inodes\nsync; echo 2 > /proc/sys/vm/drop_caches",
    ),
    # as before: a shell script's comments alone stay text, a `--` note alone SQL's
    ("text", "# build the slides\n# then publish them"),
    ("postgresql", "-- the talks table comes next"),
]

test_session_57_round_289 = detection_test(CASES)
