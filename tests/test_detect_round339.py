"""Detection fixes of session 63 read off round 339 (Korean TILs): objects a list holds written
without its brackets, ALTER TABLE's name over the action it takes, conditions written out under
a statement as other patterns, and jenv's commands."""

from detect_cases import detection_test

CASES = [
    (
        "json",
        '{"role": "system", "content": "You answer questions about trains."},\n'
        '{"role": "user", "content": "When does the last train leave?"}\n',
    ),
    (
        "postgresql",
        "ALTER TABLE STAFF\nADD FOREIGN KEY(team_id) //팀 참조\nreferences team(id)\non delete SET NULL;\n",
    ),
    (
        "postgresql",
        "SELECT title\nFROM book\nWHERE title LIKE 'A%' or title LIKE '%z';\ntitle LIKE '%war%'\ntitle LIKE 'B___'\n",
    ),
    ("bash", "jenv local {버전 이름}\n"),
    # as before: JSON Lines, psql's command tag under its statement, a query over its rows
    ("json", '{"id": 1, "ok": true}\n{"id": 2, "ok": false}\n'),
    ("psql", "alter table staff add column born date;\nALTER TABLE\n"),
    ("psql", "select title from book;\n title\n-------\n Emma\n(1 row)\n"),
]

test_detection = detection_test(CASES)
