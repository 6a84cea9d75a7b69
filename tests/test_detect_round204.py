"""Detection fixes of session 48 read off round 203 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # A Java .properties file under notes, a few of its keys set with spaces around `=`.
    (
        "ini",
        "# 端口\nserver.port=8081\n# 名称\nspring.application.name=talks\napp.cache.dir = ${user.home}/cache",
    ),
    (
        "python",
        "import talks\n\ntalks.app.debug = True\ntalks.app.name = 'talks'",
    ),  # as before: attributes set
    # MySQL's replication's statements in small letters, alone or under `--` notes.
    ("postgresql", "show master status"),
    ("postgresql", "--在从库上执行\nstart slave\n--查看状态\nshow slave status\\G"),
    ("bash", "git show HEAD~1"),  # as before
    # YAML holding HTML in a quoted scalar over lines.
    ("yaml", "footer:\n  content: '\n    <a href=\"/about/\">About</a>\n    <span>Talks</span>\n  '"),
    ("html", '<footer>\n  <a href="/about/">About</a>\n</footer>'),  # as before
    # A B-tree drawn, a middle child's `|` among its branches.
    (
        "text",
        "       [ 40 ]\n      /      \\\n  [ 20 ]    [ 60 | 80 ]\n /   \\     /   |    \\\n[10] [30] [50] [70] [90]",
    ),
    # The shell's functions: a variable unset, `echo -e`.
    (
        "bash",
        'function talks_on() {\n    export TALKS_DIR=/srv/talks\n    echo -e "on"\n}\n\nfunction talks_off() {\n    unset TALKS_DIR\n}',
    ),
    ("javascript", "function add(a, b) {\n  return a + b;\n}\nconsole.log(add(1, 2));"),  # as before
    # A hexo plugin whose opening comment shows its tag's syntax.
    (
        "javascript",
        "/**\n * talks-embed\n * Syntax: {% talk slug %}\n */\nvar path = require('path');\n"
        "hexo.extend.tag.register('talk', function(args) {\n  return path.join('talks', args[0]);\n});",
    ),
]

test_session_48_round_203 = detection_test(CASES)
