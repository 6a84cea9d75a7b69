"""Detection fixes of session 54 read off round 261 after it was measured: a prompt's mark after
two spaces (`user@host ~/dir  $ `), numpy's lists of indexes and bare slices, an exercise's example
under `//` notes that name its input and output, and a loop declaring its counter with C's type."""

from detect_cases import detection_test

CASES = [
    ("console", "ada@talkbox ~/Desktop/talks  $ node ./src/index.js\n{ title: 'Slides', minutes: 30 }\n"),
    ("python", "rooms[[1, 3, 4]]"),
    ("python", "rooms[:]"),
    ("text", "// 输入：n = 12\n\n// 输出：4\n\n// 解释：会议室按顺序分配。"),
    (
        "text",
        '//输入\n["Schedule", "book", "book"]\n[[[1, 2, 3]], [3], [1]]\n//输出\n[null, 4, 0]\n\n'
        "//解释\nSchedule schedule = new Schedule([1, 2, 3]);\nschedule.book(3); // 返回 4\n",
    ),
    (
        "javascript",
        "// 输入\nconst title = prompt();\n// 输出\nconsole.log(title);",
    ),  # as before: notes over code
    (
        "c",
        "for (unsigned int s = blockDim.x / 2; s > 32; s >>= 1) {\n    if (tid < s)\n        sdata[tid] += sdata[tid + s];\n    __syncthreads();\n}",
    ),
]

test_session_54_round_261 = detection_test(CASES)
