"""Detection fixes of session 53 read off round 246 after it was measured: a string streamed by
`<<` is C++'s (C shifts no string); smart pointers declared with their type (`auto_ptr<int>`)
are C++'s; Open vSwitch's tools are programs; zsh's `user➜~» ` prompt opens a session."""

from detect_cases import detection_test

CASES = [
    (
        "cpp",
        "0412     case STATE_OPEN:\n0413       {\n0414         r = read_until(sizeof(tag), &tag);\n"
        '0415         if (r < 0) {\n0416           ldout(cct, 1) << __func__ << " read tag failed" << dendl;\n'
        "0417           goto fail;\n0418         }\n0419       }",
    ),
    ("c", "int flags = 1 << 4;\nint mask = flags << 2;"),  # as before: C's shifts
    ("cpp", "void talk(){\n   auto_ptr<int> slides(new int[40]);\n   auto_ptr<int> notes;\n}"),
    (
        "bash",
        "ovs-vsctl add-br talks0\novs-vsctl add-port talks0 eth1\novs-vsctl set bridge talks0 stp_enable=true",
    ),
    (
        "console",
        "ada➜~» kubectl get pods\nNAME        READY   STATUS    RESTARTS   AGE\ntalks-0     1/1     Running   0          2d",
    ),
    ("text", "首页→设置→ 安全"),  # as before: a path through a menu
]

test_session_53_round_246 = detection_test(CASES)
