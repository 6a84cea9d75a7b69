"""Detection fix of session 60 read off round 311 after it was measured: code a converter escaped
for Markdown (`unicode\\_str`, `s\\['key'\\]`) is read as it was written."""

from detect_cases import detection_test

CASES = [
    ("python", "out.write(talk\\_title.encode('ascii', 'ignore'))"),
    ("python", "print('{:,.1f}'.format(row\\['avg\\_rating'\\]))"),
    # as before
    ("text", "Escape my\\_var as \\LaTeX wants it in a sentence."),
    ("python", "out.write(talk_title.encode('ascii', 'ignore'))"),
]

test_detection = detection_test(CASES)
