"""Detection fixes of session 56 read off round 280 after it was measured: LOCK TABLES' synopsis
with notes after its statements, and a Python configuration file's attributes set beside notes."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "LOCK TABLES  talks  read|write, rooms read|write, ...  # 加表锁\n\nUNLOCK TABLES  # 解锁",
    ),
    (
        "python",
        "c.ServerApp.ip='*' #所有地址\nc.ServerApp.open_browser = False # 不打开浏览器\nc.ServerApp.port =8888 #端口",
    ),
    (
        "ini",
        "spring.datasource.url=jdbc:mysql://localhost/talks\nspring.datasource.username=root",
    ),  # as before
    ("postgresql", "lock tables talks read;\nunlock tables;"),  # as before
]

test_session_56_round_280 = detection_test(CASES)
