"""Detection fixes of session 44 read off round 173 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's REPLACE INTO, its form with names in words too.
    ("postgresql", "replace into talk (id, title) values (1, 'Indexes')"),
    ("postgresql", "replace into 表名 (列名) values (值)"),
    ("python", "title = title.replace('a', 'b')"),  # as before
    # A full-width `＄` prompt, as a Japanese keyboard types it.
    ("console", "＄ cat /etc/hosts\n127.0.0.1 localhost"),
    ("text", "価格は＄ 5 です"),  # as before: a price in prose
]


test_session_44_round_173 = detection_test(CASES)
