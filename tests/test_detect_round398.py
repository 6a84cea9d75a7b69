"""Detection fixes of session 70 read off round 398 (a Korean developer's wiki and a React blog):
MySQL's KILL and CrateDB's DENY as statements, a Jekyll layout whose HTML comment holds backquotes,
a log line wrapped by the terminal, K&R's definitions, C++'s `new` in C, an arrow in a shown value."""

from detect_cases import detection_test

CASES = [
    # MySQL's KILL of a connection or a query, ended: a statement (the shell's `kill` stays the shell's)
    ("postgresql", "KILL 8812;\n"),
    ("postgresql", "KILL QUERY 8812;\n"),
    ("bash", "kill -9 8812\n"),
    # a privilege denied, in a synopsis's braces and brackets (CrateDB, SQL Server)
    ("postgresql", "DENY { DQL | DML | ALL }\n[ON TABLE ident [, ...]]\nTO role_name [, ...];\n"),
    ("postgresql", "DENY DDL ON SCHEMA reports TO auditor;\n"),
    # a Jekyll layout: front matter, an HTML comment with `code` in backquotes, Liquid's tags, a script
    (
        "html+django",
        "---\nlayout: base\n---\n<!-- the list starts hidden: `visibility:hidden` until loaded -->\n"
        '<main class="notes">\n  <h2>{{ page.title }}</h2>\n  {{ content }}\n</main>\n<script>\n'
        "  // show the list once `#all` is asked for\n  if (location.hash === '#all') {\n"
        "    document.querySelector('main').style.visibility = 'visible';\n  }\n</script>\n",
    ),
    # one log line the terminal wrapped at 70 columns
    (
        "text",
        "2023-02-11 08:40:12 WARN  [sync-worker(4411)]: [Store::Replica::Feed 5\n"
        '03 1.204 2 retries] pull_batch(status:"Timeout",detail:{code:7,hint:"u\n'
        'nreachable peer"},peer:"db-2")\n',
    ),
    # a definition in K&R's old style, its parameters typed a line each before the body
    (
        "c",
        "fill(buf, value, count)\nregister short *buf;\nregister value, count;\n{\n"
        "    register n = (count + 3) / 4;\n    switch (count % 4) {\n    case 0: do { *buf++ = value;\n"
        "    case 3:      *buf++ = value;\n    case 2:      *buf++ = value;\n"
        "    case 1:      *buf++ = value;\n            } while (--n > 0);\n    }\n}\n",
    ),
    # C otherwise, an object allocated with C++'s `new` to a name declared before
    (
        "cpp",
        '_young = new TenuredSpace();\nif (_young == NULL) {\n  fatal_error("no space");\n}\n'
        "size_t limit = _heap.capacity();\n",
    ),
    # an arrow function in an expression shown with its value in a `//` note
    ("javascript", "[4, 5, 6].filter(n => n % 2); // [5]\n"),
]

test_detection = detection_test(CASES)
