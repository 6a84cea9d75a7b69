"""Detection fixes of session 60 read off round 316 after it was measured: a themed zsh prompt
(`david@host🏛 :~/site(main○) » cmd`), a reference's synopses between blank lines (COPY's two
forms), SQL's functions listed with notes in SQL's comments, and C++'s references to constants,
const member functions and unnamed parameters in a definition."""

from detect_cases import detection_test

CASES = [
    (
        "console",
        "ana@studio🎤 :~/talks(main○) » invoke build\nDone: Processed 14 articles\nana@studio🎤 :~ » ls",
    ),
    (
        "postgresql",
        "COPY talks [ ( column_name [, ...] ) ]\nFROM { 'filename' | STDIN }\n\n"
        "COPY { talks [ ( column_name [, ...] ) ] | ( query ) }\nTO { 'filename' | STDOUT }",
    ),
    (
        "postgresql",
        "COUNT()   /* counts the rows */\nSUM()     /* adds the values */\nMAX()     /* the largest */",
    ),
    ("cpp", "int rooms = 3;\nint const & r = rooms;"),
    ("cpp", "Talk longest (Track const & t);"),
    ("cpp", "struct Schedule {\n    size_t size() const;\n};"),
    ("cpp", "void slot(int, double) {}"),
    # as before
    ("c", "int area(int w, double h) {\n    return w * h;\n}"),
    ("text", "Create a table first.\n\nSelect what you need."),
]

test_detection = detection_test(CASES)
