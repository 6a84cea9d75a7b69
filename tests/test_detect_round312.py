"""Detection fixes of session 60 read off round 312 after it was measured: JavaScript over what it
printed, marked `>>> ` by the writer (a loop over `>>> 1` and the lines it goes on into), is the
script, no Python session; the shell's array over lines (`plugins=(` over its items) is no Python."""

from detect_cases import detection_test

CASES = [
    ("javascript", 'for (var n = 1; n < 4; n++) {\n  document.write(n + "<br>")\n}\n\n>>> 1\n    2\n    3'),
    ("javascript", "var talks = [3, 4]\n\nfor (var t of talks) {\n  console.log(t)\n}\n\n>>> 3\n    4"),
    ("bash", "plugins=(\n    # 더 많은 플러그인...\n    zsh-completions\n)"),
    # as before
    ("pycon", ">>> talks = [3, 4]\n>>> len(talks)\n2"),
    ("python", "talks = [3, 4]\nfor t in talks:\n    print(t)\n>>> 3\n>>> 4"),
]

test_detection = detection_test(CASES)
