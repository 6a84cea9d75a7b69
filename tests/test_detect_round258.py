"""Detection fixes of session 54 read off round 257 after it was measured: ncat and mkfifo are
programs, a thread dump whose frames lost their indentation is output, a call's result cast to a
pointer is C's, and SQL's verb with its statement named in Chinese right after it is SQL."""

from detect_cases import detection_test

CASES = [
    ("bash", "mkfifo talk_pipe\nncat -l 9000 0<talk_pipe | ncat 10.1.2.3 80 1>talk_pipe\n"),
    (
        "text",
        '"talk-worker-1" daemon prio=10 tid=0x00007f2a1c001000 nid=0x2b3 in Object.wait() [0x00007f29f5dfe000]\n'
        "   java.lang.Thread.State: WAITING (on object monitor)\n"
        "at java.lang.Object.wait(Native Method)\n"
        "- waiting on <0x00000000c0a1b2c8> (a org.example.talks.Queue)\n"
        "at org.example.talks.Queue.take(Queue.java:42)\n"
        "- locked <0x00000000c0a1b2c8> (a org.example.talks.Queue)\n"
        "at java.lang.Thread.run(Thread.java:750)\n",
    ),
    ("c", "slides = (char *)malloc(count * SLIDE_SIZE)"),
    (
        "postgresql",
        "select语句 into outfile '/tmp/talks.csv';\n\nload data local infile '/tmp/talks.csv' into table 演讲;",
    ),
    (
        "bash",
        "# check the slides\nls slides/\n# sync and update\npacman -Syu\n",
    ),  # as before: a note, no prompt
]

test_session_54_round_257 = detection_test(CASES)
