"""Detection fixes of session 58 read off round 303 after it was measured: commands at a writer's
`$: ` prompt, and a query's result under columns ruled apart by more than two spaces."""

from detect_cases import detection_test

CASES = [
    ("console", "$: git clone https://example.org/talks.git\n$: cd talks"),
    ("console", "$: npm install -g hexo-cli # the site's builder"),
    (
        "psql",
        "SELECT * FROM talks JOIN rooms ON talks.room = rooms.id\n\n"
        "title      room\n------     ------\nPlanets    A\nTides      B",
    ),
    # as before: Ruby's load path, a table drawn with no query, a ruler two spaces apart
    ("text", "$: is Ruby's load path"),
    ("text", "title      room\n------     ------\nPlanets    A\nTides      B"),
    ("psql", "SELECT title, room FROM talks;\n\ntitle  room\n-----  ----\nTides  B"),
]

test_session_58_round_303 = detection_test(CASES)
