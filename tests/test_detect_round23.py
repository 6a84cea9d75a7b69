"""Detection fixes of rounds 23 to 25 on real blocks (tuning-22's to tuning-24's misses), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # C prototypes whose parameters are typed pointers and structs, on one line or over several.
    ("c", "int notes_open_feed(struct feed** out, char* path);"),
    ("c", "void notes_close_feed(struct feed* feed);"),
    (
        "c",
        "int notes_render(char* path, enum format kind, FILE* output, bool quiet,\n"
        "                 struct deque* tags, uint64_t since, uint32_t limit);",
    ),
    # Calls quoted from PostgreSQL's sources: C's names and formats, though `SELECT x = f(y)` parses.
    ("c", "buffer = ReadBufferExtended(rel, MAIN_FORKNUM, blkno, RBM_NORMAL, strategy);"),
    ("c", "/* keep the map long enough */\nnotesMapExtend(map, lastBlk);"),
    ("c", 'elog_notes("took %lld ms", elapsed);'),
    # ... while SQL's own comparison stays SQL.
    ("postgresql", "total = coalesce(words, 0);"),
    # PostgreSQL's expressions listed a line each, and SQL's conditional expression alone.
    ("postgresql", "to_jsonb('draft'::text)\narray_to_json('{1,2}'::int[])"),
    ("postgresql", "jsonb_set(meta, '{tags}', '[]')\nmeta->>'title'"),
    ("postgresql", "count(case when published then 1 end)"),
    # ... but Python's calls, one a line, stay Python.
    ("python", "to_json(note)\nrender(note)"),
    # A conf file's settings, each name in lower case and set once to a string or a number: ini...
    ("ini", "feed_workers = 4\nfeed_timeout = 30"),
    ("ini", "notes_passphrase_command = 'cat /etc/notes/passphrase'"),
    # ... but a lesson setting a variable twice, an escape, a version or a settings module: Python.
    ("python", "words = 800       # an integer\nwords = 800.0     # a float"),
    ("python", "dash = '\\u2014'\nbullet = '\\u2022'"),
    ("python", '__version__ = "1.0.0"'),
    ("python", "DEBUG = True\nALLOWED_HOSTS = []"),
    # Python, then what it printed, quoted line by line after `> `.
    (
        "python",
        'from notes.models import Note\n\nnote = Note.objects.create(title="Draft")\n'
        "print(note.revisions.values(\"title\"))\n\n> [{'title': 'Draft'}]",
    ),
    (
        "python",
        'from notes.models import Note\n\nprint(Note.objects.values_list("slug", flat=True))\n'
        "> [\n>     'first-post',\n>     'second-post'\n> ]",
    ),
    # A module whose docstrings hold doctests: Python, not a REPL session.
    (
        "python",
        'def slugify(title):\n    """\n    >>> slugify("Hello World")\n    \'hello-world\'\n    """\n'
        '    return "-".join(title.lower().split())',
    ),
    # A call with `...` among its arguments and a comma left out: two slips in otherwise Python.
    (
        "python",
        "from setuptools import setup\n\nsetup(\n    name='notes-feed',\n    ...\n"
        "    version='1.0'\n    packages=['notes']\n)",
    ),
    # A query built with Django's manager, then the shell's answer under it.
    (
        "python",
        "drafts = Note.objects.filter(\n    Q(title__startswith='D') |\n    Q(words__lt=100)\n)\n\n"
        "drafts\n<QuerySet [<Note: Draft one>, <Note: Draft two>]>",
    ),
    # Settings with a call's bracket left open: the slip is the line that opened it, not the closer.
    (
        "python",
        "LOG_DIR = os.path.join(BASE_DIR, 'log')\n\nLOGGING = {\n    'version': 1,\n    'handlers': {\n"
        "        'file': {\n            'class': 'logging.FileHandler',\n"
        "            'filename': os.path.join(LOG_DIR, 'notes.log',\n        }\n    },\n}",
    ),
    # A settings structure with a comma left off: the slip is the line above the one Python
    # stops at, and mending it there is what lets the parse through.
    (
        "python",
        'QUEUES = {\n    "default": {\n        "BACKEND": "notes.queues.Immediate",\n        "NAME": "feeds"\n'
        '        "OPTIONS": {},\n        "RETRIES": 3,\n    }\n}',
    ),
    # A script's first command, then what it printed quoted in `# ` lines: no root psql prompt.
    ("bash", "pg_dump notes | head\n\n# Output:\n# SET statement_timeout = 0;\n# SET lock_timeout = 0;"),
    ("bash", "DUMP=$BUCKET/notes.dump\naws s3 cp $DUMP -\n# SET client_encoding = 'UTF8';"),
    # A prompt whose host the writer masked.
    ("console", "editor@***:~$ notes-feed --check\nnotes-feed: 3 feeds, all fresh"),
    # A CI workflow whose step hands a program a document: YAML, not the shell's.
    (
        "yaml",
        "name: Build notes\non:\n  push:\n    branches: [ main ]\njobs:\n  build:\n"
        "    runs-on: ubuntu-latest\n    steps:\n    - name: Render\n      run: |\n"
        "        node << 'EOF'\n        const fs = require('fs');\n        EOF",
    ),
    # gunicorn's settings, named as the Python file they are.
    ("python", '# gunicorn.conf.py\n\nbind = "0.0.0.0:8000"\nworkers = 3'),
    # A command given variables first, and a path for the program: Python would read a division.
    ("bash", "LD_PRELOAD='/usr/$LIB/libnotes.so' /usr/bin/notes-feed %U"),
    # A key over an empty mapping is no Python annotation (Python annotates with a type): a
    # setting alone, YAML's (round 27: tuning-23's and tuning-25's such blocks are labelled so).
    ("yaml", "notes: {}"),
    # A program's banner, its version: what `psql --version` prints, no command.
    ("text", "psql (PostgreSQL) 17.2 (Debian 17.2-1.pgdg120+1)"),
    # A server's log whose message runs on over lines, and `ls -l`'s lines dated in another language.
    (
        "text",
        "2026-03-02 09:14:07.311 UTC [2211] editor@notes ERROR:  deadlock detected\n"
        "2026-03-02 09:14:07.311 UTC [2211] editor@notes DETAIL:  \n"
        "Process 2211 waits for ShareLock on transaction 801; blocked by process 2305.\n"
        "Process 2305 waits for ShareLock on transaction 802; blocked by process 2211.\n"
        "Process 2211: update notes set words = words + 1 where id = 1;\n"
        "Process 2305: update notes set words = words + 1 where id = 2;",
    ),
    (
        "text",
        "drwx------ 3 postgres postgres 4096 мар  2 09:14 /srv/backups/base\n"
        "drwx------ 3 postgres postgres 4096 мар  2 09:14 /srv/backups/wal",
    ),
    # psql's expanded records alone under the writer's note (one ruler's dash lost in the copy).
    (
        "text",
        "-- the second session's locks\n[ RECORD 1 ]------+---------\nlocktype           | relation\n"
        "mode               | RowExclusiveLock\n-[ RECORD 2 ]------+---------\n"
        "locktype           | virtualxid\nmode               | ExclusiveLock",
    ),
    # An array printed (`[0 1 1 2]`) is no ini section.
    ("text", "[0 1 1 2 0 2]\n[0 1 1 2 0 2]\n100.0"),
    # JavaScript destructuring a module's default export under a new name.
    ("javascript", "const { default: feed } = await import('notes-feed')"),
    # Programs of a developer's other days, named alone or with their words: the shell's.
    ("bash", "hugo new site notes"),
    ("bash", "rails generate controller dashboard"),
    ("bash", "# the kernel must be 5.1 or later\nuname -r\n\n# the interfaces\nifconfig"),
    ("bash", "code ."),
    ("bash", "jstack 4242 > threads.txt"),
    ("bash", "deactivate"),
    # ... but not in a comment's sentence over Python's settings.
    (
        "python",
        "# Some\n# code generators are picky here. None leaves 'extras' out.\n'EXTRAS': 'dict',",
    ),
    # A config file's comments whose sentence runs on into a line that names a program.
    (
        "text",
        "# How the notes service starts:\n#   auto: at boot\n#   manual: by hand only\n"
        "# Read notes-service(8) for details. Under systemd,\n"
        "# invoke 'systemctl daemon-reload' after editing this file.\n\nmanual",
    ),
    # PL/pgSQL's statements cut out of a body: `...` for what is left out, a note above, a test
    # or a loop with its end, assignments written with `=`.
    (
        "plpgsql",
        "    ...\n\n    IF word = 'DRAFT' THEN\n      -- skip drafts\n      pos = pos + 1;\n"
        "      CONTINUE;\n    END IF;\n\n    ...",
    ),
    (
        "plpgsql",
        "    -- count the words\n    WHILE ch ~ '^[a-z]+$' LOOP\n      word = word || ch;\n"
        "      pos = pos + 1;\n    END LOOP;",
    ),
    # A body's last lines down to the statement's own end: the CREATE FUNCTION's (rule 5).
    (
        "postgresql",
        "    RAISE EXCEPTION 'Unknown tag: %', tag;\n  END LOOP;\nEND;\n$$ LANGUAGE plpgsql;",
    ),
    # ... hstore's `->` among them is no C pointer.
    (
        "plpgsql",
        "    IF NOT tags ? name THEN\n      RAISE EXCEPTION 'No such tag, %.', name;\n    END IF;\n"
        "    pos = tags->name;\n    CONTINUE;",
    ),
    # SQL's expressions cut out of statements: a join's condition on two tables' keys, an interval
    # literal, expressions ended as statements among SQL's logic words.
    ("postgresql", "note.id = note_tag.note_id"),
    ("postgresql", "published_at + interval '1' month"),
    ("postgresql", "(NOT FALSE) AND (words > 0);\nwords = words;\n\n1 + 1;"),
    # ... while a dotted setting stays a conf file's.
    ("ini", "log.level = debug"),
    # A prompt naming the folder and the branch (`name: ~/repo (main)$ `), and ` % ` set in a space.
    ("console", "editor: ~/notes (main)$ git branch\n  drafts\n* main"),
    ("console", " % ssh -l editor notes.example.org\nThe authenticity of host can't be established."),
    # `name:value` run together is no Python annotation.
    ("text", "group:editors\nnotes"),
    # Root's prompt after `user@host:~ `, a space before its `#`.
    (
        "console",
        "# edit the rules\nroot@notes-db-1:~ # vim /etc/postgresql/17/main/pg_hba.conf\n\n"
        "# then reload\npostgres=# select pg_reload_conf();",
    ),
]


test_round23_blocks = detection_test(CASES)
