"""Detection fixes of session 53 read off round 245 after it was measured: box characters in a
string are what a program prints, not a drawing; Airflow's log time (`[2023-07-27, 12:52:37 UTC]`);
an editor opened on a path with a variable; a YAML list's items typed without their space;
Spring's indexed properties; an object made by its constructor from literals is C++'s whatever
its name's case (`BLEService ACC("1001");`)."""

from detect_cases import detection_test

CASES = [
    (
        "python",
        'import os\n\n\ndef show(folder, prefix=""):\n    for name in sorted(os.listdir(folder)):\n'
        '        print(prefix + "├── " + name)\n        if os.path.isdir(os.path.join(folder, name)):\n'
        '            show(os.path.join(folder, name), prefix + "│   ")\n',
    ),
    ("text", "talks/\n├── 2024/\n│   └── pgconf.md\n└── index.md"),  # as before: a tree drawn
    (
        "text",
        "[2024-05-01, 10:00:00 UTC] {taskinstance.py:1400} INFO - rendering {{ ds }} for talk_index\n"
        "[2024-05-01, 10:00:01 UTC] {taskinstance.py:1401} INFO - Marking task as SUCCESS",
    ),
    ("html+django", "<p>{{ talk.title | upper }}</p>"),  # as before
    ("yaml", "vim $TALKS_HOME/config/site.yml\n# 加上这两行\nsite.title: Lectern\nsite.lang: zh"),
    (
        "yaml",
        "spring:\n  cloud:\n    gateway:\n      routes:\n      -id: talks-route\n        uri: lb://talks\n"
        "        predicates:\n        - Path=/talks/**\n\n      -id: feeds-route\n        uri: lb://feeds\n"
        "        predicates:\n        -Path=/feeds/**",
    ),
    ("text", "   -I: 头文件的目录\n   -L: 库文件的目录\n   -c: 只编译不链接"),  # as before: options glossed
    ("ini", "# 搜索配置\nsearch.hosts[0]=10.0.0.5:9200\nsearch.username=\nsearch.password="),
    (
        "cpp",
        '#include <ArduinoBLE.h>\n\nBLEService TALKS("1001");\nBLEFloatCharacteristic LEVEL("2001", BLERead | BLENotify);\n\n'
        "void setup() {\n  Serial.begin(9600);\n  TALKS.addCharacteristic(LEVEL);\n}",
    ),
    (
        "c",
        '#include <stdio.h>\n\nint main(void) {\n    printf("%s\\n", "talks");\n    return 0;\n}',
    ),  # as before
]

test_session_53_round_245 = detection_test(CASES)
