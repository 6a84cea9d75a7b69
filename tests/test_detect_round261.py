"""Detection fixes of session 54 read off round 260 after it was measured: a print() run onto the
line above, C's functions on a type typedef'd in lower case, `#define` lines with notes under them,
and a setting under a `# ` note that names the file it points at."""

from detect_cases import detection_test

CASES = [
    ("python", "# 按条件筛选\ntalks = itertools.compress(rooms, (True, False, True))print(list(talks))"),
    (
        "c",
        "ll slots(ll a, ll b, ll p) {\n  ll total = 0;\n  while (b) {\n    if (b & 1) {\n      total = (total + a) % p;\n"
        "    }\n    a = a * 2 % p;\n    b >>= 1;\n  }\n  return total;\n}",
    ),
    (
        "c",
        "#define TALK_READY (EV_READ | EV_HUP)\n    /* Ready to start */\n"
        "#define TALK_DONE (EV_WRITE | EV_ERR)\n    /* Finished */\n",
    ),
    (
        "yaml",
        "# /source/img/logo.png\nlogo: /talks/img/logo.png\n\n# /source/img/speaker.jpg\nspeaker: '/talks/img/speaker.jpg'\n",
    ),
    (
        "console",
        "# /usr/local/bin/talkctl --version\ntalkctl 1.4.2\n",
    ),  # as before: root's prompt running a path
    (
        "c",
        "int talk_notify(int unset_environment, const char *state);\n\n"
        "int talk_notifyf( int unset_environment, \n    const char *format, \n    …);\n",
    ),  # as before (its answer; the pattern for overloads now fails at once on the `…`: detection_worst_case.py)
]

test_session_54_round_260 = detection_test(CASES)
