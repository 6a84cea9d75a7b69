"""Detection fixes of session 57 read off round 292 after it was measured: an object's entry cut
from a configuration or a Vue instance, `data: {` over unquoted keys given numbers, arrays or
switches."""

from detect_cases import detection_test

CASES = [
    ("javascript", "data:{\n    speakers:['Ada','Grace']\n}"),
    ("javascript", "state: {\n  rooms: [1, 2]\n}"),
    # as before: YAML's nested keys stay YAML; a note in prose over braces stays text
    ("yaml", "talks:\n  room: 3\n  live: false"),
    ("text", "Note: {\nthe braces are the writer's\n}"),
]

test_session_57_round_292 = detection_test(CASES)
