"""Detection fixes of session 51 read off round 230 after it was measured: MySQL's column
definitions with backquoted names (a comma left off between two) and an integer's display width
(`int(3)`); a `#` note naming `[]` is no C++ lambda; jQuery's `$(document)`, `$( selector )` and a
quoted selector; Keil C51's interrupt handlers and `sbit`; a known program run as `.exe` (C++'s
lambdas, `int` columns without a width and redis-cli stay as before)."""

from detect_cases import detection_test

CASES = [
    # MySQL's columns copied out of a CREATE TABLE, names in backquotes, the first line's comma lost.
    (
        "postgresql",
        "`talk_kind` tinyint(1) NOT NULL DEFAULT '1' COMMENT '类型：1-讲座，2-工作坊'\n"
        "`starts_at` datetime DEFAULT NULL COMMENT '开始时间',\n"
        "`minutes` int(3) DEFAULT '0' COMMENT '时长',",
    ),
    ("postgresql", "attendees INT(10) DEFAULT 0,"),
    ("postgresql", "attendees integer DEFAULT 0,"),  # as before
    # Python whose note names an empty list, `[](空列表)`, its last `if` left without a body.
    (
        "python",
        "x = 'talk'\n# 假值：\"\"(空字符串), [](空列表), ()(空元组)\nif x == 'talk' :\n  print('相等')\n"
        "else:\n  print('不相等')\n\nfor t in talks:\n  if t:\n",
    ),
    ("cpp", "auto add = [](int a, int b) { return a + b; };"),  # as before: a lambda
    # jQuery under a block comment of notes.
    (
        "javascript",
        "/*\n* 1. 选择元素很方便\n* 2. 自带隐式迭代\n* */\n$(document).ready(function () {\n"
        '    $("#show").click(function () {\n        $("div").show(200);\n    });\n});',
    ),
    ("javascript", "$( selector ).off(); //解绑所有事件\n$( selector ).off( 'click' ); //只解绑 click 事件"),
    # Keil C51's interrupt handler and a port's bit.
    (
        "c",
        "void Timer0Handler() interrupt 1\n{\n    count++;  //计数\n    TL0 = 0X33;\n    TH0 = 0XFE;\n"
        "    if(count < angle)\n        PWM = 1;\n}",
    ),
    ("c", "sbit led = P2^0;"),
    # A known program run by its Windows name.
    ("bash", "redis-cli.exe"),
    ("bash", "redis-cli"),  # as before
]

test_session_51_round_230 = detection_test(CASES)
