"""Detection fixes of session 50 read off round 226 after it was measured: a generated column's
synopsis (`[GENERATED ALWAYS] AS (...)`, `[VIRTUAL | STORED]`); flags noted after `//` are no SQL
fragment; Jinja's and Nunjucks' whitespace control in `{{- ... }}`; dhclient, lspci, lsusb and
NVIDIA's tools known (prose, SQL divided, plain variables and SQL between elisions stay as
before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # A generated column's synopsis, its options in brackets a line each.
    (
        "postgresql",
        "column_name type [GENERATED ALWAYS] AS (expr)\n  [VIRTUAL | STORED] [UNIQUE [KEY]] [COMMENT 'note']",
    ),
    ("text", "Each talk is stored once and is unique by its slug."),  # as before: a sentence
    ("postgresql", "-- total hours\nselect minutes / 60 from talks;"),  # as before: SQL divides
    # A template's tag with its whitespace trimmed.
    ("html+django", "{{- partial('_partials/talks.njk') }}"),
    ("html+django", "{{ talk.title }}"),  # as before
    # Programs of the network and the hardware, alone.
    ("bash", "dhclient"),
    ("bash", "lspci"),
    # Elided SQL, its statement's strong start left: read again as before.
    ("postgresql", "[...]\nSELECT title\nFROM talks\n[...]"),
]

test_session_50_round_226 = detection_test(CASES)


def test_flags_noted_after_slashes_are_no_sql():
    code = "--save // 写入 dependencies\n-g // 全局安装\n@+version // 指定版本"
    assert detect_language(code) not in SQL_FAMILY
