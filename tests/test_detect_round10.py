"""Detection fixes of rounds 10 to 13 on real blocks, each on snippets we write here."""

from detect_cases import detection_test

CASES = [
    # pgFormatter's style: a clause's keywords alone on their line, the rest indented under them.
    (
        "postgresql",
        "CREATE\n  TABLE\n    tags(id serial PRIMARY KEY);\n\nALTER TABLE\n  tags ENABLE ROW LEVEL SECURITY;",
    ),
    # Any statement after a prompt psql printed otherwise; a client's boxed table under it.
    ("psql", "> comment on table posts is 'what we publish';"),
    ("psql", "> select count(*) from posts;\n+-------+\n| count |\n|-------|\n| 12    |\n+-------+"),
    ("psql", "5432 editor@notes*# INSERT INTO tags VALUES (3, 'vim');\nINSERT 0 1"),
    # psql's prompt with the backend's pid (`%p`).
    ("psql", "notes[4242]=# ALTER SYSTEM SET work_mem TO '64MB';"),
    # C: an enum or struct on one line, arrays declared with their values, a hook's type, a
    # function pointer called, an address passed.
    ("c", "enum feed_kind { ATOM, RSS, JSON_FEED };"),
    ("c", "int widths[2][3] = { {1, 2, 3}, {4, 5, 6} }"),
    ("c", "struct post recent[3];"),
    ("c", "/* called before a card is drawn */\ncard_hook_type card_hook = NULL;"),
    ("c", "if (card_hook)\n    (*card_hook) (post, width);"),
    ("c", "tag.kind = TAG_POST;\nfound = hash_search(tags, &tag, HASH_FIND, NULL);"),
    # Prompts: `user@host:~ $ `, zsh's `user@host% `; after `$ ` any program, under a comment too.
    ("console", "editor@notes:~ $ chmod +x build.sh\neditor@notes:~ $ ls -l build.sh"),
    ("console", "editor@notes% setopt\nextendedhistory"),
    ("console", "# lists what changed\n$ notesctl diff\nadd column posts.words"),
    # ... but a template's line statements after `% ` are no commands.
    ("html", "<ul>\n% for post in posts:\n    <li>${post.title}</li>\n% endfor\n</ul>"),
    # The shell's builtins, a variable given to a command, a function defined, a command under its comment.
    ("bash", "alias gs='git status'"),
    ("bash", "bindkey '^R' history-incremental-search-backward"),
    ("bash", "PG_CONFIG=/usr/lib/postgresql/17/bin/pg_config make"),
    ("bash", "serve(){ lectern serve --port 8001 }"),
    ("bash", "# list the feeds\nnotesctl feeds list"),
    # A script's settings, then its commands commented out: no root prompts.
    (
        "bash",
        "HISTSIZE=9999\n\nsetopt HIST_BEEP\nsetopt HIST_NO_STORE\n\n# setopt HIST_VERIFY   # expand first",
    ),
    # A normal diff's hunk; Babel's section with globs; postgresql.conf with a writer's `-- notes`.
    ("diff", "12c12\n< feed_limit = 10\n---\n> feed_limit = 20"),
    ("ini", "[jinja2: **/templates/**.html]\nencoding = utf-8"),
    ("ini", "-- fewer checkpoints\ncheckpoint_timeout = 15min    -- was 5min\nmax_wal_size = 4GB"),
    # A Jinja expression on a string.
    ("html+django", '{{ "Posted by %s" % post.author }}'),
    ("html+django", '{{ "[{}]".format(post.title) if post.title }}'),
    # C: a pointer declared `Type * name`, given a call's result over lines or a list of values.
    ("c", 'FeedC * feed = feedc_new("notes", NULL);'),
    ("c", 'char * results = feedc_search(feed, "{\\\n  \\"query\\": \\"vacuum\\"\\\n}");'),
    ("c", 'char * slugs[2] = {\n  "vacuum-notes",\n  "index-notes"\n};'),
    # A block scalar with a comment after its `>-`.
    ("yaml", 'title: Notes\ndescription: >- # folded\n  Posts on PostgreSQL\n  and Django.\nbaseurl: ""'),
    # Python's `with ...:` is no YAML key.
    ("python", "with db.atomic():\n    Post.create(slug='notes')\n    # committed when the block exits"),
    # Template tags inside Python's strings do not make a template.
    ("python", 'config = {\n    "permalink": "{{ post.year }}/{{ post.slug }}/",\n}'),
    # Statements written beside the session that runs them, as posts on locks show two.
    (
        "postgresql",
        "session A: BEGIN;\nsession A: SELECT * FROM posts WHERE id = 7 FOR UPDATE;\n\n"
        "session B: UPDATE posts SET views = 0 WHERE id = 7;\n-- session B waits for A",
    ),
    # Nothing but SQL's comments.
    ("postgresql", "-- a comment, as SQL writes one"),
    ("postgresql", "/* a comment\n * over lines */;"),
    # A synopsis: keywords in capitals among lower-case placeholders.
    ("postgresql", "query1 UNION [ALL] query2\nquery1 EXCEPT [ALL] query2"),
    ("postgresql", "expression IS NOT DISTINCT FROM expression"),
    ("postgresql", "NUMERIC(precision, scale)\nNUMERIC(precision)    -- no scale"),
    # ... but a sentence with a capitalised word stays prose, and a heading is no synopsis.
    ("text", "Use this when the post is NOT published yet."),
    ("text", "ALL DONE"),
    # Prompts written `(alice) # ` or `db # `.
    ("psql", "(alice) # BEGIN;\n(alice) # LOCK TABLE posts;"),
    ("psql", "notes # SHOW random_page_cost;\n\n random_page_cost\n------------------\n 4"),
    # A statement with str.format's fields, its body another language's.
    (
        "postgresql",
        "CREATE FUNCTION {name} ({args})\nRETURNS {ret}\nAS $$\n    // the body\n$$ LANGUAGE plrust;",
    ),
    # Functions of a long snake_case name, a line each, as a reference lists them.
    ("postgresql", "feed_cache_drop_entries(feed_name)\nfeed_cache_drop_all(owner_name)"),
    # ... but one such call alone stays Python's.
    ("python", "render_social_card(post, width)"),
    # JavaScript's classes and functions, which C's and C++'s shapes would match too.
    ("javascript", "class Post {\n  constructor(title) {\n    this.title = title;\n  }\n}"),
    ("javascript", "/*\n * A post's card\n */\nfunction Card(post) {\n  this.post = post;\n}"),
    # One object of a list, its comma left on.
    ("json", '{"name": "FEED_URL", "value": "https://notes.example/atom.xml"},'),
    # A docs site's variables in commands: the shell's, not a template.
    ("bash", "sudo apt-get install -y postgresql-{{ pg_version }}-pgvector"),
    # ... but a template's filters stay a template's.
    ("html+django", '{{ post.words|cut:"0" }}'),
    # C: a member reached through a pointer.
    ("c", "FeedState(feed->state_list, true);"),
    ("c", "if (feed->limit > 0) {\n    if ((card->width > 0) && (card->width > feed->limit)) {"),
    # ... but an attribute's `blur->slug#fill` or Perl's `$app->mode` is no C.
    ("html", '<input\n    name="slug"\n    data-action="blur->slug#fill"\n/>'),
    # postgresql.conf's settings commented out, as it ships them.
    ("ini", "#work_mem = 4MB                 # min 64kB\n#maintenance_work_mem = 64MB"),
    # A report's fields aligned after their colons.
    (
        "text",
        "Latest checkpoint location:           0/D04FD00\nLatest checkpoint's REDO location:    0/D04FCC8",
    ),
    # Keys and values set apart by spaces alone, under a section: no ini.
    ("text", "[INPUT]\n    Name  tail\n    Path  /var/log/notes/*.log"),
    # A Django tag in an attribute's value: no ini setting.
    ("html+django", "up-dismiss-location='{% url \"post-list\" %}'"),
    # JSON under a comment naming its request, `...` where keys were left out.
    (
        "json",
        '// GET /api/posts/\n{\n  "count": 2,\n  "results": [\n    {"slug": "notes"},\n    ...\n  ],\n  ...\n}',
    ),
    # IPython's prompts; items cut from a settings list.
    ("python", "In [1]: from blog.models import Post\nIn [2]: Post.objects.count()"),
    ("python", "'blog.context_processors.menu',\n'blog.context_processors.feeds',"),
    # JavaScript's prototypes and functions assigned; imports beside a template literal's words.
    ("javascript", "Post.prototype.wordCount = function() {\n  return this.words;\n}"),
    (
        "javascript",
        'import { gql } from "graphile-utils";\n\nconst typeDefs = gql`\n  enum Kind {\n    DRAFT\n  }\n`;',
    ),
    # A script's comment that starts with a program's name stays a comment: commands follow it.
    (
        "bash",
        "# pg_basebackup with four workers\ntime pg_basebackup \\\n  --pgdata=/srv/copy \\\n  --checkpoint=fast",
    ),
    # ... while root's `# ls -l` over what ls printed stays a session.
    ("console", "# ls -l /srv/notes\ndrwxr-x---  2 root root 4096 May  1 10:00 posts"),
    # A section with a comment after it, or commas in its name; settings under a section even
    # where Python would parse them.
    ("ini", "# pytest.ini\n[pytest] # pytest's own section\npython_files=*.py  # every module"),
    ("ini", "[mypy-feedgen.*,lectern_cards]\nignore_missing_imports = True"),
    ("ini", "# .flake8\n[flake8]\nselect = B,C,E,F,W"),
    # An extension's control file, and PostgreSQL's path macros in a value.
    ("ini", "directory = 'extension'\nmodule_pathname = '$libdir/notes_hash'"),
    ("ini", "extension_path = '$extdir'"),
    # A result under narrow columns, as a client draws it.
    ("psql", "select id, slug\n  from posts;\n\nid|slug  |\n--+------+\n 1|notes |"),
    # The first prompt decides, under a comment too: a shell session going on into psql.
    ("console", "# start it\n$ docker run -d notes-db\n$ psql -h localhost\npostgres=# SELECT 1;"),
    # Prompts `[user@host dir]$ ` under a comment, `root@host:~# `; a venv's `(env) ` before a command.
    ("console", "# primary\n[editor@db1 bin]$ ./notesctl status\n ID | Name\n----+------\n 1  | db1"),
    ("console", "root@db1:~# mkfs.ext4 /dev/vdb1\nmke2fs 1.47.0 (5-Feb-2023)"),
    ("bash", "(notes) python -m pip install lectern"),
    # A man page's prose, `Create a ...` in title case, is no statement.
    (
        "text",
        "SYNOPSIS\n    notesctl db create NAME\n\nDESCRIPTION\n    Create a database for the site, and a role to own it.",
    ),
    # Spaces after the prompt; a one-column result under a client's ruler (`-----+`).
    (
        "psql",
        "notes=#  explain select 1;\n QUERY PLAN\n------------\n Result  (cost=0.00..0.01 rows=1 width=4)",
    ),
    ("psql", "select count(1) from posts;\n\ncount|\n-----+\n   12|"),
    # A table's name and columns, CREATE TABLE left out; a synopsis in braces.
    ("postgresql", "posts (\n  id      bigint PRIMARY KEY,\n  title   text\n)"),
    ("postgresql", "OFFSET start { ROW | ROWS }\nFETCH { FIRST | NEXT } [ row_count ] { ROW | ROWS } ONLY"),
    # C++: a class's member named, `auto &x =`, a template called.
    ("cpp", "if (width <= Decimal::MAX_WIDTH_INT16) {\n    return PhysicalType::INT16;\n}"),
    (
        "cpp",
        "if (input.bind_data) {\n    auto &bind = input.bind_data->Cast<FeedBindData>();\n    bind.check = false;\n}",
    ),
    # ... but Python's `autocommit =`, HTML's `autocomplete=` are no C++.
    ("python", "conn = connect(dsn)\nconn.autocommit = True\ncur = conn.cursor()"),
    # C: a function's prototype, each parameter a type and a name.
    ("c", "MemoryContextReset(MemoryContext context);"),
    # A Django tag over lines, `%}` at the end of its last; `[...]` is an elision, no ini section.
    ("html+django", "{% render_comment_tree\n    [for <object>]\n    [using <template>] %}"),
    ("html+django", '[...]\n<ul class="comments">\n  {% render_comment_tree for post %}\n</ul>'),
    # A result in a box, ASCII or unicode, under its statement.
    (
        "psql",
        "select pg_backup_stop();\n+----------------+\n| pg_backup_stop |\n+----------------+\n| (0/91000138)   |",
    ),
    (
        "psql",
        "select slug from posts;\n┌──────────────┐\n│     slug     │\n├──────────────┤\n│ vacuum-notes │\n└──────────────┘",
    ),
    # psql's bare prompt with spaces after it; a plan's `->  Seq Scan` is no continuation prompt.
    ("psql", "=#  SELECT slug\n    FROM posts;"),
    ("postgres-explain", "->  Seq Scan on posts  (cost=0.00..1.12 rows=12 width=4)\n      Filter: draft"),
    # SQL's comments alone, bare `--` lines between; a function's signature with its parameters' comments.
    ("postgresql", "--\n-- the roles we grant\n--"),
    (
        "postgresql",
        "feed.refresh(\n    -- the feed's name\n    name text,\n    -- how many posts\n    size int default 20\n)",
    ),
    # A crontab's lines, pg_hba.conf's: syntaxes no label has (LABELLING.md, rule 4).
    ("text", "0 2 * * * /usr/sbin/logrotate -f /etc/logrotate.d/notes"),
    ("text", "local replication postgres trust"),
    # pgbouncer's auth_query, a statement for a value; a conf file with a command in a comment.
    ("ini", ";; how users sign in\nauth_type = hba\nauth_query = SELECT * FROM notes.get_auth($1)"),
    ("ini", "listen_addresses = '*'\n# grep cache  pgpool.conf\nport = 9999\ncache_size = 100"),
    # ... but a call assigned stays Python's.
    ("python", "app.wsgi_app = WhiteNoise(app.wsgi_app, root='static/')"),
    # A file's name, or an HTTP request, over the document.
    ("json", 'notes-collector.conf\n{\n  "feeds": 3,\n  "dry_run": true\n}'),
    ("json", 'POST /api/posts/\n\n{\n  "title": "Notes on VACUUM"\n}'),
    # Round 14: themed shells' `»`, a `> ` prompt before a program and its output, psql's `=%`,
    # statements under `# notes` lines.
    ("console", "» pip install lectern"),
    ("console", "> notesctl init -t site.toml\n\nSuccess: created ./content"),
    ("psql", "=% SELECT '1.2.1'::text;\n text\n-------\n 1.2.1"),
    ("postgresql", "# the index on the author\nCREATE INDEX ON books ((data->>'author'));"),
    # ... while a quoted line of prose stays prose.
    ("text", "> Note that the feed is rebuilt on every build."),
    # Python: a definition with its return annotated, beside a call to a function named `function`;
    # signatures quoted without their colon.
    ("python", "from typing import Final\n\ndef function(x: int) -> int:\n    return x\n\nfunction(1)"),
    ("python", "def insert(self, new_values)\ndef update(self, old_values, new_values)"),
    # A .env file's URL with `=` in its query; a variable given to a program run by its path.
    ("bash", "DEBUG=on\nCACHE_URL=redis://127.0.0.1:6379/1?client_class=notes.Cache&db=2"),
    ("bash", "DATABASE_URL=postgresql:///notes ./notes-tileserv"),
]


test_round10_blocks = detection_test(CASES)
