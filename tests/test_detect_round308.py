"""Detection fix of session 59 read off round 308 after it was measured: MySQL's own statement
(`flush privileges;`) with a `--` note after it, among statements PostgreSQL's parser takes."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "use talks;\nupdate speaker set email='' where name='Ana'; --清空邮箱\nflush privileges; --刷新权限",
    ),
    # as before
    ("postgresql", "use talks;\nupdate speaker set email='' where name='Ana';\nflush privileges;"),
    ("bash", "mysql -u root -p talks < talks.sql  # 导入"),
]

test_detection = detection_test(CASES)
