"""Detection fixes of session 61 read off round 326 (Korean TILs and a database course's notes):
embedded SQL (`EXEC SQL`), SQL/PSM's loop and conditional forms over their `end while`, `end
repeat`, `end if`. (An XML document is now read as markup from its declaration at once: round
326's Android layout of 141 lines took 44 ms read every other way; tests time nothing.)"""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "EXEC SQL\n    declare talks_cursor cursor for\n    select id, title\n    from talks\n    where year = :year\nEND_EXEC",
    ),
    ("postgresql", "while boolean expression do\n    sequence of statements ;\nend while"),
    ("postgresql", "repeat\n    sequence of statements ;\nuntil boolean expression\nend repeat"),
    (
        "postgresql",
        "if boolean expression\n    then statement\nelseif boolean expression\n    then statement\nelse statement\nend if",
    ),
    # as before: an XML layout, a page with template tags, PL/pgSQL's loop
    (
        "html",
        '<?xml version="1.0" encoding="utf-8"?>\n<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"\n'
        '    android:layout_width="match_parent"\n    android:orientation="vertical">\n    <TextView\n'
        '        android:id="@+id/title"\n        android:text="Talks" />\n</LinearLayout>',
    ),
    ("html+django", "<!DOCTYPE html>\n<html>{% block body %}{% endblock %}</html>"),
    ("plpgsql", "FOR r IN SELECT * FROM talks LOOP\n  RAISE NOTICE '%', r.title;\nEND LOOP;"),
]

test_detection = detection_test(CASES)
