"""Detection fix of session 70 read off round 402 (a Chinese developer's notebook, a guide to
installing Kubernetes): a C program whose closing comment shows the session that ran it."""

from detect_cases import detection_test

CASES = [
    # a C program, then `/* $ cc ... */` holding the command that built it and what it printed
    (
        "c",
        "#include <stdio.h>\n#include <signal.h>\n\nstatic void on_term(int sig) {\n"
        '    printf("stopping on %d\\n", sig);\n}\n\nint main(void) {\n    signal(SIGTERM, on_term);\n'
        "    raise(SIGTERM);\n    return 0;\n}\n/*\n$ cc stop.c -o stop && ./stop\nstopping on 15\n*/\n",
    ),
    # as before: a session first, then the program's source shown with `cat`, stays a session
    (
        "console",
        '$ cat hello.c\n#include <stdio.h>\nint main(void) { puts("hi"); }\n$ cc hello.c && ./a.out\nhi\n',
    ),
]

test_detection = detection_test(CASES)
