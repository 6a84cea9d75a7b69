"""Detection fixes of session 51 read off round 234 after it was measured: Emacs' keys (`M->`,
`M-<`) are no psql continuation prompt; a regular expression's escapes over their bracket
classes (`\\d` over `[0-9]`) are no psql meta-commands (psql's prompts and a meta-command alone
stay as before)."""

from detect_cases import detection_test

CASES = [
    # Emacs' keys to the ends of a file.
    ("text", "M-< : 跳到文件开头\nM-> : 跳到文件末尾"),
    ("text", "M-> (Alt + Shift + >)"),
    ("psql", "talks=> SELECT title\ntalks-> FROM talks;"),  # as before
    # A regular expression's classes and their equivalents.
    ("text", "\\d\n[0-9]\n[0123456789]"),
    ("text", "\\s\n[ \\t\\n\\r]"),
    ("psql", "\\d"),  # as before: psql's meta-command alone
    ("psql", "\\dt talks"),  # as before
]

test_session_51_round_234 = detection_test(CASES)
