"""Detection fixes of session 71 read off round 409 (a Chinese developer's database notes, the
docs of NATS): SQLite's full-text search in a session, a YAML file noted with full-width `＃`, a
template literal handed to a method, a comment alone saying a client lacks a feature, and a C
library's functions listed as its reference lays them out."""

from detect_cases import detection_test

_BOX = "┌────────┬───────┐\n│ title  │ score │\n├────────┼───────┤\n│ Dune   │ 9     │\n└────────┴───────┘\n"

CASES = [
    # SQLite's full-text search: a virtual table made by a module, queried with MATCH, over the box it drew
    (
        "psql",
        "create virtual table notes_fts using fts5(title, body);\n\n"
        "select title, rank as score\nfrom notes_fts\nwhere notes_fts match 'dune'\nlimit 3;\n" + _BOX,
    ),
    # a YAML file whose notes were typed with a full-width `＃`
    ("yaml", "＃抓取间隔\nglobal:\n  scrape_interval: 30s\n\n＃告警规则\nrule_files:\n  - alerts.yml\n"),
    # a template literal handed to a test's method, its value interpolated
    ("javascript", "t.log(`queue ${q.name} holds ${q.size} jobs`);\n"),
    ("javascript", "logger.info(`listening on ${server.address().port}`);\n"),
    # as before: the shell's backquotes run a command
    ("bash", "echo `date` ${HOME}\n"),
    # a comment alone, a sentence saying the feature is missing from this client
    ("text", "// Draining is not supported by the legacy Ruby client.\n"),
    ("text", "// The `headers` option is not available in this client yet.\n"),
    # as before: a comment over code is the code's
    ("javascript", "// connect with a token\nconst nc = await connect({ token: 's3cr3t' });\n"),
    # a C library's functions as its reference lists them: the prototype, then what it does
    (
        "c",
        "LIB_API int \tring_Create (ring **out, size_t capacity)\n \tMakes a ring buffer.\n \n"
        "LIB_API int \tring_Push (ring *r, const void *item)\n \tAdds an item at the tail.\n",
    ),
    # as before: a list of Python's signatures with their descriptions stays Python's or prose
    ("text", "Create a buffer of the given size\n    Returns the buffer.\nPush an item\n    Adds it.\n"),
]

test_detection = detection_test(CASES)
