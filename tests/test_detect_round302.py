"""Detection fixes of session 58 read off round 301 after it was measured: the mongo shell's calls
a line each that Python would parse too (`db.talks.count()`), and C++'s const member function with
its brace on the next line."""

from detect_cases import detection_test

CASES = [
    ("javascript", "db.talks.count()"),
    ("javascript", "db.talks.count({track: 3})"),
    ("javascript", "db.talks.count(query, options)"),
    ("cpp", "bool sees(talk_id_t id) const\n{\n    return id < m_limit;\n}"),
    # as before: Python's own count, C++'s brace on the same line, the mongo shell's find
    ("python", "talks.count(3)"),
    ("cpp", "bool sees(talk_id_t id) const {\n    return id < m_limit;\n}"),
    ("javascript", "db.talks.find({track: 3})"),
]

test_session_58_round_301 = detection_test(CASES)
