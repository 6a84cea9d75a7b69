"""Detection fixes of session 38 read off round 135 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # SQL Server's loop deleting in batches, its `@@rowcount` read.
    (
        "postgresql",
        "WHILE 1 = 1\nBEGIN\n  DELETE TOP (500) FROM dbo.old_views\n  WHERE viewed < '2020-01-01';\n\n"
        "  IF @@rowcount < 500 BREAK;\nEND",
    ),
    (
        "psql",
        "SELECT @@version;\n+-----------+\n| @@version |\n+-----------+\n| 8.0.36    |\n+-----------+",
    ),  # as before
    # A DOCTYPE split over lines ends with `">`: no psql prompt.
    (
        "html",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n"http://www.w3.org/TR/\n'
        'xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        "  <head><title>Talks</title></head>\n  <body><p>Soon.</p></body>\n</html>",
    ),
    # `import $ from ...` is no shell prompt.
    ("javascript", 'import $ from "jquery";'),
    ("console", "~/lectern $ invoke build"),  # as before: a prompt after a folder
]


test_session_38_round_135 = detection_test(CASES)
