"""Detection fixes of session 59 read off round 306 after it was measured: MySQL's integers given a
display width (`INT(3)`) in a schema under `#` notes, JavaScript's `var` naming a variable in another
alphabet, and root's prompt written `[root@host]` without its `#` and space."""

import pytest

from detect_cases import detection_test
from sql_highlight.signature_signs import parses_as_sql

CASES = [
    ("javascript", "var 讲座标题;"),
    ("console", "[root@talks]docker-compose --version\nDocker Compose version v2.20.0"),
    # as before (a MySQL schema was SQL before too, read every other way first: see the parser's tests below)
    (
        "postgresql",
        "use talks;\n\n# 讲座表\ncreate table `talk`(\n`t_id` VARCHAR(20),\n`minutes` INT(3),\n"
        "PRIMARY KEY(`t_id`)\n);\n# 插入\ninsert into talk values('01', 40);",
    ),
    ("postgresql", "CREATE TABLE room (id bigint(20) NOT NULL, seats smallint(5));"),
    ("javascript", "var title;"),
    ("postgresql", "CREATE TABLE room (id int, seats int);"),
    ("console", "[root@talks ~]# docker ps"),
    ("text", "[root@talks conf.d] is where the host keeps its files"),
]

test_detection = detection_test(CASES)


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE room (id bigint(20) NOT NULL, seats smallint(5));",
        "ALTER TABLE talk ADD minutes INT(3);",
    ],
)
def test_mysqls_integer_widths_parse(sql):
    """Read by PostgreSQL's parser at once, a MySQL schema is SQL before every other rule reads it
    (a 67-line schema of round 306 took 25.8 ms read every other way, 5 ms parsed)."""
    assert parses_as_sql(sql)


def test_only_the_width_is_read_past():
    assert not parses_as_sql("CREATE TABLE room (id INT(3) NOT NULL AUTO_INCREMENT);")  # MySQL's own word
