"""Detection fixes of session 61 read off round 323 (study notes in Spanish): a C++ file under a
long licence comment, Windows' structure members (`NT_TIB NtTib;`), which are no SQL columns,
offsets listed with what each holds, arrow functions with defaults or destructured parameters,
a promise's `.then(...)`, and `lambda` alone."""

from detect_cases import detection_test

LICENCE = (
    "/*"
    + "*" * 60
    + "\n"
    + "".join(f"* line {n} of a long licence for the talks tool\n" for n in range(80))
    + "*/\n"
)

CASES = [
    (
        "cpp",
        LICENCE
        + "#include <thread>\n\nint main() {\n    unsigned n = std::thread::hardware_concurrency();\n    return n > 0 ? 0 : 1;\n}\n",
    ),
    ("c", "NT_TIB NtTib;"),
    ("c", "/*0x0c0 */ DWORD ImageProcessAffinityMask;"),
    ("text", "0x00 : Next module\n0x04 : Previous module\n0x18 : ImageBase"),
    ("javascript", "(year=2026, room='B', title) => title"),
    ("javascript", "([first, second] = [1, 2]) => first + second;  // 3"),
    ("javascript", "loadTalks(config).then(onLoaded, onFailed);"),
    ("python", "lambda talk: talk.year"),
    # as before: SQL's column with its type, a release's versions, AWS Lambda's command
    ("postgresql", "title TEXT;"),
    ("bash", "lambda invoke --function-name talks out.json"),
]

test_detection = detection_test(CASES)
