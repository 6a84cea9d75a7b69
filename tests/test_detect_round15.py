"""Detection fixes of rounds 15 to 19 on real blocks (tuning-14's to tuning-18's misses), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # Python: `...` standing for arguments a post leaves out; an `except:` whose body is a comment.
    ("python", 'note = Note(title="Draft", ...)\nnote.tags = ["vim"]  # the "vim" tag only'),
    ("python", 'Note(title="Draft", ...,\n     author=editor)\nnote.save()'),
    (
        "python",
        "for note in notes:\n    try:\n        note.publish()\n    except FeedError:\n"
        "        # retried by the next build\n    else:\n        # the feed is fresh\n",
    ),
    # psql's `\timing` line under each statement; a `COPY` tag with it.
    ("psql", "select count(*) from notes where words > 800;\nTime: 12.417 ms"),
    ("psql", "copy notes from '/tmp/notes.csv' csv header;\nCOPY 5120\nTime: 2301.880 ms (00:02.302)"),
    # Two sessions told apart by a name before each prompt.
    ("psql", "[writer] =# begin;\nBEGIN\n[writer] =*# delete from drafts;\nDELETE 4\n[writer] =*#"),
    ("psql", "node-a | notes=# CREATE SUBSCRIPTION mirror CONNECTION 'host=b' PUBLICATION all_notes;"),
    ("psql", "2 | notes=*# rollback;\nROLLBACK"),
    # A statement, then the tag the server answers with: psql, though `COMMIT` parses too...
    ("psql", "-- the reader's session\ncommit;\nCOMMIT"),
    # ... while PL/pgSQL's `END LOOP;` over `END` is a function's body.
    (
        "plpgsql",
        "DECLARE\n    n record;\nBEGIN\n    FOR n IN SELECT id FROM notes LOOP\n"
        "        PERFORM touch(n.id);\n    END LOOP;\nEND",
    ),
    # Shell prompts: typed against `user@host:~$`, a themed `❯ `, Windows' `C:\...>`, a subshell.
    (
        "console",
        "editor@notes-01:~$sudo apt-get install postgresql-17\neditor@notes-01:~$sudo systemctl start postgresql",
    ),
    ("console", "# from the laptop\n❯ psql -h 10.0.0.5 -U editor notes\n\nnotes=>"),
    ("console", "C:\\Users\\editor>ssh notes.example.org -l editor\neditor@notes:~$ "),
    ("console", "$ (cd docs/_build/html; python -m http.server 8001)"),
    # A shell command's output holding a result table: the shell's, with no statement of its own.
    (
        "bash",
        'pg_restore -d copy -t notes notes.dump\npsql -d copy -c "SELECT count(*) FROM notes;"\n'
        " count\n-------\n   512\n(1 row)",
    ),
    (
        "bash",
        "kubectl exec notes-db -- psql -c '\\dt'\n List of relations\n Schema | Name\n--------+------\n public | notes\n(1 row)",
    ),
    # A program's log over a table it printed asks nothing: no psql.
    (
        "text",
        "10:02:11 INFO  Loading notes\n10:02:12 INFO  Done\n words | notes\n-------+-------\n   100 |    12\n(1 row)",
    ),
    # Commands of programs a Postgres host runs, with what they print.
    ("bash", "dd if=/dev/zero of=notes.img bs=1M count=64\n64+0 records in\n64+0 records out"),
    ("bash", "ssh-add ~/.ssh/notes_key\nIdentity added: /home/editor/.ssh/notes_key (editor@notes)"),
    # Not YAML: `kubectl describe`'s capitalised, aligned fields; notes with keys of several words.
    (
        "text",
        "Name:         notes-backup\nNamespace:    blog\nSpec:\n  Cluster:\n    Name:  notes-db\nStatus:\n  Phase:       completed\n  Started At:  2026-11-02T10:00:00Z",
    ),
    (
        "text",
        "Before the index:\n- Time taken: 45.2 ms\n- Rows read: 1,200,000\n\nAfter the index:\n- Time taken: 1.3 ms\n- Rows read: 12",
    ),
    # ... while a front matter's keys aligned by hand stay YAML.
    ("yaml", 'editor:\n  name   : "Ada"\n  avatar : "/images/ada.png"'),
    # postgresql.conf's `include`; settings under a phrase that introduces them.
    ("ini", "shared_buffers = '2GB'\ninclude 'notes-tuning.conf'"),
    (
        "ini",
        "What the tuning tool suggests:\n\nmax_connections = 40\nshared_buffers = 1GB # a quarter of memory\nwork_mem = 16MB",
    ),
    # Round 16. Statements with their output, however a client prints it: a count, rows apart by
    # tabs, `Updated Rows 1`...
    ("psql", "SELECT count(*) FROM notes;\n5120"),
    ("psql", "INSERT INTO notes (title) VALUES ('a');\nUpdated Rows 1"),
    ("psql", "SELECT slug, words FROM notes ORDER BY words DESC;\n\nhello\t812\nvim-tips\t640"),
    # ... but a sentence under a statement explains it, an elision is no output, and SQL in a
    # document's value is the document's.
    ("postgresql", "SELECT count(*) FROM notes;\nThis counts every note we kept."),
    ("postgresql", "CREATE TABLE drafts (id int);\n...\nDROP TABLE drafts;"),
    ("yaml", "queries:\n  count: |\n    SELECT count(*) FROM notes;\n  other: 1"),
    # A YAML file under `# /etc/...` comments: no root prompt.
    ("yaml", "# /etc/patroni/patroni.yml\n# the cluster's name\nscope: notes\nnamespace: /db/"),
    # A program alone on its line, then what it printed; not a synopsis of its options.
    (
        "bash",
        "pg_lsclusters\nVer Cluster Port Status Owner    Data directory\n17  main    5432 online postgres /srv/17",
    ),
    ("bash", "sha256sum notes.tar.gz\n3f2a9c...  notes.tar.gz"),
    # A synopsis, its options wrapped under the program: the shell's, as on one line (round 33).
    ("bash", "pg_dump\n    [ -f FILE ]\n    [ -v ]"),
    # Python: `await` and `async with` outside a function; a one-line definition under a comment;
    # `# =>` comments; a dict's entries under comments; tags inside its strings.
    (
        "python",
        "await conn.execute('vacuum')\nasync with pool.acquire() as conn:\n    await conn.fetch('select 1')",
    ),
    ("python", "# keyword-only after the star\ndef publish(note, /, *, draft=False): ..."),
    ("python", 'note = notes.get(slug="hello")\n# => Note(title="Hello")'),
    ("python", "# how many notes a page shows\n'PAGE_SIZE': 20,"),
    ("python", "LINKS = [\n    ('home', '<a href=\"/\">home</a>'),\n]"),
    # SQL's `--` comments over a third of the lines: a pooler's commands, constraints cut out of
    # their table, notes before the statement is written; not a result table under a title.
    ("postgresql", "-- reload the pooler's settings\nRELOAD;\n\n-- stop taking new clients\nPAUSE notes;"),
    ("postgresql", "-- what the index must do:\n\n-- 1. find notes by word\n-- 2. rank them"),
    ("postgresql", "-- never below zero\nCHECK (balance >= 0)\n\n-- one account per address\nUNIQUE (email)"),
    ("text", "-- Table notes\nid | title\n---|------\n1  | hello\n-- 1 note"),
    # Python as a blog printed it (quotes curled) or as Python 2 wrote it; a dict keyed by strings
    # in single quotes, a set of strings: no data format writes either...
    (
        "python",
        "data = {\n‘title’: “Hello”,\n‘words’: 812\n}\nrequests.post(os.environ[‘NOTES_API’], data=data)",
    ),
    ("python", "for note in notes: print note.title"),
    ("python", "{'alg': 'RS256',\n 'kid': 'notes-2026',\n 'typ': 'JWT'}"),
    ("python", '{\n    "notes.panels.Words",\n    "notes.panels.Tags",\n}'),
    # ... but a vector's numbers in braces is output, and an object keyed by names JavaScript's.
    ("text", "{0.0028, -0.0058, 0.0359}"),
    ("javascript", "const note = { title: 'Hello', words: 812 };"),
    # The shell's loop after a prompt.
    ("console", '# rename every draft\n$ for f in drafts/*.md; do mv -- "$f" "${f%.md}.txt"; done'),
    # Round 17.
    # C++ shown a line at a time: `std::`, a reference, a pointer from `new`, a class declared
    # ahead, a header without `.h`, a class's function called.
    ("cpp", "std::vector<Note> notes;"),
    ("cpp", "void print(const std::string& text);"),
    ("cpp", "NoteView* view = new NoteView(panel);"),
    ("cpp", "class Feed; // declared ahead"),
    (
        "cpp",
        "#include <QApplication>\n\nint main(int argc, char *argv[]) {\n"
        "    QApplication app(argc, argv);\n    return app.exec();\n}",
    ),
    ("cpp", "int& first() {\n    return notes[0];\n}"),
    ("cpp", 'QString path = QDir::homePath() + "/notes";'),
    # ... and C (LABELLING.md, rule 6: what C accepts is C): a pointer declared over two lines, a
    # typed loop counter, prototypes, a named type given a value, a variable called `this`.
    ("c", "void *page = mmap(NULL, 4096, PROT_READ,\n                  MAP_PRIVATE, -1, 0);"),
    ("c", "for (int i = 0; i < 10; i++) {\n    write(fd, &notes[i], 1);\n}"),
    ("c", "void build();\nvoid publish();"),
    ("c", 'QString path = "/home/me/notes.ini";'),
    ("c", 'static void\nshow(const Note *this)\n{\n    printf("%s", this->title);\n}'),
    # JavaScript passing `this` along stays JavaScript.
    ("javascript", "fn.call(this, note);\nconsole.log(note.title);"),
    # Shell sessions: root's prompt before a program of any name, with its table; a placeholder
    # path after `$ `; the first prompt decides over Python's (rule 1).
    ("console", "# zfs list\nNAME   USED  AVAIL\nnotes  96K  3.5T"),
    ("console", "$ <venv>/bin/pip install notes"),
    ("console", "$ python manage.py shell\n>>> from notes.models import Note"),
    # One YAML setting with its comment.
    ("yaml", "max-pool-size: 10  # connections"),
    # SQL: a routine whose body is another language's (rule 5), a function named in capitals
    # alone, statements as items of a Markdown list.
    (
        "postgresql",
        "CREATE AGGREGATE words(t text) RETURNS int LANGUAGE python AS $$\n"
        "def accumulate(state, t):\n    return state + len(t.split())\n$$;",
    ),
    ("postgresql", "TO_CHAR(published, 'yyyy-mm-dd')"),
    ("postgresql", "- DROP TABLE drafts; -- gone\n- SELECT * FROM notes;"),
    # Server messages under `--` notes are output; a program's indented output is no synopsis; a
    # one-word heading over JSON.
    (
        "text",
        "-- the role needs replication\nERROR:  must be superuser or replication role to start walsender",
    ),
    ("bash", "pg_lsclusters\n\tVer Cluster Port Status\n\t17  main    5432 online"),
    ("json", 'Example:\n{\n  "title": "Hello",\n  "words": 812\n}'),
    # Lines changed, marked `+++` and `---` without a file's header; one key over the YAML it holds.
    ("diff", "As a reader\n+++I want the feed in full\n---I want the feed's titles"),
    ("yaml", "notes.config: |\n  feed:\n    size: 20"),
    # ... but YAML's documents opened by `---` stay YAML.
    ("yaml", "---\ntitle: Hello\n---\ntitle: Again"),
    # JSON cut short after `...`; JavaScript's spread and `return this.x;`.
    ("json", '{\n  "notes": {\n    "count": 2,\n    "latest": "hello"\n  }\n  ...'),
    ("javascript", "buildFeed([...notes, pinnedNote]);"),
    ("javascript", "return this.title + this.suffix();"),
    # A command's line with the reader's `[OPTIONS]`; a name in angle brackets alone says no command.
    ("bash", "notesctl feed describe [OPTIONS]"),
    ("bash", "ruby build.rb [site] [theme]"),
    ("text", "fsm step <node>"),
    # Round 18. A front matter under a comment is no result table; a manifest after a long elision.
    ("yaml", "# /notes/hello.md\n---\ntitle: Hello\ncategory: Notes\nslug: hello\n---"),
    ("yaml", "......\n    db:\n      image: postgres:17\n      ports:\n        - 5432:5432"),
    # Python 2's print with a comment after it; the shell's command substitution; AngularJS's `$scope`.
    ("python", "print(notes.read())  # all of it\nprint notes.readline() # one line"),
    ("bash", "words=$(wc -w < note.md)"),
    ("javascript", "App.controller('Notes', function ($scope) {\n  $scope.notes = [];\n});"),
    # An editorconfig's `[*]`; psql opened, then only meta-commands typed into it: the shell's (rule 2).
    ("ini", "root = true\n\n[*]\nindent_style = space\nindent_size = 4"),
    ("bash", "sudo -u postgres psql\n\\password\n\\q"),
    # A block indented whole (a list item's) reads as its lines; an editorconfig's brace glob;
    # root's `# cat` over a file is a session, `# make sure` over YAML a comment.
    ("console", "\t# on the host\n\n\t$ docker start notes-db\n\tnotes-db"),
    ("ini", "root = true\n\n[{package.json,.editorconfig}]\nindent_size = 2"),
    ("console", "# cat /etc/yum.repos.d/notes.repo\n[notes]\nname=Notes $releasever\nenabled=1"),
    ("yaml", "  # make sure `db` is up before the site\n  depends_on:\n    - db"),
    # Two sessions' statements beside the server's ERROR: a session; `IF ... END IF;` cut out of a
    # body; a statement with a `#` note after its `;`.
    (
        "psql",
        "writer: BEGIN;\nwriter: UPDATE notes SET words = 1;\nreader: UPDATE notes SET words = 2;\n"
        "ERROR:  could not serialize access due to concurrent update",
    ),
    ("plpgsql", "if note.words > 800 then\n  return 'long';\nelse\n  return null;\nend if;"),
    ("postgresql", '-- where the notes live\nSHOW search_path; # "$user", public'),
    # ... and the server's NOTICE quoting statements has no speakers.
    (
        "postgresql",
        "NOTICE:  ALTER TABLE notes_a RENAME TO notes_2026\nNOTICE:  ALTER TABLE notes_b RENAME TO notes_2025",
    ),
    # ... and PostgreSQL's named arguments are no arrow functions.
    (
        "postgresql",
        "SELECT ai.create_vectorizer(\n    'notes'::regclass,\n    destination => 'note_embeddings'\n);",
    ),
    # ... while a Python constant given a call's value stays Python.
    ("python", "LOG_LEVEL = get_level()"),
    # Round 19 (tuning-18's misses): a class header whose colon was forgotten; a dict over Python's
    # own constants; four dots standing for the rest of a list.
    ("python", "class Settings\n    debug: bool = False\n    name: str = 'notes'"),
    ("python", '{"title": "Draft", "published": False, "author": None}'),
    ("python", "INSTALLED_APPS = [\n    'notes',\n    ....\n]"),
    # ... while JSON's own constants stay JSON.
    ("json", '{"title": "Draft", "published": false, "author": null}'),
    # Rules drawn in a settings file's comments are no drawing; `with:` alone is a key, not Python's.
    (
        "yaml",
        "# ── the feeds ──────────\nfeeds:\n  # ── planet ────────\n  - name: planet\n    url: /atom.xml",
    ),
    ("yaml", "with:\n  python-version: '3.12'\n  cache: pip"),
    # Entries elided by six dots, by `...words...`, or a diff's context elided by a comment.
    ("python", "'default': {\n    'ENGINE': 'django.db.backends.postgresql',\n    ......\n}"),
    ("json", '{\n  "feeds": {\n    ...the feeds you follow...\n  }\n}'),
    ("diff", "# ...\n\n- FROM python:3.11-slim\n+ FROM python:3.12-slim\n\n# ..."),
    # Shell: a variable set in quotes beside commands; a `...` for commands left out.
    (
        "bash",
        "archive_command='cp %p /srv/wal/%f'\n# try it by hand\ncp pg_wal/000000010000000000000001 /srv/wal/",
    ),
    (
        "bash",
        "# a clone to try it on\nnotectl clone create --id mine\n...\n# keep it\nnotectl commit --clone-id mine",
    ),
    # Python a writer slipped on (a quote left open), its other lines Python's own...
    (
        "python",
        "from notes.models import Note\n\nfor note in Note.objects.all():\n    title = note.title.strip()\n"
        "    print('saving, note.id)\n    note.title = title\n    note.save()",
    ),
    # ... while Python's data as a program printed it stays text.
    ("text", "{'id': 1,\n 'title': 'Draft',\n 'tags': [],\n 'author': None,\n 'words': 812}\ndone: 1 note"),
    # A program's banner and report, its help, a merge's conflict: text, not the shell's.
    (
        "text",
        "pgbench (17.2)\nstarting vacuum...end.\ntransaction type: <builtin: TPC-B (sort of)>\n"
        "number of clients: 8\nlatency average = 4.211 ms\ntps = 1899.630 (without initial connection time)",
    ),
    (
        "text",
        "notesctl [OPTION]... [FEED]\n\n-f, --feed=URL        the feed to read\n"
        "-n, --dry-run         print what would change\n-q, --quiet           say nothing",
    ),
    ("text", "<<<<<<< HEAD\ntitle = 'Notes'\n=======\ntitle = 'My notes'\n>>>>>>> rename"),
    # ... while the help under the command that asked for it is a command and its output.
    (
        "bash",
        "notesctl --help\n\nUsage:\n  notesctl [OPTION]...\n\n  -f, --feed=URL        the feed to read\n"
        "  -q, --quiet           say nothing",
    ),
    # Round 20 (tuning-19's misses): the shell's name as its prompt; lines added and removed in
    # code whose context lost its leading space.
    ("console", "bash % python3 notes.py\n12 notes\nbash %"),
    (
        "diff",
        "+ from notes.feeds import Feed\nfrom django.db import models\n\n\nclass Note(models.Model):\n"
        "-    title = models.CharField(max_length=80)\n+    title = models.CharField(max_length=120)\n"
        "    body = models.TextField()",
    ),
    # ... while a list's items, marked `-` alone, are no diff.
    ("yaml", "- name: notes\n  url: /notes.xml\n- name: drafts\n  url: /drafts.xml"),
    # A reference's synopsis: a function's calls, then what it returns in SQL's capitals.
    (
        "postgresql",
        "notes_nearest(notes_sql, start_id [, depth])\nnotes_nearest(notes_sql, start_ids [, depth])\n\n"
        "RETURNS SET OF (seq, note_id, distance)\n    OR EMPTY SET",
    ),
    # psql's prompt run into a lower-case statement.
    ("psql", "writer-a=*#update notes set words = 1 where id = 1;"),
    # The reader's placeholders shaped as tags, in commands.
    (
        "bash",
        "pg_dump -Fc -t <table>_2025 $NOTES_URL > <table>_2025.dump\npsql -c 'DROP TABLE <table>_2025' $NOTES_URL",
    ),
    # A list's item holding a script (`- |`), its `\\` continuations the script's own.
    (
        "yaml",
        "services:\n  notes:\n    command:\n      - sh\n      - -c\n      - |\n"
        "        pip install -r requirements.txt \\\n        && python -m notes serve\n    ports:\n      - 8000:8000",
    ),
    # A conf file's hyphenated word, which Python would space as a sum.
    (
        "ini",
        "# clients must use SCRAM\nauth_type = scram-sha-256\n\n# and no more than this\nmax_client_conn = 400",
    ),
    # A function whose name holds the reader's choice: no other language names one so.
    ("postgresql", "notes_add_feed_<KIND>('feed_name', ... options ...)"),
    ("postgresql", "notes_move_using_(shelf/archive)_rules('rule-name', 'target')"),
    # SQL's `--` curled by a blog's editor into `—-`; statements numbered in the order a tool sent them.
    (
        "postgresql",
        "—- the archive, compressed\ncreate foreign table old_notes () server archive\noptions (compression 'gzip');",
    ),
    ("postgresql", "(1) EXPLAIN SELECT id FROM notes WHERE words > 800\n(2) EXPLAIN SELECT id FROM drafts"),
    # ... while prose numbered in sentences stays text.
    ("text", "1. Select the notes to publish.\n2. Update the feed."),
    # psql opened, then statements typed into it: the statements are what the block shows (rule 2).
    ("postgresql", "sudo -u postgres psql\nALTER ROLE editor WITH PASSWORD 'secret';"),
    ("postgresql", "psql <database>\nCREATE EXTENSION pg_trgm;"),
    # Round 21 (tuning-20's misses): a git branch's name before the prompt.
    ("console", "(feature/dark-theme) $ git rebase main"),
    # psql's prompt named with a digit first; a prompt set to `(user@session)> `.
    ("psql", "2nd_writer=*# commit;\nCOMMIT"),
    ("psql", "(editor@WRITER)> insert into notes (title) values ('draft');\nINSERT 0 1"),
    # A dotfile named in a comment over its lines is no root's command.
    ("bash", "# ~/.zshrc\nfunction notes {\n    cd ~/notes && git pull\n}"),
    # A synopsis's `[ WITH ... ]` over `SELECT` is no ini section; a capitalised `Select f(` over
    # lines of statements is no C function's head.
    (
        "postgresql",
        "[ WITH query ]\nSELECT [ ALL | DISTINCT ] expression [, ...]\n    [ FROM from_item [, ...] ]\n"
        "    [ WHERE condition ]\n    [ GROUP BY expression [, ...] ]\n    [ ORDER BY expression [ ASC | DESC ] ]\n"
        "    [ LIMIT count ]",
    ),
    (
        "postgresql",
        "Select UPPER(title) from notes\n\n-- the drafts\nselect count(*) from drafts\n\n"
        "select title, length(body) from notes -- how long",
    ),
    # The server's messages under a writer's note are still output alone.
    (
        "text",
        "# the writer waits here\nLOG:  process 4242 still waiting for ShareLock on transaction 812 after 1000.2 ms\n"
        "DETAIL:  Process holding the lock: 4241. Wait queue: 4242.",
    ),
    # Round 22 (tuning-21's misses): root's command over a program's message, and over the names
    # `ls` prints in columns.
    ("console", "# pg_ctlcluster 17 main start\nError: /var/lib/postgresql/17/main is not accessible"),
    (
        "console",
        "# ls /var/lib/postgresql/17/main\nbase          pg_hba.conf    pg_notify     pg_stat\n"
        "global        pg_ident.conf  pg_replslot   pg_wal",
    ),
    # C: a static function's head with a compiler's attribute; a struct with no name, a comment after `{`.
    ("c", "static __always_inline int notes_count(void *ctx)"),
    ("c", "struct { /* one note */\n    __u64   id;\n    __u32   words;  /* counted at save */\n};"),
    # A page whose script braces C's way (`if (...)` over `{`) is HTML.
    (
        "html",
        '<html lang="en">\n<body>\n<input type="text" id="query">\n<script>\n    var q = document.getElementById("query");\n'
        "    if (q.value)\n    {\n        q.focus();\n    }\n</script>\n</body>\n</html>",
    ),
    # A note in another language's `//` over a statement: SQL still.
    ("postgresql", "// the session's own process\nselect pg_backend_pid();"),
    # `….` between statements elides more of them: no output.
    (
        "postgresql",
        "update notes set words = words + 1;\nupdate notes set words = words + 1;\n….\nupdate notes set words = words + 1;",
    ),
    # A shell function at a line's start, and an array of words: the shell's own definitions.
    ("bash", "publish() {\n  return 0\n}"),
    ("bash", "feeds=(planet notes drafts)"),
    # The processes `ps -ef` lists, and nginx's configuration with `...` for what is left out: text.
    (
        "text",
        'postgres   4242   4200  0 19:51 pts/0    00:00:00 sh -c "/usr/lib/postgresql/17/bin/postgres" --boot -F\n'
        "postgres   4243   4242  0 19:51 pts/0    00:00:00 /usr/lib/postgresql/17/bin/postgres --boot -F",
    ),
    (
        "text",
        "upstream notes {\n    server localhost:8000;\n}\n...\nserver {\n    ...\n    location @notes {\n"
        "        proxy_pass http://notes;\n        proxy_set_header Upgrade $http_upgrade;\n"
        "        proxy_set_header Host $host;\n    }\n    ...\n}",
    ),
    # A prompt set to a name and ` > `, before a known program.
    (
        "console",
        "postgres > pg_ctl -D /srv/pg/data -l logfile start\nwaiting for server to start.... done\nserver started",
    ),
    # ... or `name> `, or `$` run into `sudo`; a prompt over the diff its command prints (rule 1).
    ("console", "postgres> pg_ctl -D $PGDATA reload\nserver signaled"),
    ("console", "$sudo -u postgres createdb notes\n$sudo -u postgres psql -l"),
    (
        "console",
        "% git diff\ndiff --git a/notes.py b/notes.py\n--- a/notes.py\n+++ b/notes.py\n@@ -1 +1 @@\n-x = 1\n+x = 2",
    ),
    # ... while an outline's arrows (`--> name`) are no prompt.
    ("text", "exec_query\n--> pg_parse_query\n--> pg_plan_queries\n\t--> pg_plan_query"),
    # nginx's configuration has no label: text (LABELLING.md, rule 4), not the shell's.
    (
        "text",
        "server {\n    listen 80;\n    server_name notes.example.org;\n\n    location /static/ {\n"
        "        alias /srv/notes/static/;\n    }\n    location / {\n        proxy_set_header Host $host;\n    }\n}",
    ),
]


test_round15_blocks = detection_test(CASES)
