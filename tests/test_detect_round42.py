"""Detection fixes of rounds 44 to 50 (the misses of rounds 42 to 49's sets once read), each on
snippets we write here."""

from detect_cases import detection_test
from sql_highlight.block_text import MAX_CHARS
from sql_highlight.sql_signs import looks_like_synopsis

_LONG_SETTINGS = "NOTES_SETTINGS = {\n" + "".join(
    f'    # what the reader sees as feed {n}\n    "feed_{n}_title": "Feed number {n}",\n' for n in range(200)
)

CASES = [
    # Indentation mixing tabs and spaces inside brackets, the whole block indented.
    (
        "python",
        "    from django.urls import path\n\n    urlpatterns = [\n        path('feeds/',\n"
        "\t    views.feed_list,\n\t    name='feed-list'),\n    ]",
    ),
    # A dict longer than what detection reads: cut short inside its brackets, it is still Python.
    ("python", _LONG_SETTINGS + "}\n"),
    # Calls as C statements, named in lower case: SQL calls nothing without SELECT.
    ("c", "fd = dup(0);"),
    ("c", "/* reopen the log */\nopen(logpath, O_WRONLY | O_APPEND, mode);"),
    # ... but a call handed a string in single quotes is a SELECT's fragment.
    ("postgresql", "current_setting('notes.owner', true);"),
    # ... and calls handed `...` are a schema's outline.
    ("text", "feeds(id, title, url, ...);\nentries(id, feed_id, published, ...);"),
    # A path alone names a place; a program run by its path is a command.
    ("text", "/var/lib/notes/feeds"),
    ("text", "~/notes/cache/"),
    ("bash", "./publish.sh"),
    # A two-line prompt's second line, drawn from a corner.
    ("console", "╭─ana at notes-box in ~/site\n╰─○ git pull\nAlready up to date."),
    ("console", "┌──(ana㉿notes)-[~/site]\n└─$ invoke build\nDone: 42 articles"),
    # A tree drawn with the same corner is no prompt.
    ("text", "site\n├── content\n└── output"),
    # setup.cfg's data_files: paths as keys, their values wrapped under them.
    ("ini", "# setup.cfg\n[options.data_files]\nshare/man/man1 =\n    notesctl.1"),
    # `～` leaves out a transaction's middle, as Japanese posts write it: no output.
    ("postgresql", "begin;\n  ～\nrollback;"),
    # Round 46: the first line pasted at the fence's indentation, the rest at the code's.
    ("python", "     FEEDS = {\n        'ours',\n        'theirs',\n    }"),
    ("python", " notes = {\n    'title': 'Feeds',\n}\n\nprint(notes['title'])"),
    # docker's short options given alone, a setting or a mapping each: continued to the command's
    # next line (`\\`), the shell's; alone, text, as the label audits read option lists (bash until
    # session 38) ...
    ("bash", "-e POSTGRES_DB=notes \\\n-v notes-data:/var/lib/postgresql/data \\\n-p 5432:5432"),
    ("text", "-e 'NOTES_PORT=8080'"),
    # ... not a requirements file's constraints line.
    ("text", "-c https://example.org/notes/constraints.txt"),
    # Literate programming's chunk lines are none of the chunk's code.
    (
        "postgresql",
        "<< feed functions >>=\n-- the newest entry of a feed\ncreate or replace\nfunction newest(f feeds)\n"
        "returns timestamptz language sql stable\nas $$\n  select max(published) from entries where feed_id = f.id;\n$$;",
    ),
    # A regex's named group in a Python string is no C++ template.
    ("python", 'year = re.compile(r"^(?P<year>(19|20)\\d{2})$")\nprint(year.search("2015").groups())'),
    # A value left for the reader to fill in, in Python.
    (
        "python",
        "    from notes.feeds import parse_feed\n\n    feed_url = <the address of the feed>\n"
        "    feed = parse_feed(feed_url)\n    if feed:\n        entry.title = feed['title']\n"
        "        # we set no dates here, as those will be read again from the feed",
    ),
    # Round 48: a signature as PostgreSQL's function tables write it, its result after an arrow.
    ("postgresql", "feed_age ( feed feeds ) → interval"),
    ("postgresql", "notes.latest(n integer, since timestamptz, ... ) → setof entries"),
    ("postgresql", "entries_between ( first date [, last date ] ) → setof entries"),
    # Python's call over the table it returned (its output beside it: rule 2).
    (
        "python",
        "feeds.query('stale')\n\n  title  |  last_seen\n---------+------------\n ours    | 2026-11-02\n(1 row)",
    ),
    (
        "python",
        "feeds.query('sizes')\n\n  title  | entries\n---------+---------\n ours    |     412\n theirs  |      97",
    ),
    # CherryPy's configuration names its sections by path, the site's root `[/]` among them.
    ("ini", "[/]\ntools.sessions.on = True\ntools.sessions.timeout = 60"),
    # A foreign key's actions, the rest of the table left out.
    ("postgresql", "...\n  ON UPDATE CASCADE\n  ON DELETE SET NULL,\n..."),
    # `print("#` is no psql prompt (psql's `%R` is one character).
    (
        "python",
        'import time\n\nprint("# before:", time.time())\ntime.sleep(2)\nprint("# after:", time.time())',
    ),
    ("psql", "notes(#   title text);\nCREATE TABLE"),
    # An f-string alone.
    ("python", "f\"the feeds {['ours', 'theirs', 'planet']} and what is left of the line\""),
    # Round 50: a MERGE's actions alone.
    (
        "postgresql",
        "WHEN NOT MATCHED THEN\n  INSERT (id, title, url)\n  VALUES (s.id, s.title, s.url);",
    ),
    # A command's synopsis over lines, as the documentation breaks it.
    (
        "postgresql",
        "IMPORT FOREIGN SCHEMA remote_notes\n    [ { LIMIT TO | EXCEPT } ( feed_name [, ...] ) ]\n"
        "    FROM SERVER notes_server\n    INTO local_notes",
    ),
    # The environment set for a command typed at the prompt.
    ("console", "# rebuild the site\n$ NOTES_ENV=prod notesctl build \\\n    --clean \\\n    --verbose"),
    # Soft hyphens a blog's editor put inside names.
    ("python", "IN\u00adSTALLED_APPS = (\n    # ...\n    'notes',\n)"),
    # A systemd unit named over its lines is no root prompt.
    (
        "ini",
        "# /etc/systemd/system/notes-sync.service\n\n[Unit]\nDescription=Notes sync over SSH\n"
        "After=network.target\nStartLimitIntervalSec=600\n\n[Service]\nExecStart=/usr/bin/notesctl sync",
    ),
    # The shell's `set -o`, not SQL's SET.
    (
        "bash",
        "set +o pipefail # off, the default\necho 'feeds' | grep 'planet' | echo 'Done!' # prints `Done!`\n"
        "echo $? # and this is 0\n\nset -o pipefail # on\necho 'feeds' | grep 'planet' | echo 'Done!'\necho $?",
    ),
    # A tagged template filled in is JavaScript's.
    ("javascript", "sql`\n  SELECT * FROM feeds WHERE id = ${id}\n`;"),
    # An object Node printed under its class's name: output.
    ("text", 'Feed {\n  id: 1,\n  title: "Ours",\n  entries: []\n}'),
    # A Python file's head, comments only under its coding declaration (PEP 263).
    ("python", "# -*- coding: utf-8 -*-\n# Generated by Django 5.1 on 2026-11-30 10:02"),
    # A bytes literal alone, and a docstring alone.
    ("python", "b'feed' # bytes"),
    ("python", '"""\nFetch the feeds.\n\nArgs:\n    urls (list): where the feeds are.\n"""'),
]


test_detects_round42_shapes = detection_test(CASES)


def test_the_long_dict_is_longer_than_what_detection_reads():
    assert len(_LONG_SETTINGS) > MAX_CHARS


def test_a_synopsis_on_one_line_needs_no_synopsis_characters_only():
    """Reading synopses over lines (round 50) kept the one-line reading as it was: `;` ends it."""
    assert looks_like_synopsis("VACUUM [ FULL ] [ VERBOSE ] [ table_name ];")
    assert looks_like_synopsis("REINDEX { INDEX | TABLE } name;")
