"""Detection fixes of session 28 (the misses of rounds 58 and 59's sets once read), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # A YAML manifest whose comments draw a crontab's fields is YAML, not a drawing.
    (
        "yaml",
        "kind: BackupJob\nspec:\n  jobs:\n  - method: dump\n"
        "    # ┌──── minute\n    # │ ┌──── hour\n    # │ │\n    # 30 2 * * *\n"
        "    schedule: 30 2 * * *\n    enabled: true\n  - method: wal\n    enabled: false",
    ),
    # ... while a tree drawn outside comments is still text.
    ("text", "notes/\n├── posts/\n│   └── first.md\n└── lectern.toml"),
    # The shell's test after a prompt is a command.
    ("console", '$ [ -f notes.db ] && echo "found"\nfound'),
    ("console", "$ [[ -d output ]] || mkdir output"),
    # A named prompt ending in `>` before a program run by its path (MySQL's manual's `shell>`).
    ("console", "shell> ./manage.py migrate notes"),
    # A program's subcommand given the reader's placeholders.
    ("bash", "notesctl feed enable <feed-id>"),
    ("bash", "notesctl backup-restore <backup_ID> <target_ID>"),
    # ... while a verb given one (a list of what a tool does) stays text.
    ("text", "deploy <site>"),
    # Files named a line each are places, not programs run.
    ("text", "/etc/postgresql/16/main/postgresql.conf\n/etc/postgresql/16/main/pg_hba.conf"),
    # A notebook's line magic whose result is kept, and a magic with nothing after its name.
    ("python", "%load_ext sql\nrows = %sql SELECT title FROM notes\nlen(rows)"),
    ("python", "%sql "),
    # A notebook kept as a script: `# %%` over a cell magic and its body.
    (
        "python",
        "# %%\n%pip install pandas --quiet\n\n# %%\nimport pandas as pd\n\nnotes = pd.read_csv('notes.csv')\n\n"
        "# %%\n%%sql\nSELECT title\nFROM notes\nLIMIT 3",
    ),
    # An object literal keyed by names, given to an awaited call.
    ("javascript", "await client.connect(server, {\n    options: {\n        timeout: '30s',\n    },\n})"),
    # ... or on the line after the call's first argument.
    (
        "javascript",
        "Notes.format(\n    gettext('Saved {title}'),\n    {\n        title: 'First note'\n    }\n);",
    ),
    # An awaited method of a camel-cased object ending the statement.
    ("javascript", "await notes.syncFeed('planet', { since: '2026-01-01' }).subscribe();"),
    # A chain of calls given an object keyed by a name, the statement ended.
    ("javascript", 'client.db("notes").collection("feeds").find().sort({ fetchedAt: -1 });'),
    # An arrow function whose body is an expression.
    ("javascript", "notes.filter(\n  (note) => note.published\n);"),
    ("javascript", '//// routes.js\n\napp.get("/feeds", (req, res) => res.render("feeds"));'),
    # `//=>`, what a call gives, written under it.
    (
        "javascript",
        "await db.none('UPDATE notes SET title = ${title} WHERE id = ${id}', {\n"
        "    id: 7,\n    title: 'First'\n})\n//=> UPDATE notes SET title = 'First' WHERE id = 7",
    ),
    # A `$`-named service's nested settings, assigned (AngularJS's `$http`).
    (
        "javascript",
        "app.run(function($http) {\n    $http.defaults.headers.common['X-Notes'] = 'yes';\n"
        "    $http.defaults.timeout = 500;\n});",
    ),
    # A dict keyed by names, then one given to a call, whose values are names: Python's.
    (
        "python",
        "handlers = {\n    Feed: feed_fields,\n    Note: note_fields,\n}\n\n"
        "schema = api.model('Item', {\n    kind: fields.Polymorph(handlers)\n})",
    ),
    # A list of objects printed is data, even with `},` before the next `{`.
    (
        "text",
        "[\n  {\n    id: 1,\n    title: 'First note'\n  },\n  {\n    id: 2,\n    title: 'Second note'\n  }\n]",
    ),
    # Python a blog's editor broke (lines run together, indentation cut to a space): it no
    # longer parses whole, but most of its lines alone do.
    (
        "python",
        "import jsondef load_notes(path):\n with open(path) as f:\n notes = json.load(f) for note in notes:\n"
        ' note["title"] = note["title"].strip()\n note["tags"] = sorted(set(note["tags"]))\n return notes',
    ),
    # ... while a traceback quotes such lines: it is output.
    (
        "text",
        'Traceback (most recent call last):\n  File "notes/publish.py", line 12, in <module>\n'
        "    import yaml\nModuleNotFoundError: No module named 'yaml'",
    ),
    # ... and pseudocode whose loop is no Python's stays text.
    ("text", "for each note in the folder:\n    read its title\n    if it is a draft:\n        skip it"),
    # A synopsis's optional parameters in brackets, PostgreSQL's reference's way.
    ("postgresql", "notes_search(query text, lang regconfig [, lim integer [, offset_by integer]])"),
    ("postgresql", "notes_tag(note_id bigint, tag text [, ...])"),
    # A parameter named by a word SQL reserves, as a reference may write it.
    ("postgresql", "notes_lock(table regclass)"),
    # ... while Python's and JavaScript's own synopses stay what they were.
    ("text", "arr.slice([begin[, end]])"),
    # One YAML setting: a number with YAML's underscores or a unit, an image's tag, a CI step.
    ("yaml", "fetchTimeout: 5_000"),
    ("yaml", "storage: 20Gi"),
    ("yaml", "image: lectern-builder:3.11-slim"),
    ("yaml", "- uses: actions/setup-python@v5"),
    # ... while a Procfile's line and a program's message stay text.
    ("text", "web: gunicorn notes.wsgi --log-file -"),
    ("text", "make: pg_config: Command not found"),
    # Python typed after a prompt cut short, `>> `, with what it printed (Python 2's `print` too).
    (
        "python",
        ">> from django.db import connection\n\n>> notes = Note.objects.all()\n\n>> for note in notes:\n"
        "    print note.feed\n\n>> print len(connection.queries)\n31",
    ),
    ("python", "# drafts only\n>> Note.objects.filter(draft=True).delete()"),
    # ... while a value after `>>` alone is no Python typed.
    ("text", ">> 42"),
    # A WITH query's named parts cut from their statement, and a condition alone.
    (
        "postgresql",
        "buckets as (\n    select unnest(generate_series(0, bucket_count - 1)) as i, *\n    from bounds\n),\n"
        "midpoints as (\n    select\n    case\n        when bucket_count = 1 then (low + high) / 2\n"
        "        else low + i * (high - low) / (bucket_count - 1)\n    end as midpoint, *\n    from buckets\n)",
    ),
    ("postgresql", "request_path = 'GET /feeds' AND duration > 0.05"),
    # A compose file whose command is a flow sequence opened on the line under its key.
    (
        "yaml",
        'services:\n  web:\n    image: lectern:latest\n    command:\n      [\n        "invoke",\n'
        '        "serve",\n        "--port: 8000",\n      ]\n    depends_on:\n      - db',
    ),
    # Python that imports a module and works on the browser's objects (Pyodide's `js`).
    ("python", 'import js\n\nnote = js.document.createElement("article")\njs.document.body.append(note)'),
    # A C declaration of an unsigned type, with a `//` note.
    ("c", "unsigned int total = 4294967295u; // the largest\nunsigned long n = total + 1;"),
    # Expressions with PostgreSQL's operators, a line each or alone.
    ("postgresql", "note -> 'feed'\nnote ->> 'title'\nnote @> '{\"draft\": false}'"),
    ("postgresql", "to_tsvector('english', body) @@ plainto_tsquery('english', 'replication slot')"),
    # ... while an arrow drawn after a comment's dashes is none of them.
    ("text", "'First note' --> 'Second note'"),
    # conda's explicit spec: `@EXPLICIT` over URLs decorates nothing.
    (
        "text",
        "@EXPLICIT\nhttps://repo.example.org/pkgs/python-3.11.7-h1.conda\n"
        "https://repo.example.org/pkgs/pyyaml-6.0.1-h2.conda",
    ),
    # ... while a decorator over its function, the body left out, is Python.
    ("python", "@register.filter\ndef reading_time(body):"),
    # A docstring's sections in Google's style are prose, not YAML.
    (
        "text",
        "Args:\n    note (Note): The note to publish\n    when (datetime): When to publish it\n\n"
        "Returns:\n    bool: Whether the note was published",
    ),
    # A subquery elided inside its brackets, `(...subquery...)`, is no JavaScript spread.
    (
        "postgresql",
        "SELECT feed_id, total\nFROM (\n    SELECT n.feed_id, count(*) AS total\n    FROM notes n\n"
        "    GROUP BY n.feed_id\n) feed_totals\nWHERE total >\n    (SELECT avg(total) FROM (...subquery...));",
    ),
    # ... while a spread of a name still is one.
    ("javascript", "render(...notes, pinned)"),
    # Routes as YAML's keys, OpenAPI's way.
    (
        "yaml",
        "/notes/{id}:\n  get:\n    description: One note\n    responses:\n      '200':\n"
        "        description: The note.",
    ),
    # A template's filter with a note in the template's own comment.
    ("html+django", '{{ 1200|intcomma }}   {# gives "1,200" #}'),
    # One YAML setting given an address.
    ("yaml", "nameserver: 10.0.0.53"),
    # argparse's help: usage, headings, options and their descriptions wrapped far in.
    (
        "text",
        "usage: notes-export [-h] [-f FORMAT] [-o OUTPUT]\n                    [--since DATE]\n\n"
        "Write the notes out as files.\n\noptions:\n  -h, --help            show this help message and exit\n"
        "  -f FORMAT, --format FORMAT\n                        The format to write: markdown, or html\n"
        "                        when the notes are to be read as pages.\n"
        "  -o OUTPUT, --output OUTPUT\n                        The folder to write to.\n"
        "  --since DATE          Only the notes written since that date.",
    ),
]


test_detects = detection_test(CASES)
