"""Detection fix of session 71 read off round 415 (a Chinese LeetCode guide, a Korean interview
study, LinuxServer.io's container docs): the shell's variables set to placeholders named in the
writer's own letters."""

from detect_cases import detection_test

CASES = [
    # variables set to placeholders in braces, in Korean and in Chinese
    ("bash", "APP_DIR=/home/ec2-user/app/{클론한 경로}\nAPP_NAME={프로젝트 이름}\n"),
    ("bash", "DATA_DIR=/data/{你的 数据 目录}\nJAR_NAME={项目 名称}.jar\n"),
    # as before: a sentence in Korean with a name in braces stays prose
    ("text", "{프로젝트 이름} 부분은 자신의 프로젝트 이름으로 바꿉니다.\n"),
]

test_detection = detection_test(CASES)
