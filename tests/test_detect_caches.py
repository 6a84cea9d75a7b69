"""Detection keeps a few small caches (a block's parse, its signs counted): a block's answer must
not depend on which blocks were detected before it, nor on whether a cache was warm."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sql_highlight.detect import detect_language
from sql_highlight.python_parse import python_tree
from sql_highlight.python_signs import looks_like_python
from sql_highlight.signs import count_matches

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
BLOCKS = sorted(
    path.read_text(encoding="utf-8")
    for folder in ("detection", "detection-holdout")
    for path in (CORPUS / folder).glob("*.txt")
)


def _cold(code):
    for cached in (python_tree, looks_like_python, count_matches):
        cached.cache_clear()
    return detect_language(code)


def test_the_corpus_is_there():
    assert len(BLOCKS) > 250


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_warm_caches_answer_as_cold_ones(order):
    blocks = BLOCKS if order == "forward" else BLOCKS[::-1]
    warm = [detect_language(code) for code in blocks]
    cold = [_cold(code) for code in blocks]
    assert warm == cold


def test_a_block_asked_twice_answers_the_same():
    for code in BLOCKS:
        assert detect_language(code) == detect_language(code)


# A detection reads rewritten texts again (notes taken off, captions dropped) and remembers each
# reading: two rewrites that arrive at the same text share one answer. Remembering must never
# change an answer, whatever the block and however it is edited.
_NOTES = ("// 查看全部用户", "# 创建数据库", "-- the rooms", "", "> note", "<!-- 注意 -->")


def _plain(code):
    from sql_highlight.detect import _ReadOnce

    return _ReadOnce(remember=False).read(code)


def test_remembered_readings_answer_as_the_plain_path_on_the_corpus():
    assert [detect_language(code) for code in BLOCKS] == [_plain(code) for code in BLOCKS]


@settings(max_examples=60, deadline=None)
@given(
    block=st.sampled_from(BLOCKS),
    edits=st.lists(st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from(_NOTES)), max_size=4),
    trailing=st.sampled_from(("", "\n", "\n\n", "  \n")),
)
def test_remembered_readings_answer_as_the_plain_path_under_edits(block, edits, trailing):
    lines = block.splitlines()
    for at, note in edits:
        lines.insert(min(at, len(lines)), note)
    code = "\n".join(lines) + trailing
    assert detect_language(code) == _plain(code)
