"""Detection fixes of session 44 read off round 172 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's client with no space after its prompt, notes between the statements.
    (
        "psql",
        "mysql>create database talks;\n/* the archive's own */\nmysql>GRANT SELECT ON talks.* TO 'reader'@'%';",
    ),
    ("text", "mysql>talks.sql"),  # as before: a redirect, no prompt
    # The client's prompt first, a shell's after it: the first prompt decides.
    (
        "psql",
        "mysql> USE talks;\nmysql> FLUSH TABLES WITH READ LOCK;\n[root@db ~]# mysqldump talks > talks.sql",
    ),
    ("console", "[root@db ~]# mysql -u root\nmysql> SHOW DATABASES;"),  # as before
    # A notebook's cell over its output, which the writer marked with a `:` line.
    ("python", "talks.groupby('room').size()\n:\nroom\nA    3\nB    5"),
    ("python", "rooms = [1, 1, 2]\nrooms.count(1)\n\n: 2"),
    # IPython's escape to the shell over what it printed.
    ("python", "!pip install lectern\n\nRequirement already satisfied: lectern in ./venv/lib"),
    # JavaScript's string and number members under `//` notes.
    ("javascript", "title.toUpperCase()  // 大写\ntitle.charAt(0)  // 第一个字"),
    ("javascript", "(3.14159).toFixed(2); //3.14"),
    ("javascript", 'parseInt("42px") // 42'),
    ("python", "minutes = total // 60"),  # as before: Python's floor division
    # A CSS rule over the element it styles.
    (
        "html",
        '.talk-title {\n    font-weight: bold;\n}\n\n<input class="talk-title" value="Indexes">',
    ),
    # top's screen alone.
    (
        "text",
        "top - 09:12:01 up 3 days,  2:10,  1 user,  load average: 0.10, 0.12, 0.09\n"
        "Tasks:  98 total,   1 running,  97 sleeping,   0 stopped,   0 zombie\n"
        "top - 09:12:04 up 3 days,  2:10,  1 user,  load average: 0.10, 0.12, 0.09",
    ),
    ("bash", "top -b -n 1 | head -5"),  # as before
    # MongoDB's shell building an index.
    ("javascript", "db.talks.ensureIndex({slug: 1})"),
    ("python", "db.session.commit()"),  # as before: SQLAlchemy's session
]


test_session_44_round_172 = detection_test(CASES)
