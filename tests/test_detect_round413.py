"""Detection fixes of session 71 read off round 413 (RethinkDB's docs, StackStorm's): Python's shell
opened at the shell's prompt, then code typed into it (the prompt decides), and a flow drawn with
`-->` arrows, which are no SQL notes."""

from detect_cases import detection_test

CASES = [
    # the shell's prompt opens Python, then the code typed into it: the first prompt decides (rule 1)
    (
        "console",
        "$ python\nimport sqlite3\n\ndb = sqlite3.connect('notes.db')\ndb.execute('select 1').fetchone()\n",
    ),
    # as before: Python's shell opened with no prompt before it, then code: Python
    ("python", "python3\nimport sqlite3\ndb = sqlite3.connect('notes.db')\nprint(db.total_changes)\n"),
    # a workflow's tasks and their states, arrows between
    ("text", "build (succeeded) --> test (failed) --> deploy (not executed)\n"),
    ("text", "step1 (done) --> step2 (failed) --> step3 (not run)\n"),
    # as before: SQL with a `--` note after a statement stays SQL
    ("postgresql", "SELECT count(*) FROM jobs; -- how many ran\n"),
]

test_detection = detection_test(CASES)
