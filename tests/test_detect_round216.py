"""Detection fixes of session 49 read off round 215 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("text", "- Read the slides first.\n- Then watch the talk=recording."),  # as before: a list of notes
    # Spring Cloud Gateway's shortcut predicates and filters, one YAML item or several.
    ("yaml", "- After=2026-03-01T09:00:00.000+01:00[Europe/Lisbon]"),
    ("yaml", "- Path=/talks/**\n- StripPrefix=1"),  # as before
    ("yaml", "- Header=X-Talk-Id, \\d+  # the id as a number"),
    # Autotools' programs with their notes.
    ("bash", "aclocal      # the macros\nautoconf     # configure from configure.ac\nautomake --add-missing"),
]

test_session_49_round_215 = detection_test(CASES)
