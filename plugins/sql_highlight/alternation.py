"""A long regex of alternatives, searched the way Python's engine would, only sooner.

The engine tries every alternative at every position, and an alternative that opens on `^` or
`\\b` is entered before that test fails: C++'s signs (about ninety alternatives) cost some 7 ms
on a 2,000-character block of shell that holds none of them. Grouped behind the test they open on,
`^(?:a|b|…)|\\b(?:c|d|…)|e|…`, each group is entered once a position and only where its test holds.

Whether some alternative matches at a position does not depend on their order, so the grouped
pattern finds the leftmost position any match starts at; the plain pattern, matched there, gives
the match (its alternative, its end and its groups) that its own search would have given.
`tests/test_alternation.py` holds both to the plain pattern's `search` and `findall`.
"""

import itertools
import re

_NUMBERED_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def alternatives(pattern):
    """The pattern's top-level alternatives, as written: split at each `|` outside groups, sets
    and escapes."""
    parts, depth, start, index, in_set = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            index += 1 + pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index)  # `[]...]`, `[^]...]`: the `]` is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _opening(part):
    return "^" if part.startswith("^") else r"\b" if part.startswith(r"\b") else ""


def grouped_by_opening(pattern):
    """The pattern's alternatives reordered, those opening on `^` first and on `\\b` next (their
    order kept within each), each lot behind its opening once: `^(?:…)|\\b(?:…)|…`."""
    order = ("^", r"\b", "")
    grouped = []
    for opening, run in itertools.groupby(
        sorted(alternatives(pattern), key=lambda part: order.index(_opening(part))), _opening
    ):
        run = [part[len(opening) :] for part in run]
        grouped.append(opening + "(?:" + "|".join(run) + ")" if opening else "|".join(run))
    return "|".join(grouped)


class Alternatives:
    """`re.compile(pattern, flags)` for `search` and `findall`, with the same answers. A numbered
    backreference would change its meaning once its alternative moved, so it is refused: name
    the group."""

    def __init__(self, pattern, flags=0):
        if _NUMBERED_BACKREFERENCE.search(pattern):
            raise ValueError("a numbered backreference among alternatives: name its group")
        if flags & re.X or _GLOBAL_FLAGS.match(pattern):  # a comment's `|`, flags that must stay first
            raise ValueError("verbose patterns and inline global flags are not grouped")
        self.plain = re.compile(pattern, flags)
        self.grouped = re.compile(grouped_by_opening(pattern), flags)
        self.pattern, self.flags = pattern, flags

    def search(self, text, pos=0):
        found = self.grouped.search(text, pos)
        return found and self.plain.match(text, found.start())

    def finditer(self, text):
        pos = 0
        while found := self.search(text, pos):
            if found.end() == found.start():  # an empty match: the engine's own rules for what follows it
                yield from self.plain.finditer(text, found.start())
                return
            yield found
            pos = found.end()

    def findall(self, text):
        groups = self.plain.groups
        return [
            found.group() if not groups else found.group(1) or "" if groups == 1 else found.groups("")
            for found in self.finditer(text)
        ]
