"""Detection fixes of session 67 read off round 368 (a Korean bootcamp's velog, an Indonesian
course blog on PostgreSQL, Oracle and Docker, an English blog on the shell and Python): SQL's
strings joined, a zsh theme's folder and branch, `where` over the path it printed, C's structs
passed by their tag, Python's `def` over a call."""

from detect_cases import detection_test

CASES = [
    # strings joined SQL's way, beside CONCAT with a note
    ("postgresql", 'CONCAT ("이름", "성")  /* 이름성 */\n"이름" || "성"\n'),
    # a zsh theme's prompt: a folder, its git branch in brackets (dirty), the theme's mark
    (
        "console",
        'infra/ansible [main●] » ansible web -m ping\n10.0.0.5 | SUCCESS => {\n    "changed": false,\n'
        '    "ping": "pong"\n}\n',
    ),
    # `where` over the path it printed, noted
    ("bash", "where fish\n# /usr/local/bin/fish\n"),
    # C: a function declared over a struct's tag alone, then defined with a name
    (
        "c",
        "#include <stdio.h>\n\nstruct Box\n{\n  int w;\n  int h;\n};\n\nint area(struct Box);\n\n"
        'int main()\n{\n  struct Box b = {2, 3};\n  printf("%d\\n", area(b));\n}\n\n'
        "int area(struct Box box)\n{\n  return box.w * box.h;\n}\n",
    ),
    # Python's definition written as a form, the function named `function`, over its call
    ("python", "def function (p1,p2,...):\n    statement1\n    return value\n\nfunction(a1,a2,...)\n"),
    # as before: the shell's `||` between commands, C++'s overload, JavaScript's function over its call
    ("bash", 'test -f app.conf || echo "missing"\n'),
    (
        "cpp",
        "int area(int w);\nint area(int w, int h);\n\nint main()\n{\n  return area(2) + area(2, 3);\n}\n",
    ),
    ("javascript", "function name(a, b) {\n  return a + b;\n}\n\nname(1, 2);\n"),
]

test_detection = detection_test(CASES)
