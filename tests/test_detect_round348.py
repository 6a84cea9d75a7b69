"""Detection fixes of session 64 read off round 348 (English and Japanese notes, Obsidian vaults):
dbt models opened by other settings or with them elided, columns and a query between blank lines
under `--` notes, Airflow's task chains, a React component named through its object, a YAML
block scalar indented by tabs, a C++ class's `public:` part, a pointer dereferenced in a
condition, a continuation with a note app's trailing spaces after it, a flow drawn with `v`
arrows, locales commented out, and a URL carrying an XSS payload."""

from detect_cases import detection_test

CASES = [
    # dbt models: settings other than `materialized`, or elided
    (
        "postgresql",
        '{{ config(alias="daily_orders") }}\n\nMERGE INTO marts.orders t\nUSING staging.orders s\nON t.id = s.id\nWHEN MATCHED THEN UPDATE SET *\n',
    ),
    (
        "postgresql",
        "{{ config(...) }}\n\n{% if not execute %}\n  -- compile only\n{% endif %}\n\n{% set found = adapter.get_relation(database='db', schema='raw', identifier='users') is not none %}\n",
    ),
    # columns compared under notes, then a query, parts apart by blank lines
    (
        "postgresql",
        "-- before\nlat FLOAT\nlon FLOAT\n\n-- with PostGIS\nplace geography(Point)\n\n-- 距離\nSELECT ST_Distance(\n"
        "    ST_GeomFromText('POINT(1 2)', 4326)::geography,\n    ST_GeomFromText('POINT(3 4)', 4326)::geography\n) / 1000 AS km;\n",
    ),
    # Airflow's tasks in order
    ("python", "extract >> transform >> load\n"),
    ("python", "start >> [fetch_a, fetch_b] >> merge\n"),
    # a React context's consumer (JSX: the answer the JSX rule gives)
    (
        "javascript",
        "<UserContext.Consumer>\n  {({ user }) => <>Signed in: {user}</>}\n</UserContext.Consumer>\n",
    ),
    # a block scalar's script indented by tabs
    ("yaml", 'command: ["/bin/sh", "-c"]\nargs:\n  - |\n\texport PORT=8080\n\texec gunicorn app:app\n'),
    # a C++ class's part: `public:` over a constructor with a default
    (
        "cpp",
        "// the class\n...\n  public:\n    Account(double balance, double rate = 0.02)\n    { total = balance; }\n...\n",
    ),
    # C's pointers compared through `*` in a condition
    ("c", "// compare the addresses\nif (p1 < p2)\n\n// compare the values\nif (*p1 < *p2)\n"),
    # PySpark chained over lines, a note app's two spaces after each `\`
    ("python", 'df.write \\  \n  .mode("append") \\  \n  .saveAsTable("events")\n'),
    # a flow drawn with `|` over `v` between its steps (Python would read `Client(CLI) | v`)
    ("text", "Client (CLI)\n    |\n    v\nServer (Hive)\n    |\n    v\nStorage\n"),
    # locales listed commented out: no root's prompt (no program is named in capitals)
    ("text", "# de_DE.UTF-8 UTF-8\n# fr_FR.UTF-8 UTF-8\n"),
    # a reflected XSS payload, its URL encoding a tag, then the tag decoded
    (
        "text",
        "http://shop.test/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E\n# decoded:\n<img src=x onerror=alert(document.cookie)>\n",
    ),
    # as before: root's commands, a curl sending a payload
    ("console", "# apt-get install -y vim\n# systemctl start nginx\n"),
    ("bash", 'curl "http://x.test/a?q=%3Cscript%3Ealert(1)%3C/script%3E"\n'),
    # as before: the shell's appends, one `a >> b`, a JavaScript class, YAML's list under `public:`
    ("bash", "echo done >> run.log\n"),
    ("bash", "cat a.txt >> b.txt\n"),
    ("javascript", "class Box {\n  constructor(w) { this.w = w; }\n}\n"),
    ("yaml", "public:\n  - index\n  - about\n"),
    ("bash", "ls -la \\  \n  /tmp\n"),
]

test_detection = detection_test(CASES)
