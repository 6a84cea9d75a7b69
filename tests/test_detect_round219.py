"""Detection fixes of session 49 read off round 218 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "DECLARE @talks int\nSELECT @talks = COUNT(*) FROM talks"),  # as before
    # SQL Server's variables declared under notes or the database chosen, `AS` before the type.
    (
        "postgresql",
        "use lectern\n\ndeclare @BackupFile as nvarchar(1000)\n"
        "set @BackupFile = 'D:\\backup\\lectern.bak'\nbackup database lectern to disk = @BackupFile",
    ),
    (
        "postgresql",
        "--the folder backups go to:\nDECLARE @Folder VARCHAR(100)\nSELECT @Folder = 'D:\\backup'",
    ),
    # Explicit identity values allowed and refused, a note after each.
    ("postgresql", "set identity_insert talks on --写入自增列"),
    ("postgresql", "SET IDENTITY_INSERT talks OFF"),
]

test_session_49_round_218 = detection_test(CASES)
