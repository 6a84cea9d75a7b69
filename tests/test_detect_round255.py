"""Detection fixes of session 53 read off round 254 after it was measured: a reference
typedef'd and the console's stream called by its methods are C++'s."""

from detect_cases import detection_test

CASES = [
    ("cpp", "typedef const _TalkArray& TalkArray;"),
    ("c", "typedef const struct talk *talk_ref;"),  # as before: a pointer typedef'd, C's
    ("cpp", "char ch = 't';\ncout.put(ch);\ncout.put('!');"),
]

test_session_53_round_254 = detection_test(CASES)
