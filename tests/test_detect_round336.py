"""Detection fixes of session 62 read off round 336 (English and Japanese vaults): a SELECT's
synopsis with `function(col)` placeholders (no JavaScript's function), REFERENCES' synopsis over
its optional actions, and pandas' masks shown with notes (`df['room'] == 3  # True or False`)."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "SELECT\n\tcol_1,\n\tfunction(col_1)\nFROM talks\nWHERE function(col_1) operator value\nORDER BY col_1",
    ),
    (
        "postgresql",
        "REFERENCES rooms(room_id)\n\t[ON DELETE reference_action]\n\t[ON UPDATE reference_action]",
    ),
    (
        "python",
        "df['room'] == 3                          # True or False\n\n# with loc\n"
        "df.loc[df['room'] == 3]                  # the talks in room 3",
    ),
    # as before: JavaScript's function expression, SQL's REFERENCES in a table, names compared (prose)
    ("javascript", "const show = function(talk) { return talk.title; };"),
    ("postgresql", "CREATE TABLE talks (room_id int REFERENCES rooms(room_id) ON DELETE CASCADE);"),
    ("text", "x == 3"),
]

test_detection = detection_test(CASES)
