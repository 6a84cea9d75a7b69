"""Detection fixes of session 71 read off round 410 (OrientDB's docs, a Chinese full-stack study
repository): a JavaScript driver's calls with SQL in single quotes, OrientDB's console prompt over
its table, broken JSON whose values hold `$` names, JavaScript's global functions, and Python
whose call a writer closed with a full-width parenthesis."""

from detect_cases import detection_test

CASES = [
    # a driver's calls from JavaScript: camel-cased objects, SQL in single-quoted strings, `;`
    ("javascript", "resultSet = dbClient.query('select from Person where age > 30');\n"),
    ("javascript", "stats = shopServer.serverStats();\n"),
    # as before: PostgreSQL's C calls stay C
    ("c", "heapBlk = BufferGetBlockNumber(buf);\n"),
    # a statement at OrientDB's console prompt over the table it printed
    (
        "psql",
        "orientdb {db=shop}> select count(*) from Orders\n\n"
        "----+------\n#   |count\n----+------\n0   |42\n----+------\n",
    ),
    # an ETL's settings as JSON, one value's quotes broken, `$` names in its values
    (
        "json",
        "{\n"
        '  "config": {\n'
        '    "log": "info",\n'
        '    "fileDirectory": "/data/in/",\n'
        '    "fileName": "Books.csv.gz"\n'
        "  },\n"
        '  "begin": [\n'
        '   { "let": { "name": "$filePath",  "value": "$fileDirectory.append( $fileName )"} },\n'
        '   { "let": { "name": "$className", "value": "$fileName.substring( 0, $fileName.indexOf(".") )"} }\n'
        "  ],\n"
        '  "source" : {\n'
        '    "file": { "path": "$filePath", "lock" : true }\n'
        "  },\n"
        '  "extractor" : {\n'
        '    "row": {}\n'
        "  },\n"
        '  "transformers" : [\n'
        '   { "csv": { "separator": ";", "skipFrom": 1 } },\n'
        '   { "vertex": { "class": "$className"} }\n'
        "  ],\n"
        '  "loader" : {\n'
        '    "orientdb": {\n'
        '      "dbURL": "plocal:/data/books",\n'
        '      "batchCommit": 500\n'
        "    }\n"
        "  }\n"
        "}\n",
    ),
    # JavaScript's global functions alone
    ("javascript", "return parseInt(width) * 2;\n"),
    ("javascript", "url = base + encodeURIComponent(term);\n"),
    # a call closed with a full-width parenthesis after its string
    ("python", "if ok:\n    print('完成'）\nelse:\n    print('失败'）\n"),
    # as before: a sentence with full-width parentheses stays prose
    ("text", "注意（重要）：请先备份数据，再执行升级。\n"),
]

test_detection = detection_test(CASES)
