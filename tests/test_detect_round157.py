"""Detection fixes of session 41 read off round 156 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # The shell's commands under notes, MySQL's client opened, then statements at its prompt:
    # the client's prompt decides (rule 1), and `mysql> exit` is no shell's `>` prompt.
    (
        "psql",
        "sudo apt install mysql-server\n#start it\nsudo service mysql start\nmysql -u root -p\n"
        "mysql> CREATE USER 'talks'@'localhost' IDENTIFIED BY 'secret';\nmysql> FLUSH PRIVILEGES;\nmysql> exit",
    ),
    # MySQL's client opened with a `;` after it, then statements and its own `source` typed (rule 2).
    (
        "postgresql",
        "mysql -u root -p;\nSELECT VERSION();\nSHOW CHARACTER SET;\nCREATE DATABASE talks;\nuse talks;\nsource /srv/talks.sql",
    ),
    # SQLite's shell opened, its dot-commands at its prompt.
    ("psql", "# open the database\nsqlite3 talks.db\n# its tables\nsqlite> .tables\nsqlite> .schema talk"),
    ("bash", 'mysql -uroot -proot -e"show databases;"\nmysql -uroot -proot -Dtalks < talks.sql'),  # as before
]


test_session_41_round_156 = detection_test(CASES)
