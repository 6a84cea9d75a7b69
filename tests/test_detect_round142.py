"""Detection fixes of session 39 read off round 141 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

LONG_JSON = '{"talks": [' + ", ".join(f'{{"slug": "talk-{n}", "minutes": {n}}}' for n in range(200)) + "]}"

CASES = [
    # DNS zone records and their synopses; BIND's blocks: syntaxes no label has.
    ("text", "name    [ttl]   [IN]    MX      preference    host"),
    ("text", "talks.example.org.  IN  CNAME  pages.example.net."),
    ("text", 'view "inside" {\n    match-clients { office; };\n    recursion yes;\n};'),
    ("postgresql", "SELECT title FROM talks WHERE slug IN ('a', 'b');"),  # as before
    # sudoers' rules.
    ("text", "deploy ALL=NOPASSWD: /usr/bin/systemctl restart lectern\nDefaults:deploy !requiretty"),
    # A sysconfig file's settings left off, and a kernel parameter.
    ("bash", '#LECTERN_ARGS="--quiet"'),
    ("ini", "net.core.somaxconn = 1024"),
    ("python", "talk.minutes = 40\nprint(talk.minutes)"),  # as before: an attribute set
    # Node's printed object under a caption of words.
    ("text", "Saved talk: {\n  slug: 'planets',\n  minutes: 40\n}"),
    ("javascript", "const talk = {\n  slug: 'planets',\n  minutes: 40,\n};"),  # as before
    # An Ansible task with Jinja's variables: YAML.
    ("yaml", "copy:\n    src: {{ item }}\n    dest: /srv/lectern/"),
    ("html+django", "<p>{{ talk.title }}</p>\n{% if talk.video %}<video></video>{% endif %}"),  # as before
    # JSON a page wrapped inside its strings, and JSON longer than detection reads.
    ("json", '{"talks": ["pla  \nnets", "com  \nets"], "n": 2}'),
    ("json", LONG_JSON),
]


test_session_39_round_141 = detection_test(CASES)
