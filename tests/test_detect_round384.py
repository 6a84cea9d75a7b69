"""Detection fixes of session 68 read off round 384 (a Chinese notebook on systems programming,
network servers and Redis's source, a Chinese study notebook on MySQL, Docker and PHP, a Korean
TIL on algorithms and Python, an English daily TIL on LeetCode): a wrong statement marked
`!SQLERROR:`, a Java service loader's file, and C's prototype with a note in `/* */`."""

from detect_cases import detection_test

CASES = [
    # a statement marked wrong by the writer, a `//` note over it
    (
        "postgresql",
        "// 这样写会重复  错误示例\n!SQLERROR: select a.* from orders a, orders b where a.id <> b.id and a.day = b.day;\n",
    ),
    # as before: the language's name before a statement
    ("postgresql", "SQL select name from towns;\n"),
    # a service loader's file: keys naming Java classes
    ("ini", "redis=com.example.cache.RedisStore\nlocal=com.example.cache.LocalStore\n"),
    ("ini", "primary = org.example.spi.impl.PrimaryStore\nbackup = org.example.spi.impl.BackupStore\n"),
    # as before: Python's class assigned by name, its module shallow
    ("python", "handler = logging.handlers.RotatingFileHandler\n"),
    # C's prototype, an argument's note in `/* */`
    ("c", "int execlp(const char *file, const char *arg, ... /*, (char *) NULL */);\n"),
    # as before: SQL's `/* */` note over a statement
    ("postgresql", "/* the newest first */\nselect id, title from posts order by id desc;\n"),
]

test_detection = detection_test(CASES)
