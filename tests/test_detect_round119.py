"""Detection fixes of session 37 read off round 118 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Go's templates: `{{ .Name }}`, the dot alone, a pipe.
    ("html+django", "<tr>\n  <td>{{ .Title }}</td>\n  <td>{{ .Speaker }}</td>\n</tr>"),
    ("html+django", "<ul>\n  <li>{{ . }}</li>\n</ul>"),
    # ... while a command's quoted Go format stays the shell's, as before.
    ("bash", "docker inspect --format '{{ .State.Status }}' talks-db"),
    # Examples of a function's input and what it gives, `→` between.
    ("text", "slots = [3, 1, 2]        →  [1, 2, 3]\nslots = [5, 5]           →  [5, 5]"),
    # ... while settings stay ini, as before.
    ("ini", "[talks]\nroom = main\nseats = 300"),
    # Results printed by version or index, `key: value` in YAML's shape.
    ("text", "3.11.4: 1.92\n3.12.1: 1.71\n3.13.0: 1.64"),
    # ... while a YAML mapping stays YAML, as before.
    ("yaml", "python: 3.12\nservices:\n  - postgres"),
    # Arduino's calls of an object's members: no SQL.
    ("c", "Serial.println(WiFi.localIP());"),
    ("c", 'mqtt.publish("talks/room1/light", "ON");'),
    # ... while PostgreSQL's schema-qualified call with a quoted string stays SQL, as before.
    ("postgresql", "SELECT pg_catalog.set_config('search_path', '', false);"),
    # C++ by its lambdas, or Arduino's String objects added together.
    ("cpp", 'void setup() {\n  server.on("/", [](Request *r) {\n    r->send(200);\n  });\n}'),
    ("cpp", 'String url = "http://" + String(host) + "/talks";'),
    # A systemd unit under its path, a note with a flag among its lines.
    (
        "ini",
        "# /etc/systemd/system/talks.service\n[Unit]\nDescription=Talks\n\n[Service]\n"
        "# pm2 --max-memory-restart, as the JVM -Xmx\nExecStart=/usr/bin/talks serve\nRestart=on-failure",
    ),
    # An .editorconfig's section over globs in braces.
    ("ini", "root = true\n\n[*]\ncharset = utf-8\n\n[*.{yml,yaml,md}]\nindent_size = 2"),
    # f-strings under notes; slices with notes.
    ("python", "# the title\nf'{talk.title}'\n\n# padded\nf'{talk.title:>30}'"),
    ("python", "slides[1:]    # all but the cover\nslides[:-1]   # all but the last"),
    # GitLab's jobs named with `:`.
    ("yaml", "build:docs:\n  stage: build\n  script: invoke build\n\ntest:quick:\n  stage: test"),
    # The shell's prompts alone, user and host in brackets.
    ("console", "[ana@talks ~]$\n[ana@talks ~]#"),
    ("bash", "   rmdir Drafts"),
    # The DOM's methods named a line each; a tag begun; its attributes a line each.
    ("javascript", "querySelector()\naddEventListener()\ngetElementById()"),
    ("html", "<video"),
    ("html", 'src="talk.mp4"\nwidth="640"\nheight="360"'),
    # ... while the shell's lower-case assignments stay the shell's, as before.
    ("bash", 'src="$1"\ndest="$2"'),
    # A cheat sheet: headings in capitals, what each covers indented.
    (
        "text",
        'APP SETUP\n  app = Talks(title=..., version=...)\n  app.include_router(router, prefix="/v1")\n\n'
        'ROUTES\n  @app.get("/talks/{slug}")\n  async def talk(slug: str) -> Talk: ...\n\nCAPTIONS\n  cues = parse(path)',
    ),
    # ... while PL/pgSQL's sections stay PL/pgSQL, as before.
    ("plpgsql", "DECLARE\n  n int;\nBEGIN\n  n := 1;\nEXCEPTION\n  WHEN others THEN\n    NULL;\nEND;"),
]


test_session_37_round_118 = detection_test(CASES)
