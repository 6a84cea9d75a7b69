"""Detection fixes of session 67 read off round 378 (a Korean study group's SQL Cookbook notes, a
Chinese notebook on Django and Celery, an English notebook on Arch and i3): a query listed with its
lines numbered, i3's and tmux's configs."""

from detect_cases import detection_test

CASES = [
    # a query listed as a book prints it, its lines numbered
    ("postgresql", "    1 select n\n    2   from generate_series (1, 3) t(n)\n"),
    # i3's config lines
    ("text", "exec_always --no-startup-id xset r rate 200 60\n"),
    ("text", "bindsym Mod4+Return exec alacritty\n"),
    # tmux's plugins, run by their manager
    (
        "text",
        "set -g @plugin 'tmux-plugins/tmux-sensible'\n\n# keep this line last\nrun -b '~/.tmux/plugins/tpm/tpm'\n",
    ),
    # as before: docker's run with its first word lost
    ("bash", "# -d 后台运行\nrun -d --name web -p 8080:80 nginx\n"),
]

test_detection = detection_test(CASES)
