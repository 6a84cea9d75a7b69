"""Detection fixes of session 54 read off round 259 after it was measured:
C++'s scoped enums, C's enums given values and arrays sized by an expression, Xcode's tools,
`>>>` glued to a quoted first input, and a module's member looked up at `>>> ` under the code
that imported it."""

from detect_cases import detection_test

CASES = [
    ("cpp", "enum class Track; // 先声明\nvoid schedule(Track t);"),
    ("c", "enum Room { small = 0,\n            medium = 1,\n            large = 2\n            };"),
    ("c", "// 不要申请太大的数组\nchar slides[64*1024*1024];  // 64MB"),
    (
        "bash",
        "# 安装命令行工具\nxcode-select --install\n\n# 验证\nxcodebuild -version\nxcrun simctl list devices available",
    ),
    ("pycon", ">>>'talk' in titles\nFalse\n>>>rooms.get('A101')\n"),
    (
        "pycon",
        "import io\nf = open('talk.md')\nlines = f.readlines(1)\n>>> io.DEFAULT_BUFFER_SIZE\n8192\n"
        "iter_f = iter(f)\n",
    ),
    (
        "python",
        "import os\n\npath = os.path.abspath(__file__)\nprint(path)\n>>> talk.py\n",
    ),  # as before: what the script printed, marked `>>>` (no member of an imported module)
]

test_session_54_round_259 = detection_test(CASES)
