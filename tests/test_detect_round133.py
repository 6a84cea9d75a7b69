"""Detection fixes of session 38 read off round 132 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A select list's item alone: a function in capitals, aliased.
    ("postgresql", "ROUND(COALESCE(views * 100.0 / NULLIF(visits, 0), 0), 2) AS rate"),
    # MySQL's client opened on its own line, then a statement typed into it (rule 2).
    ("postgresql", "sudo mysql -u root -p\nSHOW DATABASES;"),
    ("bash", "mysql -u root -p -e 'SHOW DATABASES;'\nls"),  # as before: a statement given with -e
    # An Ansible inventory under a note naming its file, with a note in brackets after it.
    (
        "ini",
        "# /etc/ansible/hosts (or the project's own)\n\n[web]\nweb1.example.org\n\n[db]\ndb1.example.org",
    ),
    # A page's "Copy code" button copied over the file.
    ("yaml", 'Copy code\nservices:\n  web:\n    image: lectern:latest\n    ports:\n      - "8000:8000"'),
    # Commands with an option given its value, each with a note.
    (
        "bash",
        "nvm alias default <version> # the default one\n"
        "nvm install --reinstall-packages-from=<old> <new> # move the packages over",
    ),
]


test_session_38_round_132 = detection_test(CASES)
