"""Detection fixes of the eighth round on real blocks, each on snippets we write here."""

import os
import subprocess
import sys
from pathlib import Path

from detect_cases import detection_test
from sql_highlight.block_text import MAX_CHARS, MAX_LINE_CHARS, detection_sample
from sql_highlight.data_signs import looks_like_server_settings
from sql_highlight.detect import detect_language
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
    # A program's long options given alone: what a command is given, no command; text, as the
    # label audits since read option lists (the JVM's, a server's flags) (bash until session 38).
    ("text", "--output=postgresql://editor@localhost/notes?sslmode=disable"),
    ("text", "--theme notes --drafts"),
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
    # ... but a PL/pgSQL block's BEGIN alone on its line is no answer.
    (
        "plpgsql",
        "DECLARE\n    n integer;\nBEGIN\n    SELECT count(*) INTO n FROM posts;\n"
        "    RAISE NOTICE 'posts: %', n;\nEND;",
    ),
]


test_round8_blocks = detection_test(CASES)


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
