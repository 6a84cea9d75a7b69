"""Detection fixes of session 71 read off round 412 (Dinky's docs, Typesense's): a statement whose
body is Flink's options, `WITH (` over `'key' = 'value'` lines, with no `;` after it; a resource
added to a Hive, Spark or Flink session; MySQL's prompt alone on its line over the statement typed
at it; and an endpoint's address over the JSON sent to it."""

from detect_cases import detection_test

CASES = [
    # Dinky's whole-database sync: a statement and Flink's options, its `;` left off
    (
        "postgresql",
        "EXECUTE CDCSOURCE sync_shop WITH (\n  'connector' = 'mysql-cdc',\n  'hostname' = 'db.internal',\n"
        "  'table-name' = 'shop\\.orders',\n  'sink.connector' = 'print'\n)\n",
    ),
    # as before: a sentence opening with a verb stays prose
    ("text", "Execute the sync with the options below.\n"),
    # a resource added to the session: Flink's and Dinky's quoted paths, Hive's bare jar
    ("postgresql", "ADD FILE '/opt/flink/conf/extra.properties'\n"),
    ("postgresql", "add jar /opt/hive/udf/geo-udf.jar;\n"),
    # `mysql>` alone on its lines, the statements typed at it on the next, notes between
    (
        "psql",
        "# sign in\nmysql -uroot -p\n# make the database\nmysql>\ncreate database orders;\n"
        "mysql>\ngrant all privileges on orders.* to 'app'@'%';\n",
    ),
    # an endpoint's address over the JSON sent to it, its parts marked in comments
    (
        "json",
        ' http://127.0.0.1:8888/openapi/submitTask\n{\n/* required-start */\n"id": 7,\n'
        '"savePoint": "s-0001" // the savepoint to start from\n/* required-end */\n}\n',
    ),
    # as before: an authorization URL over its query's parameters is no document
    ("text", "https://auth.example.com/oauth/authorize?\n  response_type=code&\n  client_id=CLIENT_ID\n"),
]

test_detection = detection_test(CASES)
