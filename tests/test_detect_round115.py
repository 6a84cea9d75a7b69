"""Detection fixes of session 36 (round 114's SQL-family misses, read after it was measured),
each on snippets we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A table's columns cut out of MySQL's CREATE TABLE: `UNSIGNED`, `AUTO_INCREMENT`, `COMMENT`.
    (
        "postgresql",
        "-- counters\nviews INT UNSIGNED,        -- never negative\n"
        "likes SMALLINT UNSIGNED DEFAULT 0,\nslot TINYINT,",
    ),
    ("postgresql", "id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,\ntitle VARCHAR(120) COMMENT 'as shown'"),
    # ... the last line's comma before its note.
    ("postgresql", "-- money\nfee DECIMAL(8, 2),      -- per ticket\ntotal DECIMAL(12, 2),   -- per talk"),
    # ... while C's `unsigned` declarations stay C, as before.
    ("c", "unsigned int seats;\nunsigned long viewers;"),
    # A cheat sheet of SQL's names and calls, a `-- note` after most lines.
    (
        "postgresql",
        "INTERVAL       -- durations, '90 minutes'\nTSRANGE        -- a slot's start and end\n"
        "CIDR  INET     -- addresses\ntsvector       -- searchable words",
    ),
    (
        "postgresql",
        "MAX(given_at)            -- the latest talk\nAVG(minutes)             -- mean length\n"
        "ARRAY_AGG(DISTINCT tag) -- each tag once\nFILTER (WHERE recorded)  -- only the filmed ones",
    ),
    # ... while a to-do list's capitals with notes stay text, as before.
    ("text", "DRAFT -- the abstract\nREVIEW -- the slides\nSHIP -- the recording"),
    # MySQL's `\G`, two statements on a line, a note after them.
    ("postgresql", "SHOW PROCESSLIST;    SHOW ENGINE INNODB STATUS\\G   -- look for waits"),
    ("postgresql", "SHOW SLAVE HOSTS\\G"),
    # ... while a shell line in capitals stays the shell's, as before.
    ("bash", "export PGHOST=localhost"),
    # A tunnel's program, a note after it.
    ("bash", "ngrok http 8000   # a public address for the demo"),
    # ... while a sentence that names it stays prose, as before.
    ("text", "Then ngrok gives you a public address for the demo."),
]


test_detects = detection_test(CASES)
