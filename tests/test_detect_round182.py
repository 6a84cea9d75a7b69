"""Detection fixes of session 45 read off round 181 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # The shell's own words typed alone.
    ("bash", "clear"),
    ("bash", "logout"),
    ("text", "Clear the cache before the talk."),  # as before: a sentence
    # A root prompt in brackets glued to its command, over what it printed.
    ("console", '[root@talks rpm]#rpm -qa --qf "%{NAME}\\n"\nlectern-1.0\nffmpeg-6.1'),
    ("console", "[root@talks ~]# uptime\n 10:02:11 up 3 days"),  # as before
    # An event's own members; a character from its code.
    ("javascript", "event.clientX/clientY"),
    ("javascript", "event.keyCode  String.fromCharCode(65)"),
    # C++: a type deduced by `auto`, the library's exceptions thrown, an initializer list taken.
    ("cpp", "const auto seats = room.size();"),
    ("cpp", 'throw runtime_error("no such talk");'),
    ("cpp", "void add_all(initializer_list<string> names) {}"),
    ("c", "int seats = 40;\nconst int *p = &seats;"),  # as before
    (
        "javascript",
        'if (!talk) {\n  throw new Error("no such talk");\n}\nconsole.log(talk.title);',
    ),  # as before
]

test_session_45_round_181 = detection_test(CASES)
