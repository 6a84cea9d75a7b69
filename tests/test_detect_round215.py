"""Detection fixes of session 49 read off round 214 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("bash", "export TALKS_DIR=/srv/talks"),  # as before: the shell's export
    # Exceptions in code that otherwise reads as C: C++'s.
    (
        "cpp",
        "void play(){\n    try{\n        load();\n    }\n    catch(const char *why){\n        printf(why);\n    }\n}",
    ),
    (
        "cpp",
        'void load(){\n    char title[16];\n    if (read(0, title, 64) > 16){\n        throw "too long";\n    }\n}',
    ),
    ("c", '#include <stdio.h>\nint main(void)\n{\n    printf("try {\\n");\n    return 0;\n}'),  # as before
    # A range-for over references.
    ("cpp", "for (int& seat : seats)  // each seat, changed in place\nfor (int seat : seats)  // a copy"),
    # pwntools' payload, a pack a line: no diff's added lines.
    (
        "python",
        "from pwn import *\nio = remote('talks.example', 9000)\n\npayload = b'a' * 0x12\n"
        "payload += p64(0x401196) + p64(0)\nio.sendline(payload)\n+p64(0x4011a5)",
    ),
    # ES modules' exported declarations; webpack's module context.
    ("javascript", "export var title = 'Indexes';\nexport var year = 2024;"),
    ("javascript", "require.context('./talks', true, /\\.md$/)"),
]

test_session_49_round_214 = detection_test(CASES)
