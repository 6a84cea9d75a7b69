"""Detection fixes of session 27 (the misses of rounds 50 and 51's sets once read), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # A JavaScript name with a `$` called, `$fetchNotes(`, is no shell variable.
    (
        "javascript",
        "class Feed extends Model {\n  async $afterInsert(context) {\n"
        "    await super.$afterInsert(context);\n    await notifyReaders();\n  }\n}",
    ),
    # A statement's `$1, $2` in a JavaScript string are its parameters, not the shell's.
    (
        "javascript",
        'app.post("/feeds", async (req, res) => {\n'
        '  await pool.query("INSERT INTO feeds (title, url) VALUES ($1, $2)", [req.body.title, req.body.url]);\n'
        '  res.redirect("/");\n});',
    ),
    # ... while the shell's own expansions still count.
    ("bash", 'post="/srv/notes/first.md"\nname=${post##*/}\nfolder=${post%/*}'),
    # A chain of calls, its last link on its own line ending the statement.
    ("javascript", "Feed.query()\n  .patch({ title: 'Notes' })\n  .where('id', 7);"),
    # A method called on a camel-cased object, the statement ended by `;`.
    ("javascript", 'feedsRouter.get("/:id/entries", feedsController.listEntries);'),
    ("javascript", "currentFeed.$relatedQuery('entries').delete();"),
    # Python's first line at the margin, the rest one space in (a paste's slip).
    (
        "python",
        "from django.contrib import admin\n from notes.models import Feed\n\n\n"
        " class FeedAdmin(admin.ModelAdmin):\n     list_display = ('title', 'url')\n\n\n"
        " admin.site.register(Feed, FeedAdmin)",
    ),
    # A file's imports, `...`, then the middle of a method, deeper in.
    (
        "python",
        "from notes.feeds import parse_entries\n...\n        if feed.url:\n"
        "            for entry in parse_entries(feed):\n                entry.save()",
    ),
    # ... or an `elif` cut from under its `if`, its condition over lines.
    (
        "python",
        "from notes.feeds import parse_entries\n...\n    elif isinstance(node, ast.Call):\n"
        "        if (\n            isinstance(node.func, ast.Name)\n            and node.func.id in names\n"
        "        ):\n            found.append(node)",
    ),
    # A template in a Python string, the dict it sits in elided after it.
    (
        "python",
        'site.templates = {\n    "feed.html": """\n        {% extends "base.html" %}\n'
        '        {% block content %}{{ feed.title }}{% endblock %}\n    """,\n    ...\n}',
    ),
    # A list of quoted items is no ini section.
    ("text", "['notes-2024-01.db', 'notes-2024-02.db', 'notes-2024-03.db']"),
    # A program's synopsis, then its examples under a comment.
    (
        "bash",
        "notesctl config set <feed> <setting> <value>\n\n# For example:\n"
        'notesctl config set planet title "Our planet"\nnotesctl config set planet since 2024-03-01',
    ),
    ("bash", 'notesctl docs                 # Overview\nnotesctl docs search "atom"   # Search the docs'),
    # A subcommand on a placeholder, and an optional `[host:port]`.
    ("bash", "notesctl feed <feed_name> refresh"),
    ("bash", "notesctl serve site.py [host:port]"),
    # A list of steps in words is no YAML.
    (
        "text",
        "- Open the feed list in the admin\n- Add the address of the blog to follow\n"
        "- Wait for the next planet run to fetch it",
    ),
    # ... but a YAML list of values is.
    ("yaml", "- notes.example.org\n- planet.example.org\n- feeds.example.org"),
    # git's status lists files under the same word: no Python annotations.
    ("text", "        modified:   content/first.md\n        modified:   pelicanconf.py"),
    # A short block with one slip, a quote left open: still Python.
    ("python", 'import logging\nlogging.info("feed fetched)'),
    ("python", "from notes import models\nfeed = models.Feed.objects.get(pk=1\nprint(feed.title)"),
    # ... but two slips in a short block are too many.
    ("text", 'print("feeds: \nprint("entries: \nprint("done'),
    # Round 54: a docs site's Hugo shortcodes stand for a program or a value.
    ("bash", "{{% vendor/cli %}} feeds:refresh --all"),
    ("bash", '{{< vendor/cli >}} backup:create {{< variable "SITE_NAME" >}}'),
    # A `case` branch ends with `;;`: the shell's.
    ("bash", 'case "$1" in\n  build) invoke build ;;\n  *) echo "usage: site build" ;;'),
    ("bash", '  *) SHOW_MENU "Pick a feed first." ;;'),
    # An object constructed from an object literal.
    ("javascript", "new FeedQueue({ name: 'planet', concurrency: 4 })"),
    # An object literal with notes after its entries is written, not printed.
    (
        "javascript",
        "{\n  id: 'planet-7',\n  state: 'done',   // or 'failed'\n  feeds: 12,       // fetched this run\n"
        "  error: undefined\n}",
    ),
    # ... while one printed, with no notes, is output.
    ("text", "{\n  id: 'planet-7',\n  state: 'done',\n  feeds: 12,\n  error: undefined\n}"),
    # psql's `\!` runs a shell command between statements.
    (
        "psql",
        "SELECT pg_backup_start('nightly');\n\\! tar -cf /backups/base.tar /srv/pgdata\nSELECT pg_backup_stop();",
    ),
    # The environment set for a program no list knows, run without flags.
    ("bash", "NOTES_DB_URL=postgres://notes@db/notes notesctl migrate\nNOTES_SCHEMA=planet notesctl migrate"),
    ("bash", "NOTES_DEBUG=1 notesctl build"),
    # Round 56: a dict in JSON's shape that says what only Python says, a `#` note or `"""`.
    (
        "python",
        '{\n    "feeds": [\n        {\n            "title": "<title: string>",   # shown on the planet\n'
        '            "url": "<url: string>"        # its Atom feed\n        }\n    ]\n}',
    ),
    ("python", '{\n    "query": """\n        SELECT title FROM feeds\n    """\n}'),
    # ... while JSON's own stays JSON.
    (
        "json",
        '{\n    "feeds": [\n        {"title": "Notes", "url": "https://example.org/atom.xml"}\n    ]\n}',
    ),
    # A function's body between its dollar quotes.
    ("plpgsql", "$body$\nBEGIN\n    RETURN lower(trim($1));\nEND;\n$body$"),
    # A type alone with its modifiers.
    ("postgresql", "numeric(10,2)"),
    ("postgresql", "varchar(120)"),
    # Django's shell opened, then Python typed into it.
    (
        "python",
        "python manage.py shell_plus\n\nfrom notes.models import Feed\n\nFeed.objects.filter(active=True).count()",
    ),
    # postgresql.conf's settings commented out as its writers space them, notes among them.
    (
        "ini",
        "# log_min_duration_statement = 250   # in ms\n# log_line_prefix = '%m [%p] '\n"
        "#   %m = time stamp with milliseconds\n# log_lock_waits = on",
    ),
    # JavaScript's built-in objects.
    ("javascript", "Math.round(score * 100) / 100"),
    # Round 58: `> ` before a command line, as some set their shell's prompt.
    ("console", "> notesctl serve --port 8000"),
    # ... but a quoted line of prose is no command.
    ("text", "> Keep your feeds few and your posts long."),
    # A dict of labels each marked for translation, and dicts one after another under notes.
    ("python", '{\n    "title": _("Title"),\n    "url": _("Address"),\n}'),
    ("python", "# 1. A title\n{\n    'type': 'string'\n}\n\n# 2. A date\n{\n    'type': 'date'\n}"),
    # Python's own constants in a test.
    ("python", "True and not False"),
    # psql opened by Heroku's command, then statements typed into it.
    (
        "postgresql",
        "heroku pg:psql\ncreate extension if not exists citext;\ncreate extension if not exists pg_trgm;",
    ),
    # SQL's functions listed a line each under SQL's notes.
    ("postgresql", "-- Ranking\nROW_NUMBER()\nDENSE_RANK()\nNTILE(4) -- four buckets"),
    # Plan nodes without costs, each detail indented under its node.
    (
        "postgres-explain",
        "-- an index\nIndex Scan using feeds_url_key on feeds\n  Index Cond: (url = 'https://example.org/atom.xml')",
    ),
    # SQL's grammar written as a call in its reference, in capitals.
    ("postgresql", "COALESCE([nickname], [full_name], ...)"),
]


test_detects_round52_shapes = detection_test(CASES)
