"""Detection fixes of session 45 read off round 179 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # redis.conf's and sentinel.conf's own directives under notes: a syntax no label has.
    (
        "text",
        '# keep a snapshot\nappendonly yes\n\n# its file\nappendfilename "talks.aof"\n\n# how often\nappendfsync everysec',
    ),
    (
        "text",
        "# the archive's cache\nsentinel monitor talks 10.0.0.7 6379 2\nsentinel parallel-syncs talks 1",
    ),
    ("text", '# how much it says\nlogfile "/srv/talks/cache.log"\n\n# its level\nloglevel notice'),
    ("text", "requirepass s3cret"),
    ("text", "repl-backlog-size 4mb # the buffer a replica reads back from"),
    ("bash", "redis-cli config set appendonly yes\nredis-cli config rewrite"),  # as before
    ("bash", "cd /srv/talks\nls -l\nmake build"),  # as before
    # A chat page's header copied with the code, the language's name glued to "Copy code".
    (
        "json",
        'jsonCopy code{\n  "talks": [\n    // ... (this page\'s)\n  ],\n  "meta": {\n    "page": 1\n  }\n}',
    ),
    ("json", 'jsonCopy code{\n  "errors": [\n    { "status": "404", "title": "Not Found" }\n  ]\n}'),
    ("json", '{\n  "talk": {\n    "id": "7",\n    "room": "A"\n  }\n}'),  # as before
    # A property deleted, a type asked with a note of what it gives.
    ("javascript", "delete talk.room;\ndelete talk[key];"),
    ("javascript", 'typeof 42; // "number"\ntypeof undefined; // "undefined"'),
    ("postgresql", "DELETE FROM talks WHERE id = 7;"),  # as before
]

test_session_45_round_179 = detection_test(CASES)
