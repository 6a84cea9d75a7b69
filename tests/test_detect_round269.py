"""Detection fixes of session 55 read off round 268 after it was measured: the kernel's macros
(`__MAP(...)`, a macro given C's types among its arguments), declarations after `asmlinkage` or
`__thread`, and `//file:` notes, which are no YAML keys."""

from detect_cases import detection_test

CASES = [
    ("c", "/* kernel/talks.c */\n__SYSCALL(__NR_talk, sys_talk)"),
    ("c", "TALK_DEFINEx(2, _talk, pid_t, pid, int, seat)"),
    (
        "c",
        "__MAP(2,__SC_DECL, pid_t, pid, int, seat) // pid_t pid, int seat\n__MAP(2,__SC_ARGS,__VA_ARGS__) // pid, seat",
    ),
    ("c", "asmlinkage long sys_talk(int pid, int seat);"),
    ("c", "__thread int seats = 1; // 每个线程一份"),
    ("c", "//file: net/talks/room.c\n#define room_peer(sk) (room_sk(sk)->peer)"),
    ("yaml", "/talks/{id}:\n  get:\n    summary: one talk"),  # as before: a route is a key
    ("python", "TALKS = dict(room=2, seats=40)"),  # as before: a call in capitals given no C type
]

test_session_55_round_268 = detection_test(CASES)
