"""Detection fixes of session 54 read off round 258 after it was measured: pandas' objects over what
they printed (after a `# 结果` note or a blank line), an exercise's input and output, `long long`,
a number "called" in notation, a brace-initialised variable before a comma, an injection's
`-1 UNION SELECT` and IPython's `Out[n]:` under a call without its `In [n]:`."""

from detect_cases import detection_test

CASES = [
    ("python", "talks.groupby('room').size()\n\n# 结果\nroom\nA    3\nB    5\ndtype: int64\n"),
    (
        "python",
        "talks.loc['2026-05-01':'2026-05-03', 'minutes']\n\n2026-05-01    45\n2026-05-02    30\n"
        "2026-05-03    25\nName: minutes, dtype: int64\n\n# 前两行\ntalks.iloc[:2, :2]\n\n"
        "            room    minutes\n2026-05-01    3    45\n2026-05-02    5    30\n",
    ),
    ("text", "输入: [3, 1, 2]\n输出: [1, 2, 3]"),
    ("text", "Input: [30, 45]\nOutput: 75"),
    ("c", "long long minutes = 0; // 总时长\nwhile (n) {\n    minutes += n % 60;\n    n /= 60;\n}"),
    ("text", "SLOTS_MAX = 4294967295(2^32-1)\nSLOTS_MIN = 0(0)"),
    ("cpp", "double length = 4.5;\nint a{ length }, b = { length };\n"),
    (
        "postgresql",
        "-1 UNION SELECT IF(SUBSTRING(current, 1, 1) = CHAR(84), BENCHMARK(3000000, ENCODE('talk','by 3 seconds')), null) FROM (SELECT database() AS current) AS t;",
    ),
    ("python", "sorted(rooms)\nOut[4]:\n['A101', 'B202']"),
    ("yaml", "room:\n  name: A101\n  seats: 120\n"),  # as before: a mapping, no exercise
]

test_session_54_round_258 = detection_test(CASES)
