"""Detection fixes of session 48 read off round 207 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language

CASES = [
    # A helper's result spread into an object, a line of its own, under `//` notes.
    ("javascript", "computed: {\n    //对象写法\n    ...mapState({talks: 'talks', year: 'year'}),\n}"),
    ("python", "def talks(*args):\n    ...\n"),  # as before: Python's Ellipsis
    # Qt's constants named through their class: C++.
    (
        "cpp",
        "// 窗口置顶\nsetWindowFlags(Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);\nsetAttribute(Qt::WA_TranslucentBackground, true);",
    ),
    ("postgresql", "SELECT ID::TEXT FROM talks;"),  # as before: a cast to a type in capitals
    # The same command noted on each line is no table's columns noted.
    ("postgresql", "talk_id  -- the talk\nspeaker  -- who gave it\nyear  -- when"),  # as before
]

test_session_48_round_207 = detection_test(CASES)


def test_one_command_on_every_line_after_dashes_is_no_list_of_noted_columns():
    """`btctl -- power on` a line each: the program's end of options, not columns noted in SQL."""
    commands = "btctl -- power on\nbtctl -- scan on\nbtctl -- devices\nbtctl -- pair AA:BB:CC:DD:EE:FF"
    assert detect_language(commands) not in {"postgresql", "psql", "plpgsql", "postgres-explain"}
