"""Detection fixes of the eighth round on real blocks, each on snippets we write here."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sql_highlight.data_signs import looks_like_server_settings
from sql_highlight.detect import MAX_CHARS, MAX_LINE_CHARS, detect_language, detection_sample
from sql_highlight.psql_session import PROMPT
from sql_highlight.server_settings import SERVER_SETTINGS

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"

CASES = [
    # A line of postgresql.conf names one of the server's settings: ini, though Python parses it.
    ("ini", "port = 5499"),
    ("ini", "# keep the walsender behind the standby\nsynchronized_standby_slots = 'blog_standby'"),
    ("ini", "port=5501 # the first replica\nport=5502 # the second replica"),
    # A tool's own settings file: switches Python would spell True, words left bare, placeholders,
    # a manual's choices.
    ("ini", "publish_drafts = false"),
    ("ini", "feed_format = atom"),
    ("ini", "s3_bucket = BUCKET_NAME\ns3_region = REGION"),
    ("ini", "card_format = png | webp | none"),
    # A properties file: dotted keys, values run to the end of the line with commas in them.
    ("ini", "# the feed we read\nfeed.url=https://notes.example/atom.xml\nfeed.tags=sql,django\n"),
    # A value left unquoted, spaces in it, after a spaced ` = `.
    ("ini", "deploy_command = rsync -a output/ web:/srv/notes"),
    ("ini", "notify_from = <name>@notes.example"),
    # ... but variables given to a command, or a driver's bound parameter, keep their languages.
    ("bash", "site=notes lectern publish --target web output/"),
    ("postgresql", 'slug = :slug_1 COLLATE "C"'),
    # ... while Python's settings modules stay Python's.
    ("python", "DEBUG = True"),
    ("python", "broker_url = 'redis://localhost:6379/1'"),
    ("python", "feed_url = site.feed_url"),
    ("python", "SITE_NAME = 'Notes'\nDEBUG = False"),
    # psql's prompt as `%n@%/%R%# ` sets it, user and database, over statements and answers.
    ("psql", "editor@blog=# CREATE PUBLICATION posts_pub FOR TABLE posts;\nCREATE PUBLICATION"),
    ("psql", "editor@blog=# GRANT SELECT ON posts TO reader;\nGRANT"),
    # A prompt reduced to `> `, statements after it and the server's answers between them.
    ("psql", "> BEGIN;\n> UPDATE posts SET views = views + 1 WHERE id = 7;\nUPDATE 1\n> COMMIT;\nCOMMIT"),
    # ... with the writer's note between them, where the session waits on a lock.
    ("psql", "> BEGIN;\n> DELETE FROM posts WHERE id = 7;\n(waiting)\n> COMMIT;\nCOMMIT"),
    # A superuser's prompt run into its statement.
    ("psql", "blog=#DELETE FROM drafts WHERE age > 30;\nDELETE 4"),
    # A root shell, `# ` before a program the list of known ones lacks, then what it printed.
    ("console", "# hostnamectl --static\nnotes-web-1"),
    ("console", "# /opt/lectern/bin/setup.sh\nCreating the site folder.\nDone."),
    # ... while a comment naming a file, above a setting, stays a comment.
    ("ini", '# add this line to site.conf\n\nfeed-limit = "20"'),
    # ... and a command commented out in a script, or a module's name over its code, too.
    ("bash", "lectern build ./content\n\n# lectern build --drafts > drafts.log\n# then read the log"),
    ("python", "# settings.py\n\nLECTERN_THEME = 'notes'\nLECTERN_CARDS = [\n    ...\n]"),
    # `$ ` before psql's meta-commands, and Red Hat's `[user@host dir]$ ` prompt.
    ("console", "$ \\dt"),
    ("console", "[editor@notes-web site]$ sudo systemctl reload nginx"),
    # C: a variable of a named type given a value, a result thrown away, PostgreSQL's error
    # reports, a condition whose body is on the next line.
    ("c", "FeedState feed_state = read_feed_state(feed_id);"),
    ("c", "FeedState feed_state = read_feed_state(feed_id);\n(void) feed_state;\t/* kept for later */"),
    ("c", 'if (!enable_cards)\n\tereport(WARNING,\n\t\t\t(errmsg("cards are off")));'),
    ("c", "if (post == NULL)\n    return false;"),
    ("c", "while (next_post(&post))\n{\n    count++;\n}"),
    # ... while SQL's clauses in capitals are no named types.
    ("postgresql", "UPDATE posts\nSET views = views + 1\nWHERE slug = <the_slug>;"),
    # A program's long options given alone.
    ("bash", "--output=postgresql://editor@localhost/notes?sslmode=disable"),
    ("bash", "--theme notes --drafts"),
    # ... but SQL's comment is no option.
    ("postgresql", "-- the newest first\nSELECT title FROM posts ORDER BY published DESC;"),
    # A server's progress printed, `done` closing a line of prose: no shell loop's end.
    ("text", "waiting for the site to build.... done\nsite built"),
    # A report's fields with their colons aligned: printed, not YAML.
    (
        "text",
        "Post 2024-05-01:\n  Post Title      : Notes on VACUUM\n  Word Count      : 1200\n  Status          : published",
    ),
    # Entries cut from a Python settings dict: single quotes, comments, `...` for what was left out.
    ("python", "'FEEDS': {\n    'atom': 'feeds/all.atom.xml',\n    ...\n},"),
    ("python", '# the rest as before\n\n"CACHE": {\n    "TIMEOUT": 300,\n}'),
    # A dict keyed by names (classes) parses as Python: no JavaScript object.
    ("python", 'LECTERN_FIELDS = {\n    list: ["tags", {"widget": "select"}],\n}'),
    # A Django tag written over several lines, `%}` alone on its last.
    ("html+django", '{% card_attrs\n    class="post-card"\n    data-id="7"\n%}'),
    ("html+django", '<article\n    {% card_attrs\n        class="post"\n    %}\n>'),
    # A folder's path alone runs nothing.
    ("text", "/posts/2024/vacuum-notes/"),
    # zsh's bare `% ` prompt, before any program.
    ("console", "% lectern-env check\n[OK] python: /usr/bin/python3"),
    # Commands only, each after root's `# `, their arguments shaped as no English word is.
    ("console", "# pcs resource enable notes-web\n# pcs property set maintenance-mode=false"),
    ("console", "# /opt/lectern/bin/rebuild-index"),
    # ... but comments alone stay the shell's or prose.
    ("text", "# rebuild the index\n# then restart the server"),
    # A statement over lines after a bare `> ` or `# ` prompt, psql's PROMPT1 set so.
    ("psql", ">  select slug, title\n     from posts\n order by published desc\n    limit 5;"),
    ("psql", "# SELECT slug, state\n    FROM pg_stat_activity\n   WHERE state <> 'idle';"),
    ("psql", "~# \\set ECHO_HIDDEN true\n~# \\dt+"),
    # The server's answers indented a space by a blog's editor.
    ("psql", "INSERT INTO tags VALUES (1, 'sql');\n ERROR:  duplicate key value violates unique constraint"),
    # ... but a bare `#` comment over SQL is still SQL's.
    ("postgresql", "-- newest first\nSELECT slug FROM posts ORDER BY published DESC;"),
    # A result alone in psql's unicode line style, or an expanded record alone: output (rule 3).
    ("text", " tag  │ posts\n══════╪══════\n sql  │    12\n vim  │     3\n(2 rows)"),
    ("text", "-[ RECORD 1 ]--|------------\nslug           | vacuum-notes\nwords          | 1200"),
    # Prompts set otherwise: a name and `#`, a transaction's state after it, `#>`, a host's.
    (
        "psql",
        "notes# begin;\nBEGIN\nnotes#* select 1/0;\nERROR:  division by zero\nnotes#! rollback;\nROLLBACK",
    ),
    ("psql", "#> \\o /tmp/slugs.txt\n#> \\t\nTuples only is on."),
    ("psql", "editor@[local]:5432/notes# select count(*)\n  from posts;"),
    # A file named over its settings is no root command.
    ("ini", "# /etc/lectern/site.conf\n[site]\ntitle=Notes\ncards=yes"),
    # Lines printed, a "key" repeated: no YAML mapping, unless comments set the copies apart.
    ("text", "Worker 1: built vacuum-notes\nWorker 2: built index-notes\nWorker 1: built feeds"),
    (
        "yaml",
        '# the local server\nfeed_url: "http://localhost:8000/atom.xml"\n\n# the real one\nfeed_url: "https://notes.example/atom.xml"',
    ),
    # A help screen is text.
    (
        "text",
        "Usage: lectern build [OPTIONS]\n\nOptions:\n  --drafts  Build drafts too.\n  --help    Show this.",
    ),
    # A log, each line opening with its time; a diagram drawn in ASCII.
    (
        "text",
        "2024-05-01 10:00:01,120:ERROR:lectern:build:a post has no date\n2024-05-01 10:00:01,121:INFO:lectern:build:stopped",
    ),
    ("text", "  +--------+      +--------+\n  | source | ---> | output |\n  +--------+      +--------+"),
    # What a logical decoding plugin prints.
    ("text", "BEGIN 771\ntable public.posts: INSERT: id[integer]:1 slug[text]:'notes'\nCOMMIT 771"),
    # psql's prompt as `%n@%m:%>/%/%R%# ` sets it.
    ("psql", "editor@db1:5432/notes=# table tags;\n tag \n-----\n sql\n(1 row)"),
    # A statement, then its expanded record in the unicode line style.
    (
        "psql",
        "notes# select slug, words\n  from posts limit 1;\n┌─[ RECORD 1 ]─┬──────────────┐\n"
        "│ slug         │ vacuum-notes │\n│ words        │ 1200         │",
    ),
    # No-break spaces where a blog's editor put them, in the statement and the server's answer.
    ("psql", 'TRUNCATE drafts;\n NOTICE:\xa0 truncate cascades to table "draft_tags"\n TRUNCATE TABLE'),
    # A clause with the statement's head left out.
    ("postgresql", "... WHERE tag_id = ANY (ARRAY[1, 2]::int8[])"),
    ("postgresql", "… ORDER BY published DESC LIMIT 10"),
    # A prompt with a space before its `$`.
    ("console", "~/notes $ lectern build\nBuilt 12 posts."),
    # A script under a comment that is no command: its `# ` lines are comments, not root's prompts.
    (
        "bash",
        "# 备份到本地文件\npg_dump notes -f notes.sql\n\n# 压缩 --fast\npg_dump notes | xz > notes.sql.xz",
    ),
    # ... while root's session keeps its prompts, what the commands printed between them.
    ("console", "# ls -l /srv/notes\ndrwxr-xr-x  2 root root 4096 May  1 10:00 posts"),
    # Any program run as root.
    ("bash", "sudo notesctl status\nnotes-web(pid:4095): up"),
    # C: a comment as C's sources open one (a listing's line numbers before it), `char* p;`.
    ("c", "/*\n * card_width -- how wide a social card is drawn.\n */"),
    ("c", " 41 /*\n 42  * Feeds are read in full.\n 43  */"),
    ("c", "char* slug;\n\nslug = calloc(1, 64);"),
    # `<< 3` shifts; no document follows it.
    ("python", "aligned = lambda n: n + 7 >> 3 << 3"),
    # postgresql.conf values quoting quotes (`''`), CommonJS's exports, psql's banner, git's log.
    ("ini", "primary_conninfo = 'user=replica passfile=''/srv/.pgpass'' host=db1'"),
    ("javascript", "module.exports = {\n  theme: {},\n  plugins: [],\n}"),
    ("text", 'psql (17.2)\nType "help" for help.'),
    ("text", "commit 4f2a9c1d\nAuthor: Editor <editor@notes.example>\n\n    Fix the feed's dates"),
    # pg_hba.conf's columns are no label's syntax (LABELLING.md, rule 4).
    ("text", "local   all   all                 peer\nhost    all   all   127.0.0.1/32  scram-sha-256"),
    # A script handing psql a document: the document's meta-commands do not make it psql's.
    (
        "bash",
        "CLIENTS=4\nSQL=$(cat <<EOF\n\\set id random(1, 1000)\nSELECT title FROM posts WHERE id = :id;\nEOF\n)\n"
        'echo "$SQL" | pgbench -n -f- -c $CLIENTS notes',
    ),
    # Jekyll's `{% raw %}` only guards what it wraps.
    ("yaml", "{% raw %}\n- name: notes\n  packages:\n    - postgresql{{ pg_version }}-server\n{% endraw %}"),
    # YAML with its colons aligned, keys of one word.
    ("yaml", "feeds:\n  atom   : feeds/all.atom.xml\n  rss    : feeds/all.rss.xml"),
    # An attribute of `self` is set in Python, never in a settings file.
    ("python", "        self.feed_limit = feed_limit"),
    # JSON cut out of a larger document, `...` where its head was.
    ("json", '...\n"posts": [\n    {\n      "id": "7",\n      "words": 1200\n    }\n]'),
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
    # ... but a PL/pgSQL block's BEGIN alone on its line is no answer.
    (
        "plpgsql",
        "DECLARE\n    n integer;\nBEGIN\n    SELECT count(*) INTO n FROM posts;\n"
        "    RAISE NOTICE 'posts: %', n;\nEND;",
    ),
]


@pytest.mark.parametrize(("label", "code"), CASES)
def test_round8_blocks(label, code):
    assert detect_language(code) == label


def test_server_settings_are_postgresqls_own():
    assert {
        "shared_buffers",
        "work_mem",
        "port",
        "wal_level",
        "synchronized_standby_slots",
    } <= SERVER_SETTINGS
    assert "debug" not in SERVER_SETTINGS and "broker_url" not in SERVER_SETTINGS


def test_a_python_value_is_no_setting():
    assert not looks_like_server_settings(["title = post.title"])
    assert not looks_like_server_settings(["draft = True"])
    assert looks_like_server_settings(["max_connections = 200"])


def test_psql_prompt_takes_a_user_and_a_database():
    m = PROMPT.match("editor@blog=# SELECT 1;")
    assert m and m.group("prompt") == "editor@blog=#"


def test_detection_reads_a_bounded_start_of_whole_lines():
    """A huge block is read from its start only, whole lines up to MAX_CHARS: its answer is the
    same as for that start."""
    dump = "".join(f"INSERT INTO posts (id, title) VALUES ({n}, 'post {n}');\n" for n in range(5000))
    sample = detection_sample(dump)
    assert len(sample) <= MAX_CHARS and dump.startswith(sample) and sample.endswith(";")
    assert detect_language(dump) == detect_language(sample) == "postgresql"


def test_one_long_line_is_cut_not_dropped():
    assert detection_sample("x" * (MAX_CHARS * 3)) == "x" * MAX_LINE_CHARS


def test_detection_prints_no_warnings_of_pythons_parser():
    """Blocks of other languages make Python's parser warn (`1if`: "invalid decimal literal");
    a build must not print those."""
    code = (
        "from sql_highlight.detect import detect_language\n"
        "for block in ('ratio = 1if a else 2\\nprint(ratio)', 'n = 0x1for x in posts\\nprint(n)'):\n"
        "    detect_language(block)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PLUGINS), "PYTHONWARNINGS": "default"},
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
    assert "Warning" not in done.stderr, done.stderr
