"""SQL a writer slipped on: a statement's keyword misspelt (`CREAT PROCEDURE`, `INTERT INTO`), or
Markdown's quoted notes (`> gives the user ...`) and list bullets kept under the statements. Each
helper gives the block mended, for the detector to read again; the block itself where nothing is."""

import re

_STATEMENT_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "GRANT", "REVOKE")
# The word a line opens with, all capitals or all lower-case (`Created table x` is a sentence's).
_OPENING_WORD = re.compile(r"^([ \t]*)([A-Z]{4,7}|[a-z]{4,7})\b(?=[ \t]+\S)", re.M)
# What an English word adds to the keyword (`created`, `updates`, `dropper`): no slip.
_INFLECTED = re.compile(r"(?:E?D|E?S|E?R|ING)\Z")


def one_letter_off(word, keyword):
    """One letter left out, added, changed, or two swapped."""
    if abs(len(word) - len(keyword)) > 1 or word == keyword:
        return False
    if len(word) == len(keyword):
        differ = [n for n, (a, b) in enumerate(zip(word, keyword)) if a != b]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and word[differ[0]] == keyword[differ[1]]
            and word[differ[1]] == keyword[differ[0]]
        )
    short, long = sorted((word, keyword), key=len)
    return any(long[:n] + long[n + 1 :] == short for n in range(len(long)))


def _mended(match):
    indent, word = match.groups()
    upper = word.upper()
    if upper.startswith(_STATEMENT_WORDS) and _INFLECTED.search(upper[4:]):
        return match.group(0)
    for keyword in _STATEMENT_WORDS:
        if one_letter_off(upper, keyword):
            return indent + (keyword if word.isupper() else keyword.lower())
    return match.group(0)


def with_keywords_mended(code):
    """The block with a line's opening word that is a statement's keyword one letter off spelt right."""
    return _OPENING_WORD.sub(_mended, code)


_QUOTED_LINE = re.compile(r"^[ \t]*>(?:[ \t][^\n]*)?$\n?", re.M)
_BULLET = re.compile(r"^([ \t]*)[*-][ \t]+(?=\S)", re.M)


def without_quoted_notes(code):
    """The block without its `> ` lines (Markdown's quote, a note under the line above) and the
    list bullets before the lines left; the block itself where no line is quoted or all are."""
    kept = _QUOTED_LINE.sub("", code)
    if kept == code or not kept.strip():
        return code
    return _BULLET.sub(r"\1", kept)
