"""Detection fixes of session 69 read off round 397 (four Korean developers' blogs and notes):
a prompt themed with the writer's emoji before its `❯`, and MySQL's functions nested in brackets."""

from detect_cases import detection_test

CASES = [
    # a folder, the writer's emoji, then the theme's `❯`: a shell's prompt over what the command printed
    ("console", "~ 🐙🍵 ❯ jenv versions\n* system\n  17.0\n"),
    ("console", "Downloads 🐙 ❯ mkdir tools\nDownloads 🐙 ❯ cd tools\n"),
    # as before: a folder and `❯` with no emoji
    ("console", "~/app ❯ npm test\n"),
    # MySQL's functions nested inside brackets, as a select list holds the expression
    ("postgresql", "(REGEXP_REPLACE(JSON_UNQUOTE(JSON_EXTRACT(tags, '$[*]')), '[\\\\[\\\\]\"]', ''))\n"),
]

test_detection = detection_test(CASES)
