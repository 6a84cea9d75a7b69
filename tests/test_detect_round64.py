"""Detection fixes of session 29 (the misses of rounds 64 to 72's sets once read), each on
snippets we write here."""

from detect_cases import detection_test

CASES = [
    # A shell script by its shebang, though what it hands psql is a DO block.
    (
        "bash",
        '#!/bin/bash\n# tidy the notes tables each night\npsql -d notes -c "\n    DO \\$\\$\n    DECLARE\n'
        "        t RECORD;\n    BEGIN\n        FOR t IN SELECT relname FROM pg_stat_user_tables LOOP\n"
        "            EXECUTE 'VACUUM ANALYZE ' || quote_ident(t.relname);\n"
        "            RAISE NOTICE 'done: %', t.relname;\n        END LOOP;\n    END;\n    \\$\\$;\n\"\n"
        'echo "finished"',
    ),
    # A Helm chart's template: YAML with Go's actions in it, opening with one or holding them in values.
    (
        "yaml",
        "{{- if .Values.notes.enabled }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
        '  name: {{ include "lectern.fullname" . }}-notes\ndata:\n  title: {{ .Values.notes.title | quote }}\n'
        "  {{- range .Values.notes.extra }}\n  extra: {{ . }}\n  {{- end }}\n{{- end }}",
    ),
    (
        "yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-site\n  labels:\n"
        '    {{- include "lectern.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n'
        "  template:\n    spec:\n      containers:\n        - name: site\n"
        '          image: "{{ .Values.image.name }}:{{ .Values.image.tag }}"',
    ),
    # ... while Django's and Jinja's templates stay templates.
    ("html+django", "{% for note in notes %}\n  <li>{{ note.title|title }}</li>\n{% endfor %}"),
    # What Django's makemigrations prints is its output, not YAML.
    (
        "text",
        "Migrations for 'notes':\n  notes/migrations/0003_note_summary.py\n    - Add field summary to note\n"
        "    - Alter field title on note",
    ),
    # Log lines led by their level, logrus's way, are a log.
    (
        "text",
        "INFO[2025-03-02 10:14:07] notes server started on :8080\n"
        "INFO[2025-03-02 10:14:09] serving ${SITE_ROOT} with credentials (${ADMIN_USER})",
    ),
    # A Python list holding one dotted name is no ini section.
    ("text", "['notes.backends.TokenBackend']"),
    ("ini", "[notes]\npath = /srv/notes"),
    # JavaScript's try, whose catch names no type.
    (
        "javascript",
        "try {\n  publish(note); // may fail offline\n} catch (err) {\n  queueForLater(note);\n}",
    ),
    # ... while Java's names the type it catches, and no JavaScript sign is left.
    ("text", "try {\n  publish(note);\n} catch (IOException err) {\n  queueForLater(note);\n}"),
    # A prompt that names a folder before `$ `.
    ("console", "notes> $ python -m venv .venv"),
    ("console", "site>docs> $ make html"),
    # One line marked `+ ` (a space after the mark) is no diff: a list's item, or a message's
    # continuation as PowerShell prints it.
    ("text", "+ FullyQualifiedErrorId : UnauthorizedAccess"),
    # ... while lines added and kept are.
    ("diff", "+import notes\n import sys\n+notes.load()"),
    # Round 67's: a dirty branch's prompt, and a book's `user@bash: ` one.
    ("console", "(drafts*)$ git commit --amend"),
    ("console", "user@bash: chmod +x ./publish.sh\nuser@bash: ./publish.sh"),
    # ... while an address before a colon in prose is no prompt.
    ("text", "editor@example.com: please review the notes before Friday"),
    # A shell array, its items apart by spaces only.
    ("bash", 'feeds=("planet one" "planet two" "planet three")'),
    # Python whose notes draw `<Note object>`: the tags are in its comments.
    (
        "python",
        "rows = session.exec(select(Note, Tag).join(Tag)).all()\n\n"
        "# each row is a pair: [(<Note object>, <Tag object>), ...]\nfor note, tag in rows:\n"
        "    print(note.title, tag.name)",
    ),
    # Python slipped once (a stray letter), opening with an import: `from` is no SQL clause.
    (
        "python",
        "from sqlmodel import select\n\nstmt = (\n    select(Note)\n    .where(Note.words >= 300)x\n"
        "    .order_by(Note.title)\n)\nrows = session.exec(stmt).all()",
    ),
    # Round 66's: SQL's keywords or types listed a line each, noted after `--`.
    (
        "postgresql",
        "-- what a foreign key may do\nCASCADE    -- the change follows\nRESTRICT   -- the change is refused\n"
        "SET NULL   -- the column is emptied",
    ),
    (
        "postgresql",
        "SMALLINT         -- two bytes\nINTEGER (INT)    -- four bytes\nNUMERIC(p,s)     -- exact, p digits\n"
        "DOUBLE PRECISION -- eight bytes",
    ),
    # ... while words in capitals that are no SQL's stay text.
    ("text", "TODO -- write the intro\nDONE -- the outline\nLATER -- the pictures"),
    # A file named `document.html` is no DOM, and a `document` Python names is its own.
    ("bash", "weasyprint document.html document.pdf"),
    ("python", "pdf = render(notes)\ndocument.copy(document.pages[::2]).write_pdf('odd.pdf')"),
    # ... while the DOM's own methods are JavaScript's.
    ("javascript", "token = document.head.querySelector('meta[name=\"csrf\"]')"),
    # zsh's prompt, `user@host dir % `, under a virtualenv's name.
    ("console", "(venv) ana@laptop ~ % psql -h db.local -U notes\nPassword:"),
    # An EXPLAIN over its plan, a word between them, is the plan.
    (
        "postgres-explain",
        "EXPLAIN ANALYZE\nSELECT title FROM notes WHERE id < 50;\n\nResult:\nIndex Scan using notes_pkey on notes\n"
        "  Index Cond: (id < 50)\n  Buffers: shared hit=3",
    ),
    # Round 65's: psql's prompt naming the reader's database as a placeholder.
    ("psql", "course_<username>=> \\i notes.sql"),
    # A synopsis of VALUES with its items elided.
    ("postgresql", "VALUES (expr1, expr2, ...),\n       (expr1, expr2, ...),\n       ..."),
    # A themed zsh's prompt, its arrow lost: `~ ` before a program.
    ("console", "~ curl -s https://notes.example.org/api/feeds/\nHTTP/1.1 200 OK"),
    # ... while `~ ` before words is prose.
    ("text", "~ approximately five minutes"),
    # `$1` in a statement quoted whole is a driver's parameter: JavaScript's awaited call.
    ("javascript", 'await pool.query("DELETE FROM notes WHERE id = $1", [noteId]);'),
    # ... while a shell's command handing psql the statement stays the shell's.
    ("bash", 'psql -d notes -c "DELETE FROM notes WHERE id = $1"'),
    # A Hugo site's shortcode in YAML's values.
    ("yaml", "site:\n  repo: {{< param repository >}}\n  branch: main"),
    # A program given a subcommand after `> `, alone or over what it prints.
    ("console", "> notesctl feeds list\nName      Entries\n--------  -------\nplanet    42"),
    ("console", "> notesctl develop"),
    # ... while a quoted sentence after `> ` is prose.
    ("text", "> Thanks, that fixed the build for me."),
    # Round 68's: meta-commands under SQL's notes alone.
    ("psql", "-- on Linux\n\\! clear\n\n-- on Windows\n\\! cls"),
    # JSON with values left out as `...`.
    ("json", '{\n  "id": 7,\n  "feed": ...,\n  "entries": ...\n}'),
    # Python's `if` with a note after its colon is no YAML key.
    (
        "python",
        "if self.draft:  # pylint: disable=no-member\n    # kept home\n    print(self.title)\nelse:\n"
        "    # out it goes\n    print(self.slug)",
    ),
    # A listing numbered a line each, as a book prints it.
    (
        "python",
        " 1  import sys\n 2\n 3  def main():\n 4      for name in sys.argv[1:]:\n"
        " 5          print(name.upper())\n 6\n 7  main()",
    ),
    # ... while numbered words are a list.
    ("text", "1 apples\n2 pears\n3 figs"),
    # Commands commented out under a note: a script's, not root's prompt.
    (
        "bash",
        "# Nightly backup (disabled for now)\n# pg_dump -Fc -d notes -f notes.dump\n# pg_dump -s -d notes -f schema.sql",
    ),
    # ... while root's commands alone stay a session.
    ("console", "# pg_dump -Fc -d notes -f notes.dump\n# pg_restore -d notes_copy notes.dump"),
    # Round 70's: psql opened after the shell's commands, then statements typed into it.
    (
        "postgresql",
        "# as the notes user\nsudo su - notes\npg_lsclusters\n\npsql\n\nCREATE DATABASE notes;\n\\c notes\n"
        "CREATE SCHEMA drafts;",
    ),
    # `//` notes over statements (and their results): the notes are all of JavaScript's.
    (
        "psql",
        '// ->\nSELECT \'{"a": {"b": 1}}\'::json -> \'a\' AS result;\n\nresult\n----------\n{"b": 1}\n\n'
        '// ->>\nSELECT \'{"a": {"b": 1}}\'::json ->> \'a\' AS result;\n\nresult\n----------\n{"b": 1}',
    ),
    (
        "postgresql",
        "// between, both ends in\nSELECT * FROM notes WHERE BETWEEN 1 AND 9;\n\n// neither end in\n"
        "SELECT * FROM notes WHERE NOT BETWEEN 1 AND 9;",
    ),
    # ... while `//` over JavaScript stays JavaScript.
    ("javascript", "// Do NOT do this\nthis.button.after(message);"),
    # A parameter passed by reference is C++'s.
    ("cpp", "void publish(const Note& note) {\n    note.render();\n}"),
    # Jinja's item of a mapping in a template.
    ("html+django", "<p>Debug: {{ config['DEBUG'] }}</p>"),
    # The first prompt decides, under a comment: a shell session that goes on into Python's.
    (
        "console",
        "# run it as a module\n$ python3 -m notes_tool\n3 notes\n\n# or import it\n"
        ">>> from notes_tool import count\n>>> count()\n3",
    ),
    # An ini file's `; note` after a value.
    (
        "ini",
        "# pgbouncer.ini\n\nserver_idle_timeout = 600   ; close after ten minutes\nclient_idle_timeout = 0     ; 0 = never",
    ),
    # Round 69's: pg_hba.conf's lines with an address's mask, and PostgreSQL 18's oauth method.
    (
        "text",
        "# Allow the notes app in\nhost    notes    notes    10.0.0.0    255.0.0.0    scram-sha-256\n"
        "host    all      all      0.0.0.0/0               oauth",
    ),
    # PL/pgSQL's PERFORM, in lower case, of a function in a schema.
    ("plpgsql", "-- check access (raises when denied)\nperform notes.check_access(_user_id, 'edit');"),
    # A YAML setting named as a log's level.
    ("yaml", "DEBUG: true\nSECRET_KEY: dummy\nALLOWED_HOSTS:\n  - localhost"),
    # A file named over its content, where it goes noted after it.
    ("yaml", "# /etc/notes/site.yaml (on the web host)\nsite:\n  title: Notes\n  feeds: true"),
    # An aliased expression: SQL's `||`, not the shell's.
    ("postgresql", "left(md5(n.author::text || n.title::text), 10) AS digest"),
    # A dict's entries left out with `...`.
    ("python", "notes = notes.astype({'tags': 'category', ...})"),
    # A list written over lines, a comma after its last item, as no printer writes it.
    ("python", "[\n    'title',\n    'summary',\n    'body',\n]"),
    # ... while a list on one line may be printed.
    ("text", "['title', 'summary', 'body']"),
    # A count's tag under the statement it answers.
    (
        "psql",
        "CREATE TEMPORARY TABLE recent AS (\n    SELECT id FROM notes WHERE written > now() - interval '7 days'\n);\n"
        "SELECT 4",
    ),
    # A document handed to a command whose output goes to a file.
    (
        "bash",
        "mkdir demo && cd demo\n\ncat << EOF > ./run.py\nimport sys\n\nprint(sys.argv)\nEOF\n\npython ./run.py",
    ),
    # Round 71's: a dict written with notes inside, as no printer writes one.
    ("python", '{\n    # the backend to load\n    "notes.backends": [...]\n}'),
    # A database's address alone, a variable in it, is a place named, not a command.
    ("text", "postgres://notes:$PASSWORD@db.example.org:5432/notes?sslmode=verify-full"),
    # A configuration file named over its lines: under /etc/, no program.
    ("text", '# /etc/notes/site\n\nroot = "/srv/notes"\n\nserver {\n    listen 8080\n}'),
    # Round 72's: what a table's definition says a line at a time, cut from it.
    ("postgresql", "CHECK (length(title) >= 2)\nCHECK (written <= CURRENT_DATE)"),
    ("postgresql", "UNIQUE (slug)"),
    ("postgresql", "DEFAULT now()\nDEFAULT true"),
    ("postgresql", "TEXT\nDATE\nBOOLEAN\nTIMESTAMPTZ"),
    ("postgresql", "TEXT NOT NULL"),
    # ... while a word alone that is no type stays text, and Python's call stays Python's.
    ("text", "PASSWORD"),
    ("python", "check(title)"),
    # Python's tools' directives alone.
    ("python", "# pyright: strict"),
    ("python", "# type: ignore\n# fmt: off"),
    # ... while a note of another kind is text.
    ("text", "# note: this is fine"),
]


test_detects = detection_test(CASES)
