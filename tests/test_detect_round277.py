"""Detection fixes of session 56 read off round 276 after it was measured: a table's columns
under its name with their lengths elided, MySQL's transaction isolation set, root's prompt glued
to its command, Android's shell prompt, a flow's step named like an endpoint, and a dict of
Python's holding a call."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "talk_schedule\n  room_code    varchar(...) not null\n  slot_label   varchar(...) not null default ''\n"
        "  seats        tinyint      not null\n\nunique(room_code, slot_label)",
    ),
    ("postgresql", "set global transaction isolation level read committed"),
    ("postgresql", "    SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITED "),
    ("console", "#apt-get install nginx\n#systemctl restart nginx   ## 重启服务"),
    ("console", "#ps -ef"),
    ("console", "walleye:/ # ls /sdcard\nAlarms DCIM Download Music"),
    ("text", "create/order 提交成功，读取购物车\n  -> 写入队列\n库存不足\n  -> Order = REJECTED"),
    ("python", '"history": [ChatTurn(role=speaker)]'),
    ("json", '"history": [1, 2]'),  # as before: a member of JSON's
    ("bash", "#apt-get update\napt-get install -y nginx"),  # as before: a command commented out
    ("postgresql", "SELECT/* every talk */ * FROM talks;"),  # as before: a comment glued to SELECT
    ("postgresql", "event_id   integer not null\nroom       text not null"),  # as before
]

test_session_56_round_276 = detection_test(CASES)
