"""Turn scanner tokens into Pygments token types, using the context a reader would use.

The scanner knows whether a word is a reserved keyword; it does not know whether `state` in
`WHERE state = 'new'` is a column (it is) or whether `date` in `created date` is a type (it
is). A small state machine over significant tokens decides: types after `::`, in column and
argument lists and in PL/pgSQL declarations; non-reserved keywords in expression positions as
names; words before "(" as functions. Reserved keywords are always keywords.
"""

import gc
import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import vocabulary as v
from .scanner import COMMENTS, scan

WHITESPACE = Text.Whitespace
_SIMPLE = {
    "SCONST": String.Single,
    "USCONST": String.Single,
    "BCONST": String,
    "XCONST": String,
    "ICONST": Number.Integer,
    "FCONST": Number.Float,
    "PARAM": Name.Variable,
    "C_COMMENT": Comment.Multiline,
    "SQL_COMMENT": Comment.Single,
    "UIDENT": Name,
}
_OPERATOR_NAMES = {
    "Op",
    "TYPECAST",
    "COLON_EQUALS",
    "EQUALS_GREATER",
    "LESS_EQUALS",
    "GREATER_EQUALS",
    "NOT_EQUALS",
    "DOT_DOT",
}
_PUNCTUATION = {"(", ")", ",", ";", "[", "]", ".", ":"}
_DOLLAR_TAG = re.compile(r"\$[^$]*\$")
_STRINGS = {"SCONST", "USCONST", "BCONST", "XCONST"}
_CONSTANTS = {"true", "false", "null"}


def _is_word(token, text):
    return (token.name == "IDENT" and text[token.start] != '"') or token.kind != "NO_KEYWORD"


class _Statement:
    """What we know about the statement being read."""

    def __init__(self):
        self.first = None  # its first word
        self.object = None  # table/type/function/procedure in CREATE/ALTER ...
        self.column_lists = {}  # paren depth -> "columns" | "args"
        self.saw_paren = False
        self.saw_as = False  # CREATE TABLE ... AS SELECT has no column list
        self.pending_column = False  # ALTER TABLE ... ADD [COLUMN] <name> <type>


class Classifier:
    def __init__(self, text, plpgsql=False):
        self.text = text
        self.plpgsql = plpgsql
        # Scanning makes one small object per token; the cycle collector's passes over them
        # made a megabyte-long block cost a third more per character than a short one.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.tokens = scan(text)
            self.keys = [self._key(t) for t in self.tokens]
            significant = [i for i, t in enumerate(self.tokens) if t.name not in COMMENTS]
            self.prev = {}
            self.next = {}
            for a, b in zip(significant, significant[1:]):
                self.next[a], self.prev[b] = b, a
            self.body_languages = self._body_languages()
        finally:
            if collecting:
                gc.enable()

    def _key(self, token):
        value = self.text[token.start : token.end]
        if token.name in _STRINGS:
            return "<string>"
        if token.name in ("ICONST", "FCONST"):
            return "<number>"
        if token.name == "IDENT" and value.startswith('"'):
            return "<ident>"
        if token.name in _OPERATOR_NAMES or (token.name.startswith("ASCII_") and value not in _PUNCTUATION):
            return value if value in ("::", ":=", "=") else "<op>"
        return value.lower()

    def _body_languages(self):
        """{token index: language} for dollar-quoted routine bodies."""
        result = {}
        statement = []
        for i, token in enumerate(self.tokens):
            if self.keys[i] == ";":
                self._mark_bodies(statement, result)
                statement = []
            elif token.name not in COMMENTS:
                statement.append(i)
        self._mark_bodies(statement, result)
        return result

    def _mark_bodies(self, statement, result):
        if not statement:
            return
        keys = [self.keys[i] for i in statement]
        language = "plpgsql" if keys[0] == "do" else None
        for position, key in enumerate(keys[:-1]):
            if key == "language":
                raw = self.text[
                    self.tokens[statement[position + 1]].start : self.tokens[statement[position + 1]].end
                ]
                language = raw.strip("'\"").lower()
        if language not in ("plpgsql", "sql"):
            return
        for position, i in enumerate(statement):
            token = self.tokens[i]
            before = keys[position - 1] if position else None
            if (
                token.name == "SCONST"
                and self.text[token.start] == "$"
                and (
                    before in ("as", "do")
                    or (keys[0] == "do" and before is not None and keys[position - 2] == "language")
                )
            ):
                result[i] = language

    # -- the walk -------------------------------------------------------------------------

    def tokens_with_types(self):
        """(offset, token type, value) for every character of the text, in order."""
        text = self.text
        pos = 0
        for i, token_type in enumerate(self._types()):
            token = self.tokens[i]
            if token.start > pos:
                yield from _gap(text, pos, token.start)
            value = text[token.start : token.end]
            if i in self.body_languages:
                yield from self._body(token.start, value, self.body_languages[i])
            else:
                yield token.start, token_type, value
            pos = token.end
        if pos < len(text):
            yield from _gap(text, pos, len(text))

    def _body(self, start, value, language):
        tag = _DOLLAR_TAG.match(value).group()
        closed = len(value) >= 2 * len(tag) and value.endswith(tag)
        inner = value[len(tag) : len(value) - len(tag) if closed else len(value)]
        yield start, String.Delimiter, tag
        for offset, token_type, part in Classifier(inner, plpgsql=language == "plpgsql").tokens_with_types():
            yield start + len(tag) + offset, token_type, part
        if closed:
            yield start + len(value) - len(tag), String.Delimiter, tag

    def _types(self):
        statement = _Statement()
        depth = 0
        item_start = False  # at the start of an item of a column or argument list
        expect_type = False
        in_type = False
        cast_depths = []
        declaring = False  # inside a PL/pgSQL DECLARE section
        declare_item = False
        for i, token in enumerate(self.tokens):
            key = self.keys[i]
            if token.name in COMMENTS:
                yield _SIMPLE[token.name]
                continue
            prev_key = self.keys[self.prev[i]] if i in self.prev else None
            next_i = self.next.get(i)
            next_key = self.keys[next_i] if next_i is not None else None
            word = _is_word(token, self.text)

            if key in _PUNCTUATION or key == "::" or key == ":=" or key == "=" or key == "<op>":
                in_type = in_type and key in ("[", "]")
                if key == "(":
                    depth += 1
                    if (
                        statement.first == "create"
                        and not statement.saw_paren
                        and not statement.saw_as
                        and (
                            statement.object in ("table", "function", "procedure")
                            or (statement.object == "type" and prev_key == "as")
                        )
                    ):
                        # CREATE TABLE t (...), CREATE TYPE t AS (...), CREATE FUNCTION f(...)
                        kind = "args" if statement.object in ("function", "procedure") else "columns"
                        statement.column_lists[depth] = kind
                        item_start = True
                    elif prev_key == "table" and statement.object in ("function", "procedure"):
                        statement.column_lists[depth] = "columns"  # RETURNS TABLE (...)
                        item_start = True
                    statement.saw_paren = statement.saw_paren or statement.first == "create"
                    if prev_key == "cast":
                        cast_depths.append(depth)
                elif key == ")":
                    statement.column_lists.pop(depth, None)
                    if cast_depths and cast_depths[-1] == depth:
                        cast_depths.pop()
                    depth = max(depth - 1, 0)
                    item_start = False
                elif key == ",":
                    item_start = depth in statement.column_lists
                    expect_type = False
                elif key == ";":
                    statement = _Statement()
                    depth, item_start, expect_type, in_type, cast_depths = 0, False, False, False, []
                    declare_item = declaring
                elif (
                    key == "::"
                    or key == "<op>"
                    and self.text[token.start : token.end] == "%"
                    and next_key in ("type", "rowtype")
                ):
                    expect_type = True
                yield _operator_or_punctuation(key)
                continue

            if not word and token.name != "IDENT":
                in_type = False
                yield _SIMPLE.get(token.name, Text)
                continue

            # Words and quoted identifiers.
            if statement.first is None and word:
                statement.first = key
            elif (
                statement.object is None
                and statement.first in ("create", "alter")
                and key not in v.OBJECT_MODIFIERS
            ):
                statement.object = key

            if key == "as" and statement.object == "table":
                statement.saw_as = True
            reserved = token.kind == "RESERVED_KEYWORD"
            if self.plpgsql and key in v.PLPGSQL_RESERVED:
                reserved = True
            soft = (
                word
                and not reserved
                and (token.kind != "NO_KEYWORD" or (self.plpgsql and key in v.PLPGSQL_UNRESERVED))
            )
            glued_paren = next_i is not None and self.tokens[next_i].start == token.end and next_key == "("

            if self.plpgsql and key == "declare":
                declaring, declare_item = True, True
                yield Keyword
                continue
            if self.plpgsql and key == "begin":
                declaring = declare_item = False
                yield Keyword
                continue

            if (
                in_type
                and key in v.TYPE_CONTINUATIONS
                and (key not in ("with", "without") or next_key == "time")
            ):
                yield Keyword.Type
                continue
            in_type = False

            if declare_item and not reserved:
                declare_item = False
                if key not in ("constant",):
                    expect_type = next_key not in ("alias", "cursor")
                    yield Name.Variable
                    continue
            if statement.pending_column:
                if key in ("column", "if", "not", "exists"):
                    yield Keyword
                    continue
                statement.pending_column = False
                if key not in v.CONSTRAINT_STARTS:
                    expect_type = True
                    yield Name
                    continue

            if item_start and depth in statement.column_lists:
                item_start = False
                mode = statement.column_lists[depth]
                if key in v.CONSTRAINT_STARTS:
                    yield Keyword
                    continue
                if mode == "args" and key in v.ARGUMENT_MODES and next_key not in (",", ")", None):
                    item_start = True
                    yield Keyword
                    continue
                next_is_word = next_i is not None and (
                    _is_word(self.tokens[next_i], self.text) or next_key == "<ident>"
                )
                if mode == "columns" or next_is_word:
                    expect_type = True
                    yield Name
                    continue
                expect_type = True  # an unnamed argument: this word is its type

            if expect_type and not reserved:
                if key == "setof":
                    yield Keyword
                    continue
                if key == "table" and next_key == "(":
                    expect_type = False
                    yield Keyword
                    continue
                expect_type = next_key == "."
                in_type = not expect_type
                yield Keyword.Type
                continue
            expect_type = False

            if reserved:
                if (
                    key == "as"
                    and cast_depths
                    and cast_depths[-1] == depth
                    or key == "as"
                    and statement.object == "domain"
                ):
                    expect_type = True
                yield Keyword.Constant if key in _CONSTANTS else Keyword
                continue

            if key == "returns":
                expect_type = True
                yield Keyword
                continue
            if key == "type" and statement.first == "alter" and prev_key != "alter":
                expect_type = True
                yield Keyword
                continue
            if key == "add" and statement.first == "alter":
                statement.pending_column = True
                yield Keyword
                continue
            if self.plpgsql and key in v.PLPGSQL_BUILTINS:
                yield Name.Builtin
                continue
            if prev_key == "." or next_key == ".":
                yield Name
                continue
            if glued_paren:
                if soft and key in v.STRUCTURAL_BEFORE_PAREN:
                    yield Keyword
                elif prev_key in v.RELATION_BEFORE_COLUMNS:
                    yield Name
                else:
                    yield Name.Function
                continue
            if prev_key in ("function", "procedure") and statement.first in ("create", "alter", "drop"):
                yield Name.Function
                continue
            if not soft:
                if next_key == "<string>" and key in v.BUILTIN_TYPES:
                    yield Keyword.Type  # a typed literal: date '2024-01-01'
                else:
                    yield Name
                continue
            # A non-reserved keyword: a name where an expression or column sits, else a keyword.
            if next_key == "<string>" and token.kind in ("COL_NAME_KEYWORD", "TYPE_FUNC_NAME_KEYWORD"):
                yield Keyword.Type
            elif (
                key in v.NEVER_NAME
                or prev_key is None
                or prev_key == ";"
                or statement.first in ("grant", "revoke")
            ):
                yield Keyword
            elif prev_key == "column" or (
                (prev_key in v.NAME_AFTER or prev_key in ("<op>", "=", ":="))
                and (next_key is None or next_key in v.NAME_BEFORE or next_key in ("<op>", "=", "::"))
            ):
                yield Name
            else:
                yield Keyword


def _operator_or_punctuation(key):
    return Punctuation if key in _PUNCTUATION else Operator


def _gap(text, start, end):
    gap = text[start:end]
    if gap.isspace():
        yield start, WHITESPACE, gap
    else:
        yield start, Text, gap


def sql_tokens(text, plpgsql=False):
    """(offset, token type, value) covering `text` exactly."""
    return Classifier(text, plpgsql=plpgsql).tokens_with_types()
