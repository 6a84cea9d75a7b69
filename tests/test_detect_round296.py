"""Detection fixes of session 57 read off round 295 after it was measured: Hive's DESCRIBE of a
database or a table's formatted details, a YAML setting under a dotted key (maybe noted), YAML
settings commented out under their notes, a JSON body under a caption ending in a colon."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "describe database extended talks;"),
    ("postgresql", "desc formatted sessions;"),
    ("yaml", "network.host: 0.0.0.0 # listen everywhere"),
    ("yaml", "# 状态后端\n# state.backend: filesystem\n\n# 临时目录\n# io.tmp.dirs: /tmp"),
    ("json", '请求体:\n{"talk": 12, "room": "B"}'),
    # as before: a sentence beginning with describe, notes in prose, and Python's annotation stay theirs
    ("bash", "describe the table"),
    ("text", "# Note: build first\n# Then publish"),
    ("python", "self.room: int"),
]

test_session_57_round_295 = detection_test(CASES)
