"""Detection fixes of session 56 read off round 283 after it was measured: notes opened by `#`, a
program's name and a version before prose in Chinese (`# python 3 中 ...`), and `instanceof` shown
with what it gives in a `//` note."""

from detect_cases import detection_test

CASES = [
    ("text", "# python 2 中默认编码方式为 ascii\n\n# python 3 中默认编码方式为 utf-8"),
    ("text", "# python 2 中，/ 的结果为整型  1/2 ==> 0\n\n# python 3 中，/ 的结果为浮点型  1/2 ==> 0.5"),
    ("javascript", "talks instanceof Object;//true"),
    ("console", "# ls -l 查看文件\n# cd /srv/lectern"),  # as before: root's commands, notes after them
    ("bash", "# 安装依赖\npip install lectern"),  # as before
]

test_session_56_round_283 = detection_test(CASES)
