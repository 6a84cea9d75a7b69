"""Detection fixes of session 38 read off round 133 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Loops braced C's way are no SQL's `DO` nor PL/pgSQL's `FOR`.
    ("javascript", "do {\n    // the slide's steps\n} while (more);"),
    ("postgresql", "DO $$\nBEGIN\n  RAISE NOTICE 'talks ready';\nEND\n$$;"),  # as before: PostgreSQL's DO
    # Databricks' and Delta Lake's statements.
    ("postgresql", "OPTIMIZE talks\nZORDER BY speaker_id"),
    ("postgresql", "RESTORE talks TO VERSION AS OF 12"),
    (
        "postgresql",
        "APPLY CHANGES INTO live.talks\nFROM STREAM(live.talks_raw)\nKEYS (talk_id)\nSEQUENCE BY updated_at",
    ),
    ("postgresql", "SHOW GRANTS ON talks"),
    ("text", "Optimize the images first."),  # as before: a sentence
    # A transaction's synopsis.
    ("postgresql", "BEGIN\n<statements>\nCOMMIT | ROLLBACK"),
    # A Kubernetes object's kind alone; the browser's alert.
    ("yaml", "kind: StatefulSet"),
    ("javascript", 'alert("The talk starts soon");'),
]


test_session_38_round_133 = detection_test(CASES)
