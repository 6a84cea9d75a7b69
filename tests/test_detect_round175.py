"""Detection fixes of session 44 read off round 174 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A compose file's lists indented with tabs, as a post's editor types them.
    ("yaml", 'ports:\n\t- "8000:8000"\n\t- "5432:5432"'),
    ("yaml", "volumes:\n\t- ./talks:/srv/talks"),
    # A compose file's head with its colon unspaced.
    ("yaml", "version:'3'\nservices:\n web:\n  container_name:talks"),
    # `mysql` on its own line, then statements at the client's bare `> ` prompt.
    ("psql", "mysql\n> set session sql_mode='ANSI'; -- 严格模式"),
    ("console", "$ mysql\nmysql> SELECT 1;"),  # as before
    # A prompt whose host and folder a space parts, no space before its `$`.
    ("console", "ada@lectern ~$ uname -r\n6.6.1-arch1-1"),
    # Root's `# ls -l` over the line it listed: root ran it, no script's comment.
    (
        "console",
        "# which lectern\n/usr/bin/lectern\n# ls -l /usr/bin/lectern\n-rwxr-xr-x. 1 root root 4096 Dec  7  2024 /usr/bin/lectern",
    ),
    (
        "bash",
        "# build the site\ninvoke build\n# publish it\ninvoke publish",
    ),  # as before: a script's comments
]


test_session_44_round_174 = detection_test(CASES)
