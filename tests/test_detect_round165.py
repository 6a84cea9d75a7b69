"""Detection fixes of session 43 read off round 164 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's `#` notes after statements.
    (
        "postgresql",
        "SHOW TABLES; # every table of the archive\nDESC talk # its columns\nSHOW CREATE TABLE talk # its definition",
    ),
    ("postgresql", "USE lectern; # the archive lives here\nSELECT * FROM talk;"),
    ("bash", "ls -l talks/ # the folder\ncat talks/index.md # its page"),  # as before
    # A pattern's forms glossed in SQL's `--` notes, over the statement they lead to.
    (
        "postgresql",
        "---- patterns ----\nLIKE 按模式匹配\nt%  -- 以t开头\n%k  -- 以k结尾\n"
        "-- 标题含Postgres的演讲\nSELECT id, title FROM talk WHERE title LIKE '%Postgres%'",
    ),
    # A table's definition closed by a mistyped brace.
    ("postgresql", "CREATE TABLE talk\n(\n    id    INTEGER  NOT NULL,\n    title TEXT     NOT NULL\n};"),
    ("javascript", "const talk = {\n  id: 1,\n  title: 'Indexes'\n};"),  # as before
    # Python's statements over what the REPL echoed, run after run; an error's last line alone.
    (
        "python",
        "print(Talk.duration)\n<function Talk.duration at 0x7f3a2c1d9e40>\n\n"
        "print(talk.duration)\n<bound method Talk.duration of <__main__.Talk object at 0x7f3a2c1e0f10>>",
    ),
    ("python", "Talk.duration(5)\nTypeError: duration() missing 1 required positional argument: 'unit'"),
    ("python", "type(talk)\n<class '__main__.Talk'>"),  # as before
    # One object's attributes and methods, a `#` note after each: a library's glossary.
    ("python", "grid.ndim    # how many axes\ngrid.shape   # rows and columns\ngrid.size    # cells in all"),
    (
        "python",
        "np.arange(起点, 终点, 步长)  # 按步长的一维数组\nnp.ceil(grid)   # 向上取整\n"
        "np.random.uniform(low, high size=(2, 3))  # a comma left out, as notes slip",
    ),
    ("text", "tsconfig.json        # the base\ntsconfig.build.json  # for a release"),  # as before: files
    # C++: a constructor's member initializer list, arrays of `string`, a header's path without `.h`.
    ("cpp", "struct Slide {\n    int page;\n    Slide(int p) : page(p) { }\n};"),
    ("cpp", "string titles[4];   // each one empty\nint pages[4];"),
    ("cpp", "#include <QtCore/QTimer>\n#include <QtWidgets/QLabel>"),
    ("c", "#include <sys/types.h>\n#include <stdio.h>"),  # as before
    # A regular expression's escapes glossed with `==>`: no psql meta-commands.
    ("text", "\\d ==> [0-9]\n\\s ==> a blank\n\\w ==> [A-Za-z0-9_]\n\\b ==> a word's edge"),
    ("psql", "\\d talk\n\\dt"),  # as before
    # C's library called under `//` notes.
    ("c", '// the width and precision come from arguments\n\nprintf("%*.*f", width, digits, seconds);'),
    ("javascript", "// log it\nconsole.log(talk.title);"),  # as before
    # A file system made: no rsyslog selector.
    ("bash", "mkfs.ext4 /dev/vdb1\nmkfs.xfs /dev/vdb2"),
    ("text", "kern.*    /dev/console\nmail.info -/var/log/mail.log"),  # as before: rsyslog's
    # A Hugo shortcode's lines, a Markdown fence, around what they hold.
    (
        "yaml",
        "{{</* chart */>}}\ntitle:\n    text: Talks a year\nseries:\n    - name: talks\n      type: bar\n{{</* /chart */>}}",
    ),
    ("yaml", "```yml\n- name: # the talk's title\n  url:  # where its slides are\n```"),
    # A URL's parts named.
    ("text", "<scheme>://<host>:<port>/<path>?<query>"),
    ("html", '<p><a href="https://example.org/">slides</a></p>'),  # as before
    # The canvas element's drawing context.
    ("javascript", 'ctx = canvas.getContext("2d");'),
]


test_session_43_round_164 = detection_test(CASES)
