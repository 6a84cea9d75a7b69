"""Detection fixes of session 40 read off round 148 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's client at a prompt it was told to print, and what only it answers.
    ("psql", "[talks01][(none)]> set global max_connections=300;\nQuery OK, 0 rows affected (0.00 sec)"),
    (
        "psql",
        "09:41:07-[lectern]> show variables like 'max_conn%';\n+-----------------+-------+\n"
        "| Variable_name   | Value |\n+-----------------+-------+\n| max_connections | 300   |\n"
        "+-----------------+-------+",
    ),
    (
        "psql",
        "[db][talks]> show table statusG\n*************************** 1. row ***************************\n  Name: talks",
    ),
    # ... under captions of who runs what.
    (
        "psql",
        "@PRIMARY\nmysql> CREATE DATABASE talks;\nQuery OK, 1 row affected (0.01 sec)\n\n"
        "@REPLICA\nmysql> select count(*) from talks.talk;\n1 row in set (0.00 sec)",
    ),
    # ... or its named prompt on every line under the writer's notes.
    ("psql", "# keep two copies of the talks table\nmysql> ALTER TABLE talks SET TIFLASH REPLICA 2;"),
    ("bash", "# connect as root\nmysql -u root -p"),  # as before: the client opened, nothing typed
    ("console", "user@box> ls -l\n+-------+\n| a |\n+-------+"),  # as before: no statement at the prompt
    (
        "text",
        "+-------+------+\n| slide | page |\n+-------+------+\n| intro |    1 |\n+-------+------+",
    ),  # as before
    # PL/pgSQL's synopses as its reference writes them, notes after their lines.
    (
        "plpgsql",
        "[ <<label>> ]        -- may be named\n[ DECLARE\n    declarations ]\nBEGIN\n    statements\nEND [ label ];",
    ),
    ("plpgsql", "name [ CONSTANT ] type [ NOT NULL ] [ { DEFAULT | := | = } expression ];"),
    ("postgresql", "CREATE [ OR REPLACE ] FUNCTION name ( [ argname argtype [, ...] ] )"),  # as before
]


test_session_40_round_148 = detection_test(CASES)
