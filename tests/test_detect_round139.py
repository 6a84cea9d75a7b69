"""Detection fixes of session 39 read off round 138 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Statements marked as one that works and one that does not.
    (
        "postgresql",
        "✅ SELECT title FROM talks ORDER BY given_on; -- sorted\n\n❌ SELECT title FROM talks ORDER given_on;",
    ),
    # A function's synopsis, its last argument elided or a reserved word, over the statement using it.
    ("postgresql", "GREATEST (value, value, ...);"),
    ("postgresql", "LPAD (column, length, 'fill')\n\nSELECT LPAD(slug, 12, '.') FROM posts;"),
    ("text", "Thanks (all of you)"),  # as before: words and brackets
    # A clause's list of names, its end elided.
    ("postgresql", "distinct city, country, ..."),
    ("postgresql", "ORDER BY published, title, ..."),  # as before
    # Python's expressions shown a line each, what each gives noted after `#`.
    ("python", "slug[-1]  # the last letter\nslug[0]  # the first"),
    ("python", '"talk" in "a talk on planets"  # True\n"pdf" not in "slides"  # True'),
    ("python", "lambda: 42  # gives 42 when called\nlambda a, b: a + b  # adds"),
    ("python", '"rb"  # read bytes\n"wt"  # write text'),
    ("python", "feeds.keys(); # the names\nfeeds.values(); # the urls"),
    ("python", '"%d talks" % 3\n"%s on %s" % ("Ann", "Mon")'),
    ("bash", "ls -la  # every file\ncd posts  # into the posts"),  # as before: commands noted
    ("text", "slug"),  # as before: a name alone
    # A template whose first tag lost its `{` is no zsh session.
    ("html+django", '% extends "base.html" %}\n{% block body %}\n<p>{{ talk.title }}</p>\n{% endblock %}'),
    ("console", "% ls posts\n2024 2025"),  # as before: zsh's prompt
]


test_session_39_round_138 = detection_test(CASES)
