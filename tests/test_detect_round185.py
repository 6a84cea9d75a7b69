"""Detection fixes of session 45 read off round 184 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's statement with a `//` note written straight after the marks.
    ("postgresql", "SHOW TABLES;\t//列出所有的表"),
    ("javascript", "const talks = [];  //空的"),  # as before
    # A regex literal handed to a string's method; a strict comparison without spaces.
    ("javascript", "'talk-42'.match(/(\\d+)/)[1] // 42"),
    ("javascript", 'if(typeof(Worker)!=="undefined")\n{\n    // workers here\n}\nelse\n{\n    // none\n}'),
    ("bash", "# drop the underlines\nfind . -name '*.md' -exec sed -i '/^===/d' {} \\;"),  # as before
    ("c", "if (count == 0)\n{\n    return -1;\n}"),  # as before
    # A dynamic import with webpack's magic comment.
    ("javascript", "import(/* webpackPrefetch: true */ './talks');"),
]

test_session_45_round_184 = detection_test(CASES)
