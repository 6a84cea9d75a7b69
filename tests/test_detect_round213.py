"""Detection fixes of session 49 read off round 212 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # The MySQL manual's `shell>` prompt, root's `#` written after it.
    ("console", "shell># ./configure --prefix=/opt/lectern"),
    ("console", "shell># cd ~\nshell># /opt/lectern/bin/lectern build"),
    ("console", "// build it once\nshell># make && make install"),
    ("console", "shell> mysql --version"),  # as before: the manual's own prompt
    # MySQL's partitions, the tail of CREATE TABLE, the reader's names in Chinese too.
    (
        "postgresql",
        "PARTITION BY RANGE (talk_year) (\n    PARTITION p2024 VALUES LESS THAN (2025),\n"
        "    PARTITION pmax VALUES LESS THAN MAXVALUE\n);",
    ),
    ("postgresql", "partition by list (场次)(\n\tpartition 分区名 values in (范围)\n)"),
    ("postgresql", "PARTITION BY RANGE (talk_year)"),  # as before: PostgreSQL's own clause
    # Quoted strings listed, cut from an array: no SQL's names.
    ("text", '"read", "create", "update", "delete"'),
    ("text", '"slides", "video", "captions"'),  # as before
    # JavaScript: `var` declared without a value; Underscore's calls; loose equality's lesson;
    # a stylesheet imported; a Map beside a class.
    ("javascript", "var talk, speaker;\ntalk = 'pgconf';"),
    ("javascript", "_.pluck(talks, 'title')  // ['Indexes', 'Vacuum']"),
    ("javascript", 'null == undefined   // true\n"3" == 3   // true\nNaN == NaN   // false'),
    ("javascript", "import 'lectern/theme/player.css'"),
    ("javascript", "class Deck {\n\n}\nlet deck = new Deck();\nlet seen = new Map();\nseen.set(deck, 1);"),
    ("cpp", "class Deck {\n  public:\n    int slides;\n};\nDeck *deck = new Deck();"),  # as before
    # A page from its doctype: answered first now, the same answer (round 212's slowest block).
    (
        "html",
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>Talks</title>\n</head>\n<body>\n'
        '  <div id="player"></div>\n</body>\n</html>',
    ),
    (
        "html+django",
        "<!DOCTYPE html>\n<html>\n<body>\n  {% for talk in talks %}\n  <p>{{ talk.title }}</p>\n"
        "  {% endfor %}\n</body>\n</html>",
    ),  # as before: a template's tags make it Django's
]

test_session_49_round_212 = detection_test(CASES)
