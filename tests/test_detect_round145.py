"""Detection fixes of session 39 read off round 144 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Constraints a line each, as a lesson lists them.
    ("postgresql", "NOT NULL\nUNIQUE\nCHECK(minutes > 0)\nDEFAULT(now())"),
    (
        "postgresql",
        "PRIMARY KEY(talk_id, slide_no)\nFOREIGN KEY(talk_id) REFERENCES talks(id) [ON DELETE CASCADE]\nUNIQUE(slug)",
    ),
    ("text", "Not null\nUnique\nChecked"),  # as before: words
    # CREATE TABLE braced as a lesson writes its synopsis.
    (
        "postgresql",
        "CREATE TABLE Talks {\n\ttitle type constraints,\n\tslug type constraints,\n\t...\n\ttableConstraint,\n\t...\n};",
    ),
    ("javascript", "const table = {\n  name: 'talks',\n};"),  # as before
]


test_session_39_round_144 = detection_test(CASES)
