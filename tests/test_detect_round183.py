"""Detection fixes of session 45 read off round 182 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Python 3.12's syntax, which the parser detection runs on (3.11's) refuses: a `type` alias,
    # an f-string whose field nests its own quotes over lines.
    ("python", "type Seat = tuple[str, int]"),
    ("python", 'rooms = ["A", "B"]\nprint(f"Rooms: {", ".join(\n    rooms\n)}")'),
    ("python", "type = 'keynote'\nprint(type)"),  # as before: a name `type` assigned
    ("text", "The type of a talk is its format."),  # as before
]

test_session_45_round_182 = detection_test(CASES)
