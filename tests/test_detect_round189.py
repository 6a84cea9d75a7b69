"""Detection fixes of session 46 read off round 188 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A WHERE clause's conditions cut from it, a line each after `and`, under a `#` note.
    ("postgresql", "# 只看失败的\nand t.status = 'FAIL'\nand t.line_id is null"),
    ("postgresql", "or s.room in (1, 2)\nand s.title like '%pg%'"),
    ("text", "and then\nor else"),  # as before (no SQL: no column tested)
    # Hadoop's and Arch Linux's programs.
    ("bash", "hadoop fs -put <localsrc> ... <dst>"),
    ("bash", "archinstall"),
    # A command's output sent on after a line break before `>`: no `> ` prompt.
    ("bash", "cd ~/deploy\nsudo nohup java -jar app.jar\n\n> /home/me/app.log 2>&1 &"),
    ("console", "> ls /var/log\nsyslog  auth.log"),  # as before
]

test_session_46_round_188 = detection_test(CASES)
