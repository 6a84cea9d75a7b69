"""Detection fixes of session 39 read off round 143 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # The shell's functions and traps, its special parameters.
    ("bash", "function tidy {\n  # remove what the build left\n  :\n}\ntrap tidy EXIT"),
    ("bash", 'function cleanup() {\n    rm -f "/srv/lectern/${$}.pid"\n}\n\ntrap cleanup EXIT'),
    ("bash", "# keep it running\nsleep infinity &\nwait $! # the last job's PID"),
    ("javascript", "function cleanup() {\n  cache.clear();\n}"),  # as before
    ("python", "if ready:\n    build()\n    :\nelse:\n    wait()\n    :"),  # as before: an elided body's `:`
    # Steps joined by arrows in Unicode's Arrows block: a flow, no themed prompt.
    ("text", "Write the post\n→ build the site\n→ check the links\n→ publish"),
    ("console", "➜ invoke build\nDone: 12 posts"),  # as before: a theme's dingbat arrow
]


test_session_39_round_143 = detection_test(CASES)
