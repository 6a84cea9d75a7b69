"""Detection fixes of session 56 read off round 277 after it was measured: a program run from
here after a `>` prompt glued on, C++'s RTTI and a struct's static member, C's code with C++'s
names only in its comments, a tree drawn inside a Python string, Java's properties under a note
naming a program, prose in Chinese with points opened by `--`, string methods noted with what
they return."""

from detect_cases import detection_test

CASES = [
    ("console", ">./lectern serve --port 8000"),
    (
        "cpp",
        'void show(Talk *t)\n{\n    if (typeid(*t).name() == "Keynote")\n        ((Keynote*)t)->show();\n}',
    ),
    ("cpp", "// talks.h\nstruct talk{\n   static int count;        // declared here only\n};"),
    (
        "c",
        "typedef enum Room {\n    ROOM_MAIN = 0,\n    ROOM_SIDE = 1,\n    // Keep Room::name() in step when adding\n"
        "    // one, and Schedule::rooms() too.\n} Room;",
    ),
    (
        "python",
        'plan = """\n议程：三个演讲\n  ├─ 上午：索引\n  │   └─ 讲者：甲\n  └─ 下午：分区\n      └─ 讲者：乙\n"""\n\n# 模型按树输出',
    ),
    (
        "ini",
        "#site\nsite.name: https://example.org\nsite.title=Lectern\n\n# mysql database\n"
        "site.db.user=root\nsite.db.url=jdbc:mysql://127.0.0.1:3306/talks",
    ),
    (
        "text",
        "你是一位严谨的审稿人。请按以下要求审阅演讲稿：\n\n-- 找出事实错误：指出不准确的数字。\n"
        "-- 改进结构：让每一段只讲一件事。\n\n你的回答应该简洁、具体。",
    ),
    (
        "javascript",
        "'Lectern Talks'.indexOf('Talks')   // returns  8\n'Lectern Talks'.indexOf('talks')   // returns -1",
    ),
    ("javascript", "'Planet'.startsWith('plan')  // returns false"),
    ("bash", "echo done\n>./build.log"),  # as before: a file emptied by a redirect
    ("cpp", "struct talk {\n    talk(int n) : minutes(n) {}\n    int minutes;\n};"),  # as before
    ("postgresql", "-- 每个房间的演讲数\nSELECT room, count(*) FROM talks GROUP BY room;"),  # as before
]

test_session_56_round_277 = detection_test(CASES)
