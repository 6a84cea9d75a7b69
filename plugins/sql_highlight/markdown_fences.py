"""A Python-Markdown extension that hands our languages' fenced blocks to our lexers directly.

codehilite looks a block's language up with Pygments first, and Pygments' own SQL lexers would
lex the whole block before ours could (twice the work for every SQL block). This preprocessor,
run after unlabelled blocks are labelled and before fenced_code, rewrites the opening of a
fence in one of our languages (```sql -> ``` { .text lectern_lang="sql" }): codehilite then
takes Pygments' plain-text lexer, which costs nothing, and passes `lectern_lang` on to the
formatter, where OurLexers lexes the block with our lexer and restores the language label.
"""

from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.preprocessors import Preprocessor

from .lexer_registry import lexer_class

FENCE = FencedBlockPreprocessor.FENCED_BLOCK_RE
OPTION = "lectern_lang"
# Set on a fence whose language markdown_detect chose; codehilite hands it to the formatter.
DETECTED = "lectern_detected"


def rewrite_openings(lines, opening_for):
    """The lines with each fenced block's opening line replaced by `opening_for(match)`, where
    that gives one (None leaves the block as it is)."""
    text = "\n".join(lines)
    pieces, position = [], 0
    for m in FENCE.finditer(text):
        opening = opening_for(m)
        if opening is None:
            continue
        pieces.append(text[position : m.start()])
        pieces.append(opening + "\n" + text[m.start("code") : m.end()])
        position = m.end()
    if not pieces:
        return lines
    pieces.append(text[position:])
    return "".join(pieces).split("\n")


class OurLanguageFences(Preprocessor):
    def __init__(self, md, dialect):
        super().__init__(md)
        self.dialect = dialect

    def run(self, lines):
        return rewrite_openings(lines, self.opening)

    def opening(self, m):
        attrs = (m.group("attrs") or "").strip()
        if attrs:
            first, _, rest = attrs.partition(" ")
            language = first[1:] if first.startswith(".") else ""
            rest = rest if language else attrs
        else:
            language, rest = m.group("lang") or "", ""
        if not language or lexer_class(language, self.dialect) is None or f"{OPTION}=" in attrs:
            return None
        if m.group("hl_lines"):
            rest = f"{rest} hl_lines={m.group('quot')}{m.group('hl_lines')}{m.group('quot')}".strip()
        return f'{m.group("fence")}{{ .text {OPTION}="{language}" {rest} }}'.replace("  }", " }")


class OurLanguageFencesExtension(Extension):
    """Registered by the sql_highlight plugin; `dialect` is SQL_DIALECT."""

    def __init__(self, dialect="postgresql"):
        super().__init__()
        self.dialect = dialect

    def extendMarkdown(self, md):
        md.preprocessors.register(OurLanguageFences(md, self.dialect), "lectern_our_fences", 29)
