"""Detection fixes of session 30 (the misses of the tuning sets and of rounds 74 to 77's sets
once read), each on snippets we write here."""

from detect_cases import detection_test

CASES = [
    # PostgreSQL's transaction and cursor statements, which SQL_START did not know, opening a
    # block that does not parse (a placeholder, a missing `;`).
    ("postgresql", "END;\nBEGIN\nALTER TABLE notes ADD pinned INT;"),
    ("postgresql", "START TRANSACTION;\nUPDATE notes SET title = <new title> WHERE id = <id>;\nCOMMIT;"),
    (
        "postgresql",
        "SAVEPOINT before_tags;\nDELETE FROM tags WHERE note = <id>;\nROLLBACK TO SAVEPOINT before_tags;",
    ),
    (
        "postgresql",
        "DECLARE recent CURSOR FOR\n  SELECT * FROM notes WHERE written > <date>;\nFETCH 10 FROM recent;",
    ),
    # ... while `end` or `abort` opening a sentence is no statement.
    ("text", "end of the notes"),
    ("text", "abort the import when a feed is empty"),
    # Round 74's: PL/pgSQL's block drawn as a synopsis, its parts in brackets (`<<label>>` is no
    # here-document).
    ("plpgsql", "[ <<tidy>> ]\n[ DECLARE\n    declarations ]\nBEGIN\n    statements\nEND [ tidy ];"),
    # A body's statements cut out of it: a statement, then a test's end, which SQL alone has not.
    (
        "plpgsql",
        "SELECT title INTO STRICT found_title FROM notes WHERE id = wanted;\nIF NOT FOUND THEN\n"
        "    RAISE EXCEPTION 'note % is gone', wanted;\nEND IF;",
    ),
    # ... while the statement that carries a body stays SQL (rule 5).
    (
        "postgresql",
        "CREATE FUNCTION pin(wanted int) RETURNS void AS $$\nBEGIN\n    IF wanted > 0 THEN\n"
        "        UPDATE notes SET pinned = true WHERE id = wanted;\n    END IF;\nEND;\n$$ LANGUAGE plpgsql;",
    ),
    # Synopses: an optional clause first, a list's `[, ...]`, a `;` at a line's end.
    ("postgresql", "[WITH named_queries] SELECT output_list FROM note_sources [ordering];"),
    ("postgresql", "FROM note_source [, note_source [, ...]]"),
    ("postgresql", "query_a UNION [ALL] query_b;\nquery_a EXCEPT [ALL] query_b;"),
    # ... while a shell's here-document still makes a script.
    ("bash", "psql -d notes <<SQL\nSELECT count(*) FROM notes;\nSQL"),
    # Round 77's: an IPython session, its traceback's `<module>()` and an item's assignment no C.
    (
        "python",
        "In [1]: notes = ['a', 'b']\n\nIn [2]: notes[0] = 'A'\n\nIn [3]: notes[5]\n"
        "---------------------------------------------------------------------------\n"
        "IndexError                                Traceback (most recent call last)\n"
        "<ipython-input-3-0f2a> in <module>()\n----> 1 notes[5]\n\nIndexError: list index out of range",
    ),
    # The shell's own words alone, and commands grouped in braces to be pasted as one.
    ("bash", "pwd"),
    ("bash", "pushd ~/notes\nls\npopd"),
    ("bash", "{\n  chmod +x build/{site,feeds}/*\n}"),
    # An array written a few items a line.
    ("bash", 'feeds=(\n  "planet" "notes"\n  "talks"\n)'),
    # ... while a tuple over lines, its commas Python's, stays Python.
    ("python", "sizes = (\n    1,\n    2,\n)"),
    # SQL's concatenation, a literal between its `||`.
    ("postgresql", "|| ' - ' ||"),
    # C's declarations of a few names at once.
    ("c", "int width, height;\n\n// the middle of the page\nmiddle = (width + height) / 2;"),
    # Round 75's: a column's options in lower case, a line each.
    ("postgresql", "default now()\ndefault gen_random_uuid()\ndefault lower('A' || 'B')"),
    # ... while Python's `return f(x)` is no column.
    ("python", "return redirect(reverse('notes'))"),
    # Statements with their parts elided, a note after each `;`.
    (
        "postgresql",
        "BEGIN;             -- one transaction\nUPDATE notes ...;  -- the first change\nCOMMIT;            -- done",
    ),
    # Round 76's: psql opened by a container run for it, its command over lines, then statements.
    (
        "postgresql",
        "docker run -it --rm \\\n  --network notes-net \\\n  postgres:16 \\\n  psql -h notes-db -U notes\n\n"
        "select count(*) from notes;",
    ),
    # ... while a container's command alone stays the shell's.
    ("bash", "docker run -it --rm \\\n  --network notes-net \\\n  postgres:16"),
    # An IDE's console: the SQLSTATE before the error, JDBC's `Hint:` under it.
    (
        "psql",
        '[42704] ERROR: type "tsrange_x" does not exist\nHint: Check the spelling.\n\n'
        "CREATE EXTENSION btree_gist;",
    ),
    # Read off the tuning sets: a crontab's line carried over lines, and a MANIFEST.in's commands,
    # are files no label has (text).
    ("text", "@weekly cd /srv/notes && find logs -mtime +30 \\\n    -exec rm {} \\;"),
    ("text", "recursive-include notes/templates *.html *.txt\nprune notes/drafts"),
    # ... while a command carried over lines stays the shell's.
    ("bash", "find logs -mtime +30 \\\n    -exec rm {} \\;"),
    # Round 78's: a statement given and the one a rewrite makes of it, marked `[in]` and `[out]`.
    (
        "postgresql",
        "[in]\nselect * from notes where id in (1, 2) and id in (2, 3);\n\n[out]\nselect * from notes where id = 2;",
    ),
    ("postgresql", "[in] select * from notes where 1 = 1;"),
    # A plan under its statement, the word EXPLAIN left out, no prompt.
    (
        "postgres-explain",
        "SELECT * FROM notes WHERE id < 10;\n\n                QUERY PLAN\n"
        "------------------------------------------------------------\n"
        " Index Scan using notes_pkey on notes  (cost=0.15..8.17 rows=1 width=40)\n"
        "   Index Cond: (id < 10)",
    ),
    # A `//` note over a statement handed a driver's parameter.
    ("postgresql", "// fetch several notes at once\nSELECT * FROM notes WHERE id = ANY($1::int[])"),
    # Round 79's: statements and their results under a `# Session 1` heading; a DO block's run.
    (
        "psql",
        "# Session 1\n\nSTART TRANSACTION;\nSELECT * FROM notes;\n\n id | title\n----+-------\n  1 | first",
    ),
    (
        "psql",
        "DO $$\nBEGIN\n    FOR i IN 1..2 LOOP\n        RAISE NOTICE 'step %', i;\n    END LOOP;\nEND $$;\nNOTICE:  step 1\nNOTICE:  step 2\nDO",
    ),
    # ... while a DO block alone stays SQL (rule 5).
    (
        "postgresql",
        "DO $$\nBEGIN\n    FOR i IN 1..2 LOOP\n        RAISE NOTICE 'step %', i;\n    END LOOP;\nEND $$;",
    ),
    # A root prompt on a host masked with `*`.
    ("console", "root@notes-*:~# apt install postgresql"),
    # SQL's own call syntax in a synopsis, `FROM` inside the call.
    ("postgresql", "substring(string FROM start [FOR count])"),
    # ... while a log quoting statements stays a log.
    (
        "text",
        'SQL (0.4ms)  DELETE FROM "notes" WHERE "notes"."id" = 7\nSQL (0.5ms)  DELETE FROM "notes" WHERE "notes"."id" = 8',
    ),
    # Rounds 80 and 81's: a table's constraints a line each, a `-- note` after each.
    ("postgresql", "PRIMARY KEY (note, tag), -- one pair once\nUNIQUE (slug), -- no two alike"),
    # PostgreSQL's own functions named in a synopsis, optional arguments in brackets.
    ("postgresql", "generate_series(first, last[, step])"),
    ("postgresql", "string_agg(title, separator)"),
    # ... while a call of a name no SQL function has stays Python's.
    ("python", "render_notes(request, template)"),
    # A lower-case name given a quoted value, no space around `=`: rc.conf's, the shell's.
    ("bash", 'notes_enable="YES"\nnotes_flags="--port 8080"'),
    # Round 82's: a function given parameters, which the shell's never takes, is JavaScript's,
    # however many `&&` its tests hold.
    (
        "javascript",
        "function bucket(n) {\n    if (n >= 0 && n < 10) {\n        return 0;\n    } else if (n >= 10 && n < 20) {\n"
        "        return 10;\n    } else if (n >= 20 && n < 30) {\n        return 20;\n    }\n    return 30;\n}",
    ),
    # ... while the shell's own function, no parameters, stays the shell's.
    ("bash", "function tidy {\n    rm -rf build && mkdir build\n}"),
    # Round 83's: Python's call over the JSON it printed is no C function's header over its body,
    (
        "python",
        "response = session.get('http://localhost:8000/api/notes/')\nprint(response.content)\n"
        '{\n    "count": 2,\n    "next": null,\n    "results": []\n}',
    ),
    # ... and C's `->` in a Python note is no C.
    (
        "python",
        'operations = [\n    Widen(),  # safe: int->bigint only\n    migrations.RemoveField("note", "size"),\n]',
    ),
    # ... while C's own definition, its type on the line above, stays C.
    ("c", "static int\ncount_notes(Relation rel)\n{\n    return 0;\n}"),
    # Round 84's: a cheat sheet of types with notes, then a statement that uses them.
    (
        "postgresql",
        "-- whole numbers\nSMALLINT      -- 2 bytes\nINTEGER       -- 4 bytes\nBIGINT        -- 8 bytes\n\n"
        "CREATE TABLE counts (\n    id INTEGER,\n    total BIGINT\n);",
    ),
    # A plan's node alone, its costs elided.
    ("postgres-explain", "Seq Scan on notes ..."),
    # Round 85's: SQL's `<>` testing a quoted, qualified name.
    ("postgresql", '"note"."title" <> \'draft\''),
    # A `bash> ` prompt before a command given its environment.
    ("console", "bash> NOTES_THEME=dark python build.py"),
]


test_detects = detection_test(CASES)
