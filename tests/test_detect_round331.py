"""Detection fixes of session 62 read off round 331 (Chinese notes): a synopsis's bracketed list
written with full-width commas and an ellipsis, MySQL's REPEAT synopsis under a `--` note, C++'s
template calls (`frame.at<Vec3f>(row, col)`, alone on their lines over notes in `//`) and a
reference to a pointer declared."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "[CONSTRAINT <约束名>] UNIQUE KEY 索引名 (列名1 [，列名2，…])"),
    ("postgresql", "-- 条件成立时跳出\nrepeat\n   ...\nuntil 条件\nend repeat;"),
    (
        "cpp",
        "Vec3f shade = frame.at<Vec3f>(row, col);\nfloat red = shade.val[2];\nfloat green = shade.val[1];",
    ),
    ("cpp", "int n = 3;\nint *p = &n;\nint *&alias = p;   // 指针的引用"),
    ("cpp", "clamp_cast<uchar>(300)\t\t//给出255\nclamp_cast<uchar>(-5)\t\t//给出0"),
    # as before: Python's comparisons divided, C's pointers, a plain synopsis
    ("python", "x = a<b>(c)//d"),
    ("c", "int n = 3;\nint *p = &n;\n*p = 4;"),
    ("postgresql", "[CONSTRAINT <name>] UNIQUE KEY idx (col1 [, col2, ...])"),
]

test_detection = detection_test(CASES)
