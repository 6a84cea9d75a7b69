"""Detection fixes of session 55 read off round 270 after it was measured: statements numbered as a
transaction's steps, JNI's C (a function table called through `(*env)->`, `JNIEXPORT`), Win32's
prototypes a parameter a line, and `typedef class X* Y;`."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "1. update seats set taken=taken-1 where room=1\n2. update seats set taken=taken+1 where room=2",
    ),
    ("text", "1. Update the schedule\n2. Select the room"),  # as before: a list's sentences
    (
        "text",
        "1. FROM <rooms>\n2. ON <condition>\n3. WHERE <condition>",
    ),  # as before: clauses in the order they run
    (
        "c",
        "// talks.c\njclass cls = FindTalkClass(env);\n"
        'jmethodID mid = (*env)->GetStaticMethodID(env, cls, "start", "()V");',
    ),
    (
        "c",
        "JNIEXPORT void JNICALL\nJava_talks_Room_open(JNIEnv *env, jobject this) {\n    openRoom(env, this, room_fd);\n}",
    ),
    ("c", "BOOL OpenRoom(\n  HANDLE hRoom,\n  LPCVOID lpSeats,\n  DWORD nSeats\n);"),
    ("cpp", "typedef class roomDesc*      room;\ntypedef class talkDesc*      talk;"),
    ("javascript", "const room = rooms.open(talk);\nroom.seats.push(ada);"),  # as before
]

test_session_55_round_270 = detection_test(CASES)
