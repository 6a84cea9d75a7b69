"""Detection fixes of session 58 read off round 300 after it was measured: a program's usage with
an option the reader may give (`[-p <vhost>]`) under `//` notes, C's static pointer to a pointer,
and statements numbered with no space after the number (`10.SELECT ...;`). And the shapes round
300's slowest blocks had, now answered before the files' stage (the answer as before, reached
sooner): statements one after another without their `;`, under `#` notes or captioned in Chinese,
and a table as MySQL dumps it."""

from detect_cases import detection_test

UNENDED = "\n".join(
    f"#{n}、列出第{n}组的讲座。\nSELECT title, speaker FROM talks WHERE track = {n}\nORDER BY title"
    for n in range(1, 40)
)
NUMBERED = "\n\n".join(f"{n}.SELECT * FROM talks WHERE track = {n};" for n in range(1, 60))
CAPTIONED = "\n\n".join(
    f"{n}.查询第{n}组讲座的数量。\nselect count(*) AS '数量' from talks where track = {n}"
    for n in range(1, 50)
)
DUMP = "\n\n".join(
    f"DROP TABLE IF EXISTS `talk_{n}`;\nCREATE TABLE `talk_{n}` (\n  `id` bigint(20) NOT NULL AUTO_INCREMENT,\n"
    f"  `title` varchar(128) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;"
    for n in range(1, 20)
)

CASES = [
    (
        "bash",
        "// grant a user\ntalkctl set_permissions [-p <vhost>] <user> <conf>\n\n// grant ada\ntalkctl set_permissions -p talks ada '.*'",
    ),
    ("c", "static item** primary_table = 0;        // the main table"),
    # as before: JavaScript's static field; a command's usage alone
    ("text", "static count = 0;"),
    ("bash", "talkctl set_permissions [-p <vhost>] <user> <conf>"),
    # as before, reached before the files' stage now
    ("postgresql", UNENDED),
    ("postgresql", NUMBERED),
    ("postgresql", CAPTIONED),
    ("postgresql", DUMP),
]

test_session_58_round_300 = detection_test(CASES)
