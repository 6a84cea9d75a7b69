"""Detection fixes of session 47 read off round 199 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A key's columns elided as a textbook writes them.
    ("postgresql", "FOREIGN KEY (B1, B2,..., Bn) REFERENCES talks"),
    # A page's `bashCopy Code` copied onto the block's first line.
    ("bash", "bashCopy Code# 编辑配置\nnano ~/.bashrc\n\n# 末尾加上\n/opt/talks/start.sh"),
    # Hexo's own program among the shell's.
    ("bash", "hexo clean & hexo g & hexo s"),
    # A program's help as it prints it.
    (
        "text",
        "Usage:  docker talk COMMAND\n\nManage talks\n\nCommands:\n  create      Create a talk\n  inspect     Show a talk\n  ls          List talks\n  rm          Remove talks",
    ),
    ("bash", "talks feed add https://example.org/atom.xml\ntalks feed ls"),  # as before
    # The shell's no-op over a here-document: lines commented out.
    ("bash", ":<<!\n第一行注释\n第二行注释\n!"),
]

test_session_47_round_199 = detection_test(CASES)
