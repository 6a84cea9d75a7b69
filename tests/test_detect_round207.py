"""Detection fixes of session 48 read off round 206 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # A compound assignment is no SQL fragment, whatever operator PostgreSQL would let one define.
    ("text", "talk.className += ' talk_current ';"),
    ("postgresql", "amount >= 100 AND status <> 'paid'"),  # as before: a condition, `>=` no assignment
    # pybind11's module; a class left unnamed holding a constant or an enum.
    ("cpp", 'PYBIND11_MODULE(talks, m) {\n    m.def("count", &count, "Count the talks");\n}'),
    ("cpp", "class{\n    static const int Slots=5;\n}"),
    ("cpp", "class{\n    enum{Slots=5};\n}"),
    ("c", "struct talk {\n    int year;\n    char title[64];\n};"),  # as before
]

test_session_48_round_206 = detection_test(CASES)
