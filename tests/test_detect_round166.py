"""Detection fixes of session 43 read off round 165 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # InfluxDB's client at its bare `>` prompt, InfluxQL over what it printed.
    (
        "psql",
        "> SHOW RETENTION POLICIES\nname     duration  default\n----     --------  -------\nautogen  0s        true",
    ),
    ("psql", "# how many series\n>  select count(*) from talks_seen\nname: talks_seen\ncount\n-----\n42"),
    ("console", "> ssh-add\nCould not open a connection to your authentication agent."),  # as before
    ("pycon", ">>> 2 + 2\n4"),  # as before
    # An Ansible inventory, a host's variables quoted.
    (
        "ini",
        'archive ansible_host=10.0.0.5 ansible_python_interpreter="/usr/bin/env python3"\n\n[all:vars]\n\nsite_root=/srv/lectern\nbuild_user=lectern',
    ),
    # Commands under notes, a program alone on a line among them.
    (
        "bash",
        "# 1. a recorder\n# a window to record from\nkazam\n\n# 2. a GIF\n# the screen's size first\nxdpyinfo | grep dimensions\nbyzanz-record -d 10 --delay=2 talk.gif",
    ),
    # A Samba share's section named by a placeholder.
    ("ini", "[<share_name>]\n   path = /srv/<share_name>\n   read only = no\n   guest ok = no"),
    # JSON whose strings a writer wrapped over lines.
    (
        "json",
        '{\n  "title": "Indexes that pay their way",\n  "abstract": "Which indexes a table needs, and\n'
        '      which it only pays for on every write.",\n  "minutes": 40\n}',
    ),
    ("text", '{\n  "title": "unclosed\n}'),  # as before: a string that never closes
    # Python's booleans and its words.
    ("python", "True and False\nnot True\nTrue or False"),
    ("text", "True"),  # as before: a value printed
    # YAML's tags on a document.
    ("yaml", "--- !!set\n? indexes\n? vacuum\n? replication"),
    ("yaml", "--- !!omap\n- first: 1\n- second: 2"),
]


test_session_43_round_165 = detection_test(CASES)
