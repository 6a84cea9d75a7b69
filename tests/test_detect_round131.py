"""Detection fixes of session 38 read off round 130 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A JavaScript class with a static method, and objects made with `new`.
    (
        "javascript",
        "class Deck {\n  // ...\n  static create(title, slides) {\n"
        "    return new Deck(new Array(slides).fill(EMPTY), title);\n  }\n}",
    ),
    # A configuration module: its mode, a comment as C's sources open one, its exports.
    (
        "javascript",
        "'use strict';\n/*\n * The options the test runner reads.\n */\nmodule.exports = {\n  bail: 0,\n  verbose: true,\n};",
    ),
    (
        "c",
        "/*\n * Read the talk's length.\n */\nint minutes(struct talk *t)\n{\n\treturn t->seconds / 60;\n}",
    ),  # as before
    # Express' application: middleware and a route.
    ("javascript", "app.use(express.static('public'));"),
    ("javascript", "app.get('/talks', requireLogin, listTalks)"),
    ("python", "@app.get('/talks')\ndef list_talks():\n    return talks"),  # as before: FastAPI's decorator
    # SELECT's clauses named in their order: a lesson's list, no YAML.
    ("text", "- FROM\n- JOIN\n- ON\n- WHERE\n- SELECT\n- ORDER BY"),
    ("yaml", "- name: build\n  run: invoke build"),  # as before
]


test_session_38_round_130 = detection_test(CASES)
