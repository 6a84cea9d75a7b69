"""Detection fixes of session 56 read off round 286 after it was measured: C functions declared
with typed parameters and a pointer, under `//` notes; MySQL's own statements typed into its client;
its client's lines under a `//` note; SET GLOBAL under a `#` note."""

from detect_cases import detection_test

CASES = [
    (
        "c",
        "// rows：行数, columns：列数\nTalkTable *talk_table_new(guint rows, guint columns, gboolean even);",
    ),
    ("c", "// 返回值：进度比例\ngdouble  talk_progress_fraction (TalkProgress *bar);"),
    (
        "postgresql",
        "mysql -uroot -p\nchange master to master_host='10.0.0.5',master_user='replica',master_log_pos=199;\nstart slave;",
    ),
    ("postgresql", "// 导入数据库\nuse lectern\nset names utf8; （先确认编码）\nsource d:\\lectern.sql"),
    ("postgresql", "#开启慢查询\nset global slow_query_log = 'ON';\nshow variables like '%slow%';"),
    ("cpp", "use std::io;"),  # as before: Rust's or C++'s, never MySQL's
    ("c", "int main(void);"),  # as before
]

test_session_56_round_286 = detection_test(CASES)
