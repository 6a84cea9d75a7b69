"""Detection fixes of session 48 read off round 208 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # Columns' definitions or a CHECK constraint cut from a CREATE TABLE, under or over `#` notes.
    ("postgresql", "#标题和年份不能为空\ntitle varchar(200) not null\nyear int not null"),
    ("postgresql", "check (year in (select year from talk_years))\n#为什么不用外键？\n#因为 year 不是码"),
    ("bash", "# 安装\napt install postgresql\n# 启动\nsystemctl start postgresql"),  # as before
    ("yaml", "# 端口\nport: 5432\nhost: localhost"),  # as before
]

test_session_48_round_208 = detection_test(CASES)
