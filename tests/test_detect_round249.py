"""Detection fixes of session 53 read off round 248 after it was measured: MySQL's `show columns
from t` and `desc ${table};` (a placeholder, not the shell's variable); Node's Buffer and Redux's
store called as their APIs name them are JavaScript, though C's calls and Python's look alike."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "show columns from talks"),
    ("postgresql", "desc ${tablename};"),
    ("bash", 'echo "${tablename}"'),  # as before: the shell's variable
    ("javascript", 'store.dispatch(addTalk("Indexes in depth"));'),
    ("c", "list_append(talks, talk);"),  # as before: C's call
    ("javascript", "Buffer.byteLength('talks', 'utf8') // 5"),
    ("javascript", 'buf = new Buffer(64);\nbuf.length // 64\n\nbuf.write("talks", 0, "ascii");'),
]

test_session_53_round_248 = detection_test(CASES)
