"""Detection fixes of session 63 read off round 344 (Russian, English and Italian notes):
captions quoted in the writer's letters over statements, and a bare `>>>` over what one line
of Python gave."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "'`Показать всю таблицу`'\nSELECT * FROM book\n"),
    (
        "postgresql",
        'SELECT title, price\nFROM book\nORDER BY title;\n"Тот же результат даст запрос:"\nSELECT title, price\n'
        "FROM book\nORDER BY 1;\t\t# столбец по номеру\n",
    ),
    (
        "python",
        "img = cv.imread('./photos/dog.jpg')\n>>>\n[[[ 12  30  41]\n  [ 15  33  44]\n  ...\n  [ 90  91  95]]]\n",
    ),
    # as before: a string's line inside VALUES, a Python session, psql's rows
    ("postgresql", "INSERT INTO book (title) VALUES\n('Идиот'),\n('Игрок');\n"),
    ("pycon", ">>> x = 1\n>>> x\n1\n"),
    ("psql", "SELECT title FROM book;\n title\n-------\n Идиот\n(1 row)\n"),
]

test_detection = detection_test(CASES)
