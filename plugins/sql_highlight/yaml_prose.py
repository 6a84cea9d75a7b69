"""YAML's parser reads them, but what they hold is words, not a file's data: a query's clauses
named in their order, a lesson's points or steps as a Markdown list, an exercise's input and
output, names each described in another alphabet's prose. A block so read is no YAML file."""

import re

from .shell_signs import SHELL_WORDS
from .signs import CJK_LETTERS, WIDE


def holds_words_not_data(parsed, lines):
    """The YAML `parsed` from `lines` (its comments and elisions aside) is words, not data."""
    if isinstance(parsed, list) and all(line.strip()[2:].strip().upper() in _SQL_CLAUSES for line in lines):
        return True  # `- FROM` over `- WHERE`: a query's clauses named in their order (YAML reads `- ON` as true)
    if isinstance(parsed, list) and _is_list_of_points(parsed):
        return True  # `- Punched cards` over `- Magnetic tapes`: a lesson's points in Markdown, no data
    if isinstance(parsed, list) and all(isinstance(item, str) and _is_sentence(item) for item in parsed):
        return True  # `- Create a fork of the database`: a list of steps, in words
    if isinstance(parsed, dict) and _is_worked_example(parsed):
        return True  # `输入: 123` over `输出: 321`: an exercise's example, its input and output (LeetCode's)
    if isinstance(parsed, dict) and _described_in_wide_prose(parsed.values()):
        return True  # `items.py: 定义了Item数据结构，...`: files or fields described in prose
    # `- INPUT__FILE__NAME，显示数据行所在的具体文件`: names listed, each described so
    return (
        isinstance(parsed, list)
        and all(isinstance(item, str) for item in parsed)
        and _described_in_wide_prose(parsed)
    )


_SENTENCE = re.compile(r"[A-Z][a-z]+(?: +[^\s:]+){3,}")
_SQL_CLAUSES = frozenset(
    "SELECT,DISTINCT,TOP,FROM,JOIN,ON,WHERE,GROUP BY,HAVING,WINDOW,QUALIFY,ORDER BY,LIMIT,OFFSET,UNION,INTO".split(
        ","
    )
)
# An item of four words or more in lower case (or after an acronym), no flag, path or
# setting among them, two of them English's small words: `- port 80 is reachable from the internet`.
_WORDS_ITEM = re.compile(r"(?:[A-Z]{2,}|[a-z]+)(?: +(?![-/$])[^\s:/=$]+){3,}")
_SMALL_WORDS = re.compile(r"\b(?:is|are|was|be|the|a|an|to|from|for|of|and|this|that|with|by|on|in)\b")


def _is_list_of_points(items):
    """Items of words, a space in most of them (a nested list's too), none a command, a path, a
    flag or a placeholder: what a Markdown list says, not a YAML file's list of values."""
    flat = [point for item in items for point in (item if isinstance(item, list) else [item])]
    return (
        len(flat) >= 2
        and all(
            isinstance(point, str) and _POINT.fullmatch(point) and not SHELL_WORDS.match(point)
            for point in flat
        )
        and 2 * sum(" " in point for point in flat) > len(flat)
    )


# A point in words: letters first, no path, flag, assignment, URL or template among them.
_POINT = re.compile(r"[^\W\d_][^/=$<>{}`|\\]*")


def _is_sentence(item):
    return bool(_SENTENCE.match(item) or _WORDS_ITEM.fullmatch(item) and len(_SMALL_WORDS.findall(item)) >= 2)


# Full-width punctuation, or Korean words three or more (Korean sets its sentences apart with
# spaces, not full-width marks): sentences, not a setting's value.
_WIDE_PROSE = re.compile(r"[，。、；]|[\uac00-\ud7a3]+(?:[ \t]+[^\s:]+){2,}")
_WIDE_WORDS = re.compile(f"[{WIDE}{CJK_LETTERS}]{{2}}")  # (kana and Hangul too)


def _is_worked_example(mapping):
    """An exercise's input and output, each a value written out (a pipeline's `input:` and `output:`
    each hold their settings, a mapping)."""
    values = {str(key).strip().lower(): value for key, value in mapping.items()}
    return any(
        names <= values.keys() and not any(isinstance(values[name], dict) for name in names)
        for names in ({"输入", "输出"}, {"input", "output"})
    )


def _described_in_wide_prose(values):
    """Every value words in another alphabet, half of them sentences at least: a list of names
    described (`settings.py: 定义了项目的全局配置`), not settings (a site's `title: 我的博客` sits
    beside `language: zh-CN`)."""
    values = [str(value) for value in values]
    return (
        len(values) >= 2
        and all(map(_WIDE_WORDS.search, values))
        and 2 * sum(bool(_WIDE_PROSE.search(value)) for value in values) >= len(values)
    )
