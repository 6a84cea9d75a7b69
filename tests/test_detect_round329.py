"""Detection fixes of session 62 read off round 329 (English blogs and notes): SQL at a `>>> `
prompt over the rows it gave, the MySQL client's `user@host [db]> ` prompt and its `-> ` lines
without the first prompt, a result table kept in `/* */` under its statement, `# cat .env` at
root's prompt over the file, Python lookups over the reprs they gave, and JavaScript's calls
given `new` objects or assignments noted in `//`."""

from detect_cases import detection_test

CASES = [
    ("psql", ">>> SELECT title, year FROM talks LIMIT 2;\ntitle      year\nLectern    2025\nSlides     2026"),
    ("psql", 'lectern@localhost [talks]> set @room := "r3";\nQuery OK, 0 rows affected (0.00 sec)'),
    ("psql", "CREATE TABLE talks (\n-> id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n-> title TEXT\n-> );"),
    (
        "postgresql",
        "SELECT title FROM talks WHERE title RLIKE '^Lec';\n/*\n+---------+\n| title   |\n+---------+\n"
        "| Lectern |  # the only one\n+---------+\n*/",
    ),
    ("console", "# cd /srv/talks\n# cat .env\nTALKS_DIR=/srv/talks\n\nROOM=3"),
    (
        "python",
        "ann = Speaker(name='ann')\nbo = Speaker(name='bo')\ndb = Track(name='db')\nann.join(db)\n\n"
        "ann.tracks\n[<Track 1 name='db'>]\n\nbo.tracks\n[]",
    ),
    ("javascript", "newSlide(new Point(40, 60), 'Lectern').draw(ctx, '#336699', 2)"),
    ("javascript", "n = 3 + 4\nm = n * 2\nn += m     // is like n = n + m\nn -= 1     // is like n = n - 1"),
    # as before: Python's prompt, JSON's arrows in PostgreSQL, a `#` note over a setting, Python's floor division
    (
        "pycon",
        ">>> talks = ['Lectern', 'Slides']\n>>> len(talks)\n2",
    ),
    ("postgresql", "SELECT doc\n  -> 'talk'\n  -> 'title'\nFROM talks;"),
    ("bash", "# where the talks live\nTALKS_DIR=/srv/talks\nROOM=3"),
    ("python", "n = 7 // 2\nm = n * 2"),
]

test_detection = detection_test(CASES)
