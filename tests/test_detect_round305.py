"""Detection fixes of session 59 read off round 305 after it was measured: what PHP's var_dump
prints, Sphinx's configuration, php.ini's extensions, `docker-machine`, Hive's setting shown, the
MySQL client's `use db;source file.sql;` on one line, Vue's global API, print()'s output marked `>>`,
and a flow's arrows drawn `||` over `\\/`."""

from detect_cases import detection_test

CASES = [
    (
        "text",
        "/var/www/talks/api/index.php:30:\narray (size=5)\n  'error' => string '' (length=0)\n"
        "  'warning' => string '' (length=0)\n  'total' => int 2\n  'fields' =>\n    // the columns asked for\n"
        "    array (size=2)\n      0 => string 'title' (length=5)\n      1 => string 'room' (length=4)\n"
        "  'matches' =>\n    array (size=2)\n      7 =>\n        array (size=1)\n          ...\n"
        "      9 =>\n        array (size=1)\n          ...",
    ),
    (
        "text",
        "source talks\n{\n    type     = pgsql\n    sql_host = localhost\n    sql_db   = talks\n"
        "    sql_query = \\\n        SELECT id, title FROM talks\n}",
    ),
    ("ini", "extension=pdo_pgsql.so"),
    ("ini", "# php.ini\nextension=php_pgsql.dll"),
    ("bash", "#创建一台机器，命名为node1\ndocker-machine create {node1}\n\n#查看\ndocker-machine ls"),
    ("postgresql", "set hive.exec.dynamic.partition.mode"),
    ("psql", "use talks;source /tmp/talks.sql;"),
    ("javascript", 'Vue.component("talk-card", TalkCard)'),
    ("python", "# the title\nprint(talk.title)\n>> Tides\n\n# the room\nprint(talk.room)\n>> B"),
    ("text", "打开页面\n    ||\n    \\/\n读取讲座\n    ||\n    \\/\n显示字幕"),
    # as before
    ("bash", "echo talks\n>> talks.log"),
    ("text", 'array(2) {\n  ["title"]=>\n  string(6) "Comets"\n  ["minutes"]=>\n  int(40)\n}'),
    ("text", "Array\n(\n    [0] => Tides\n    [1] => Comets\n    [2] => Planets\n)"),
    ("bash", "set -o vi"),
    ("postgresql", "use talks;"),
    ("python", "speaker = talks.first\nprint(speaker)"),
]

test_detection = detection_test(CASES)
