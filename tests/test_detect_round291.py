"""Detection fixes of session 57 read off round 290 after it was measured: a MySQL column's
definition with its own `ON UPDATE CURRENT_TIMESTAMP`, a statement elided just after its table, an
object constructed with literal arguments as it is declared (C++), and a JSONP response."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "`edited_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'last edit'",
    ),
    ("postgresql", "UPDATE IGNORE talks..."),
    ("postgresql", "DELETE QUICK FROM talks..."),
    ("cpp", 'Settings settings("lectern.ini", false);'),
    ("javascript", 'showTalks( {"count": 3, "next": "/talks?page=2"} );'),
    # as before: SQL's CALL given literal arguments stays SQL; a dict printed stays Python
    ("postgresql", "CALL add_talk(12, 'Indexes');\nCALL add_talk(13, 'Locks');"),
    ("python", 'print({"count": 3})'),
    # as before: a sentence elided stays text
    ("text", "Update the packages..."),
]

test_session_57_round_290 = detection_test(CASES)
