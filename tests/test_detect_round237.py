"""Detection fixes of session 52 read off round 236 after it was measured: a macro in capitals
given names in PascalCase (`ADD_FUNCTION(Function)`) is C's preprocessor, no SQL function; one
function declared `int *a` and defined `int* a` is no overload (C, not C++); the standard
library's containers declared or constructed (`stack<int, list<int>> s;`, `pair<int, string>(`)
are C++'s; `Math.PI` is JavaScript's; whereis is a program; `print("...");` alone is Python's."""

from detect_cases import detection_test

CASES = [
    # Macros a line each, given names: C's preprocessor.
    ("c", "BEGIN_EXPORT_CLASS(TalkPlayer, ...)"),
    ("c", "ADD_FUNCTION(SeekTo)"),
    ("c", "ADD_NAMED_FUNCTION(Name, Function)\nADD_PROPERTY(Caption)"),
    ("postgresql", "TO_CHAR(recorded_at, 'YYYY-MM-DD')"),  # as before
    ("postgresql", "DATE_TRUNC('day', recorded_at)"),  # as before
    # One function, its pointer parameter spaced two ways.
    (
        "c",
        "#include <stdio.h>\n\nvoid reset(int *n);\n\nint main() {\n    int n = 5;\n    reset(&n);\n"
        '    printf("%d\\n", n);\n}\n\nvoid reset(int* n) {\n    *n = 0;\n}',
    ),
    (
        "cpp",
        "int area(int w);\nint area(int w, int h);\n\nint area(int w) {\n    return w * w;\n}",
    ),  # as before: an overload
    # The standard library's containers.
    ("cpp", "// 以list为底层容器的栈\nstack<int, list<int>> talks;"),
    ("cpp", '// 插入一对\nindex.insert(pair<int, string>(1, "keynote"));'),
    (
        "c",
        "struct Talk {\n\t1: map<string, Speaker> speakers,\n\t2: list<i32> slots\n}",
    ),  # as before: Thrift's
    # JavaScript's constants, a program, Python's print.
    ("javascript", "light.angle = Math.PI / 8;  // 光锥\nlight.penumbra = 0.05;  // 边缘"),
    ("bash", "whereis nginx\ncd /usr/sbin/\n./nginx -s reload"),
    ("python", 'print("lectern: Hello, World!");'),
    ("c", 'printf("lectern\\n");'),  # as before
]

test_session_52_round_236 = detection_test(CASES)
