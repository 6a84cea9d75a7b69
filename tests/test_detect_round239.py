"""Detection fixes of session 52 read off round 238 after it was measured: a type, then variables
of it, ended (`color_set1 color1, color2;`), is no column list (each column takes its own type);
an enum written inline and its variables (`enum {Sun, Mon} day;`) are C's declaration; a
structure specialising a template (`struct traits<Shape> {`) is C++'s; pointers to structures
declared over the calls that set them are C's."""

from detect_cases import detection_test

CASES = [
    # A type's variables, an inline enum's.
    ("text", "track_kind kind1, kind2;"),
    ("postgresql", "id int, title text"),  # as before: columns
    ("c", "enum {Talk, Panel, Keynote} kind1, kind2;"),
    ("c", "struct Talk a, b;"),  # as before
    # A template specialised.
    (
        "cpp",
        "struct talk_traits<Keynote> {\n   typedef true_type    has_video;\n   typedef false_type   has_slides;\n};",
    ),
    ("c", "struct talk {\n   int id;\n   char *title;\n};"),  # as before
    # Pointers declared over the calls that set them.
    (
        "c",
        'struct caption *first, *last;\n\nfirst = caption_open(talk, "en", 0);\nlast = caption_open(talk, "en", 1);',
    ),
    ("c", "first = caption_open(talk, 0);\nlast = caption_open(talk, 1);"),  # as before
]

test_session_52_round_238 = detection_test(CASES)
