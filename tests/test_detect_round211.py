"""Detection fix of session 48 read off round 210 after it was measured: a block whose read part
ends inside a docstring (detection reads a block's start only) is Python to the parser, so a long
class under its module's docstring is answered early, not by every later stage (round 210's
slowest block: 51 ms to 9 ms, the same answer). The cases guard the answers, as before."""

from detect_cases import detection_test
from sql_highlight.python_parse import python_tree

CASES = [
    (
        "python",
        '"""Talks.\n\nLoaded from their folders.\n"""\nclass Talk:\n    """One talk."""\n\n    def __init__(self, slug):\n        self.slug = slug',
    ),
    ("postgresql", "SELECT title FROM talks WHERE year = 2024;"),
]

test_session_48_round_210 = detection_test(CASES)


def test_a_block_cut_inside_a_docstring_parses_as_python():
    assert python_tree('class Talk:\n    """One talk.\n\n    Its slides and its') is not None
    assert python_tree("def render(talk):\n    '''Render the talk's page.\n\n    The page") is not None
    assert python_tree('SELECT 1;\n"""') is None  # as before: what is no Python stays none
