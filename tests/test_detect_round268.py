"""Detection fixes of session 55 read off round 267 after it was measured: statements over a note
saying the server answered (`# 报错`) and its answer, a reference parameter of a type in two words
(`long long& x`), and HTML's element forms with names in Chinese."""

from detect_cases import detection_test

CASES = [
    (
        "psql",
        "use talks;\nalter user 'ada'@'localhost' identified by 'abc';\n\n# 报错\n"
        "Your password does not satisfy the current policy requirements.",
    ),
    ("psql", "select count(*) from talks;\n-- 结果\n 42"),
    (
        "postgresql",
        "select 1 + 1;\n-- 结果\n-- 2",
    ),  # as before: results in comments are the source's (rule 8)
    (
        "cpp",
        "long long solve(long long a, long long b, long long& x, long long& y) {\n"
        "    if (b == 0) { x = 1; y = 0; return a; }\n    return solve(b, a % b, y, x);\n}",
    ),
    ("c", "long long gcd(long long a, long long b) {\n    return b ? gcd(b, a % b) : a;\n}"),  # as before
    ("html", "<元素名> 文字 </元素名>"),
    ("html", '<元素名 属性="值" />'),
    ("text", "<表名>"),  # as before: a placeholder, no element
    ("postgresql", "select <列名> from <表名>;"),  # as before
]

test_session_55_round_267 = detection_test(CASES)
