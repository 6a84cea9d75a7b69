"""A Python-Markdown extension: `$...$` inline and `$$...$$` blocks become MathML at build time.

What counts as math follows pymdownx.arithmatex (its patterns are used as they are): inline, the
opening `$` is not followed by a space and the closing one not preceded by one ("smart dollars"),
so "$5 and $10" is text; code spans and code blocks are never looked at; `\\$` is a dollar sign.
One rule is added from Pandoc: the closing `$` is not followed by a digit ("$5/$10" is text).
A block is a paragraph that starts with `$$` and ends with `$$`. A formula that cannot be rendered
raises FormulaError naming it (and its line in the source, when it can be found there).
"""

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.util import ETX, STX
from pymdownx.arithmatex import RE_DOLLAR_BLOCK, RE_SMART_DOLLAR_INLINE
from pymdownx.util import escape_chars

from .convert import FormulaError, to_mathml

INLINE = RE_SMART_DOLLAR_INLINE.removesuffix(")") + r"(?![0-9]))"
BLOCK = rf"(?s)^(?:{RE_DOLLAR_BLOCK})[ ]*$"
ESCAPED_BACKSLASH = f"{STX}{ord(chr(92))}{ETX}"


def _mathml(md, latex, display):
    try:
        return to_mathml(latex, display=display)
    except FormulaError as error:
        delimiter = "$$" if display else "$"
        where = _line_of(md, latex)
        formula = " ".join(latex.split())
        raise FormulaError(
            f"{where}cannot render the formula {delimiter}{formula}{delimiter}: {error}"
            " (a dollar sign that is not math is written \\$)"
        ) from None


def _line_of(md, latex):
    """ "line N: " for the first source line holding the formula's first line, or ""."""
    first = latex.strip().splitlines()[0].strip() if latex.strip() else ""
    for number, line in enumerate(getattr(md, "lectern_math_source", []), start=1):
        if first and first in line:
            return f"line {number}: "
    return ""


class SourceLines(Preprocessor):
    """Keeps the document's lines as written, to tell where a bad formula is."""

    def run(self, lines):
        self.md.lectern_math_source = list(lines)
        return lines


class InlineMath(InlineProcessor):
    def handleMatch(self, m, data):
        escapes, _dollar, latex = m.group(1), m.group(2), m.group(3)
        if escapes:  # an even run of backslashes before a $: the $ is text
            return escapes.replace("\\\\", ESCAPED_BACKSLASH), m.start(0), m.end(0)
        html = _mathml(self.md, latex, display=False)
        return self.md.htmlStash.store(html), m.start(0), m.end(0)


class BlockMath(BlockProcessor):
    def __init__(self, parser, md):
        super().__init__(parser)
        self.md = md
        self.pattern = re.compile(BLOCK)

    def test(self, parent, block):
        return self.pattern.match(block) is not None

    def run(self, parent, blocks):
        match = self.pattern.match(blocks.pop(0))
        html = _mathml(self.md, match.group("math"), display=True)
        # A wide formula scrolls sideways: the block takes keyboard focus, as code blocks do.
        div = etree.SubElement(parent, "div", {"class": "math-block", "tabindex": "0"})
        div.text = self.md.htmlStash.store(html)
        return True


class MathExtension(Extension):
    def extendMarkdown(self, md):
        md.registerExtension(self)
        escape_chars(md, ["$"])
        md.preprocessors.register(SourceLines(md), "lectern-math-source", 100)
        # Where pymdownx.arithmatex registers: after code spans (190), before escapes (180).
        md.inlinePatterns.register(InlineMath(INLINE, md), "lectern-math-inline", 189.9)
        md.parser.blockprocessors.register(BlockMath(md.parser, md), "lectern-math-block", 79.9)

    def reset(self):
        pass


def makeExtension(**kwargs):
    return MathExtension(**kwargs)
