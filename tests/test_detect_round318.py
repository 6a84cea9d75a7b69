"""Detection fixes of session 61 read off round 318: a statement's keyword misspelt by one letter
(`CREAT PROCEDURE`, `INTERT INTO`), and statements under list bullets with Markdown's quoted notes
(`> 查看权限`) kept below them in the code."""

from detect_cases import detection_test
from sql_highlight.sql_slips import with_keywords_mended, without_quoted_notes

CASES = [
    ("postgresql", "INTERT INTO 讲座 VALUES(标题, 年份)"),
    ("postgresql", "creat table 讲座 (\n  标题 text\n);"),
    (
        "postgresql",
        "CREAT PROCEDURE talk_counts(\n  OUT first_year INT,\n  OUT last_year INT\n)\nBEGIN\n"
        "  SELECT Min(year)\n  INTO first_year\n  FROM talks;\n  SELECT Max(year)\n  INTO last_year\n"
        "  FROM talks;\nEND;",
    ),
    ("postgresql", "  * GRANT SELECT ON 会议.* TO 用户名@主机;\n    > 让用户能读会议库的所有表\n"),
    ("postgresql", "- DROP TABLE 表名;\n  > 删除表及其数据\n- TRUNCATE TABLE 表名;\n  > 清空表\n"),
    ("postgresql", "SHOW GRANTS FOR 讲者@主机\n    > the grants a speaker has\n"),
    (
        "postgresql",
        "* REVOKE INSERT ON 会议.* FROM 用户名@主机;\n  > 收回写权限\n  >\n"
        "  > 例如：REVOKE INSERT ON conf.* FROM ann@localhost;\n",
    ),
    # as before: slips the statement's other words settle, a sentence's inflected words, a quoted mail
    ("postgresql", "SELET name FROM talks WHERE year = 2026;"),
    ("postgresql", "UPDTAE talks SET year = 2027 WHERE id = 3;"),
    ("postgresql", "SHOW INDEX FROM talks\n    > lists the indexes the table has\n"),
    ("text", "created table users\nadded column email"),
    ("text", "DELETED 3 rows\nUPDATED 2 rows"),
    ("bash", "> Note: run this first\nmake install"),
]

test_detection = detection_test(CASES)


def test_a_keyword_one_letter_off_is_spelt_right_in_its_own_case():
    assert with_keywords_mended("UPDTAE t SET a = 1;\nselet 1;") == "UPDATE t SET a = 1;\nselect 1;"


def test_words_that_are_keywords_or_inflect_one_are_left():
    code = "SELECT 1;\nCreated table\ncreated table\nDROPS all\ngrants for"
    assert with_keywords_mended(code) == code


def test_quoted_notes_go_only_where_something_else_stays():
    assert without_quoted_notes("* SHOW TABLES;\n  > 看表\n") == "SHOW TABLES;\n"
    assert without_quoted_notes("> all quoted\n> lines") == "> all quoted\n> lines"
    assert without_quoted_notes("* no quote here") == "* no quote here"
