"""Detection fixes of session 43 read off round 170 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's LOAD DATA with its file a name to fill in.
    (
        "postgresql",
        "load data local infile file_path\ninto table talk\nfields terminated by ','\nignore 1 lines;",
    ),
    # Flink's SQL client over a statement of many lines and its boxed result.
    (
        "psql",
        "Flink SQL> SELECT window_start, COUNT(*) AS talks\n  FROM TABLE(\n    TUMBLE(\n      DATA => TABLE talk,\n"
        "      TIMECOL => DESCRIPTOR(held_at),\n      SIZE => INTERVAL '1' DAY))\n  GROUP BY window_start;\n"
        "+------------------+-------+\n|     window_start | talks |\n+------------------+-------+\n"
        "| 2024-05-01 00:00 |     3 |\n+------------------+-------+",
    ),
    # A Python library's members looked up, each over a `#` note of what it gives.
    ("python", "page.head\n# <head><title>Talks</title></head>\n\npage.title\n# <title>Talks</title>"),
    ("python", "tag.name\n# 'b'\ntag['class']\n# 'slide'"),
    ("html", "<!-- the talks -->\n<ul>\n  <li>Indexes</li>\n</ul>"),  # as before
    # The window's own measures.
    ("javascript", "window.scrollBy(0, window.innerHeight)"),
]


test_session_43_round_170 = detection_test(CASES)
