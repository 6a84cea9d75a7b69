"""Detection fixes of session 63 read off round 345 (Chinese notes): MySQL's settings with notes
glued to their `#` in the writer's letters, and two statements with a lone `或` between them."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "SET autocommit = 0 #关闭\nSET autocommit = 1 #打开\n"),
    ("postgresql", "SET UNIQUE_CHECKS=OFF\n或\nSET UNIQUE_CHECKS=0\n"),
    # as before: a shell's `set -e` under a note, a statement's `--` note, a WHERE's OR on its own line
    ("bash", "#!/bin/bash\nset -e #出错即停\nmake build\n"),
    ("postgresql", "SET autocommit = 0; -- 关闭\n"),
    ("postgresql", "SELECT *\nFROM t\nWHERE a = 1\nOR\nb = 2;\n"),
]

test_detection = detection_test(CASES)
