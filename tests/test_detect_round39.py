"""Detection fixes of rounds 39 to 41 (the misses of rounds 38 to 41's sets once read), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # Prompts drawn with `›` or `➤`, and a virtualenv's name set against the prompt.
    ("console", "› notesctl feeds list\nours   https://notes.example.org/feed.xml"),
    ("console", "➤ kubectl get pods\nNAME    READY   STATUS\nnotes   1/1     Running"),
    # The shell waiting, a prompt alone.
    ("console", "$"),
    ("console", "nelle@notes $"),
    # A loop typed at the prompt over lines, under a comment.
    ("console", "# the first way\n$ for feed in *.xml\n> do\n>     notesctl import $feed\n> done"),
    # psql opened for each session of a script, `\c db` typed among the statements (rule 2) ...
    (
        "postgresql",
        "-- Session #1\nsudo -u postgres psql\n\\c notes\nBEGIN;\nUPDATE feeds SET title = 'x' WHERE id = 1;\n\n"
        "-- Session #2\nsudo -u postgres psql\n\\c notes\nSELECT * FROM feeds FOR UPDATE NOWAIT;",
    ),
    # ... and a script's commands with meta-commands typed where psql opens: bash.
    (
        "bash",
        "pg_ctlcluster 16 main start\npg_lsclusters\npsql\n\\l\n\\dt+\n# or\nsudo systemctl restart postgresql",
    ),
    # Nikola's and Hugo's shortcodes are no Django tags.
    ("text", "{{% raw %}}{{% feed_list stop=5 %}}{{% /raw %}}"),
    # A JavaScript console's `=> value` lines are not psql's bare prompt; `=> SELECT` still is.
    ("javascript", "// a list\n> let notes = [1, 2]\n=> (2) [1, 2]\n\n> [...notes, 3]\n=> (3) [1, 2, 3]"),
    ("psql", "=> SELECT count(*) FROM notes;\n count\n-------\n    12\n(1 row)"),
    # JavaScript calling its own `this.` methods.
    (
        "javascript",
        "this.ngettext('Deleted %(num)d note',\n              'Deleted %(num)d notes',\n              notes.length)",
    ),
    # An exception's message is not YAML.
    (
        "text",
        "ImportError: notes v2 needs OpenSSL 1.1.1+, found 'OpenSSL 1.0.2k'.\nSee: https://notes.example.org/42",
    ),
    # A settings file's defaults commented out among notes, Python's values.
    (
        "python",
        "# Put posts in dated folders?\n# Off by default.\n# DATED_FOLDERS = False\n\n# Their format:\n# DATED_FORMAT = '%Y/%m'",
    ),
    # Python whose strings hold HTML or JavaScript.
    (
        "python",
        'FOOTER = """\n<script src="/static/notes.js"></script>\n"""\nHEAD_EXTRA = """\n<link rel="stylesheet" href="/static/notes.css">\n"""',
    ),
    (
        "python",
        "MATH_CONFIG = \"\"\"\n<script>\nMath.config({\n    inline: [ ['$','$'] ],\n    align: 'center', // or left\n})\n</script>\n\"\"\"",
    ),
    # `...snip...` for what a post left out of a class.
    (
        "python",
        "...snip...\n    def get_feed(self, request):\n        return Response({'feed': request.user.feed}, status=200)\n...snip...",
    ),
    # A scan node or a cost range named alone: EXPLAIN's.
    ("postgres-explain", "Seq Scan on notes"),
    ("postgres-explain", "cost=0.00..35.50"),
    # Django's shell opened, then what is typed at IPython's prompts (rule 2).
    (
        "python",
        "docker compose exec web ./manage.py shell_plus\nIn [1]: n = Note(title='x')\nIn [2]: n.save()",
    ),
    # One template expression over a filter, its string holding braces or tags.
    ("html+django", "{{ _('Hello, {name}!')|f(name=user.username) }}"),
    ("html+django", "{{ _('Found <strong>{0}</strong> notes.')|f(count)|safe }}"),
    # SQL's expressions with `-- returns` notes, and a statement beside them.
    ("postgresql", "'Notes' || ' and feeds'\n-- returns 'Notes and feeds'"),
    ("postgresql", "upper('notes')\n-- returns 'NOTES'\n\nSELECT upper(title) FROM notes;"),
    # Round 40: string literals a line each, one quote doubled as only SQL writes it.
    ("postgresql", "'notes'\n'a long feed'\n'isn''t'"),
    # A CASE synopsis with `...`, over an example under a `--` note.
    (
        "postgresql",
        "CASE\n    WHEN t1 THEN r1\n    ...\n    ELSE rn\nEND\n\n-- for one\nCASE\n    WHEN n > 3 THEN 'many'\n    ...\nEND",
    ),
    # PL/pgSQL's declarations alone, typed after a column or a row, and its RAISE in lower case.
    ("plpgsql", "total    INTEGER;\nfirst    notes.id%TYPE;\nnote     notes%ROWTYPE;"),
    ("plpgsql", "raise notice 'Note = %', note_id;\nraise exception 'No feed %', feed;"),
    # ... not C's declarations, nor Python's raise.
    ("c", "int total;\nchar *title;\nsize_t n = strlen(title);"),
    ("python", "raise Exception('no feed')"),
    # Round 41: Python 3.14's t-strings, and a string formatted with `%`.
    ("python", "logger.info(t'Feed {feed} refreshed in {seconds:.1f} s')"),
    ("python", '"%s notes in %d feeds" % (notes, feeds)'),
    # ... not prose with a per cent sign, which is no prompt.
    ("text", "100% of the notes"),
    # psql told to print `[local]:5432 #user@db > `.
    (
        "psql",
        "[local]:5432 #postgres@notes > begin;\nBEGIN\n[local]:5432 #postgres@notes *> update feeds set title = 'x';\nUPDATE 3",
    ),
    # The shell's menu loop, `select x in ...; do`: no SQL's SELECT.
    ("bash", "select feed in *.xml ; do notesctl import $feed; done"),
    ("bash", "select feed in $(ls feeds/) ;\ndo\n    echo $feed\ndone"),
    # ... while SQL's `SELECT x IN (...)` stays SQL.
    ("postgresql", "select 3 in (1, 2, 3);"),
    # A YAML setting alone under a dotted key, or given a flow mapping.
    ("yaml", 'system.admin-email: "notes@example.org"'),
    ("yaml", "feeds.refresh-every: 30"),
    ("yaml", "notes_check: {skip_drafts: true}"),
    # Any arrow or angle a themed shell draws as its prompt, not only those seen so far ...
    ("console", "λ notesctl feeds list"),
    ("console", "▶ pip install notes-feeds"),
    ("console", "⟶ git status"),
    # ... while a status mark in a program's output is no prompt.
    ("bash", "sudo systemctl status notes\n● notes.service - Notes\n     Active: active (running)"),
]


test_round39_blocks = detection_test(CASES)
