"""Detection fixes of session 38 read off round 128 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A program run with a note after it, a line each.
    ("bash", "userdel guest  # remove the guest account"),
    (
        "text",
        "package.json        # the scripts\ntsconfig.json       # the compiler settings",
    ),  # as before: files
    # A glossary, each name glossed after an arrow.
    (
        "text",
        "/srv/site   <- the built pages\n/srv/cache  <- feeds fetched\n/srv/logs   <- the server's logs",
    ),
    ("text", "chmod 644     <- pages and feeds\nchmod 755     <- folders and scripts"),
    # An HTTP response's headers.
    ("text", "content-type: application/atom+xml\ncontent-length: 5120\nserver: lectern-preview"),
    ("yaml", "site-name: Lectern\ntheme: lectern-light\nport: 8000"),  # as before: settings
    # A list of prerequisites in words.
    (
        "text",
        "- a DNS record for the site points to this server\n- port 443 is open to the internet\n"
        "- nginx is installed and serving the pages",
    ),
    ("yaml", "- pip install -r requirements.txt\n- invoke build"),  # as before: a CI list's commands
]


test_session_38_round_128 = detection_test(CASES)
