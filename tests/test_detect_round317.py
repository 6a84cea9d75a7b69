"""Detection fix of session 60 read off round 317 after it was measured: the mongo shell's calls
on a collection named by a placeholder (`db.<collection_name>.find()`), which Python would parse."""

from detect_cases import detection_test

CASES = [
    ("javascript", "db.<collection_name>.find().pretty()"),
    ("javascript", 'db.<talks>.insert({\n    "title": "Indexes",\n    "year": 2026\n})'),
    # as before
    ("javascript", "db.talks.find({ year: 2026 })"),
]

test_detection = detection_test(CASES)
