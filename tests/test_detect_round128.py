"""Detection fixes of session 38 read off round 127 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A shell's prompt whose folder has spaces in it, before commands or alone.
    (
        "console",
        "ana:~/my talks/lectern$ ls\ncontent  pelicanconf.py  tasks.py\nana:~/my talks/lectern$ invoke build",
    ),
    ("console", "(venv) ana:~/my talks/lectern$ pip install -r requirements.txt\nCollecting pelican"),
    ("console", "ana:~/my talks/lectern/theme$"),
    ("text", "Note: ~/my talks is where the slides live."),  # as before: prose
    # A plugin registered, its arguments spaced inside the brackets.
    ("javascript", "EDITOR.plugins.addExternal( 'captions', './vendor/captions/' );"),
]


test_session_38_round_127 = detection_test(CASES)
