"""Detection fixes of session 55 read off round 271 after it was measured: MySQL's statements with
`#` notes between them, and C++'s structs that name themselves inside (a constructor, a pointer to
itself without `struct`) or take a reference after a full-width comma."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "# 从库\nstart slave;\nshow slave status\\G\n\n# 主库\n"
        "grant replication slave on *.* to 'copy'@'10.0.0.5';",
    ),
    (
        "bash",
        "# 启动\nsystemctl start talks\n\n# 查看\nsystemctl status talks",
    ),  # as before: commands under notes
    ("cpp", "struct seat{\nint row;\nchar side;\nseat(int _row,char _side){\nrow=_row;\nside=_side;\n}\n};"),
    ("cpp", "struct talk{\n    int id;\n    talk* next;\n};"),
    ("c", "struct talk{\n    int id;\n    struct talk* next;\n};"),  # as before: C's own way
    ("cpp", "room split(room a,int b，int &rest){\n    room c;\n    rest=a.len%b;\n    return c;\n}"),
]

test_session_55_round_271 = detection_test(CASES)
