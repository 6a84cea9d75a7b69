"""Detection fixes of session 67 read off round 375 (a Vietnamese instructor's SQL Server and Django
courses, a Korean developer's velog backup): SQL Server's names in brackets, its database files and
filegroups, SQL's note glued to words in another alphabet."""

from detect_cases import detection_test

CASES = [
    # SQL Server's names quoted in brackets
    ("postgresql", "UPDATE [sales].[orders]\nSET shipped = 1\n"),
    ("postgresql", "DELETE FROM [dbo].[logs] WHERE id < 100;\n"),
    # a database given a filegroup and a file, batches under USE and GO
    (
        "postgresql",
        "USE [master]\nGO\nALTER DATABASE [Shop] ADD FILEGROUP [Archive]\nGO\n"
        "ALTER DATABASE [Shop] ADD FILE ( NAME = N'shop_archive', FILENAME = N'D:\\\\data\\\\shop.ndf' ) "
        "TO FILEGROUP [Archive]\nGO\n",
    ),
    # SQL's note alone, glued to its words in Vietnamese
    ("postgresql", "--Tạo bảng\n"),
    # as before: a long option alone, a Markdown task list, a shell test in brackets
    ("text", "--verbose\n"),
    ("text", "- [x] done\n- [ ] todo\n"),
    ("bash", 'if [ -f "$FILE" ]; then\n  echo found\nfi\n'),
]

test_detection = detection_test(CASES)
