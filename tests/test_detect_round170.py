"""Detection fixes of session 43 read off round 169 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # jQuery on an element held in a variable.
    (
        "javascript",
        "if (\n  target != null &&\n  ($(target).hasClass('slide') ||\n    $(target).parents('.deck').length > 0)\n) {\n  return;\n}",
    ),
    ("bash", 'echo "built in $(pwd)" && ls $(dirname "$0")'),  # as before: the shell's substitution
]


test_session_43_round_169 = detection_test(CASES)
