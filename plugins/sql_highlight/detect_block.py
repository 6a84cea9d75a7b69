"""A block as the detection stages share it, and the marks more than one stage reads."""

import re
from functools import cached_property

from .python_signs import looks_like_python

SQL_FAMILY = frozenset(("postgresql", "plpgsql", "psql", "postgres-explain"))


class Block:
    """One block under detection: its text, how to read another text (a part of it, or it
    rewritten) from the start, and what several stages ask of it, worked out once."""

    def __init__(self, code, read, *, under_a_heading=False):
        self.code = code
        self.read = read
        self.under_a_heading = under_a_heading

    @cached_property
    def lines(self):
        return self.code.splitlines()

    @cached_property
    def written(self):
        return [line for line in self.lines if line.strip()]

    @cached_property
    def first(self):
        return self.written[0]

    @cached_property
    def first_uncommented(self):
        return next((line for line in self.lines if line.strip() and not line.startswith("#")), self.first)

    @cached_property
    def python(self):
        return looks_like_python(self.code)


# A writer's `# note` or `## note` (or one after `;`), a client's dot-command (`.inspect aws`, `.timer on`): asides.
ASIDE_LINES = re.compile(r"^[ \t]*##?(?: [^\n]*)?$\n?|(?<=;)[ \t]+#[^\n]*$|^\.[a-z]\w*\b[^\n]*$\n?", re.M)


ANSWERED = re.compile(r"^\s*(?:ERROR|WARNING|NOTICE):\s", re.M)  # the server's answers beside speakers


# A loop or a condition braced C's way, `do {`, `for (a; b; c) { }`: no SQL's nor PL/pgSQL's (theirs is LOOP ... END LOOP).
BRACED_LOOP = re.compile(r"^[ \t]*(?:do|(?:for|while|if)[ \t]*\([^\n]*\))[ \t]*\{", re.M)


# JavaScript's `--` never opens a line; nor does an option start with a number's mark (`--1.`) or a writer's own letters
SQL_NOTE_LINE = re.compile(r"^[ \t]*--(?: \w|\d+[.)、]|[^\x00-\x7f])", re.M)
