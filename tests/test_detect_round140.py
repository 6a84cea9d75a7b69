"""Detection fixes of session 39 read off round 139 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Synopses whose placeholders are in a script without case, and a constraint's clauses.
    ("postgresql", "<列名> <类型> [ NOT NULL | NULL ]"),
    ("postgresql", "<列名> <类型> DEFAULT 表达式"),
    ("postgresql", "[ CONSTRAINT <name> ] CHECK (expression)"),
    ("postgresql", "[ CONSTRAINT <名> ]\nFOREIGN KEY ( 列 [,…] )\nREFERENCES 表 ( 列 [,…] )"),
    # A command's synopsis whose alternatives are braced, which JavaScript's braces would take.
    (
        "postgresql",
        "ALTER TABLE <name>\n{ ADD <column> <type>\n| DROP COLUMN <column>\n| RENAME TO <new_name>\n};",
    ),
    ("text", "Keep the DEFAULT settings unless told"),  # as before: a sentence
    ("javascript", "const talk = {\n  title: 'Planets',\n};"),  # as before: an object
    # The shell's own: a function defined on one line, an indirect expansion.
    ("bash", '# a function first\n\ngreet () { echo "hello"; }\ngreet   # hello'),
    ("bash", "name=slug; key=name; echo ${!key}\nslug"),
    ("javascript", "class Talk {\n  title () { return this.name; }\n}"),  # as before: a method
]


test_session_39_round_139 = detection_test(CASES)
