"""Detection fixes of session 56 read off round 278 after it was measured: MySQL's DELIMITER and
CALL under notes, its client's `source file.sql` under a block comment, a statement left unended
under the client opened first, statements over the tables MySQL printed under a note, a grammar
in BNF, and C++'s `delete`."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "DELIMITER ;\nCALL add_talks(100, 10);\n\n#调用存储过程，生成一万场演讲\nDELIMITER ;    #换回 ;\nCALL add_talks(1, 10000);",
    ),
    ("postgresql", "#调用存储过程\nCALL add_talks(1, 10);"),
    (
        "postgresql",
        "/*恢复步骤：\n    1. 登录mysql\n    2. 选中数据库\n*/\nuse lectern;\nsource D:\\backup\\lectern.sql;",
    ),
    ("postgresql", "mysql -uroot -p\nselect * from talks into outfile 'talks.txt' fields terminated by ','"),
    (
        "psql",
        "-- 每个房间的平均时长\nSELECT room, AVG(minutes) FROM talks GROUP BY room\n+------+--------------+\n"
        "| room | AVG(minutes) |\n+------+--------------+\n| A    |      42.5000 |\n+------+--------------+",
    ),
    ("text", "<talk list> ::=\n\t<talk> [<talk list>]\n\n<talk> ::=\n\t<title> <speaker>"),
    ("cpp", "Node* old = head; // keep it\nhead = head->next;\ndelete old; // free the old head"),
    ("bash", "source ~/.bashrc"),  # as before: the shell's own source
    (
        "bash",
        "docker pull mysql\ndocker exec -it mysql mysql -uroot -p\ncreate database if not exists talks",
    ),  # as before: a script, the client opened after its commands
    (
        "postgresql",
        " CREATE { PROC | PROCEDURE } name\n AS <sql_statement>\n\n<sql_statement> ::=\n    { [ BEGIN ] statements [ END ] }",
    ),  # as before
]

test_session_56_round_278 = detection_test(CASES)
