"""Which lexer an alias names, our PostgreSQL lexers first.

Pygments resolves built-in aliases (sql, psql, plpgsql) before any plugin's, so Markdown's
codehilite would never reach ours. The plugin points codehilite's lookup here instead.
"""

from pygments.lexers import get_lexer_by_name as pygments_get_lexer_by_name
from pygments.lexers.sql import SqlLexer

from .lexers import LEXERS, PostgresLexer

# What `sql` means under SQL_DIALECT (our PostgreSQL lexer by default).
DIALECT_LEXERS = {"mysql": "mysql", "mariadb": "mysql", "tsql": "tsql", "sqlserver": "tsql"}
GENERIC_SQL_DIALECTS = {"sqlite", "ansi", "generic", "oracle"}

_ours = {alias: cls for cls in LEXERS for alias in cls.aliases}
_dialect = "postgresql"


def configure(dialect):
    global _dialect
    _dialect = (dialect or "postgresql").lower()


def get_lexer_by_name(alias, **options):
    """A lexer instance for `alias`; raises pygments.util.ClassNotFound like Pygments."""
    key = (alias or "").lower()
    if key == "sql" and _dialect not in ("postgresql", "postgres"):
        if _dialect in DIALECT_LEXERS:
            return pygments_get_lexer_by_name(DIALECT_LEXERS[_dialect], **options)
        if _dialect in GENERIC_SQL_DIALECTS:
            return SqlLexer(**options)
        return pygments_get_lexer_by_name(_dialect, **options)
    if key in _ours:
        return _ours[key](**options)
    return pygments_get_lexer_by_name(alias, **options)


__all__ = ["configure", "get_lexer_by_name", "PostgresLexer"]
