"""Detection fixes of session 35 (misses of rounds 92 to 111 read again), each on snippets we
write here; the cases marked "as before" guard what the fix must not move."""

from detect_cases import detection_test

CASES = [
    # A `#` note over a statement the parser refuses only for its placeholder or its synopsis.
    ("postgresql", "# one database per talk\nCREATE DATABASE <talk_name>"),
    ("postgresql", "# 角色与用户\nCREATE ROLE 名称 [ [ WITH ] 选项 [ ... ] ]"),
    # ... while a shell script's notes over its commands stay the shell's, as before.
    ("bash", "# back up the archive\npg_dump -Fc lectern > lectern.dump"),
    # MySQL's `USE` among statements a line each, a call its parser would refuse among them.
    ("postgresql", "USE talks;\nSHOW TABLES;\nSHOW DATABASE();\nSHOW TABLES LIKE '%talk%';"),
    # PostgreSQL's aggregates and formatting functions named alone, as its reference lists them.
    ("postgresql", "bool_and(is_published)"),
    ("postgresql", "to_char(given_at, 'YYYY-MM-DD')"),
    # ... while a Python call of a name of its own stays Python, as before.
    ("python", "render_talk(slug)"),
    # SQL whose only JavaScript is a JSON path in a string, the table a shell's variable.
    (
        "postgresql",
        "SELECT id, extra FROM $TALKS_TABLE\nWHERE jsonb_typeof(extra) != 'object'\n"
        "OR jsonb_path_exists(extra, '$.keyvalue() ? (@.value == null)')",
    ),
    # ... while JavaScript comparing with null stays JavaScript, as before.
    ("javascript", "const talk = talks.find((t) => t.slug === slug);\nif (talk == null) {\n  return;\n}"),
    # `#` notes over a statement: the writer's, no root prompt's commands.
    ("postgresql", "# Editor | run\n# find the server's file\nSHOW config_file;"),
    # ... while a root's commands stay a console session, as before.
    ("console", "# systemctl restart postgresql\n# journalctl -u postgresql -n 20"),
    # A URLconf whose unfinished entry sits among entries of several lines each, raw strings.
    (
        "python",
        "urlpatterns = [\n    url(r'^talks/$',\n        views.TalkList.as_view(),\n        name='talks'),\n"
        "    url(r'^talks/new$',\n        )\n    url(r'^talks/(?P<slug>[-\\w]+)/$',\n"
        "        views.TalkDetail.as_view(),\n        name='talk'),\n]",
    ),
    # A notebook's script, a blank line, then what its print() wrote, set in.
    (
        "python",
        "random.seed(7)\nminutes = [random.randint(20, 45) for _ in range(12)]\n\n"
        "mean = sum(minutes) / len(minutes)\nspread = max(minutes) - min(minutes)\n"
        'print(f"Talks: Mean {mean:0.1f}\\n       Spread {spread:0.1f}",\n'
        '      f"\\n       Count  { len(minutes)}")\n\n'
        "    Talks: Mean 31.4\n           Spread 22.0\n           Count  12",
    ),
    # One program's commands a line each, one of them its tool whose name it prefixes.
    ("bash", "emerge-webrsync\nemerge --sync\nemerge --ask --update --deep @world"),
    # One program's commands with `# notes` after them, the notes quoting a name.
    ("bash", 'stern lectern-web  # the pods named "lectern-web"\nstern .  # all of them\nstern --since 2h .'),
    # Programs these readers run that the vocabulary lacked, alone or over a pipe.
    ("bash", "cpanm Text::Markdown"),
    ("bash", "scrapy genspider 演讲 会议"),
    ("bash", "ll /var/log/postgresql | more"),
    ("bash", "tree"),
    ("bash", "7z x slides.7z"),
    # ... while a word alone that runs nothing stays prose, as before.
    ("text", "thanks"),
    # nginx's configuration whose `log_format` strings go on over lines: a file of no label's, text.
    (
        "text",
        "events {\n    worker_connections  512;\n}\nhttp {\n    log_format  talks  '$remote_addr [$time_local] '\n"
        "                       '\"$request\" $status '\n                       '$body_bytes_sent';\n"
        "    access_log  /var/log/nginx/talks.log  talks;\n"
        "    server {\n        listen  80;\n        root  /srv/lectern/output;\n    }\n}",
    ),
    # tmux's settings: text; the shell's `set -e` and readline's `bind -f` stay the shell's, as before.
    (
        "text",
        "# the prefix on C-a\nunbind C-b\nset -g prefix C-a\nbind C-a send-prefix\nbind | split-window -h\n"
        "set -g mouse on\nset-option -g history-limit 50000",
    ),
    ("bash", "set -euo pipefail"),
    ("bash", "bind -f ~/.inputrc"),
    # C++ only: a reference parameter given no name, a range's loop, the library's string, a
    # template's call, one function declared twice with other parameters' types (an overload).
    ("cpp", "int slots(int &);\nint slots(const int &); // takes a constant too"),
    (
        "cpp",
        "double minutes[12];\n\nvoid\nclamp(void){\n  for(auto &m: minutes){\n    if(m < 0.0)m = 0.0;\n  }\n}",
    ),
    ("cpp", "int room(int id);\nstring room(string name);"),
    ("cpp", 'bool live = talk.get<bool>("live");\nint  room = talk.get<int>("room");'),
    (
        "cpp",
        "// two rooms, two kinds of number\nvoid book(int room, int slot);\nvoid book(double room, double slot);",
    ),
    # ... while C's prototype over its definition, or two functions of one name in two examples
    # (their types differ), stay C, as before.
    ("c", "int is_free(int);\n\nint is_free(int room)\n{\n    return room % 2;\n}"),
    (
        "c",
        "// changes its argument\nvoid shift(int *x) {\n    *x += 3;\n}\n\n// does not\nint shift(int x) {\n    return x + 3;\n}",
    ),
    # Prompts as some writers set them: `$$$ `, Windows' `>` and `dir>` with no space after.
    ("console", "$$$ aptitude install gunicorn\n$$$ service lectern restart"),
    ("console", ">curl -I https://talks.example.org/\nHTTP/1.1 200 OK\nContent-Type: text/html"),
    ("console", "lectern>python manage.py migrate\nNo migrations to apply."),
    # ... while a quoted reply's `>` stays prose, as before.
    ("text", ">thanks, that fixed it"),
    # ... while a command over a few lines of prose stays what it was, as before.
    ("text", "print(report) shows the totals\n\nThe totals are in minutes and rounded."),
]


test_detects = detection_test(CASES)
