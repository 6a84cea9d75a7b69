"""Detection fixes of the seventh round on real blocks, each on snippets we write here."""

import pytest

from sql_highlight.detect import detect_language
from sql_highlight.signs import looks_like_diff

CASES = [
    # A hunk whose first context line lost its leading space: lines added and removed say diff,
    # even where its lines are a regression test's SQL and server messages.
    (
        "diff",
        "SELECT publish_post('hello');\n NOTICE:  post hello published\n-DETAIL:  two feeds refreshed\n"
        "+DETAIL:  three feeds refreshed\n publish_post\n",
    ),
    ("diff", "def title(self):\n-    return self.name\n+    return self.name.title()\n"),
]


@pytest.mark.parametrize(("label", "code"), CASES)
def test_round7_blocks(label, code):
    assert detect_language(code) == label


def test_a_first_line_then_only_additions_is_no_diff():
    """Stripped of its first space, a hunk still needs a line removed: `+ 1` lines alone are
    an expression's continuation as much as a diff's."""
    assert not looks_like_diff("SELECT now()\n+ interval '1 day'\n+ interval '2 hours'")


def test_sql_with_comment_lines_stays_sql():
    code = "SELECT id\n-- the newest first\n  FROM posts\n+ 0\n"
    assert not looks_like_diff(code)
