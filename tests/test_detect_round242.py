"""Detection fix of session 52 read off round 241 after it was measured: C's headers as C++
wraps them, quoted as well as bracketed (`#include "cstring"`), are C++'s."""

from detect_cases import detection_test

CASES = [
    ("cpp", '#include "cstring"\n//比较两个标题\nint result = strcmp(title1, title2);'),
    ("c", '#include "string.h"\nint result = strcmp(title1, title2);'),  # as before
    ("c", '#include "caption.h"\nint n = caption_count(talk);'),  # as before: a header of one's own
]

test_session_52_round_241 = detection_test(CASES)
