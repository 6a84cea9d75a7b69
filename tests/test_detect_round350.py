"""Detection fixes of session 64 read off round 350 (Chinese notes): a step over what it gave,
`↓` standing alone between them (not a drawing's arrows, whose boxes are a line each), a shell's
`# elif` note (no C directive without its condition), and a tool's quoted log read once."""

from detect_cases import detection_test

CASES = [
    # a command, arrows alone, what it printed; a statement, arrows, the better one
    (
        "bash",
        "# 查看网络\ndocker network ls\n↓\n↓\nNETWORK ID     NAME      DRIVER    SCOPE\n3f2a1b0c9d8e   bridge    bridge    local\n",
    ),
    (
        "postgresql",
        "-- 先查出全部再丢弃\nselect id, name from user limit 100000, 10\n↓\n↓\n-- 改写\nselect id, name from user where id > 100000 limit 10\n",
    ),
    (
        "c",
        "int sum(int *a, int n) {\n\tint s = 0;\n\tfor (int i = 0; i < n; i++)\n\t\ts += a[i];\n\t//加起来\n\n↓\n↓\n\treturn s;\n}\n",
    ),
    # bash's if over its `# elif` note
    (
        "bash",
        "if [ condition ];then\n\tcommands\nfi\n\n# elif\nif [ a ]; then\n\tcommands\nelif [ b ];then\n\tcommands\nfi\n",
    ),
    # as before: a drawing's boxes under arrows, C's directives with their conditions
    ("text", "Browser\n   ↓\nNginx\n   ↓\nGunicorn\n"),
    ("c", "#if defined(WIN32)\n# elif defined(__linux__)\nint fd;\n#endif\n"),
    ("postgresql", "-- customer 9\n? SELECT o.n\n>   FROM o\n>  WHERE o.c = 9\n"),
]

test_detection = detection_test(CASES)
