"""Detection of session 47 read off round 197 after it was measured: marks before a line are
taken off for a second reading only where a statement follows one (the answers stay); a C
function's parameters, over lines, hold no parenthesis of their own past one level."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "✅ SELECT id FROM talks WHERE id = 1;\n❌ SELECT id FROM talks WHERE id = = 1;",
    ),  # as before
    ("postgresql", "[in] select title from talks\n[out] select title from talks order by title"),  # as before
    # A test report: `Talks Tests (2) ----` over lines ending in `(0.21s)` is no C function declared.
    (
        "text",
        "Talks Tests (2) ----\n✔ TalkCest: Render a talk (0.21s)\n✔ TalkCest: Seek the video (0.30s)\n\nOK (2 tests)",
    ),
    (
        "c",
        "static int talk_count(const char *path,\n                      int (*keep)(int))\n{\n    return 0;\n}",
    ),  # as before
]

test_session_47_round_197 = detection_test(CASES)
