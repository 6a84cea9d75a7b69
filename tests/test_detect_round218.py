"""Detection fixes of session 49 read off round 217 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("console", "[root@talks01 lectern]# ls\nslides  videos"),  # as before: root's prompt, spaced
    # Root's prompt with its host, glued to a program run by its path.
    ("console", "[root@talks01 lectern]#./bin/lectern-build --all"),
    ("console", "[root@talks01 lectern]#../scripts/publish.sh 2026"),
    # SELinux's booleans set.
    ("bash", "setsebool talks_anon_write 1\nsetsebool talks_use_nfs 1\nservice lectern restart"),
]

test_session_49_round_217 = detection_test(CASES)
