"""Detection fixes of session 69 read off round 395 (a Korean Django blog, a Korean backend blog,
a Chinese developer's notes on MySQL and Magento): MySQL's functions called a line each, and a
script run at a `$` glued to it."""

from detect_cases import detection_test

CASES = [
    # MySQL's functions called a line each, its strings in double quotes
    ("postgresql", 'DATE_FORMAT(NOW(), "%d/%m/%Y");\n'),
    ("postgresql", 'FROM_UNIXTIME(1700000000);\nFROM_UNIXTIME(1700000000, "%Y-%m");\n'),
    # as before: C's macros in capitals, their values assigned; C's call of printf
    ("c", "lo = MIN(a, b);\nhi = MAX(a, b);\n"),
    ("c", 'printf("%d\\n", total);\n'),
    # a script run at a `$` glued to it, over what it printed
    ("console", "$./build.sh\nSTEP[1]: fetch\nSTEP[2]: compile\n"),
]

test_detection = detection_test(CASES)
