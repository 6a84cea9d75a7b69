"""Detection fixes of session 69 read off round 389 (Vitess's docs and blog, CrateDB's reference,
a Korean data engineer's notes): MySQL's user variables set; CrateDB's COPY with a URI and its
shell's `...` continuation; a synopsis's placeholder in angle brackets; DuckDB's shell; ksqlDB's
JSON arrows; log4j2's spaced keys; a Python header misworded; an expression's `||` over lines."""

from detect_cases import detection_test

BOX = "┌──────┬───────┐\n│ name │ score │\n├──────┼───────┤\n│ ada  │    91 │\n└──────┴───────┘\n"

CASES = [
    # MySQL's user variable set, no `;`
    ("postgresql", "SET @greeting = 'hello'\n"),
    # CrateDB's COPY from and to a URI, its options as `name = value`
    ("postgresql", "COPY metrics FROM 's3://bucket/data/m.json' WITH (protocol = 'https')\n"),
    (
        "postgresql",
        "COPY metrics\nTO DIRECTORY 'az://acct.blob.core.windows.net/c/out'\nWITH (\n    key = 'k'\n)\n",
    ),
    # a synopsis's placeholder in angle brackets, which Python would read as chained comparisons
    ("postgresql", "value <operator> ALL (array_value)\n"),
    # CrateDB's shell: its statement going on at `...`, and what it answered
    (
        "psql",
        "cr> create table readings (\n...   id int,\n...   taken timestamp\n... );\n"
        "CREATE OK, 1 row affected (0.120 sec)\n",
    ),
    # DuckDB's shell: its `D ` prompt over the table it drew
    ("psql", "D select name, score from players;\n" + BOX),
    # ksqlDB's JSON arrows in a statement, no C's
    (
        "postgresql",
        "CREATE STREAM orders_flat AS\nSELECT\n  body->order->id AS id,\n  body->order->total AS total\n"
        "FROM orders_raw\nEMIT CHANGES;\n",
    ),
    # as before: C's pointers
    ("c", "node->next = head;\nhead = node;\n"),
    # log4j2's properties, the keys spaced, a value Python cannot read
    (
        "ini",
        "rootLogger.level = warn\n# where the lines go\nappender.file.type = File\n"
        "appender.file.layout.pattern = [%d{ISO8601}][%-5p] %m%n\n",
    ),
    # a Python header misworded (`no` for `not`)
    ("python", "found = lookup(key)\nif no found:\n    print('missing')\n"),
    # an expression's operands over lines, `||` opening them: no shell's
    (
        "javascript",
        "if (tooSmall()) return null;\n\nfunction tooSmall() {\n\treturn ((frame.width < 4)\n"
        "\t\t\t|| (frame.height > 40)\n\t\t\t|| (frame.folded));\n}\n",
    ),
    # as before: a command continued with `\` and joined by `&&`
    ("bash", "make build \\\n  && make install\n"),
]

test_detection = detection_test(CASES)
