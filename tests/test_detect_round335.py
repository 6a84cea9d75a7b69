"""Detection fixes of session 62 read off round 335 (Chinese and Taiwanese notes): a name to fill
written in braces (`REINDEX TABLE {TABLE_NAME};`), and MySQL's prompt with a full-width `＞`."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "REINDEX TABLE {TABLE_NAME};"),
    ("postgresql", "SET search_path TO {schema_name}, public"),
    ("psql", "mysql＞show variables like '%talk%';"),
    # as before: a JSON object, an array literal in braces, dbt's template, C's block
    ("json", '{"talk": "Lectern", "room": 3}'),
    ("postgresql", "SELECT '{a,b}'::text[];"),
    ("postgresql", "select * from {{ ref('talks') }}"),
    ("c", "int main(void) {\n    return 0;\n}"),
]

test_detection = detection_test(CASES)
