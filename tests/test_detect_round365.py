"""Detection fixes of session 66 read off round 365 (an English cheat sheet on the cloud and AI tools,
a Chinese bash tutorial, a Spanish course on Linux administration): the shell's own forms written
with placeholders for their parts."""

from detect_cases import detection_test

CASES = [
    # case's form, a pattern and its commands, elided, over esac
    ("bash", "case word in\n  pattern )\n    commands ;;\n  ...\nesac\n"),
    # a test's three spellings under notes
    ("bash", "# first\ntest condition\n\n# second\n[ condition ]\n\n# third\n[[ condition ]]\n"),
    # a command's output substituted, both ways
    ("bash", "$(command)\n`command`\n"),
    # as before: a real case statement, one bracketed test alone, a Markdown list
    ("bash", 'case "$1" in\n  start) run ;;\n  *) usage ;;\nesac\n'),
    ("text", "[ draft ]\n"),
    ("text", "- first point\n- second point\n"),
]

test_detection = detection_test(CASES)
