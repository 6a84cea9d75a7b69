"""Detection fix of session 49 read off round 220 after it was measured: a doc comment alone
(`/** ... */`, JavaScript's, Java's or C's style) is no SQL comment, and a block comment alone
leaves nothing to read as SQL's two kinds of comment. The cases guard the answers, as before."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    ("postgresql", "/* the talks' schema */\nCREATE TABLE talks (id int);"),  # as before
    ("postgresql", "-- seats taken\n/* per talk */\n-- and per room"),  # as before: SQL's two kinds
]

test_session_49_round_220 = detection_test(CASES)


def test_a_doc_comment_alone_is_no_sql():
    for code in (
        "/**\n * The player's handles\n * Deck\n *  <- SlideDeck\n *  <- VideoDeck\n */",
        "/**\n * Talks, loaded once.\n */",
    ):
        assert detect_language(code) not in SQL_FAMILY, code
