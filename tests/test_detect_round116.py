"""Detection fixes of session 37: tuning-114's misses left over by session 36 (other
configuration files, SQL Server's batches, MySQL's options, a lesson's wrong and right JSON),
then round 115's, read after it was measured; each on snippets we write here, the cases marked
"as before" guarding what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # An .npmrc: a scope's registry, a host's token, a list's items.
    (
        "ini",
        "# .npmrc for the slides' build\nregistry=https://registry.example.org\n"
        "@lectern:registry=https://npm.lectern.test\n//npm.lectern.test/:_authToken=${NPM_TOKEN}",
    ),
    ("ini", "auto-install-peers=true\npublic-hoist-pattern[]=*stylelint*\npublic-hoist-pattern[]=*vite*"),
    # WireGuard's CamelCase settings, cut from their section.
    ("ini", "AllowedIPs = 10.9.0.0/24, 172.16.5.0/24"),
    ("ini", "AllowedIPs = 0.0.0.0/0\nEndpoint = talks.example.net:51820"),
    # ... while a Python class-cased name set to a number stays Python, as before.
    ("python", "PersistentKeepalive = 25"),
    # Java's properties: dotted keys, no spaces, any value after `=`.
    ("ini", "logging.level.root=INFO\nlogging.level.org.hibernate.SQL=DEBUG"),
    ("ini", "talks.title=Lectern\ntalks.tagline=${talks.title} keeps the recordings"),
    # ... while Python setting attributes over its calls stays Python, as before.
    ("python", "conf.timeout=5\nclient.connect(conf)"),
    # nginx's conditions on its variables.
    ("text", 'set $mobile "no";\nif ($http_user_agent ~* (android|iphone)) {\n    set $mobile "yes";\n}'),
    ("text", "if ($scheme = http) {\n    return 301 https://$host$request_uri;\n}"),
    # ... while jQuery's `if ($(...))` stays JavaScript, as before.
    ("javascript", 'if ($("#player").length) {\n  $("#player").show();\n}'),
    # rsyslog's directives and rules.
    (
        "text",
        "# listen for syslog over UDP\n$ModLoad imudp\n$UDPServerRun 514\n"
        "local3.*      /var/log/pgbouncer.log\nlocal4.err    /var/log/pgbouncer-errors.log",
    ),
    # ... while the shell running a program from a variable stays the shell's, as before.
    ("bash", "$PGBIN/pg_ctl -D $PGDATA start"),
    # apt's own settings (a proxy): no SQL, though `"...";` closes each.
    ("text", 'Acquire::http::Proxy "http://10.1.2.3:3128";\nAcquire::https::Proxy "http://10.1.2.3:3128";'),
    # SQL Server's batches, a `GO` under each, and its procedures run with `exec`.
    ("postgresql", "exec sp_helpindex 'talks.recording';\nGO"),
    ("postgresql", "USE talks\nGO\nEXEC sp_spaceused 'recording';\nGO"),
    # ... while a shell script with a word `GO` in it stays the shell's, as before.
    ("bash", "cd build\nGO\nmake -j2"),
    # MySQL's options to a table or a column, cut from its CREATE TABLE.
    ("postgresql", "CHARACTER SET utf8mb4"),
    ("postgresql", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
    # ... while prose naming a character set stays text, as before.
    ("text", "The character set is utf8mb4 everywhere"),
    # A lesson's JSON written wrong then right, each under a `//` note.
    ("json", '// wrong: the key needs quotes\n{\n  port: 5432\n}\n\n// right\n{\n  "port": 5432\n}'),
    ("json", "// wrong: single quotes\n{\n  'speaker': 'Ana'\n}\n\n// right\n{\n  \"speaker\": \"Ana\"\n}"),
    (
        "json",
        '// wrong: no undefined in JSON\n{\n  "slides": undefined\n}\n\n// right\n{\n  "slides": null\n}',
    ),
    # ... while a script declaring an object stays JavaScript, as before.
    ("javascript", 'const talk = {\n  room: 2\n}\n\n// the same, as JSON\n{\n  "room": 2\n}'),
    # Round 115: a shell function under a framed comment block whose words name a program.
    (
        "bash",
        "##\n# Show the talk's build in the prompt.\n#\n# git keeps the branch name for the current\n"
        "# checkout, so we print it when there is one.\n#\nfunction talk_branch () {\n  if [[ -d .git ]]\nthen\n"
        "  git branch --show-current\nfi\n}",
    ),
    # ... while root's command over its output stays a session, as before.
    (
        "console",
        "# systemctl status pgbouncer\n● pgbouncer.service - connection pooler\n   Active: active (running)",
    ),
    # A shell function setting the prompt, its parentheses spaced.
    ("bash", 'function talk_prompt () {\n    PS1="[talks] \\w $ "\n}'),
    # ... while a JavaScript function stays JavaScript, as before.
    ("javascript", "function start() {\n  player.play();\n}"),
    # MySQL's DESCRIBE, in lower case; another dialect's RENAME; a WHERE's next condition alone.
    ("postgresql", "describe recordings"),
    ("postgresql", "RENAME talks TO talks_2024;"),
    ("postgresql", "AND NOT (slug LIKE 'draft-%' OR slug LIKE 'tmp-%')"),
    # ... while a note in capitals ending in `;` stays text, as before.
    ("text", "TODO check THIS;"),
    # JSON a line, a list's items left out as `[...]`.
    ("json", '{"detail": "Not found"}\n{"errors": [...], "status": 422}'),
    # Puppet's Hiera keys, `::` in them.
    ("yaml", "profile::talks::rooms:\n  main:\n    seats: 300\n  side:\n    seats: 80"),
    # A loop whose counter is declared with `var`: JavaScript, no C.
    ("javascript", "for (var i = 1; i < slides.length; ++i)\n  if (slides[i].hidden)\n    skip(slides, i);"),
    # ... while C's loop stays C, as before.
    ("c", "for (int i = 0; i < n; i++)\n    total += seats[i];"),
    # Python's conditional expression alone.
    ("python", "talk_title if talk_title else default_title"),
    # ... while a sentence with "if ... else" stays prose, as before.
    ("text", "yes if it rains else no"),
    # A manual's page: its header, NAME, SYNOPSIS.
    (
        "text",
        "PG_DUMP(1)           PostgreSQL Client Applications           PG_DUMP(1)\n\nNAME\n"
        "    pg_dump - dump a database\n\nSYNOPSIS\n    pg_dump [OPTION]... [DBNAME]\n    pg_dump --help",
    ),
    # ... while the synopsis alone stays the shell's, as before.
    ("bash", "pg_dump [OPTION]... [DBNAME]"),
]


test_session_37_detection = detection_test(CASES)
