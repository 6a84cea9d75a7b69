"""Detection fixes of session 34 (misses of rounds 100 to 111 read on a corpus fetched again),
each on snippets we write here; the cases marked "as before" guard what the fix must not move."""

import os
import subprocess
import sys
from pathlib import Path

from detect_cases import detection_test

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"

CASES = [
    # Settings with a `...,` standing for the rest of a dict, its closing brace with it.
    (
        "python",
        "TEMPLATES = [\n    {\n        'BACKEND': 'django.template.backends.django.DjangoTemplates',\n"
        "        'DIRS': [BASE_DIR / 'templates'],\n        ...,\n]",
    ),
    # A dict left open before the next setting, comments in another script over each.
    (
        "python",
        "# 開発用\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.sqlite3',\n"
        "        'NAME': BASE_DIR / 'db.sqlite3',\n    }\n\n# 本番用\nimport dj_database_url\n"
        "DATABASES = {\n    'default': dj_database_url.config(conn_max_age=600),\n}",
    ),
    # A writer's elisions on lines of their own, `(... 생략 ...)`, around a list of apps.
    (
        "python",
        "(... 생략 ...)\nINSTALLED_APPS = [\n    'talks.apps.TalksConfig',\n    'django.contrib.admin',\n"
        "    (... 생략 ...)\n]\n(... 생략 ...)",
    ),
    # A URLconf with one entry left unfinished.
    (
        "python",
        "urlpatterns = [\n    path('talks/', views.talk_list, name='talk-list'),\n"
        "    path('talks/<slug:slug>/',\n        )\n    path('speakers/', views.speakers, name='speakers'),\n]",
    ),
    # A queryset's chain on lines of their own, without the brackets that would carry them.
    (
        "python",
        "talks: QuerySet = Talk.objects.select_related('speaker')\n"
        "                              .filter(\n                                  level='deep',\n"
        "                              )",
    ),
    # ... while prose between elisions stays text, as before.
    ("text", "(... the build runs ...)\nthen every talk page is written\n(... and the feed ...)"),
    # ... and so does a value printed back, a dict wrapped to the margin, as before.
    ("text", "{'id': 2, 'title': 'Plans', 'minutes': 40, 'level': 'deep', 'room': 'B',\n'speaker': 'Ana'}"),
    # Settings whose entries a `...` stands for, the braces they closed left out with them.
    (
        "python",
        "TEMPLATES = [\n    {\n        ...\n        'OPTIONS': {\n            ...\n            'debug': True,\n"
        "        ...\n    }\n]",
    ),
    # A lesson on Python's comments: a `#` line and a note in triple quotes.
    ("python", "# one line of note\n\n'''\nA note\nover several lines\n'''"),
    # ... while a `#` heading over prose, no string in triple quotes, stays text, as before.
    ("text", "# Notes\n\nPlans and their costs\nare read from the plan"),
    # A callable's signature as Python's docs print it: keyword-only parameters, annotations.
    ("python", "TalkFeed(\n    *,\n    title: str,\n    limit: int = 20,\n    drafts: bool = False,\n)"),
    (
        "python",
        "class talks.Schedule(room=None,\n                     day=None,\n                     options={})",
    ),
    # ... while an SQL function's signature stays SQL, as before.
    ("postgresql", "talk_slot(room text, starts timestamptz DEFAULT now())"),
    # A dict as Python prints it back, on one line; a list of one class's reprs: output, text.
    ("text", "{'ok': 1, 'modified': 1, 'matched': 1, 'upserted': False}"),
    ("text", "[TalkId('5932a80115c2'), TalkId('5932a80115c3')]"),
    # ... while a dict assigned, or a list of calls of several names, stays Python, as before.
    ("python", "defaults = {'ok': 1, 'modified': 1}"),
    ("python", "[print(talk), render(talk)]"),
    # A table's columns cut from it, types in capitals after a name in another language.
    ("postgresql", "  Titel VARCHAR(200)\n  Dauer NUMERIC(4, 1)\n  Inhalt TEXT"),
    # ... while a C function of a named type stays C, as before.
    ("c", "Datum\ntalk_minutes(PG_FUNCTION_ARGS)\n{\n    PG_RETURN_INT32(40);\n}"),
    # Operators a line each, SQL's `--` note after each.
    ("postgresql", "~*     -- matches, case aside\n!~     -- does not match\n||     -- joins two strings"),
    # A placeholder the reader fills in, inside a fragment of a statement.
    ("postgresql", "percentile_cont(0.5) within group (order by <column>)"),
    # A policy's conditions, cut from CREATE POLICY.
    ("postgresql", "USING (speaker_id = current_user_id())\nWITH CHECK (speaker_id = current_user_id());"),
    # SQL's `--` notes over statements and one command of the shell among them.
    (
        "postgresql",
        "-- 1. keep a copy first\npg_dump -d talks -f talks.sql\n\n"
        "-- 2. then drop the old column\nALTER TABLE talk DROP COLUMN legacy_slug;",
    ),
    # ... while the shell's `#` notes over commands and a psql line stay the shell's, as before.
    (
        "bash",
        "# 1. copy first\npg_dump -d talks -f talks.sql\n\n# 2. then, inside psql\n"
        "-- the old column goes\nALTER TABLE talk DROP COLUMN legacy_slug;",
    ),
    # psql opened, then a statement an old release took (PostgreSQL's parser now refuses it).
    ("postgresql", "sudo -u postgres psql\nCREATE USER lectern WITH PASSWORD 'x' NOCREATEDB NOCREATEUSER;"),
    # ... while psql opened over a line of prose stays the shell's, as before.
    ("bash", "sudo -u postgres psql\nthen create the user there"),
    # The rows of an INSERT's VALUES, its head left out.
    (
        "postgresql",
        "(1, 'Plans', 'https://example.org/plans', 40),\n(2, 'Captions', 'https://example.org/c', 30)",
    ),
    # A virtualenv's prompt over a directory and a user (`(venv) dir user$ `), and alone, waiting.
    ("console", "(venv) talks ana$ ./manage.py runserver\nWatching for file changes with StatReloader"),
    ("console", "(venv) $ "),
    # ... while prose opening with two words and a price stays text, as before.
    ("text", "Hosting costs 5$ a month\nand the feed is free"),
    # GitLab CI's hidden job, its key opening with a dot, merged into a job by its anchor.
    (
        "yaml",
        ".build_site: &build_site\n  stage: build\n  image: python:3.12\n  script:\n    - invoke build\n\n"
        "site:\n  <<: *build_site\n  only:\n    - main",
    ),
    # A workflow's steps under comments, one of them ending as a statement would: `;`.
    (
        "yaml",
        "# Fetch the whole history; the feed needs every commit's date;\n- uses: actions/checkout@v4\n"
        "  with:\n    # needed for the dates (see the build's notes);\n    fetch-depth: 0\n- run: invoke build",
    ),
    # C++'s named casts, a reference declared with its `&` by the name, and its streams.
    ("cpp", "double minutes;\nvoid *raw = &minutes;\ndouble *back = static_cast<double *>(raw);"),
    ("cpp", "const int level = 3;\nconst int &shown = level;"),
    ("cpp", "int talks;\ncin >> talks;\ncout << talks << endl;"),
    # ... and what only C++ has: decltype, constexpr, virtual members, an operator overloaded,
    # the standard library's templates named without std::, a default argument.
    ("cpp", "const int level = 3;\ndecltype(level) next = level + 1;"),
    ("cpp", "constexpr int slots() { return 12; }"),
    ("cpp", "  virtual void render(const char* title, int minutes) = 0;"),
    ("cpp", "inline bool slot::\noperator<(const slot &other) const\n{\n  return start < other.start;\n}"),
    ("cpp", "vector<string> rooms;\nrooms.push_back(name);"),
    ("cpp", "void schedule(int talk, int room = 1);"),
    # ... while PostgreSQL's own CREATE OPERATOR stays SQL, as before.
    ("postgresql", "create operator === (leftarg = box, rightarg = box, procedure = box_eq);"),
    # ... while C's bitwise and, a pointer and a cast in brackets stay C, as before.
    ("c", "int flags = mode & MASK;\nchar *name = (char *) malloc(len + 1);"),
]


test_detects = detection_test(CASES)


def test_python_read_for_detection_warns_nothing(tmp_path):
    """A block with `'\\c'` in a string made Python 3.11 warn of an invalid escape on the build's
    stderr each time detection parsed it: the reader's code is no news for whoever builds."""
    script = tmp_path / "detect_one.py"
    script.write_text(
        "from sql_highlight.detect import detect_language\n"
        "print(detect_language(\"path = 'C:\\\\code\\\\talks'\\nprint(path)\"))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PLUGINS)}
    run = subprocess.run(
        [sys.executable, "-W", "default", str(script)], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0 and run.stdout.strip() == "python"
    assert "Warning" not in run.stderr
