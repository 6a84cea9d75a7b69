"""Detection fixes of session 37 read off round 122 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A FROM clause and its JOIN, the ON cut off.
    ("postgresql", "FROM talks t\nJOIN rooms r"),
    # C's parameters, each type before its name: no SQL.
    ("text", "    rooms(int first, int last)"),
    # ... while PostgreSQL's signature, names first, stays SQL, as before.
    ("postgresql", "talk_length(slug text, minutes integer) RETURNS integer"),
    # React's JSX: a spread in a tag, an expression as an attribute.
    ("javascript", '<input {...register("title")} />'),
    ("javascript", "<button onClick={play}>Play</button>"),
    # ... while HTML with a script in an attribute stays HTML, as before.
    ("html", '<a href="/talks" onclick="go({room: 1})">Talks</a>'),
    # C++'s `new` without JavaScript's parentheses.
    ("cpp", "slot = new node;\nnode *last = slot;"),
    ("cpp", "last->next = new node;\nlast = last->next;"),
]


test_session_37_round_122 = detection_test(CASES)
