"""Detection fixes of rounds 33 to 36 (the misses of rounds 31 to 35's sets once read, and a few
older tuning sets' misses), each on snippets we write here."""

from detect_cases import detection_test

CASES = [
    # A virtualenv's name before the prompt, one space or two, under a comment.
    ("console", "# set the notes app up\n(venv) $ pip install -e .\n(venv) $ pytest -q"),
    ("console", "(notes)  $ pre-commit install"),
    # Variables given to a command that writes to a file in the home folder.
    ("bash", "_NOTES_COMPLETE=bash_source notes > ~/.notes-complete.bash"),
    # The shell reading a file in.
    ("bash", ". ~/.notes-complete.bash"),
    ("bash", ". venv/bin/activate"),
    # A program under a project's bin/, given variables.
    ("bash", "PG=16 TLS=on deploy/bin/notes-db"),
    # A command's output substituted into another's arguments; two commands on one line.
    ("bash", 'notesctl feed add "ours" $(notesctl group id "Postgres blogs") "10.0.0.7"'),
    ("bash", "notesctl export feeds feeds.xml; notesctl import feeds feeds.xml"),
    # A tool's synopsis, its options wrapped under it ...
    (
        "bash",
        "notesctl export feeds file.xml [--group=name]\n"
        "                               [--since=date]\n"
        "                               [--format={atom | rss}]\n"
        "notesctl report [--quiet]\n"
        "                [connection_options]",
    ),
    # ... not the usage a program prints for --help (its output) ...
    (
        "text",
        "usage: notesctl report [--quiet]\n                       [--since DATE]\n                       feed",
    ),
    # ... not a list Django prints of an app's migrations, their marks in brackets.
    ("text", "notes\n [X] 0001_initial\n [X] 0002_feed_title\n [ ] 0003_feed_language"),
    # A .env file whose list of hosts is spaced after its commas.
    ("bash", "# keep this file out of git\nDEBUG=False\nALLOWED_HOSTS=notes.example.org, localhost"),
    # PostGIS's functions nested over lines, and PostgreSQL's clock listed a call a line.
    (
        "postgresql",
        "ST_Transform(\n  ST_SetSRID(\n    ST_MakePoint(2.35, 48.85),\n    4326\n  ),\n  3857\n)",
    ),
    ("postgresql", "now()\nclock_timestamp()\nstatement_timestamp()"),
    ("postgresql", "LOCALTIMESTAMP\nCURRENT_DATE\nCURRENT_TIMESTAMP(precision)"),
    # PL/pgSQL's own statement alone: an error raised with its hint.
    ("plpgsql", "RAISE 'no feed with id %', feed_id USING HINT = 'Check the feed id'"),
    # ... while Python raising stays Python.
    ("python", 'raise Exception("no feed with that id")'),
    # Queries, each over the one value psql returned.
    (
        "psql",
        "SELECT now() - interval '2 days'\n2026-11-29 10:12:01.5+00\n\nSELECT count(*) FROM notes\n42",
    ),
    # A wrapped setting of an ini file, one value a line under `key =`, and settings between `...`.
    ("ini", "exclude =\n    .git,\n    build,\n    notes/migrations"),
    ("ini", "...\nvm.overcommit_memory = 2\n..."),
    # One item of a settings list.
    ("python", "    'notes.apps.NotesConfig',"),
    # Python commented out.
    ("python", "# from notes import urls\n# urlpatterns += urls.feed_patterns()"),
    ("python", "    # path('feeds/', include('notes.feeds')),"),
    # ... while a conf file's lines commented out, or a note, are not.
    ("ini", "#work_mem = 4MB\n#maintenance_work_mem = 64MB"),
    # A list of Python's dicts, `True` in them (JSON writes `true`).
    ("python", '[\n    {"name": "notes", "public": True},\n    {"name": "drafts", "public": False},\n]'),
    # A call with its arguments elided in words.
    ("python", 'feed = Feed(\n    title="Notes",\n    ... the other fields ...\n)'),
    # A window function's synopsis, its clauses optional: `function_name(` is no JavaScript.
    ("postgresql", "rank() OVER (\n    [PARTITION BY feed_id]\n    [ORDER BY published]\n)"),
    ("postgresql", "function_name() OVER ([PARTITION BY a[, b...]] ORDER BY c [ ASC | DESC ])"),
    # Files MkDocs includes in the block: their language.
    ("postgresql", '--8<-- "sql/schema.sql"\n--8<-- "sql/feeds.sql"'),
    ("python", '--8<-- "examples/feeds.py"'),
    # JavaScript braced C's way: `typeof x` and the page's document are no C.
    ("javascript", "if (typeof Notes == 'undefined')\n{\n    document.write('<p>no notes</p>');\n}"),
    # C's preprocessor testing a definition.
    ("c", "#if !defined(NOTES_LIMITED) || NOTES_VERSION+0 >= 0x0300"),
    # Three settings or more in lower case, booleans among them: a tool's conf file.
    ("ini", "wrap_length = 88\ncombine_imports = True\nskip_gitignore = True"),
    # A synopsis whose choice is braced, not bracketed.
    ("bash", "notesctl feed { list | show | delete } feed_name"),
    # A command quoted in comments as a template, then the command filled in to run.
    (
        "bash",
        "# Put your site's name for {{site}}\n# notesctl deploy --site {{site}} --now\n# e.g.:\n"
        "notesctl deploy --site notes --now",
    ),
    # One program's subcommands a line each.
    ("bash", "notesctl feed list\nnotesctl feed show feed_name\nnotesctl feed delete feed_id"),
    (
        "bash",
        "notesctl feed list            # every feed\nnotesctl feed show <feed-name>  # one of them\nnotesctl feed add --public",
    ),
    # ... while prose's lines have capitals and stops.
    ("text", "Notes are kept in feeds.\nNotes can be moved between feeds."),
    # Calls given objects keyed by bare names: JavaScript, though Python would parse them ...
    ("javascript", 'chart.window(7, {\n  anchor: "end",\n  reduce: "mean",\n})'),
    ("javascript", "track('view', { page: '/notes/', title: 'Notes' })"),
    # ... while Python's constants mapped to each other stay a dict.
    ("python", "NAME_TO_CODE: dict = {\n    DRAFT_NAME: DRAFT_CODE,\n    LIVE_NAME: LIVE_CODE,\n}"),
    # A notebook's cells: line magics and the shell run from IPython are Python's ...
    ("python", "%pip install psycopg pandas --quiet\n%load_ext sql"),
    ("python", "! docker container ls --quiet\nnames = [c for c in containers]"),
    ("python", "%%capture out\n! docker compose up -d"),
    # ... `%%sql` over a query is the query ...
    (
        "postgresql",
        "%%sql --save recent\nSELECT title\nFROM notes\nWHERE published > now() - interval '7 days'",
    ),
    # ... and sudoers' groups are no magic.
    ("text", "%notes          ALL = (ALL) NOPASSWD: ALL"),
    # A one-column result alone, its name set in over the ruler: no command over results.
    ("text", " pg_notes_version\n------------------\n 1.4\n(1 row)"),
    # Hosts and their addresses in columns.
    ("text", "notes-db1  10.20.0.11\nnotes-db2  10.20.0.12"),
    # psql opened, a statement typed into it, then `\\q`: the statement (rule 2).
    ("postgresql", "sudo -u postgres psql\nALTER ROLE notes WITH PASSWORD 'change-me';\n\\q"),
    # A variable declared on DECLARE's own line, then assigned.
    (
        "plpgsql",
        "DECLARE feed_id bigint;\nfeed_id := notes.add_feed(\n    title => 'Notes',\n    public => true\n);",
    ),
    # ... while a cursor declared so is SQL.
    ("postgresql", "DECLARE recent CURSOR FOR SELECT * FROM notes;"),
    # A prompt a font draws (a private-use glyph), after the virtualenv's name.
    ("console", "(venv) \uf0a9 du -sh ~/notes\n1.2G    /home/ann/notes"),
    # apt's sources: no shell.
    (
        "text",
        "deb https://apt.example.org/notes bookworm main\ndeb-src https://apt.example.org/notes bookworm main",
    ),
    # A tool's verb, a placeholder after it.
    ("bash", "notes-cloud app delete <app-name>"),
    # SQL handed to a call in a template literal: JavaScript.
    (
        "javascript",
        "await db.exec(`\n  CREATE TABLE notes (id serial PRIMARY KEY, body text);\n  INSERT INTO notes (body) VALUES ('hi');\n`)",
    ),
    # VACUUM VERBOSE and the INFO it went on reporting.
    (
        "psql",
        'VACUUM VERBOSE notes;\nINFO:  vacuuming "app.public.notes"\npages: 0 removed, 120 remain, 120 scanned\n'
        "tuples: 12 removed, 4000 remain, 0 are dead but not yet removable\nVACUUM",
    ),
    # JSON documents, each under a `#` line naming it; a settings dict's `# ...` inside stays Python's.
    ("json", '# first page\n{"notes": [1, 2]}\n\n# next page\n{"notes": [3]}'),
    ("python", '"default": {\n    "ENGINE": "django.db.backends.postgresql",\n    # ...\n},'),
    # PL/pgSQL cut out of a body: an assignment, a test whose body is elided or assigns, a cursor.
    ("plpgsql", "region := current_setting('notes.region');"),
    ("plpgsql", "IF feed_id IS NULL\n  THEN\n    ..."),
    ("plpgsql", "IF title = '' THEN title := NULL END;"),
    ("plpgsql", "recent_cur CURSOR (since date) FOR\n  SELECT * FROM notes WHERE published > since;"),
    # ... while Go's `:=` ends no statement with `;`.
    ("text", "count := 5\nfmt.Println(count)"),
    # One call of a PostgreSQL function alone.
    ("postgresql", "nextval('notes_id_seq')"),
    # SQL's words in capitals, a line each: a list of commands or of a role's options ...
    ("postgresql", "ATTACH PARTITION\nDETACH PARTITION"),
    ("postgresql", "LOGIN\nCREATEDB\nNOSUPERUSER"),
    # ... not a list of log levels.
    ("text", "INFO\nWARNING\nERROR"),
    # Names elided from an import.
    ("python", "from notes import feeds, tags, ...  # noqa"),
    # A middleware's path, an item cut from a settings list in double quotes.
    ("python", '    "notes.middleware.feeds.FeedMiddleware",'),
    # Python 2's `except X, e:`.
    ("python", "try:\n    feed = load(path)\nexcept IOError, err:\n    print str(err)"),
    # A clause cut out under its `if`.
    ("python", "elif request.method == 'POST':\n    title = request.POST.get('title', '')\n    save(title)"),
]


test_round33_blocks = detection_test(CASES)
