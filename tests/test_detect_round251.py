"""Detection fixes of session 53 read off round 250 after it was measured: agnoster's powerline
prompt (its segments split by the font's arrow, U+E0B0) and zsh's `~/dir(branch) » ` open a
session; what a C++ lesson's program prints as its constructors and destructors run is output."""

from detect_cases import detection_test

CASES = [
    (
        "console",
        " \u26a1 root@talks \ue0b0 ~/lectern \ue0b0 bazel build //talks:index\n"
        "INFO: Analyzed target //talks:index (0 packages loaded, 0 targets configured).\n"
        " \u26a1 root@talks \ue0b0 ~/lectern \ue0b0 \ue0a0 main \xb1 \ue0b0 ls\nBUILD.bazel  WORKSPACE",
    ),
    ("console", "~/lectern(main) » git status\nOn branch main\nnothing to commit, working tree clean"),
    ("text", "Talk()\nSpeaker()\nKeynote\n~Speaker()\n~Talk()"),
    (
        "cpp",
        'Talk::Talk() {\n    cout << "Talk()" << endl;\n}\n\nTalk::~Talk() {\n    cout << "~Talk()" << endl;\n}',
    ),  # as before
    ("python", "setup()\nrun()"),  # as before: two calls, no constructor traced
]

test_session_53_round_250 = detection_test(CASES)
