"""Detection fixes of session 50 read off round 224 after it was measured: a synopsis or two
statements with the writer's glosses (`如果...，返回...`) and marks (`<==>`) on lines of their own;
SQL Server's system procedures run first in a batch without EXEC; GNU's space before a C
prototype's parameters; C's body ended by `;` is no Python header missing its colon; JavaScript's
Date, toString, borrowed array methods, keyed members set, a regular expression's test and
destructuring with defaults; steps numbered, each a command; CSDN's licence pasted under a copied
block (psql's rows in Chinese, prose in steps and Python's own calls stay as before)."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language

CASES = [
    # A function's synopsis over its gloss; CASE's two forms, a mark between them.
    ("postgresql", "IF(cond,a,b)\n\n若cond为真，返回a，否则返回b"),
    (
        "postgresql",
        "CASE expr WHEN [value] THEN result [WHEN [value] THEN result ...] [ELSE result] END\n\n<=等价于=>\n\n"
        "CASE WHEN [cond] THEN result [WHEN [cond] THEN result ...] [ELSE result] END",
    ),
    # Two statements giving the same rows, `<==>` between them.
    (
        "postgresql",
        "select * from talks where id in (select talk_id from slides);\n<==>\n"
        "select distinct t.* from talks t join slides s on s.talk_id = t.id;",
    ),
    (  # as before: psql's rows in Chinese
        "psql",
        "lectern=# select name, talks from speakers;\n name | talks\n------+-------\n 张三 |     3\n(1 row)",
    ),
    # SQL Server's procedures, first in their batch, no EXEC, `;--` notes glued.
    ("postgresql", "sp_help 'talks';-- 表的定义\nsp_helpindex 'talks';-- 它的索引"),
    # C's prototypes in GNU's style, a space before the parameters.
    ("c", "bool talk_is_longer (const struct talk *a,\n                     const struct talk *b);"),
    ("c", "// talk.h\nvoid talk_free (struct talk *t);"),
    # JavaScript's own: Date's functions, toString, an array's method borrowed, members set by key,
    # a regular expression tested, destructuring with defaults.
    ("javascript", "Date.now()"),
    ("javascript", "new Buffer(text, 'base64').toString();"),
    ("javascript", "[].slice.call(arguments)"),
    ("javascript", "  register(name, fn) {\n    this.handlers[name] = fn;\n  }"),
    ("javascript", "  accepts (type) {\n  \treturn /json/i.test(type)\n  }"),
    ("javascript", "let [first = 'a', [second]] = [undefined, ['b']];\nfirst // 'a'"),
    ("python", "datetime.date.today()"),  # as before: Python's date
    # Steps numbered, each a command (the number glued on, a note after).
    ("bash", "1.mkdir talks\n\n2.cd talks #进入目录\n\n3.touch index.md"),
    ("text", "1. 打开设置\n2. 选择主题"),  # as before: steps in prose
    # CSDN's licence under a copied block.
    (
        "yaml",
        "title: Lectern\nper_page: 10\n————————————————\n版权声明：本文为博主的原创文章。\n"
        "原文链接：https://blog.csdn.net/lectern/article/details/1",
    ),
]

test_session_50_round_224 = detection_test(CASES)


def test_a_c_body_ended_by_a_semicolon_is_no_python_header():
    assert detect_language("if (n > max)\n    max = n;") != "python"
