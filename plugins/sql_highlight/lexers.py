"""Pygments lexers for PostgreSQL: SQL, PL/pgSQL, psql sessions and EXPLAIN plans.

Usable wherever Pygments is: Markdown's codehilite (through this plugin), `pygmentize -l
lectern-postgresql` (entry points in pyproject.toml), or directly as classes.
"""

from pygments.lexer import Lexer

from .classifier import sql_tokens
from .explain_plan import explain_tokens
from .psql_session import psql_tokens


class PostgresLexer(Lexer):
    """PostgreSQL SQL, tokenized by PostgreSQL's own scanner (pglast); routine bodies in their language."""

    name = "PostgreSQL (Lectern)"
    aliases = ["postgresql", "postgres", "sql", "lectern-postgresql"]
    filenames = ["*.sql", "*.pgsql"]
    mimetypes = ["text/x-postgresql"]

    def get_tokens_unprocessed(self, text):
        return sql_tokens(text)


class PlPgsqlLexer(Lexer):
    """A PL/pgSQL routine body (what sits between the $$ quotes)."""

    name = "PL/pgSQL (Lectern)"
    aliases = ["plpgsql", "lectern-plpgsql"]
    mimetypes = ["text/x-plpgsql"]

    def get_tokens_unprocessed(self, text):
        return sql_tokens(text, plpgsql=True)


class PsqlLexer(Lexer):
    """An interactive psql session: prompts, SQL, backslash commands and their output."""

    name = "psql session (Lectern)"
    aliases = ["psql", "postgresql-console", "postgres-console", "lectern-psql"]
    mimetypes = ["text/x-postgresql-psql"]

    def get_tokens_unprocessed(self, text):
        return psql_tokens(text)


class ExplainLexer(Lexer):
    """EXPLAIN / EXPLAIN ANALYZE output in text format."""

    name = "PostgreSQL EXPLAIN (Lectern)"
    aliases = ["postgres-explain", "explain", "lectern-explain"]
    mimetypes = ["text/x-postgresql-explain"]

    def get_tokens_unprocessed(self, text):
        return explain_tokens(text)


LEXERS = (PostgresLexer, PlPgsqlLexer, PsqlLexer, ExplainLexer)
