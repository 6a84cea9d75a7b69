"""Detection fixes of session 42 read off round 161 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A dump of an HTTP exchange, each line's `\r` written out: no psql meta-command among them.
    (
        "text",
        "> 2026/03/02 10:15:01.000120  length=96 from=0 to=95\nGET /talks/locks HTTP/1.1\\r\n"
        "Host: talks.example\\r\nAccept: */*\\r\n\\r\n< 2026/03/02 10:15:01.002300  length=40 from=0 to=39\n"
        "HTTP/1.1 204 No Content\\r\n\\r\n",
    ),
    ("psql", "SELECT 1 \\r\n\\r\nSELECT 2;\n ?column?\n----------\n        2\n(1 row)"),  # as before
    # Wireless tools among the shell's programs.
    ("bash", "iw dev wlan0 scan\nwpa_passphrase talks-wifi secret > /etc/wpa_supplicant/talks.conf\n"),
    # busybox's prompt, a path then `#`.
    ("console", "/ # ps\nPID   USER     TIME  COMMAND\n    1 root      0:00 /bin/sh\n"),
    ("bash", "cd / # the root\nls\n"),  # as before: a note after a command
]


test_session_42_round_161 = detection_test(CASES)
