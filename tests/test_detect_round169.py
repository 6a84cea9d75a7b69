"""Detection fixes of session 43 read off round 168 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's statements with `<placeholders>` under `--` notes: no HTML.
    (
        "postgresql",
        "-- 选择数据库\nuse <database>;\n-- 创建表\ncreate table <table>(<column> <type>,...);\n"
        "-- 删除表\ndrop table <table>;",
    ),
    ("html", "<table>\n  <tr><td>talks</td></tr>\n</table>"),  # as before
    # A server's functions a line each, most with a `--` note after them.
    (
        "postgresql",
        "-- 数值函数\nabs(x)          -- 绝对值\nceil(x)         -- 向上取整\nround(x)        -- 四舍五入\n"
        "mod(m, n)       -- 求余\nrand()\n-- 时间\nnow(), current_date();  -- 当前日期",
    ),
    # A statement's form with its parts elided.
    ("postgresql", "WITH recent(id, title) AS\n(SELECT ...),\nlong_talks(id) AS (SELECT ...),\nSELECT ..."),
    ("postgresql", "INSERT INTO talk ( id, title,...field_n )\nVALUES\nvalue1, value2,...value_n );"),
    ("javascript", "const all = [...talks, ...posts];"),  # as before: JavaScript's spread
    # nginx's own directives, their `;` left out.
    ("text", "access_log /var/log/nginx/talks.log\naccess_log /var/log/nginx/talks.log buffer=32k gzip"),
    # Pseudo-code's steps in words.
    (
        "text",
        "for talk in T:\n\tfor slide in talk:\n\t\tif shown(slide):\n\t\t\tadd <talk, slide> to the list",
    ),
    (
        "text",
        "randomly init w\nwhile w not converged:\n\tfor weight in w:\n\t\tweight = weight - rate * grad(w)",
    ),
    (
        "python",
        "for talk in talks:\n    if talk.shown:\n        seen.add(talk)\nfrom os import path",
    ),  # as before
]


test_session_43_round_168 = detection_test(CASES)
