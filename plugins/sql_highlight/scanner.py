"""PostgreSQL's own scanner (libpg_query through pglast), made total.

pglast raises on an unterminated string, comment or dollar quote and stops at a NUL byte; a
blog snippet may have all three. Where the real scanner gives up we continue with a small
regular-expression scanner that produces the same token names, so the lexers downstream never
see a gap, an exception, or a run of error tokens.
"""

import re
from typing import NamedTuple

from pglast import keywords as pg_keywords
from pglast import parser as pg_parser

KEYWORD_KINDS = {
    **dict.fromkeys(pg_keywords.RESERVED_KEYWORDS, "RESERVED_KEYWORD"),
    **dict.fromkeys(pg_keywords.UNRESERVED_KEYWORDS, "UNRESERVED_KEYWORD"),
    **dict.fromkeys(pg_keywords.COL_NAME_KEYWORDS, "COL_NAME_KEYWORD"),
    **dict.fromkeys(pg_keywords.TYPE_FUNC_NAME_KEYWORDS, "TYPE_FUNC_NAME_KEYWORD"),
}


COMMENTS = frozenset({"C_COMMENT", "SQL_COMMENT"})


class SqlToken(NamedTuple):
    start: int
    end: int  # exclusive
    name: str  # the scanner's token name: IDENT, SCONST, Op, ASCII_40, SELECT, ...
    kind: str  # RESERVED_KEYWORD, UNRESERVED_KEYWORD, COL_NAME_KEYWORD, TYPE_FUNC_NAME_KEYWORD, NO_KEYWORD


_ERROR_INDEX = re.compile(r"at index (\d+)")
_FALLBACK = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<line_comment>--[^\n]*)
  | (?P<block_comment>/\*)
  | (?P<dollar>\$(?:[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)?\$)
  | (?P<string>(?P<prefix>[eE]|[uU]&|[bB]|[xX]|[nN])?'(?:[^'\\]|\\.|'')*(?:'|\Z))
  | (?P<quoted>(?:[uU]&)?"(?:[^"]|"")*(?:"|\Z))
  | (?P<param>\$\d+)
  | (?P<number>0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+
       |(?:\d[\d_]*(?:\.(?!\.)[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_\x80-\uffff][\w$\x80-\uffff]*)
  | (?P<multi>::|:=|=>|<=|>=|<>|!=|\.\.)
  | (?P<op>[-+*/<>=~!@\#%^&|`?]+)
  | (?P<char>.)
    """,
    re.X | re.S,
)
_NAMED_MULTI = {
    "::": "TYPECAST",
    ":=": "COLON_EQUALS",
    "=>": "EQUALS_GREATER",
    "<=": "LESS_EQUALS",
    ">=": "GREATER_EQUALS",
    "<>": "NOT_EQUALS",
    "!=": "NOT_EQUALS",
    "..": "DOT_DOT",
}
_STRING_PREFIX = {"e": "SCONST", "u&": "USCONST", "b": "BCONST", "x": "XCONST", "n": "SCONST"}


def _nested_comment_end(text, start):
    depth, i = 0, start
    while i < len(text):
        pair = text[i : i + 2]
        if pair == "/*":
            depth, i = depth + 1, i + 2
        elif pair == "*/":
            depth, i = depth - 1, i + 2
            if depth == 0:
                return i
        else:
            i += 1
    return len(text)


def fallback_scan(text, offset=0):
    """Tokens for `text` by regular expressions, in the scanner's vocabulary; never raises."""
    tokens = []
    pos = 0
    while pos < len(text):
        m = _FALLBACK.match(text, pos)
        kind = m.lastgroup if m.lastgroup != "prefix" else "string"
        end = m.end()
        value = m.group()
        name = None
        if kind == "ws":
            pos = end
            continue
        if kind == "line_comment":
            name = "SQL_COMMENT"
        elif kind == "block_comment":
            end, name = _nested_comment_end(text, pos), "C_COMMENT"
        elif kind == "dollar":
            close = text.find(value, end)
            end, name = (len(text) if close < 0 else close + len(value)), "SCONST"
        elif kind == "string":
            prefix = (m.group("prefix") or "").lower()
            name = _STRING_PREFIX.get(prefix, "SCONST")
        elif kind == "quoted":
            name = "UIDENT" if value[:1] in "uU" else "IDENT"
        elif kind == "param":
            name = "PARAM"
        elif kind == "number":
            name = (
                "FCONST"
                if re.search(r"[.eE]", value) and value[:2].lower() not in ("0x", "0b", "0o")
                else "ICONST"
            )
        elif kind == "word":
            keyword_kind = KEYWORD_KINDS.get(value.lower())
            if keyword_kind:
                tokens.append(SqlToken(offset + pos, offset + end, value.upper(), keyword_kind))
                pos = end
                continue
            name = "IDENT"
        elif kind == "multi":
            name = _NAMED_MULTI[value]
        elif kind == "op":
            name = "Op" if len(value) > 1 else f"ASCII_{ord(value)}"
        else:
            name = f"ASCII_{ord(value)}" if ord(value) < 128 else "OTHER"
        tokens.append(SqlToken(offset + pos, offset + end, name, "NO_KEYWORD"))
        pos = end
    return tokens


def _scan_segment(text, offset):
    if not text.strip():
        return []
    try:
        raw = pg_parser.scan(text)
    except Exception as error:  # pglast raises ParseError; anything else we also survive
        m = _ERROR_INDEX.search(str(error))
        cut = int(m.group(1)) if m else 0
        cut = min(max(cut, 0), len(text))
        head = _scan_segment(text[:cut], offset) if cut else []
        return head + fallback_scan(text[cut:], offset + cut)
    return [SqlToken(offset + t.start, offset + t.end + 1, t.name, t.kind) for t in raw]


def scan(text):
    """Every token of `text` with character offsets; whitespace is what lies between them."""
    if "\x00" not in text:
        return _scan_segment(text, 0)
    tokens, offset = [], 0
    for segment in text.split("\x00"):
        tokens.extend(_scan_segment(segment, offset))
        offset += len(segment) + 1
    return tokens
