"""Detection fixes of session 52 read off round 239 after it was measured: a template function
called with its types given or deduced (`func<int>(a);`, `func<>(a);`) and a prototype giving a
parameter its default (`int f(int w, int flag = 0);`) are C++'s, no SQL; one function declared
twice with parameters of any types, neither list the other's start, is an overload (C++), while a
manual's optional arguments (POSIX's `open` with and without `mode_t mode`) are not; a YAML
setting whose other choices are commented out above it (`#scheme: Muse` over `scheme: Gemini`)
is YAML."""

from detect_cases import detection_test

CASES = [
    # Templates called, defaults given.
    ("cpp", "seek<>(player);"),
    ("cpp", "//给出类型\nseek<double>(player);"),
    ("cpp", "HWND open_talk(int width, int height, int flag = NULL);"),
    (
        "postgresql",
        "select id from talks where id not in(select talk from votes where score = 0);",
    ),  # as before
    # Overloads, and a manual's optional arguments.
    (
        "cpp",
        "void set_caption(int size, int weight, LPCTSTR face);\nvoid set_caption(const CAPTIONFONT *font);",
    ),
    (
        "c",
        "int open(const char *pathname, int flags);\nint open(const char *pathname, int flags, mode_t mode);",
    ),  # as before
    # A setting's other choices commented out.
    (
        "yaml",
        "# ------------------------------------------\n# 布局设置\n# ------------------------------------------\n\n"
        "# 布局\n#scheme: Muse\n#scheme: Mist\nscheme: Gemini",
    ),
    ("yaml", "scheme: gemini"),  # as before
]

test_session_52_round_239 = detection_test(CASES)
