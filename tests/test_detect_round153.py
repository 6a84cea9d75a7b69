"""Detection fixes of session 41 read off round 152 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Oracle's client opened from the shell, then the statements typed into it (rule 2), a GRANT's
    # list of privileges a line each (no command tag `GRANT` answered).
    (
        "postgresql",
        'su - oracle\nexport ORACLE_SID=TALKS\nsqlplus / as sysdba\n\nCREATE USER lectern\nIDENTIFIED BY "secret";\n\n'
        "GRANT\nCONNECT,\nRESOURCE\nTO lectern;\n\nSELECT username FROM dba_users WHERE username = 'LECTERN';",
    ),
    (
        "psql",
        "GRANT SELECT ON talks TO reader;\nGRANT\nREVOKE SELECT ON talks FROM reader;\nREVOKE",
    ),  # as before
    # Statements between a writer's `----` rulers and notes, no result under them.
    (
        "postgresql",
        "DROP TABLE talk;\n\n-------------------------\n\nCREATE TABLE talk (\n  id    INTEGER,\n  title TEXT\n);\n\n"
        "-------------------------\nthe same, with a default\n\nCREATE TABLE talk (\n  id    SERIAL,\n"
        "  title TEXT DEFAULT 'untitled'\n);",
    ),
    ("psql", "SELECT id, title FROM talk;\n id | title\n----+-------\n  1 | Plans\n(1 row)"),  # as before
    # A command commented out halfway down a settings file.
    (
        "yaml",
        "window:\n  padding: 4\n  decorations: none\n\nfont:\n  size: 13\n\n"
        "# curl -o ~/.config/term/theme.yml https://example.org/theme.yml\nimport:\n  - ~/.config/term/theme.yml",
    ),
    # YAML elided with `（中略）`.
    (
        "yaml",
        "# before\n- uses: actions/checkout@v4\n  with:\n    fetch-depth: 0\n\n（中略）\n\n"
        "- uses: actions/upload-artifact@v4\n  with:\n    name: site\n    path: output/",
    ),
    # JSON under a caption and a ruler.
    ("json", 'proxy settings\n----\n{\n  "port": 8080,\n  "listen": "127.0.0.1",\n  "auth": false\n}'),
    # `key=value` settings: a Windows path as a value, options set by name alone (dnsmasq's).
    ("ini", "dir=D:\\Talks\ncache=32M\nmax-downloads=3\ncontinue=true\nseed-time=0"),
    (
        "ini",
        "# no DNS\nport=0\nlocal-service\ninterface=eth0\nbind-interfaces\n"
        'dhcp-range=192.168.0.10,192.168.0.50,12h\npxe-service=0,"Boot the talk box"\nenable-tftp\ntftp-root=/srv/tftp',
    ),
    # asdf's `.tool-versions`: names and versions, no command.
    ("text", "golang 1.22.1\nerlang 26.2.1"),
    ("bash", "pyenv-install 3.12.4"),  # as before: a command installing a version
    # A report's fields aligned by their colons, one word each.
    ("text", "Step    : build\nCPU     : 91%\nuser    : 1.20s\ntotal   : 2.04s"),
    # Python's calls given placeholders in another alphabet.
    (
        "python",
        "# 初期化\nplayer = TalkPlayer(\n  on_play=<好きな関数>,\n  on_pause=<好きな関数>,\n)\n\nplayer.listen()",
    ),
    # Go's template actions a line each around a shell rc file's lines (chezmoi's).
    (
        "bash",
        '# ...\n{{ if eq .chezmoi.hostname "laptop" }}\nexport PATH=~/.pyenv/bin:$PATH\neval "$(pyenv init -)"\n{{ end }}\n# ...',
    ),
    ("html+django", "{% if talk %}\n<h1>{{ talk.title }}</h1>\n{% endif %}"),  # as before
    # C++: a namespace's function in CamelCase defined.
    (
        "cpp",
        "BSTR talk_util::MakeTitle(const char *text) {\n  int n = strlen(text);\n  return SysAllocStringLen(NULL, n);\n}",
    ),
]


test_session_41_round_152 = detection_test(CASES)
