"""Detection fixes of session 55 read off round 266 after it was measured: a key pressed among the
commands of a shell snippet (`Ctrl+b d` between tmux's commands) is typed, not run."""

from detect_cases import detection_test

CASES = [
    (
        "bash",
        "# 离开会话\nCtrl+b d\n\n# 列出会话\ntmux ls\n\n# 回到会话\ntmux attach -t talks",
    ),
    ("bash", "tmux new -s talks\nCtrl+b c\ntmux kill-session -t talks"),  # as before: a command opens it
    ("text", "# 复制\nCtrl+C\n\n# 粘贴\nCtrl+V"),  # as before: key presses alone are no commands
    ("text", "Ctrl+b %"),  # as before
]

test_session_55_round_266 = detection_test(CASES)
