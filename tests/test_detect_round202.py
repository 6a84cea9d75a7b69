"""Detection fix of session 47 read off round 201 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fix must not move."""

from detect_cases import detection_test

CASES = [
    # A script, then what it printed, which the writer marks with `>>> `: the script, no session.
    ("python", "talks = load()\nprint(sorted(talks)[:2])\n\n>>> ['Indexes', 'Vacuum']"),
    ("python", "def title(t):\n    return t.upper()\n\nprint(title('wal'))\n>>> WAL"),
    # As before: a session after code, a statement typed at the prompt decides (rule 1).
    ("pycon", "path.parts\npath.parent\n>>> p = PurePath('/talks/wal.md')\n>>> p.parent\nPurePath('/talks')"),
    ("pycon", ">>> import talks\n>>> talks.count()\n3"),  # as before
]

test_session_47_round_201 = detection_test(CASES)
