"""Detection fixes of session 51 read off round 228 after it was measured: an HTML comment's end
after words (`底部-->`) is no psql continuation prompt; `||` among a call's arguments is no shell's;
the shell's history expansions with their modifiers and after `sudo`; bash, sh, zsh, userdel,
groupdel, groupmod, vue and cnpm known; `instanceof` JavaScript's own classes; a log's
`<<Manager#method:150>>` is no heredoc; a template's tags in sed's quoted patterns and notes are
a command's (psql's continuation prompt, the shell's `||` and heredocs stay as before)."""

from detect_cases import detection_test

CASES = [
    # HTML, a comment in another alphabet ending a line with `-->`.
    (
        "html",
        "<ul>\n    <li>讲座</li>\n    <li>幻灯片</li>\n</ul>\n<!--自定义列表：dl\n用在页面底部-->\n"
        "<dl>\n    <dt>主题</dt>\n    <dd>数据库</dd>\n</dl>",
    ),
    ("psql", "talks=> SELECT title\ntalks-> FROM talks;"),  # as before: psql's continuation prompt
    # JavaScript's console showing `||`, its value noted.
    ("javascript", "console.log(1 || 2); // 1\nconsole.log(0 || 2); // 2\nconsole.log(0 || '' || 3); // 3"),
    ("bash", "make test || echo failed\nmake docs && make site"),  # as before: the shell's own
    # The shell's history recalled, with a modifier, or run again as root.
    ("bash", "!!\n# 以 root 再来一次\nsudo !!"),
    ("bash", "# 上一条命令：echo 'draft'\n^draft^final^:&\n# 或者\n!!:gs/draft/final/"),
    # A script run by bash in the background, the job's number printed under it.
    ("bash", "# 在命令后接 & 即可在后台运行\nbash build.sh &\n[1] 4242"),
    # Commands under notes with no space after `#`, vue's and cnpm's.
    ("bash", "#在终端输入\ncnpm install talk-cli -g\n#看看装好没有\nvue list"),
    ("bash", "groupdel speakers \t// 删除speakers群组"),
    ("javascript", "talks instanceof Array"),
    # A log's lines naming a method between `<<` and `>>`.
    (
        "text",
        "从日志看服务只在 10:44 收到过一次请求\n"
        "11-11 03:35:06.908 1532 4408 I TalkService: <<TalkManager#getStatus:150>> start\n"
        "11-11 03:35:06.910 1532 4408 I TalkService: <<TalkManager#getStatus:156>> end ret is 0",
    ),
    ("bash", "cat <<EOF > talks.txt\nfirst talk\nEOF"),  # as before: a heredoc
    # sed's commands, a template's tags in their quoted patterns and in a note over them.
    (
        "bash",
        "# 取出 {% block talk %} 与 {% endblock %} 之间的行\n"
        "sed -n '/{% block talk %}/,/{% endblock %}/p' base.html | grep -v '{% endblock %}'",
    ),
    ("bash", "apt-get install postgresql-{{ version }}"),  # as before: a docs site's variable in a command
    ("html+django", "{% if talk %}\n<p>{{ talk.title }}</p>\n{% endif %}"),  # as before
]

test_session_51_round_228 = detection_test(CASES)
