"""Detection fixes of session 46 read off round 191 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Python 2's print statement whose string holds a `#`, over its result as a note with tags.
    ("python", "print soup.select('#intro')\n#[<p id=\"intro\">Hi</p>]"),
    ("python", 'print "a", b  # two values'),  # as before
    # django-admin written with a capital, as a sentence would start it.
    ("bash", "Django-admin startproject talks"),
]

test_session_46_round_191 = detection_test(CASES)
