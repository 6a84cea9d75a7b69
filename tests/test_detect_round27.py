"""Detection fixes of round 27 and on, on real blocks (tuning-26's misses onwards), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # psql's answers to its own settings, under the meta-command (set in by a space) or alone.
    ("psql", " \\pset null '(none)'\nNull display is \"(none)\"."),
    ("psql", "  \\x auto\nExpanded display is used automatically."),
    # A prompt psql was told to print as `user@host:port database# `, its query and result under it.
    (
        "psql",
        "editor@localhost:5432 notes_dev# select count(*) from notes;\n count\n-------\n    12\n(1 row)",
    ),
    # The shell's command first (loading data), then a query and its result (its count in German):
    # the query's session.
    (
        "psql",
        "pgbench -i -s 5 notes\n\nselect count(*) from pgbench_branches;\n\n count\n-------\n     5\n(1 Zeile)",
    ),
    # ... while a command over its results, no statement typed, stays the shell's.
    ("bash", "kubectl get pods\n NAME   READY\n------\n notes-0   1/1"),
    # A script's commands quoted in comments as a usage, `\\` continuing them: the script's.
    (
        "bash",
        "# Run a notes server\n# ------------------\n#\n# docker run -d --name [name] \\\n"
        "# -p [port]:8000 [image]\n#\n# Give it a name and a port\n\n"
        "docker run -d --name notes -p 8000:8000 notes/server",
    ),
    # An fstab's line under a note: no language of ours.
    ("text", "# the notes disk, at boot\n\n/dev/sdc1  /srv/notes  xfs  defaults,noatime  0  2"),
    # nginx's map, its empty key quoted.
    (
        "text",
        "map $http_upgrade $connection_upgrade {\n  default upgrade;\n  '' close;\n}\n\n"
        "server {\n  listen 80;\n  location / {\n    proxy_pass http://notes;\n  }\n}",
    ),
    # The environment: proxies' names in lower case, a value the reader fills in within brackets.
    ("bash", "http_proxy=http://proxy.example.org:3128\nno_proxy=localhost,127.0.0.1"),
    ("bash", "NOTES_TOKEN=[the token the login call returned]\nNOTES_URL=https://notes.example.org"),
    # ... while a conf file's lower-case settings stay ini.
    ("ini", "listen_port=8000\nlog_level=info"),
    # An object's methods written short, one after another's `},`: JavaScript, not shell functions.
    (
        "javascript",
        "var Notes = Vue.extend({\n\tmounted(){\n\t\tStore.load(this.id);\n\t},\n"
        "\tremove(index){\n\t\tStore.remove(index);\n\t},\n\trefresh(){}\n});",
    ),
    # A folder's tree drawn as a nested list: text, not YAML.
    ("text", "- notes/\n  - index.md\n  - drafts/\n    - first.md\n- notes.yml"),
    ("text", "- static\\\n  - notes.css\n- templates\\\n- base.html"),
    # ... while a YAML list of files, no folder named, stays YAML.
    ("yaml", "files:\n  - notes.md\n  - drafts.md"),
    # A replication connection's command among statements...
    (
        "postgresql",
        "-- on the publisher, over a replication connection:\n"
        "CREATE_REPLICATION_SLOT notes_slot LOGICAL pgoutput;\n\n-- on the subscriber:\n"
        "CREATE SUBSCRIPTION notes_sub\n  CONNECTION 'host=pub dbname=notes'\n  PUBLICATION notes_pub\n"
        "  WITH (\n    create_slot = false,\n    slot_name = 'notes_slot'\n  );",
    ),
    # ... but alone, as a log quotes it, no statement of SQL's.
    ("text", "BASE_BACKUP ( LABEL 'nightly', PROGRESS, WAIT 0 )"),
    # Expressions listed between a writer's `#` notes on what each returns.
    ("postgresql", "# true\n'a=>1'::hstore ? 'a'\n\n# the values\n'a=>1,b=>2'::hstore -> ARRAY['a','b']"),
    # PostgreSQL's functions listed a call a line, though Python parses them.
    ("postgresql", "jsonb_insert(doc, '{tags,0}', '\"new\"')\npg_column_size(doc)"),
    # ... while Python's calls stay Python.
    ("python", "json_dumps(doc)\nsave(doc)"),
    # Sessions named before a prompt run into its statement: `S1>begin;`, under a comment.
    (
        "psql",
        "-- two sessions\nS1>begin; update notes set words = 1 where id = 1;\nBEGIN\nUPDATE 1\n"
        "S2>begin; update notes set words = 2 where id = 1;\nBEGIN",
    ),
    # Statements after a shell's `$ `, answered by their tags: psql's session.
    ("psql", "$ CREATE EXTENSION hstore;\nCREATE EXTENSION\n$ CREATE EXTENSION citext;\nCREATE EXTENSION"),
    # ... while commands after `$ ` stay a shell's.
    ("console", "$ createdb notes\n$ psql notes"),
    # A script run by its path, given a query whose JSON has braces, then what it printed.
    ("bash", './try.sh notes.sql "SELECT parse(\'{\\"a\\": 1}\')"\n parse\n-------\n {a,1}'),
    # One setting alone, a config file's key given a path, a URL, a title, `{}`, a flow list: YAML.
    ("yaml", "site_title: Notes From The Field"),
    ("yaml", "feed_url: https://notes.example.org/atom.xml"),
    ("yaml", "cacheDir: /var/cache/notes"),
    ("yaml", "planet: {}"),
    ("yaml", "NOTES_HOST: db.notes.internal"),
    # ... but a message, a header with `=` or a Procfile's command stays text.
    ("text", "error: could not open the notes feed"),
    ("text", "ERROR: permission denied for table notes"),
    ("text", "web: gunicorn notes.wsgi"),
    # Round 28: `$> ` as a writer's shell prompt.
    ("console", "$> git clone https://example.org/notes.git"),
    # A quoted alias: a piece of a select list.
    ("postgresql", 'title AS "Note title"'),
    # A command's synopsis, its keywords a choice between braces or optional in brackets.
    ("postgresql", "REINDEX { INDEX | TABLE | SCHEMA } name"),
    ("postgresql", "VACUUM [ FULL ] [ VERBOSE ] [ table_name ]"),
    # ... while a shell command's choices stay the shell's.
    ("bash", "systemctl { start | stop } notes"),
    # A cheat sheet: each command under the comment saying what it does.
    ("bash", "# sizes of the notes\nnotesize 42\n\n# then a look at one\nnotesview FILE"),
    # ... but Prometheus's metrics, each under its # HELP and # TYPE, stay text.
    (
        "text",
        "# HELP notes_total Notes written\n# TYPE notes_total counter\nnotes_total 12\n"
        "# HELP notes_draft Drafts open\n# TYPE notes_draft gauge\nnotes_draft 3",
    ),
    # Round 27: a cheat sheet's Python, its placeholders in angle brackets, optional arguments in [].
    ("python", "<list>.append(<el>)              # adds one\n<list>.extend(<coll>)            # adds many"),
    ("python", "<el>   = next(<iter> [, default])  # the next one\n<list> = sorted(<coll>)"),
    ("python", "<note> = <notes>[0]               # the first"),
    # ... but a usage line assigning a placeholder, or paths under a placeholder, are no Python.
    ("text", "<key> = <value>"),
    ("text", "<site>/notes/__init__.py\n<site>/notes/feeds.py\n<site>/notes/models.py"),
    # Lines added to a YAML file, marked `+` in its own indentation, and to a folder's tree: a diff.
    ("diff", "version: 2\nfeeds:\n+  planet:\n+    url: https://example.org/atom.xml"),
    ("diff", "notes\n ├── index.md\n+└── planet.yml"),
    # A plan node's details alone: buffers and the sort's method.
    ("postgres-explain", "Sort Method: external merge  Disk: 2048kB\n  Buffers: shared hit=120 read=4"),
    # An ordered-set aggregate's synopsis.
    ("postgresql", "aggregate_name ( [ expression [ , ... ] ] ) WITHIN GROUP ( order_by_clause )"),
    # JSON whose values the reader is told the type of.
    ("json", '{\n  "id": <int>,\n  "title": <str>\n}'),
    # ... but a Python object's repr among its values is no JSON.
    ("text", '{\n    "_state": <notes.models. ...>,\n    "id": 1,\n}'),
    # A query, its `;` left off, over its result in a client's grid.
    ("psql", " select * from notes\n id|title|\n--+-----+\n 1|draft|"),
    # An expanded record alone (output, rule 3), a zero-width space in its ruler.
    ("text", "-[ RECORD 1 ]----\u200b--\nid    | 1\ntitle | draft"),
    # Rounds 29 and 30: psql's prompt naming a database in another alphabet.
    ("psql", "메모장=# alter role 작성자 set timezone to 'Asia/Seoul';\nALTER ROLE"),
    ("psql", "блокнот=#"),
    # A client's dot-command before a statement (Steampipe's, SQLite's): the statement's block.
    ("postgresql", ".inspect notes\nselect title, words from notes;"),
    # A client's `> ` prompt, a statement without its `;`, then its error.
    ("psql", "> select * from notes_feed\n\nError: the feed needs a qual on column feed_url"),
    # A condition `x IN (subquery)` is SQL, not a C function `Type name(...)`.
    ("postgresql", "Value IN (SELECT value FROM notes)"),
    # A program by its path under a variable, then what it printed.
    ("bash", "$VENV/bin/notes-check -q\n....\n4 passed in 0.31s"),
    # A class's signature quoted without its colon, as reference pages list them.
    ("python", "class NoteField(max_words=800, **options)\nclass TagField(**options)"),
    # macOS's default prompt, `host:dir user$ `.
    ("console", "notes-MacBook-Pro:notes editor$ vimdiff draft_1 draft_2"),
    # Invoke's tasks after `> ` prompts.
    ("console", "> inv staging notes.scale --down  # none running\n> inv staging notes.scale  # two again"),
    # An IPython session whose output is a form's HTML: Python, not HTML.
    (
        "python",
        "In [1]: form.is_valid()\nOut[1]: True\n\nIn [2]: form.as_p()\n"
        'Out[2]: \'<p><label for="id_title">Title:</label> <input type="text" name="title"></p>\'',
    ),
    # pytest's test and its outcome: no cast.
    ("text", "test_feed.py::test_empty_feed PASSED"),
]


test_round27_blocks = detection_test(CASES)
