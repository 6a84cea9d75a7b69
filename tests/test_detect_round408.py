"""Detection fix of session 71 read off round 408 (a Korean developer's TIL, Hatena's textbook):
the statements Hibernate logs (`show_sql`), each under its `Hibernate:` mark."""

from detect_cases import detection_test

CASES = [
    # the mark alone on its line, the statement formatted under it, the entity named in a comment
    (
        "postgresql",
        "Hibernate: \n    /* insert shop.domain.Item\n        */ \n        insert \n        into\n"
        "            Item\n            (price, id) \n        values\n            (?, ?)\n",
    ),
    # the mark before the statement on one line, its parameters bound as `?`
    ("postgresql", "Hibernate: insert into orders (status, id) values (?, ?)\n"),
    # as before: a sentence that names Hibernate stays prose
    ("text", "Hibernate: the mapper that writes these statements for us.\n"),
]

test_detection = detection_test(CASES)
