"""One runner for the detection fixes each round's file lists: every case is a block we wrote
and the label detection must give it (the round files hold only their cases)."""

import pytest

from sql_highlight.detect import detect_language


def detection_test(cases):
    """A test over `cases`, (label, code) pairs: each block is detected as its label."""

    @pytest.mark.parametrize(("expected", "code"), cases)
    def test(expected, code):
        assert detect_language(code) == expected

    return test
