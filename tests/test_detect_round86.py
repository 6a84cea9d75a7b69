"""Detection fixes of session 31 (the misses of the tuning sets and of rounds 86 on once read),
each on snippets we write here."""

from detect_cases import detection_test

CASES = [
    # Clauses whose statement a post left out, marked `[...]` before (and after) them, a line each
    # or under notes.
    ("postgresql", "[...] FROM notes [...]"),
    ("postgresql", "[...] FROM notes n JOIN tags t ON t.note_id = n.id [...]"),
    (
        "postgresql",
        "/* every note, tagged or not */\n[...] FROM notes n LEFT JOIN tags t ON t.note_id = n.id\n"
        "/* only tagged notes */\n[...] FROM notes n INNER JOIN tags t ON t.note_id = n.id",
    ),
    # ... while a log's elision stays the log's, and `... WHERE` as before.
    ("text", "[...] from the cache, 12 notes rebuilt"),
    ("postgresql", "... WHERE written > now() - interval '1 day'"),
    # SQL's `--` notes in braces over statements: pseudo-code about SQL, no JavaScript.
    (
        "postgresql",
        "-- take the lock, or say no at once\nselect pg_try_advisory_lock(42);\n\nif (locked) {\n"
        "  -- rebuild the notes\n  select pg_advisory_unlock(42);\n}",
    ),
    # ... while JavaScript that decrements, or quotes SQL in its strings, stays JavaScript.
    ("javascript", "let left = notes.length;\nwhile (left > 0) {\n  left--;\n  render(notes[left]);\n}"),
    (
        "javascript",
        'const query = "SELECT * FROM notes";\nclient.query(query).then((rows) => {\n  render(rows);\n});',
    ),
    # Round 87's: a statement's placeholders in angle brackets, which no element closes.
    (
        "postgresql",
        "SELECT title FROM <table> WHERE <column> IN (1, 2, ...)\n\n-- the same:\nSELECT title FROM <table> WHERE <column> = 1 OR ...",
    ),
    # ... while a page's table, closed, stays HTML.
    ("html", "<table>\n  <tr><td>notes</td><td>12</td></tr>\n</table>"),
    # psql opened, then a statement and the server's answer, no prompt: a session (rule 2).
    (
        "psql",
        "psql -U notes_admin notes # open the notes database\n\n# make the archive\nCREATE DATABASE archive;\n"
        'ERROR:  database "archive" already exists',
    ),
    # ... while psql opened then statements alone stay SQL.
    ("postgresql", "psql -U notes_admin notes\n\nCREATE DATABASE archive;"),
    # psql's expanded record under the command that printed it, no prompt: the shell's (rule 2).
    (
        "bash",
        'psql -x -c "select * from pg_stat_archiver" notes\n-[ RECORD 1 ]---+-----\narchived_count | 12\n'
        "failed_count   | 0",
    ),
    # A template literal handed to a call: JavaScript's `${...}`, not the shell's.
    ("javascript", "console.log(`${note.title} has ${note.tags.length} tags`);"),
    (
        "javascript",
        "Note('Ann', 40);\n\nconsole.log(`${this.title} by ${this.author}`);\n\n"
        "console.log(`${global.title} by ${global.author}`);",
    ),
    # ... while the shell's own `${...}` in a command's backticks stays the shell's.
    ("bash", 'echo "built `date`"\ncp "${SRC}/notes.db" "${DEST}/"'),
    # MongoDB's shell, set beside JSONB: its collection's methods, an operator's bare key.
    ("javascript", 'db.notes.find({ author: "ann" })'),
    ("javascript", 'db.notes.updateOne(\n    { slug: "intro" },\n    { $set: { draft: false } }\n)'),
    # ... while Python's own `db.session` stays Python's.
    ("python", "db.session.add(note)\ndb.session.commit()"),
    # A comprehension alone, which only Python writes (no ini section in its brackets).
    ("python", "{n: n ** 2 for n in (1, 2, 3)}"),
    ("python", "[n * 2 for n in counts]"),
    ("ini", "[flake8]\nmax-line-length = 100"),
    # YAML merging an anchor the excerpt left out.
    ("yaml", "production:\n  <<: *common\n  database: notes_production"),
    # Round 86's: a Django model's call, then the statement the ORM sent: the call's (rule 2).
    (
        "python",
        'Note.objects.annotate(Count(\'tags\'))\n\nSELECT "notes_note"."id", COUNT("notes_tag"."id") AS '
        '"tags__count"\n  FROM "notes_note"\n  LEFT OUTER JOIN "notes_tag" ON ("notes_note"."id" = "notes_tag"."note_id")\n'
        ' GROUP BY "notes_note"."id"',
    ),
    # ... while a statement over another statement stays SQL.
    ("postgresql", "SELECT count(*) FROM notes;\n\nSELECT count(*) FROM tags;"),
    # SQL/JSON's path alone, as a literal; literals joined by `||`.
    ("postgresql", "'$.notes[*] ? (@.words > 100 && @.words < 900)'"),
    ("postgresql", "'strict $.tags[0].name'::jsonpath"),
    ("postgresql", "'$' || '.' || 'title'"),
    # ... while the shell's own `'...' ||` runs a command.
    ("bash", "grep -q 'draft' notes.md || echo 'no drafts'"),
    # PostgreSQL's functions a call a line, what each gives after `=>`.
    (
        "postgresql",
        "jsonb_path_exists('{\"words\": 120}', '$.words') => true\n"
        "jsonb_path_query_array('{\"tags\": [1, 2, 3]}', '$.tags[*] ? (@ > 1)') => [2, 3]",
    ),
    # Round 88's: a plan's pieces alone: what ANALYZE measured, a Hash node's buckets, a join node.
    ("postgres-explain", "actual time=0.031..2.874"),
    ("postgres-explain", "Hash  (cost=...)\n  Buckets: 1024  Batches: 1  Memory Usage: 40kB"),
    ("postgres-explain", "Nested Loop"),
    ("postgres-explain", "Hash Left Join"),
    # ... while a sentence naming a node stays prose.
    ("text", "Merge Join is what the planner chose here."),
    # EXPLAIN's options alone, its statement left out.
    ("postgresql", "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)"),
    # PL/pgSQL's bare loop cut from a body; its declarations assigned, without DECLARE.
    ("plpgsql", "LOOP\n    EXIT WHEN done > 10;\n    done := done + 1;\nEND LOOP;"),
    ("plpgsql", "  note_table TEXT := prefix || '_notes';\n  tag_table TEXT := prefix || '_tags';"),
    # Node's `require` and a class with async methods: JavaScript, no C++ class.
    (
        "javascript",
        "const grpc = require('@grpc/grpc-js');\n\nclass NoteService {\n  async getNote(call, callback) {\n"
        "    callback(null, await Note.findById(call.request.id));\n  }\n}",
    ),
    # ... while C++'s own class stays C++.
    ("cpp", "class NoteStore {\npublic:\n    std::string title;\n};"),
    # Round 90's: a line of prose over the statement it names, in any alphabet.
    ("postgresql", "2024-05-01 の下書きを消す\nDELETE FROM notes WHERE written = '2024-05-01'"),
    # ... while a command over a statement stays as it was, the shell's line no caption.
    ("bash", "sudo apt-get install postgresql-16-notes\nCREATE EXTENSION IF NOT EXISTS notes;"),
    # A FROM clause alone, in SQL's capitals, its table named in another alphabet.
    ("postgresql", "FROM ノート"),
    # PL/pgSQL's RAISE of a condition by name, its synopsis, and ASSERT.
    ("plpgsql", "RAISE unique_violation USING MESSAGE = 'note ' || note_id || ' exists';"),
    ("plpgsql", "RAISE [ level ] 'format' [, expression [, ... ]];\nRAISE ;"),
    ("plpgsql", "ASSERT words > 0, 'an empty note';"),
    # ... while C's ASSERT macro takes brackets.
    ("c", "ASSERT(words > 0);\nint total = count_words(note);"),
    # A type's modifiers named, as a synopsis gives them, over an example.
    ("postgresql", "numeric(precision, scale)\nnumeric(6, 2)"),
    # ... while Python's own int() stays Python's.
    ("python", "int(words)"),
    # The shell's trap, its handlers quoted.
    ("bash", "trap '' 1 2 3 15"),
    # Round 91's: a statement behind a comment's `* ` margin on every line.
    ("postgresql", "* CREATE TABLE notes (\n*     id bigint PRIMARY KEY,\n*     title text NOT NULL\n* );"),
    # ... while a list in stars stays prose.
    ("text", "* notes\n* tags"),
    # A PostgreSQL function's synopsis, its arguments named (`end` is reserved).
    ("postgresql", "generate_series(start, end, step)"),
    # `$pip`: a prompt with no space after it, before a known program.
    ("console", "$pip install notes-cli"),
    # ... while a variable run as a program stays the script's.
    ("bash", "NOTES_PY=python3\n$NOTES_PY -m notes build"),
    # The shell's menu loop without `in`: no SQL's SELECT.
    ("bash", 'select theme\ndo\n    break\ndone\n\necho "theme is $theme"'),
    # Round 93's: a themed prompt's `⚡` before a command, its output under it.
    ("console", "⚡ python manage.py test\nRan 3 tests in 0.120s\n\nOK"),
    # ... while the mark inside a sentence stays prose.
    ("text", "Rapid switching between notes ⚡, and tags that expire."),
    # Round 92's: a CASE expression's synopsis, its branches elided.
    ("postgresql", "CASE\n    WHEN words > 900 THEN 'long'\n    ...\n    ELSE 'short'\nEND"),
    # A shell variable's quoted value carried over lines with `\`.
    ("bash", 'NOTES_URL="https://example.org/notes/\\\n${NOTES_YEAR}/index.html"'),
    # ... while Python's string over lines stays Python's.
    ("python", 'notes_url = "https://example.org/notes/" \\\n    + year + "/index.html"'),
    # Round 94's: a reference's lists of SQL's operators, a family a line.
    ("postgresql", "=, <>, <, <=, >, >=\n\nIS NULL, IS NOT NULL\n-- the same as\nISNULL, NOTNULL"),
    ("postgresql", "LIKE, ILIKE\nSIMILAR TO, NOT SIMILAR TO"),
    # ... while arithmetic's signs alone, or words in capitals, are no SQL of their own.
    ("text", "TODO, FIXME, DONE"),
    # PostgreSQL's functions' synopses a line each, their arguments typed, under SQL's notes.
    (
        "postgresql",
        "-- session level\npg_advisory_lock(key bigint)\npg_try_advisory_lock(key bigint)\n"
        "pg_advisory_unlock(key bigint)\n\n-- transaction level\npg_advisory_xact_lock(key bigint)\n"
        "pg_try_advisory_xact_lock(key bigint)",
    ),
    # A command's synopsis, the name it may be given in brackets.
    ("postgresql", "VACUUM VERBOSE [tablename]"),
    # A template's comment tag on a line of its own, HTML between.
    ("html+django", '{# the notes #}\n<div class="notes">\n</div>\n{# end of the notes #}'),
    # Round 95's: a line of prose over statements and the server's answers: a session.
    (
        "psql",
        'заметки уже созданы\nCREATE TABLE notes (id int);\nERROR:  relation "notes" already exists',
    ),
    # A script run from here over what it printed, a blank line between or not: the shell's (rule 2).
    ("bash", "./count_notes.py\nCounting notes in 3 folders\nDone: 42 notes"),
    # ... while the script's run alone stays a command, and a script's lines stay the script's.
    ("bash", "./count_notes.py --all\n./tag_notes.sh drafts"),
]


test_detects = detection_test(CASES)
