"""Detection fixes of session 38 read off round 125 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # SQL Server's own statements, alone or beside SQL: a system procedure run, a backup, a
    # login, an impersonation.
    ("postgresql", "EXEC sp_rename 'talks.speaker', 'presenter', 'COLUMN';"),
    ("postgresql", "EXEC sp_columns talks"),
    (
        "postgresql",
        "USE lectern;\nGO\nBACKUP DATABASE lectern\nTO DISK = 'd:\\backups\\lectern.bak'\n"
        "    WITH FORMAT,\n    NAME = 'nightly';\nGO",
    ),
    ("postgresql", "use master\nRESTORE DATABASE lectern FROM DISK = 'd:\\backups\\lectern.bak'"),
    ("postgresql", "USE master;\nCREATE LOGIN reader\nWITH PASSWORD = 'changeme', CHECK_POLICY = OFF;"),
    ("postgresql", 'Execute as  User = "reader"\n\nRevert'),
    ("text", "Create login validation"),  # as before: a task's title
    ("bash", "go run main.go\ngo test ./..."),  # as before: Go's command, no batch's GO
    # MySQL's table shown first, then a query and its result; `describe` with its answer.
    (
        "psql",
        "+----+--------+\n| id | title  |\n+----+--------+\n|  1 | Intro  |\n|  2 | Deploy |\n"
        "+----+--------+\n\nselect upper(title) as t from talks;\n\n+--------+\n| t      |\n"
        "+--------+\n| INTRO  |\n| DEPLOY |\n+--------+",
    ),
    (
        "psql",
        "describe talks;\n+-------+--------------+------+-----+\n| Field | Type         | Null | Key |\n"
        "+-------+--------------+------+-----+\n| id    | int unsigned | NO   | PRI |\n"
        "+-------+--------------+------+-----+",
    ),
    ("text", "+----+-------+\n| id | title |\n+----+-------+\n|  1 | Intro |\n+----+-------+"),  # as before
    # Two ways to write a query, the word `or` between them: no output.
    ("postgresql", "SELECT title AS t FROM talks;\n\nor\n\nSELECT title t FROM talks;"),
    # A package's README calling an object's methods with strings.
    ("javascript", "Slides.notFound('no such deck');"),
    ("javascript", "Deck.open('intro', 'fullscreen');\nDeck.close();"),
    # Kubernetes' object with no space after its colons.
    ("yaml", "apiVersion:v1\nkind:Service\nmetadata:\n  name:lectern\nspec:\n  type:NodePort"),
    # An annotation's key and value alone.
    ("yaml", "nginx.ingress.kubernetes.io/proxy-body-size: 20m"),
]


test_session_38_round_125 = detection_test(CASES)
