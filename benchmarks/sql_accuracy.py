"""Token-class agreement with PostgreSQL's own scanner, and lexing speed, on our SQL corpus.

Reference: every token pglast's scanner (libpg_query) finds in benchmarks/corpus/postgres.sql.
Routine bodies in dollar quotes (functions, procedures and DO blocks whose LANGUAGE is plpgsql
or sql, as PostgreSQL's parser reports it) are scanned again, as PostgreSQL does when it
compiles them; in PL/pgSQL bodies PL/pgSQL's own keyword lists decide which words are keywords.
Each non-blank character inside a reference token is scored:

  reserved keyword      -> Keyword            non-reserved keyword -> Keyword or Name
  identifier, $1        -> Name or Keyword.Type  string              -> String
  number -> Number      comment -> Comment    operator, ::          -> Operator
  ( ) , ; [ ] -> Punctuation                  . and :               -> Punctuation or Operator

Run: .venv/bin/python benchmarks/sql_accuracy.py
"""

import time

import _paths  # noqa: F401
import pglast
from pglast import parser as pg_parser
from pygments.lexers.sql import PostgresLexer as PygmentsPostgresLexer
from pygments.lexers.sql import SqlLexer as PygmentsSqlLexer
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String

from sql_highlight.lexers import PostgresLexer
from sql_highlight.vocabulary import PLPGSQL_RESERVED, PLPGSQL_UNRESERVED

CORPUS_FILE = _paths.CORPUS / "postgres.sql"
_OPERATORS = {
    "Op",
    "TYPECAST",
    "COLON_EQUALS",
    "EQUALS_GREATER",
    "LESS_EQUALS",
    "GREATER_EQUALS",
    "NOT_EQUALS",
    "DOT_DOT",
}


def routine_bodies(text):
    """{body text: language} for routine bodies, as PostgreSQL's parser sees them."""
    bodies = {}
    for raw in pglast.parse_sql(text):
        stmt = raw.stmt
        kind = type(stmt).__name__
        options = (
            stmt.options if kind == "CreateFunctionStmt" else stmt.args if kind == "DoStmt" else None
        ) or ()
        language = "plpgsql" if kind == "DoStmt" else None
        body = None
        for option in options:
            if option.defname == "language":
                language = option.arg.sval.lower()
            elif option.defname == "as":
                arg = option.arg
                body = arg[0].sval if isinstance(arg, tuple) else arg.sval
        if body is not None and language in ("plpgsql", "sql"):
            bodies[body] = language
    return bodies


def _allowed(token, value, plpgsql):
    word = value.lower()
    if token.name == "IDENT" and not value.startswith('"'):
        if plpgsql and word in PLPGSQL_RESERVED:
            return (Keyword,)
        if plpgsql and word in PLPGSQL_UNRESERVED:
            return (Keyword, Name)
        return (Name, Keyword.Type)
    if token.kind == "RESERVED_KEYWORD" or (plpgsql and word in PLPGSQL_RESERVED):
        return (Keyword,)
    if token.kind != "NO_KEYWORD":
        return (Keyword, Name)
    if token.name in ("IDENT", "UIDENT", "PARAM"):
        return (Name, Keyword.Type)
    if token.name in ("SCONST", "USCONST", "BCONST", "XCONST"):
        return (String,)
    if token.name in ("ICONST", "FCONST"):
        return (Number,)
    if token.name in ("C_COMMENT", "SQL_COMMENT"):
        return (Comment,)
    if token.name in _OPERATORS:
        return (Operator,)
    if token.name.startswith("ASCII_"):
        char = chr(int(token.name[6:]))
        if char in "(),;[]":
            return (Punctuation,)
        if char in ".:":
            return (Punctuation, Operator)
        return (Operator,)
    return None


def reference(text, bodies, offset=0, plpgsql=False):
    """[(start, end, allowed token types)] over `text`, descending into routine bodies."""
    spans = []
    for token in pg_parser.scan(text):
        start, end = token.start, token.end + 1
        value = text[start:end]
        if token.name == "SCONST" and value.startswith("$"):
            tag = value[: value.index("$", 1) + 1]
            inner = value[len(tag) : -len(tag)]
            if inner in bodies:
                spans.append((offset + start, offset + start + len(tag), (String,)))
                spans.extend(reference(inner, bodies, offset + start + len(tag), bodies[inner] == "plpgsql"))
                spans.append((offset + end - len(tag), offset + end, (String,)))
                continue
        allowed = _allowed(token, value, plpgsql)
        if allowed:
            spans.append((offset + start, offset + end, allowed))
    return spans


def score(lexer, text, spans):
    """(share of scored characters in agreement, number of Error tokens)."""
    per_char = []  # by the order of the values, which is what a reader sees, not reported offsets
    errors = 0
    for _start, token_type, value in lexer.get_tokens_unprocessed(text):
        if token_type in Error:
            errors += 1
        per_char.extend([token_type] * len(value))
    if "".join(value for _, _, value in lexer.get_tokens_unprocessed(text)) != text:
        raise AssertionError(f"{lexer.name} does not reproduce its input")
    agree = total = 0
    for start, end, allowed in spans:
        for position in range(start, end):
            if text[position].isspace():
                continue
            total += 1
            token_type = per_char[position]
            if token_type is not None and any(token_type in kind for kind in allowed):
                agree += 1
    return agree / total, errors, total


def chars_per_second(lexer, text, rounds=5):
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        for _token in lexer.get_tokens_unprocessed(text):
            pass
        best = min(best, time.perf_counter() - began)
    return len(text) / best


def main():
    text = CORPUS_FILE.read_text(encoding="utf-8")
    statements = len(pglast.split(text))
    spans = reference(text, routine_bodies(text))
    print(
        f"corpus: {CORPUS_FILE.relative_to(_paths.ROOT)}: {statements} statements, {len(text):,} characters"
    )
    print(f"{'lexer':32} {'agreement':>10} {'errors':>7} {'chars/s':>12}")
    results = {}
    for label, lexer in [
        ("Pygments SqlLexer", PygmentsSqlLexer()),
        ("Pygments PostgresLexer", PygmentsPostgresLexer()),
        ("Lectern PostgresLexer", PostgresLexer()),
    ]:
        agreement, errors, total = score(lexer, text, spans)
        speed = chars_per_second(lexer, text)
        results[label] = (agreement, errors, speed)
        print(f"{label:32} {agreement:>9.3%} {errors:>7} {speed:>12,.0f}")
    ours, theirs = results["Lectern PostgresLexer"][2], results["Pygments PostgresLexer"][2]
    print(
        f"speed: ours / Pygments PostgresLexer = {ours / theirs:.2f}x (target: at least 0.67x, i.e. no slower than 1.5x)"
    )
    print(f"scored characters: {total:,}; target: ours >= 99.9% with zero Error tokens")
    print("bad input (an unterminated string at the end), seconds per MB at two sizes:")
    statement = "SELECT id, data->>'name' FROM orders WHERE state = 'new';\n"
    lexer = PostgresLexer()
    for size in (100_000, 1_000_000):
        block = statement * (size // len(statement)) + "SELECT 'never closed"
        seconds = len(block) / chars_per_second(lexer, block, rounds=3)
        print(f"  {size:>9,} chars: {seconds:.3f} s ({seconds / size * 1e6:.2f} s/MB)")
    return results


if __name__ == "__main__":
    main()
