"""Detection fixes of session 48 read off round 204 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # A JavaScript console lesson without `;`: members, keys and values shown in `//` notes, the
    # object they are asked of in a note of its own line.
    ("javascript", '//talks = ["wal", "vacuum"]\ntalks.length //2\ntalks.indexOf("wal") //0'),
    (
        "javascript",
        '//talk = {title: "WAL", year: 2024}\n"title" in talk //true\n\'speaker\' in talk //false',
    ),
    ("javascript", '//talk = {title: "WAL"}\ndelete talk.title //{}\ntalk //{}'),
    ("javascript", "42  //整数\n4.2  //浮点数\nNaN // not a number"),
    ("bash", "docker images //查看镜像\ndocker ps -a //查看容器"),  # as before: commands under notes
    ("text", "// 输入\nalice bob\n// 输出\nAlice Bob"),  # as before: names between notes
    # The browser's dialog called with an expression.
    ("javascript", "alert(3 * 5);"),
    ("javascript", "alert(1.5 + 2.5);\nalert(10 / 4);"),
    ("text", "alert(1);\n-->"),  # as before: a payload closing a comment
]

test_session_48_round_204 = detection_test(CASES)
