"""Detection fixes of session 66 read off round 359 (an English TIL on Postgres and the cloud, an
English Django blog, Japanese posts on Linux and data tools, Chinese posts on C, C++ and Redis):
a CLI's query in braces, digdag's tasks named with `+`, C++'s lambdas, zx's and jQuery's settings
on `$`, and a module imported for its effect."""

from detect_cases import detection_test

CASES = [
    # a cloud CLI given a JMESPath query in braces: a command, no C++ lambda
    ("bash", 'az vm list --query "[]{name:name, size:hardwareProfile.vmSize}" --output table\n'),
    # digdag's workflow: YAML whose tasks are named with `+`, their settings unmarked below
    (
        "yaml",
        "timezone: Asia/Tokyo\n\n+extract:\n  td>: queries/extract.sql\n  database: staging\n\n"
        "+load:\n  td>: queries/load.sql\n",
    ),
    # C++'s lambda, captured by reference, its return type after `->`
    ("cpp", "const int top = [&] -> int { return a > b ? a : b; }();\n"),
    ("cpp", "auto add = [](int x, int y) { return x + y; };\n"),
    # zx's and jQuery's settings on `$`; a module imported for its effect
    ("javascript", "$.verbose = false;\n"),
    ("javascript", 'import "@fontsource/inter" // the 400 weight\n'),
    ("javascript", "import './styles/main.css';\n"),
    # as before: a diff adding a key and its settings, a shell variable, C's function pointer
    ("diff", " jobs:\n+  lint:\n+    runs-on: ubuntu-latest\n   test:\n     runs-on: ubuntu-latest\n"),
    ("bash", "PATH=$HOME/bin:$PATH\n"),
    ("c", "int (*compare)(const void *, const void *) = cmp_int;\n"),
]

test_detection = detection_test(CASES)
