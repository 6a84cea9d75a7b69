"""Detection fix of session 49 read off round 221 after it was measured: a command with a gloss
in brackets in another alphabet is no column's definition (a word SQL knows as a type, or a
call's arguments, still are SQL as before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    ("postgresql", "title text (标题)"),  # as before: a column glossed
    ("postgresql", "dbcc checkident(表名,reseed,数字)"),  # as before: SQL Server's DBCC with placeholders
]

test_session_49_round_221 = detection_test(CASES)


def test_a_command_glossed_in_brackets_is_no_column():
    for code in ("adduser speaker (不用设置密码)", "useradd lectern (只用于构建)"):
        assert detect_language(code) not in SQL_FAMILY, code
