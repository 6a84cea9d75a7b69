"""Detection fixes of round 38 (the misses of rounds 36 and 37's sets once read), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # YAML keyed by a doc's placeholders, and YAML with an application's own tag.
    ("yaml", "<feed_name>:\n  url: <feed_url>\n  tags:\n    - <tag>\n    ..."),
    ("yaml", "plugins:\n  - search:\n      enabled: !ENV [NOTES_SEARCH, true]"),
    # The YAML language server's schema line, alone: only YAML files carry it.
    ("yaml", "# yaml-language-server: $schema=https://notes.example.org/schema.json"),
    # A custom element closed on its own: a tag, where `<feed-name>` alone is a placeholder.
    ("html", "<notes-feed />"),
    ("text", "<feed-name>"),
    # A script's inline metadata (PEP 723), comments only.
    ("python", '# /// script\n# requires-python = ">=3.12"\n# dependencies = ["httpx"]\n# ///'),
    # A signature over several lines whose body the post leaves out.
    (
        "python",
        "@register(\n    'feeds',\n)\ndef refresh(\n    feed: Feed,\n"
        "    *,\n    force: bool = False,\n) -> list[str]:",
    ),
    # A dict of Python's among lines JSON would write: `True` is Python's.
    (
        "python",
        '{\n    "feeds": {\n        "refresh": {\n            "every": 30,\n        }\n    },\n'
        '    "notes": {\n        "public": True,\n    },\n}',
    ),
    # One C call handed a string in double quotes and C's constants.
    ("c", 'define_custom_option("notes.limit", buf, OPT_USERSET, OPT_S_SESSION, true);'),
    # A Bats test: the shell's.
    (
        "bash",
        '@test "notes is on the path" {\n  which notes\n}\n\n@test "its folder exists" {\n  [ -d /srv/notes ]\n}',
    ),
    # Windows' virtualenv, read in; Apache's module switches.
    ("bash", ". env/Scripts/activate"),
    ("bash", "a2enmod headers proxy_http\na2dissite 000-default\na2ensite notes"),
    # nginx's configuration with one `;` forgotten, and Apache's: files, not commands (text).
    (
        "text",
        "server {\n    listen 80;\n    return 301 https://$host$request_uri;\n    server_name notes.example.org;\n    root /srv/notes/output\n\n"
        "    location / {\n        try_files $uri $uri/ =404;\n    }\n    location /feeds/ {\n"
        "        expires 1h;\n    }\n}",
    ),
    (
        "text",
        "<VirtualHost notes.example.org:80>\n  Redirect / https://notes.example.org/\n</VirtualHost>\n"
        "Listen 443\n<VirtualHost notes.example.org:443>\n  ServerName notes.example.org\n  SSLEngine on\n"
        "  ProxyPass /api/ http://127.0.0.1:8000/api/\n  ProxyPassReverse /api/ http://127.0.0.1:8000/api/\n"
        "</VirtualHost>",
    ),
    (
        "text",
        " RewriteRule /feeds/(.*) http://127.0.0.1:8000/feeds/$1 [P,L]\n ProxyPass /feeds/ http://127.0.0.1:8000/",
    ),
    # ... and Python's names in CamelCase, assigned, stay Python.
    ("python", "RecentNotes = Note.objects.order_by('-published')\nNewest = RecentNotes[0]"),
    # An ini section whose settings are all commented out with ini's `;`.
    ("ini", "; notes' mirror settings\n[mirror]\n; url = https://notes.example.org/\n; every = 30"),
    # One template expression or comment, alone.
    ("html+django", "{{ note.title or note.slug }}"),
    ("html+django", "{{ 3600 | naturaltime }}"),
    ("html+django", "{# the sidebar goes here #}"),
    # A program unknown to us, run with arguments no sentence has ...
    ("bash", "notesd i18n compile notes"),
    ("bash", "feedctl get queue=notes count=5"),
    ("bash", "notesd cache purge FEED_ID"),
    ("bash", 'feedwatch sub "notes.>"'),
    # ... not prose, a pg_hba.conf line or a setting.
    ("text", "password authentication failed for user"),
    ("text", "local replication postgres trust"),
    ("text", 'log_format "json"'),
    # JavaScript's dynamic import, and a template literal assigned, over C's braces and plv8's `elog`.
    ("javascript", 'import("./notes/search");'),
    (
        "javascript",
        "const body = `return 42`\ntry {\n    runner.load(body, 'notes.js')\n    notesReady()\n} catch (e) {\n"
        "    plv8.elog(NOTICE, e.message)\n}",
    ),
]


test_round38_blocks = detection_test(CASES)
