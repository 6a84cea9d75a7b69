"""Detection fixes of session 33 (misses of rounds 90 to 108, read again on a rebuilt corpus),
each on snippets we write here; the cases marked "as before" guard what the fix must not move."""

from detect_cases import detection_test
from sql_highlight.block_text import MAX_SPACE_RUN, detection_sample
from sql_highlight.detect import detect_language

CASES = [
    # A select list's next item, its leading comma kept: a window function cut from its query.
    ("postgresql", ",ROW_NUMBER() OVER (PARTITION BY t.speaker_id ORDER BY t.given_on DESC) AS row_num"),
    # ... and in lower case, as before.
    ("postgresql", ",rank() OVER (PARTITION BY t.speaker_id ORDER BY t.given_on DESC) AS latest"),
    # A simple CASE (its operand before WHEN), two of them one after the other.
    (
        "postgresql",
        "CASE (level)\n  WHEN 'intro' THEN 1\n  WHEN 'deep' THEN 3\n  ELSE 2\nEND;\n\n"
        "CASE\n  WHEN minutes > :limit THEN 'long'\n  ELSE 'short'\nEND;",
    ),
    # ... and one on a line of its own, as before.
    ("postgresql", "CASE status WHEN 'draft' THEN 0 WHEN 'live' THEN 1 END"),
    # ... while Python's own `match`/`case` stays Python, as before.
    ("python", 'match level:\n    case "intro":\n        minutes = 20\n    case _:\n        minutes = 40'),
    # Root's `# tree` and the tree it draws: a command and its output.
    (
        "console",
        "# tree apps/talks\napps/talks\n├── __init__.py\n├── models.py\n└── views\n    └── detail.py",
    ),
    # ... while a tree under a comment naming it, no command, stays text, as before.
    ("text", "# the layout\napps/talks\n├── __init__.py\n└── models.py"),
    # What an exporter serves, in Prometheus's text format: output, not a script.
    (
        "text",
        "# HELP talks_built_total Talk pages written since start\n# TYPE talks_built_total counter\n"
        "talks_built_total 42.0\n# HELP talks_failed_total Talk pages refused\n# TYPE talks_failed_total counter\n"
        "talks_failed_total 3.0",
    ),
    (
        "text",
        '# HELP lectern_up Whether the builder answers\n# TYPE lectern_up gauge\nlectern_up{site="demo"} 1\n'
        'lectern_up{site="docs"} 0',
    ),
    # JSON a post broke in places: notes after values under `//`, `..` for what it left out,
    # a line of prose over it, an item's `-`.
    (
        "json",
        '{\n  "build": {\n    ..\n      "output": "site", // where the pages go\n'
        '      "drafts": false, // they stay out\n    ..\n    }\n}',
    ),
    (
        "json",
        'From the API\'s reply, trimmed:\n{\n  "talk": {\n    "id": 7,\n    "title": "Plans",\n'
        '    ...(cut)...\n    "slides": null\n  }\n}',
    ),
    # ... while a dict of Python's, True and None in it, stays Python, as before.
    ("python", 'talk = {\n    "id": 7,\n    "recorded": True,\n    "slides": None,\n}'),
    # ... while a log's line with its payload printed after it stays output, as before.
    (
        "text",
        '2026-03-02T10:15:00.120Z\tINFO\tEvent: {\n    "talk": "Plans",\n    "room": "B",\n'
        '    "minutes": 40,\n    "recorded": true\n}',
    ),
    # A value as Python prints it back (repr, pprint, numpy): output, text.
    ("text", "{'title': 'Plans',\n'minutes': 40,\n'recorded': True}"),
    ("text", "[{'id': 1,\n  'title': 'Plans'},\n {'id': 2,\n  'title': 'Indexes'}]"),
    ("text", "array([[1., 0.],\n       [0., 1.]])"),
    # ... while the same values written as source stay Python, as before.
    ("python", "talk = {'title': 'Plans', 'minutes': 40}"),
    ("python", "{\n    'title': 'Plans',\n    'minutes': 40,\n}"),
    ("python", "np.array([[1.0, 0.0], [0.0, 1.0]])"),
    # C's declarations and prototypes alone, a line each, the type first.
    ("c", "register int slide;"),
    ("c", "int talk_fd(FILE*);"),
    ("c", "size_t slide_width(const char *restrict name, int scale);"),
    ("c", "inline int twice(int n) {}"),
    # ... and with `static` or `extern`, as before.
    ("c", "static int talk_count;"),
    # ... while PL/pgSQL's, the name first, stays PL/pgSQL's, as before.
    ("plpgsql", "DECLARE\n    talk_count int;\nBEGIN\n    SELECT count(*) INTO talk_count FROM talk;\nEND;"),
    # A template's tag given its argument inside `{{ }}`, as oTree's pages write them.
    ("html+django", "<img src=\"{{ static 'talks/cover.png' }}\"/>"),
    ("html+django", '<img src="{{ static cover_path }}" alt="cover"/>'),
    # ... while Helm's template in a YAML file stays YAML, as before.
    (
        "yaml",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: talks\n  labels:\n"
        '    {{- include "talks.labels" . | nindent 4 }}\nspec:\n  ports:\n    - port: 80',
    ),
    # The shell's arrays, one item or more, apart by spaces (a long word is not split into items).
    ("bash", "plugins=(git zsh-autosuggestions)"),
    ("bash", "plugins=(zsh-autosuggestions)"),
    ("bash", 'hosts=("db 1" "db 2")\nexport PGPORT=5433'),
    # ... and a keyword argument given a tuple, a long name first, is Python's (on the code before,
    # the array's pattern tried every split of that name: minutes, not an answer).
    ("python", "talk_filters=(talk_filter_extensions, TalkReader.FilterType.INCLUDE),"),
    # dbt's models: SQL whose relations are named by `{{ ref() }}`, its settings over it.
    (
        "postgresql",
        "{{\n    config(\n        materialized='view'\n    )\n}}\n\nSELECT talk_id, title\nFROM {{ ref('stg_talks') }}",
    ),
    (
        "postgresql",
        "select s.name, count(*) as talks\nfrom {{ ref('talks') }} t\n"
        "join {{ source('app', 'speakers') }} s on s.id = t.speaker_id\ngroup by s.name",
    ),
    # ... while a page calling the same names stays a template, as before.
    ("html+django", "<ul>\n  <li>{{ ref('talks') }}</li>\n  <li>{{ config.title }}</li>\n</ul>"),
    # psql opened with the database first, its options after it, then statements typed into it.
    ("postgresql", "psql talks -U lectern\nCREATE TABLE speaker (id int PRIMARY KEY, name text);"),
    ("postgresql", "sudo -u postgres psql talks -h localhost\nGRANT SELECT ON talk TO reader;"),
    # ... while psql given its statement by -c after the database stays the shell's, as before.
    ("bash", 'psql talks -U lectern -c "SELECT count(*) FROM talk"'),
]


test_detects = detection_test(CASES)


def test_a_long_run_of_spaces_is_read_short_and_aligned_columns_whole():
    padded = "SELECT title FROM talk;" + " " * 3000 + "-- the run a pasted page left"
    sample = detection_sample(padded)
    assert " " * MAX_SPACE_RUN + "--" in sample and " " * (MAX_SPACE_RUN + 1) not in sample
    aligned = " id | title\n----+" + "-" * 40 + "\n  1 | Plans" + " " * 40 + "\n(1 row)"
    assert detection_sample(aligned) == aligned
    assert detect_language(padded) == "postgresql"
