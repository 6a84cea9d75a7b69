"""Detection fixes of session 60 read off round 314 after it was measured: MySQL's `show full
columns from [table_name]` (its table a placeholder), mongosh's documents (`_id: ObjectId(...)`
under bare keys), and lookups each over the value it gives marked `> ` by the writer."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "show full columns from [talk_table]"),
    (
        "javascript",
        '[\n  {\n    _id: ObjectId("6560aa01b2c3d4e5f6a7b8c9"),\n    title: "Indexes",\n    year: 2026\n  }\n]',
    ),
    ("python", "talk.pk\n> 3\n\ntalk.title\n> 'Indexes in practice'"),
    ("python", "# 발표자 조회\ntalk.speaker.name\n> 'Ana'"),
    # as before
    ("text", "see the docs\n> yes"),
    ("json", '[{"_id": 1, "title": "Indexes"}]'),
]

test_detection = detection_test(CASES)
