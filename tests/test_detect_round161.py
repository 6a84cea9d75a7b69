"""Detection fixes of session 42 read off round 160 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Statements over what the REPL echoed, its prompts left out: a repr, or the traceback raised.
    ("python", "talk = 'locks'\ntype(talk)\n<class 'str'>"),
    (
        "python",
        "slides = '41'\nslides + 1\nTraceback (most recent call last):\n"
        '  File "<stdin>", line 1, in <module>\nTypeError: can only concatenate str (not "int") to str',
    ),
    ("python", "n = 3\nisinstance(n, int)\nTrue"),  # as before
    (
        "text",
        'Traceback (most recent call last):\n  File "talks.py", line 4\nValueError: no deck',
    ),  # as before
    # Keys in camelCase or PascalCase a line each: a properties file, no shell's variables.
    (
        "ini",
        "Server=10.0.0.5\nHostname=talks proxy\nLogFile=/var/log/talks.log\nLogFileSize=0\nDBName=talks\n",
    ),
    ("bash", "TALKS_DIR=/srv/talks\nDECK=locks.pdf\n"),  # as before: the shell's variables
    # Logstash's pipeline, nginx's directives without a block, a directive's string on the next line.
    ("text", 'filter {\n    json {\n        source => "message"\n    }\n}\n'),
    (  # as before
        "text",
        "input {\n    beats {\n        port => 5044\n    }\n}\noutput {\n    stdout { codec => rubydebug }\n}\n",
    ),
    (
        "text",
        'log_format talks_json \'{"time":"$time_local",\'\n'
        '                      \'"status":"$status"}\';\naccess_log  /var/log/nginx/talks.log  talks_json;\n',
    ),
    (
        "text",
        "server {\n    listen 8080;\n    server_name talks.example;\n    add_header Content-Security-Policy\n"
        "        \"default-src 'self'; img-src 'self' data:;\";\n    location / {\n        root /srv/talks;\n"
        "        index index.html;\n        try_files $uri $uri/ /index.html;\n    }\n}\n",
    ),
    ("bash", "echo 'server_name talks.example;' >> site.conf\nnginx -t\n"),  # as before: commands
    # JSON with a `#` note after its values (full-width or not): a daemon.json annotated.
    (
        "json",
        '{\n  "debug": true,          # off by default\n  "data-root": "/srv/docker",  ＃ where images go\n  "mtu": 0\n}',
    ),
    ("python", "settings = {\n    'debug': True,  # off by default\n}\n"),  # as before: Python's dict
    # Network tools among the shell's programs; a `//` note no prompt (as before, `ip` a program now).
    ("bash", "ifup bond0\nifup eth1\n\n# reload\nnmcli con reload\nip link show\n"),
    (
        "text",
        '//zone->ip\nzone "talks.example" in {\n        type master;\n        file "/etc/bind/db.talks";\n};\n',
    ),
]


test_session_42_round_160 = detection_test(CASES)
