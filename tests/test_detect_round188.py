"""Detection fixes of session 46 read off round 187 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # JavaScript's console lesson: expressions ended by `;`, each value in a `//` note.
    ("javascript", "7 / 2;     // 结果 3.5\n1 / 0;     // Infinity"),
    ("javascript", "9n / 2n;   // 4n"),
    ("javascript", "sum(1);    // 返回 NaN\nsum('x', 'y');  // 返回 xy"),
    ("c", "int area(int w, int h);  // 面积"),  # as before
    # Commands alone: SELinux's switch, a disk partitioner, the locate database's update.
    ("bash", "setenforce 0"),
    ("bash", "cfdisk"),
    ("bash", "updatedb\nlocate talks.md"),
    # A C prototype as a manual's synopsis heads it, its `;` left off.
    ("c", "ssize_t read_all(int fd, char *buf, size_t len)"),
    # C++'s exception specifications and a handler of any exception.
    ("cpp", "void save(int id) throw(int);   // 只抛出 int"),
    ("cpp", "catch(…) {\n    ……  // 处理\n}"),
    # A transaction's statements under `--` notes, their `;` left off: no psql's command tags.
    (
        "postgresql",
        "-- 1. 开始\nSTART TRANSACTION\n-- 2. 写入\nINSERT INTO talks VALUES (1, 'x');\n-- 3. 提交\nCOMMIT",
    ),
    ("psql", "BEGIN;\nBEGIN\nINSERT INTO talks VALUES (1, 'x');\nINSERT 0 1\nCOMMIT;\nCOMMIT"),  # as before
    # `#` over `--` notes alone: a MySQL writer's notes, both marks.
    ("postgresql", "#插入的细节\n-- 1. 类型要相同\n-- 2. 长度不能超出"),
    # ALTER TABLE's alternatives, one after `|` a line.
    (
        "postgresql",
        "  ADD [COLUMN] 列名 类型\n      [FIRST | AFTER 列]\n  | DROP [COLUMN] 列名\n  | RENAME COLUMN 列名 TO 新名",
    ),
]

test_session_46_round_187 = detection_test(CASES)
