"""Detection fixes of session 64 read off round 352 (Chinese and Russian notes, an English blog):
a JSON document over lines longer than detection reads, Kibana's console request over its body,
ANALYZE's counts under a plan's filter, and two statements with "or" between them in the
writer's language."""

from detect_cases import detection_test

# A JSON document of our own, over lines, longer than detection reads (its cut is at a line's end).
_COLUMNS = ",\n".join(f'        {{"column": "c{k}"}}' for k in range(4))
_TABLES = ",\n".join(
    f'    {{\n      "tableName": "t{n}",\n      "level": {n},\n      "insert": [\n{_COLUMNS}\n      ],\n'
    f'      "delete": [\n        {{"column": "id"}}\n      ]\n    }}'
    for n in range(14)
)
_LONG_JSON = '{\n  "database": "ads",\n  "tableList": [\n' + _TABLES + "\n  ]\n}\n"

CASES = [
    ("json", _LONG_JSON),
    # Kibana's console: a request over its body
    ("json", 'PUT notes-index\n{\n  "settings": {\n    "number_of_shards": 1\n  }\n}\n'),
    # a plan's filter and what ANALYZE counted under it, noted
    (
        "postgres-explain",
        "Filter: (email = 'a@b.test'::text)\n  Rows Removed by Filter: 52011 -- thrown away\n",
    ),
    # two ways of writing it, "or" between them in Russian, Korean, Japanese
    ("postgresql", "SELECT tags[1]\n  FROM posts;\n\nили\n\nSELECT UNNEST(tags)\n  FROM posts;\n"),
    ("postgresql", "SELECT count(*) FROM posts;\n또는\nSELECT count(id) FROM posts;\n"),
    # as before: a short JSON, an HTTP exchange with headers, a statement over its result
    ("json", '{"a": [1, 2, 3]}\n'),
    ("postgresql", "SELECT 1;\n"),
    ("psql", "SELECT count(*) FROM posts;\n count\n-------\n     3\n(1 row)\n"),
]

test_detection = detection_test(CASES)
