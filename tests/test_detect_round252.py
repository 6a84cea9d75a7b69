"""Detection fixes of session 53 read off round 251 after it was measured: a note opened by a
label (`# Default value: -Xmx1g`) is no root's command; stress-ng, pidstat, mpstat and mongo are
programs; a properties file's value may go on over lines ended by `\\` (spring.factories)."""

from detect_cases import detection_test

CASES = [
    (
        "ini",
        "# The daemon keeps the build warm.\n# Default value: -Xmx1024m -XX:MaxMetaspaceSize=256m\n"
        "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8\n\n# Builds modules side by side.\norg.gradle.parallel=true",
    ),
    (
        "console",
        "# ps -ef | grep talks\nroot  4121  1  0 10:00 ?  00:00:01 talks-index",
    ),  # as before: root's prompt
    (
        "bash",
        "# 模拟一个核忙碌\nstress-ng --cpu 1 --timeout 600\n\n# 另开一个终端，看每个 CPU 的使用\nmpstat -P ALL 5 1\n\n"
        "10:00:00     CPU    %usr   %nice    %sys %iowait   %idle\n10:00:05     all   12.62    0.00    0.15    0.00   87.23",
    ),
    ("bash", "mongo"),
    (
        "ini",
        "# Talk Listeners\norg.lectern.talks.TalkListener=\\\norg.lectern.talks.IndexListener,\\\n"
        "org.lectern.talks.FeedListener",
    ),
]

test_session_53_round_251 = detection_test(CASES)
