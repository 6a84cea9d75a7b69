"""Detection fixes of session 71 read off round 407 (a Korean developer's blog, OpenMLDB's docs):
an element whose attribute runs past the line's cut, Spring's one-line settings with a size or a
logger's level, and SQL's composite types written alone."""

from detect_cases import detection_test

CASES = [
    # an image inlined as a data URL: the line is longer than detection reads, its `>` cut off
    # (a block of more than 2,500 characters is read to its lines' first 1,000)
    ("html", '<img alt="chart" src="data:image/png;base64,' + "iVBORw0KGgo+/8=" * 240 + '">\n'),
    # an inline SVG in a link's style, the same
    ("html", '<a class="icon" href="/feed.xml" style="background:url(' + "%3Csvg%3E" * 300 + ')">Feed</a>\n'),
    # as before: a command whose argument is a long quoted placeholder is no element
    ("text", "Use <name> as the value of " + "the option " * 300 + "\n"),
    # Spring Boot's one-line settings in YAML: a size with its unit, a logger's level
    ("yaml", "spring.servlet.multipart.max-file-size: 25MB\n"),
    ("yaml", "logging.level.org.hibernate.SQL: TRACE\n"),
    # as before: Python's annotation with a type stays Python
    ("python", "user_count: int = 0\n"),
    # a column's composite type, as Hive, Spark, Flink and OpenMLDB write it
    ("postgresql", "MAP < STRING, BIGINT >\n"),
    ("postgresql", "ARRAY<STRUCT<city: STRING, zip: INT>>\n"),
    # as before: Java's generic types are not SQL's
    ("text", "Map<String, Integer>\n"),
]

test_detection = detection_test(CASES)
