"""Detection fix of session 64 read off round 353 (Chinese and Korean notes, an English TIL): an
array of a built-in type allocated with `new`, C++'s (Java's and C#'s name the array's type first)."""

from detect_cases import detection_test

CASES = [
    ("cpp", "int* rows[2];\nrows[0] = new int[4];\nrows[1] = new int[8];\n"),
    # as before: C's malloc, Java's array, JavaScript's Array
    ("c", "int *rows = malloc(4 * sizeof(int));\n"),
    ("javascript", "var rows = new Array(4);\n"),
]

test_detection = detection_test(CASES)
