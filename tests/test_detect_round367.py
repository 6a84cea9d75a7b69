"""Detection fixes of session 67 read off round 367 (a Japanese tech notebook, a Chinese blog on
PostgreSQL and OpenWrt, a Japanese infrastructure blog): MySQL's DESCRIBE alone, statements typed
into a client at a bare `> `, a path's placeholder in brackets, formulas in words, OpenWrt's tools."""

from detect_cases import detection_test

CASES = [
    # MySQL's DESCRIBE alone in capitals
    ("postgresql", "DESCRIBE\n"),
    # MySQL's client run, then statements typed into it after `> `
    ("postgresql", "mysql -u app -psecret\n> use shop\n> LOAD DATA INFILE 'orders.csv' INTO TABLE orders;\n"),
    # an editor given a path whose folder is a placeholder in brackets: Python would read a call divided
    ("bash", "vim (インストール先)/conf/server.properties\n"),
    # a formula in words of another alphabet: Python would read names assigned
    ("text", "利润率 = 利润 / 收入\n"),
    # OpenWrt's package manager and its settings tool under notes
    ("bash", "# 更新软件源\nopkg update\nopkg install luci-app-ddns\n\n# 保存设置\nuci commit network\n"),
    # as before: a DESCRIBE of a table, a formula in ASCII names stays Python, psql's own session
    ("postgresql", "describe orders;\n"),
    ("python", "ratio = profit / revenue\n"),
    ("psql", "app=# SELECT 1;\n ?column?\n----------\n        1\n(1 row)\n"),
]

test_detection = detection_test(CASES)


def test_an_address_set_in_a_script_is_no_sql():
    """`redirect.href = "myapp://...";`: a property given an app's address (round 367 read it as
    SQL's comparison). Which language it is the block does not say (C and JavaScript both write
    it), so the test asks only that it is not read as SQL."""
    from sql_highlight.detect import detect_language

    assert detect_language('redirect.href = "myapp://open/?ticket=t42";\n') not in ("postgresql", "psql")
