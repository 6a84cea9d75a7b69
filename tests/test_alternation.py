"""Detection's longest regexes are searched through their alternatives grouped behind `^` and `\\b`,
which is faster: each must give the plain pattern's matches exactly (where, which, how many), or
detection's answers would move with a speed-up."""

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sql_highlight import c_signs, javascript_signs, plpgsql_signs, shell_script
from sql_highlight.alternation import Alternatives, alternatives

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS.parent / "benchmarks" / "corpus"
# Our own blocks: the benchmark's corpus and every detection fix's cases (C++ among them).
BLOCKS = sorted(
    {
        path.read_text(encoding="utf-8")
        for folder in ("detection", "detection-holdout")
        for path in (CORPUS / folder).glob("*.txt")
    }
    | {
        code
        for path in TESTS.glob("test_detect_round*.py")
        for _, code in importlib.import_module(path.stem).CASES
    }
)
LINES = sorted({line for block in BLOCKS for line in block.splitlines()})
USED = {
    "C_SIGNS": c_signs.C_SIGNS,
    "CPP_STRONG": c_signs.CPP_STRONG,
    "CPP_SIGNS": c_signs.CPP_SIGNS,
    "JS_SIGNS": javascript_signs.JS_SIGNS,
    "JS_CLASS_OR_FUNCTION": javascript_signs.JS_CLASS_OR_FUNCTION,
    "_PLPGSQL_SIGNS": plpgsql_signs._PLPGSQL_SIGNS,
    "_SHELL_SYNTAX": shell_script._SHELL_SYNTAX,
}
# Alternatives whose order decides the match: an earlier one that matches where a later `^` or
# `\b` one does too, shorter or longer; an empty match; groups, named and numbered.
ORDERED = [
    (r"ab|^a|\bab?c", "ab\nabc abc xab"),
    (r"a|^ab|\bb", "ab\nab b"),
    (r"x?|^y", "yxy\ny"),
    (r"(?P<w>\w)(?P=w)|^(\w+)|\b(\d)", "aab\n12 3 zz"),
    (r"[|]x|\by", "|x y|x"),
]


@pytest.mark.parametrize(
    "pattern, parts",
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
        (r"[|]x|y", ["[|]x", "y"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|y", [r"\|x", "y"]),
        (r"\\|y", ["\\\\", "y"]),
        (r"[\]|]x|y", [r"[\]|]x", "y"]),
        (r"(?<!a|b)c|(?P<n>d)(?P=n)", ["(?<!a|b)c", "(?P<n>d)(?P=n)"]),
    ],
)
def test_alternatives_split_only_at_the_top_level(pattern, parts):
    assert alternatives(pattern) == parts
    assert "|".join(parts) == pattern


@pytest.mark.parametrize(
    "pattern, flags", [(r"^(\w+) = \1|\bx", 0), (r"(?x) a | \b b", 0), (r"a # x|y", re.X)]
)
def test_what_grouping_would_change_is_refused(pattern, flags):
    with pytest.raises(ValueError):
        Alternatives(pattern, flags)


def _same(plain, grouped, text):
    found, expected = grouped.search(text), plain.search(text)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert grouped.findall(text) == plain.findall(text)


@pytest.mark.parametrize("pattern, text", ORDERED)
def test_the_plain_patterns_order_decides_the_match(pattern, text):
    for start in range(len(text)):
        _same(re.compile(pattern, re.M), Alternatives(pattern, re.M), text[start:])


@pytest.mark.parametrize("name", sorted(USED))
def test_detections_patterns_match_as_the_plain_ones_on_our_blocks(name):
    grouped = USED[name]
    assert isinstance(grouped, Alternatives)
    plain = re.compile(grouped.pattern, grouped.flags)
    assert grouped.grouped.pattern != plain.pattern  # grouped: else this compares a pattern with itself
    for block in BLOCKS:
        _same(plain, grouped, block)
    assert any(map(plain.search, BLOCKS))  # matches compared, not only misses


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(LINES), st.text(alphabet="ab_:&*<>(){};=, \t\n#/\"'.-~[]$`", max_size=40)),
        max_size=12,
    )
)
def test_detections_patterns_match_as_the_plain_ones_on_mixed_lines(lines):
    text = "\n".join(lines)
    for grouped in USED.values():
        _same(re.compile(grouped.pattern, grouped.flags), grouped, text)
