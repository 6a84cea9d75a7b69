"""Our lexers inside Markdown's codehilite, chosen through its `pygments_formatter` setting.

codehilite looks a block's language up with Pygments, whose built-in SQL lexers win over ours,
and then builds the configured formatter with `lang_str="language-<lang>"`. `OurLexers` is
that formatter setting: it builds the formatter it wraps and, when the block's language is one
we lex ourselves (or `sql` under SQL_DIALECT), hands it our lexer's tokens for the block's text
(the tokens codehilite's lexer yields concatenate back to that text).

It is a plain object of a module-level class holding the wrapped formatter and the dialect, so it
travels inside the MARKDOWN settings: pickled to worker processes (fork, forkserver or spawn), it
needs no setup in the process that renders.
"""

from pygments.formatters import get_formatter_by_name
from pygments.lexers import find_lexer_class_by_name
from pygments.util import ClassNotFound

from .lexer_registry import lexer_class
from .markdown_fences import DETECTED, OPTION

# An indented block's codehilite header (`:::lang`) carries a language and nothing else, so a
# language that detection chose is written `:::lectern-detected-<lang>`; the formatter reads it.
DETECTED_PREFIX = "lectern-detected-"


class OurLexers:
    """A codehilite `pygments_formatter`: the wrapped formatter, fed by our lexers for our languages."""

    def __init__(self, formatter="html", dialect="postgresql", lang_prefix="language-"):
        self.formatter = formatter  # a formatter class (or callable), or a Pygments formatter name
        self.dialect = dialect
        self.lang_prefix = lang_prefix

    def __call__(self, lang_str="", **options):
        language = options.pop(OPTION, None)  # a fence markdown_fences gave Pygments' text lexer
        if language:
            lang_str = f"{self.lang_prefix}{language}"
        alias = lang_str[len(self.lang_prefix) :] if lang_str.startswith(self.lang_prefix) else lang_str
        detected = alias.startswith(DETECTED_PREFIX)
        if detected:  # codehilite found no lexer for the marked name and gave us its text as is
            alias = alias[len(DETECTED_PREFIX) :]
            options[DETECTED] = "1"
            lang_str = f"{self.lang_prefix}{alias}"
        if isinstance(self.formatter, str):  # as codehilite does with a formatter name
            try:
                formatter = get_formatter_by_name(self.formatter, **options)
            except ClassNotFound:
                formatter = get_formatter_by_name("html", **options)
        else:
            formatter = self.formatter(lang_str=lang_str, **options)
        chosen = lexer_class(alias, self.dialect)
        if chosen is None and detected:
            try:
                chosen = find_lexer_class_by_name(alias)
            except ClassNotFound:
                return formatter
        if chosen is None:
            return formatter
        return _Relexed(formatter, chosen(**options))

    def __eq__(self, other):
        return isinstance(other, OurLexers) and vars(self) == vars(other)

    def __hash__(self):
        return hash((OurLexers, self.dialect, self.lang_prefix))

    def __repr__(self):
        return f"OurLexers({self.formatter!r}, dialect={self.dialect!r}, lang_prefix={self.lang_prefix!r})"


class _Relexed:
    """A formatter that formats our lexer's tokens for the text of the tokens it is given."""

    def __init__(self, formatter, lexer):
        self._formatter = formatter
        self._lexer = lexer

    def format(self, tokensource, outfile):
        text = "".join(value for _, value in tokensource)
        return self._formatter.format(self._lexer.get_tokens(text), outfile)

    def __getattr__(self, name):  # encoding, style, ...: the wrapped formatter's
        return getattr(self._formatter, name)
