"""Detection fixes of session 54 read off round 262 after it was measured: Flow's pragma alone, a
class as its library's reference heads it (Python's docs' signature, as tests/test_detect_round112.py
reads one), names exported in braces, and an element's tag with its attributes a line each."""

from detect_cases import detection_test

CASES = [
    ("javascript", "/*@flow*/"),
    ("python", "class talks.schedule.Room"),
    (
        "python",
        "# 用法\nCLASS talks.schedule.Planner(rooms, slots=8, shuffle=False,\ntracks=None, keynote=None)",
    ),
    ("python", "class Planner(rooms.Base):\n    slots = 8\n"),  # as before: a class defined
    ("javascript", "export {plan as default, rooms, slots};"),
    ("html", '<embed\n  src="/talks/slides/intro.pdf"\n  width="640"\n  height="480"\n/>'),
    (
        "html+django",
        '<img src="{{ talk.cover }}" alt="cover" class="cover">',
    ),  # as before: a template's tag in it
]

test_session_54_round_262 = detection_test(CASES)
