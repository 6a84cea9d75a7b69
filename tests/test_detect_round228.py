"""Detection fixes of session 51 read off round 227 after it was measured: C's declarations with
values given between names (`int i, sum = 0, n = 100;`); a command over `# 输出结果` and what it
printed, `expr` known; bare prompts with a path, `[user@host] ` before a
known program; a line made bold with Markdown's `**` inside the fence; rsyncd's and Samba's keys of
words; `undefined` an array's item; Python's header ended by a full-width colon; top's header
annotated in brackets is no object's entries; a subscript by a string in double quotes is no SQL
(`SET x = 1;`, JavaScript's objects and plain keys stay as before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # C's declarations, values given to names between others.
    ("c", 'int i, total = 0, count = 10;\ntotal = (1 + count) * count / 2;\nprintf("%d", total);'),
    ("c", "int total = 0, count = 10;     // 执行1次\ntotal = (1 + count) * count / 2;   // 执行1次"),
    ("c", "int total, count;\ntotal = count * 2;"),  # as before
    # A command, the writer's `# 输出结果` under it, then what it printed.
    ("bash", "wc -l < talks.txt\n# 输出结果\n12"),
    ("bash", "# 不算标题行\nexpr $(ls -l | wc -l) - 1\n# 输出结果\n4"),
    ("bash", "# 数一数有几行提到 talk\ngrep -c talk talks.txt\n# 返回结果：\n3"),
    # Bare prompts, a user's and root's, nothing typed after them.
    ("console", "dev@build-box:~$\n\nroot@build-box:/srv/talks#"),
    ("console", "dev@build-box:~$"),  # as before
    # A prompt of user and host in brackets, no mark after it, before known programs.
    ("console", "[dev@box] kill -9 %1\n\n[dev@box] jobs -l\n[1]+ 2211 Killed                  sleep 90"),
    # A toy shell's built-ins glossed in another alphabet, a line each: a glossary, as before.
    ("text", "jobs   列出后台的作业\nbg <job>   让作业在后台继续运行\nfg <job>   把作业调回前台"),
    # A TOML file, one line made bold by the writer.
    (
        "ini",
        'concurrent = 2\n\n[[runners]]\n  name = "talks-runner"\n  executor = "docker"\n'
        '  [runners.docker]\n    image = "python:3.12"\n    **pull_policy = "always"**\n    shm_size = 0',
    ),
    # rsyncd's settings, keys of words, a value of words after `=`.
    (
        "ini",
        "uid=nobody\nmax connections=2\n[talks]\ncomment= talk archive\npath=/srv/talks\nread only = yes",
    ),
    # `undefined` among an array's items, a note after it.
    ("javascript", "[undefined, 1, undefined, 1] // 索引1和3被赋值为1"),
    # Python, a header's colon typed full-width.
    (
        "python",
        "store = TalkStore()\nmodel = Encoder()\n\nfor talk in talks：\n    store.add(model.encode(talk))",
    ),
    # top's header, each figure annotated in brackets.
    (
        "text",
        "Tasks: 120 total[进程总数],\n1 running[运行中],\nMem: 2048000k total[物理内存],\n4096k used[已用],",
    ),
    ("javascript", "module.exports = {\n  port: 8080,\n  retries: 3,\n}"),  # as before
    ("postgresql", "SET search_path = talks;"),  # as before
]

test_session_51_round_227 = detection_test(CASES)


def test_a_subscript_by_a_double_quoted_string_is_no_sql():
    assert detect_language('cache["talk"] = 1;\ncache["slides"] = 2;') not in SQL_FAMILY
    assert detect_language('cache["talk"] = 1;') not in SQL_FAMILY
