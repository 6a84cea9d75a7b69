"""Detection fixes of session 42 read off round 162 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # zsh's themed prompt `☁  ~  ` before commands, their output under some.
    ("console", "☁  ~  pip freeze > ./requirements.txt\n☁  ~  which pip3\n/usr/bin/pip3\n"),
    ("console", "☁  ~  go version\ngo version go1.22.1 linux/amd64\n"),
    ("text", "☁ The archive moved to the cloud in 2024."),  # as before: prose
    # The system's own programs alone on a line.
    ("bash", "reboot"),
    ("bash", "grub2-set-default 0"),
    ("text", "Reboot the machine, then log in again."),  # as before: a sentence
]


test_session_42_round_162 = detection_test(CASES)
