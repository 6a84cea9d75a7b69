"""Detection fixes of session 41 read off round 153 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A grammar's rules, BNF's and EBNF's: what YAML cannot write (a quoted terminal beside a
    # symbol, braces after braces, an alternative's bar opening a line).
    ("text", "Expr: Term { ('+' | '-') Term }\nTerm: Factor { ('*' | '/') Factor }"),
    ("text", "Expr:\n    Term\n    | Expr '+' Term\n\nTerm:\n    Factor\n    | Term '*' Factor"),
    ("yaml", "Talk:\n  title: 'Plans'\n  slides: ['a', 'b']\nSpeaker:\n  name: 'Ann'"),  # as before
    # SQL Server's procedure run with its arguments on the next line, no-break spaces between them.
    (
        "postgresql",
        "EXECUTE\u00a0sp_addextendedproperty\u00a0\nN'MS_Description',\u00a0N'talks',\u00a0N'schema',\u00a0N'dbo',\u00a0NULL,\u00a0NULL",
    ),
    # C++: a namespace's function called into a typed variable, a type's alias, structs
    # inheriting, a constructor defaulted.
    ("cpp", "auto site = lectern::make_site().build<site>();"),
    ("cpp", "struct talk {\n  double minutes;\n};\nusing entry = variant<talk, post>;"),
    ("cpp", "struct Node {};\nstruct TalkNode : public Node {};\nstruct PostNode : public Node {};"),
    ("cpp", "struct Slide {\n    int number;\n\n    Slide() = default;\n};"),
    ("postgresql", "CREATE talk SET created_at = time::now();"),  # as before: SurrealQL's function
    ("postgresql", "SELECT price::numeric(10, 2) FROM talk;"),  # as before
    # C's library called as a statement.
    (
        "c",
        '    if (!has_slides(deck, size)) {\n        fputs("no slides\\n", stderr);\n        return -1;\n    }',
    ),
    (
        "text",
        'malloc(64)                = 0x5566\nstrlen("talk")            = 4\nfree(0x5566)              = <void>',
    ),  # as before: ltrace's log
]


test_session_41_round_153 = detection_test(CASES)
