"""Detection fixes of session 45 read off round 183 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Injection payloads: a script after breaking out of where the page put the input, or hidden.
    ("text", '"><script>alert(7)</script>'),
    ("text", "</title><script>alert(7)</script>"),
    ("text", "<ScRipt>alert(7)</ScRipt>"),
    ("text", "<script>&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x37;&#x29;</script>"),
    ("html", '<p>Talks</p>\n<script src="/static/talks.js"></script>'),  # as before: a page's own script
    # Node's export, no ini file's dotted key; `sleep` the shell's own.
    ("javascript", "module.exports = 'talks'"),
    ("ini", "app.name = lectern\napp.port = 8000"),  # as before
    ("bash", "sleep 5"),
]

test_session_45_round_183 = detection_test(CASES)
