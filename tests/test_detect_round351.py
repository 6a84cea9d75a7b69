"""Detection fixes of session 64 read off round 351 (Spanish, Russian and French notes): dbt's
YAML indented by tabs, dbt's macros and generic tests, a dbt package's macro called on relations,
Node's `process`, an object's entries whose values are expressions, MySQL's statements three to a
line, MySQL's events and triggers over `BEGIN`, and one object's attributes each under a note."""

from detect_cases import detection_test

CASES = [
    # dbt's YAML, indented by tabs (`+` settings among them)
    ("yaml", "models:\n\tshop:\n\t\t+materialized: view\n\t\t+on_schema_change: fail\n"),
    ("yaml", "packages:\n\t- package: dbt-labs/codegen\n\t  version: 0.12.1\n"),
    # dbt's macro and generic test, SQL or its note inside
    ("postgresql", "{% macro loaded_at() %}\n\tcurrent_timestamp as loaded_at\n{% endmacro %}\n"),
    ("postgresql", "{% test positive(model, column_name) %}\n\t-- rows where it is not\n{% endtest %}\n"),
    # a dbt package's macro called on a model's relations
    ("postgresql", "{{ dbt_activity.funnel(\n\tevents=ref('events'),\n\tsteps=['visit', 'buy']\n) }}\n"),
    # Node's process
    ("javascript", "process.exit(1);\n"),
    ("javascript", "process.cwd()\n"),
    ("javascript", "{\n\tdebug: process.env.DEBUG || false\n}\n"),
    (
        "javascript",
        "host: process.env.SMTP_HOST || 'localhost',\nport: process.env.SMTP_PORT || 25,\nsecure: false\n",
    ),
    # MySQL's replication skipped past an error, three statements on a line
    ("postgresql", "STOP SLAVE; SET GLOBAL SQL_SLAVE_SKIP_COUNTER=1; START SLAVE;\n"),
    # MySQL's event and trigger over BEGIN, DELIMITER around them
    (
        "postgresql",
        "DROP EVENT IF EXISTS ev_lock;\nDELIMITER |\nCREATE EVENT ev_lock ON SCHEDULE EVERY 1 MINUTE DO\nBEGIN\n"
        "  SELECT GET_LOCK('job', 0) INTO @got;\n  IF @got = 1 THEN\n    CALL run_job();\n  END IF;\nEND|\nDELIMITER ;\n",
    ),
    # one object's attributes, each under its note
    ("python", "# its shape\narr.shape\n\n# its type\narr.dtype\n\n# its dimensions\narr.ndim\n"),
    # as before: a server's settings named under notes; a Jinja macro of a page, YAML indented by spaces, a .env file
    ("text", "#集群的名字\ncluster.name\n\n#节点的名字\nnode.name\n\n#对外的端口\nhttp.port\n"),
    ("html+django", '{% macro field(name) %}\n  <input name="{{ name }}">\n{% endmacro %}\n'),
    ("yaml", "models:\n  shop:\n    +materialized: view\n"),
    ("bash", "PORT=3000\nDEBUG=1\n"),
]

test_detection = detection_test(CASES)
