"""Which lexer an alias names, our PostgreSQL lexers first.

Pygments resolves built-in aliases (sql, psql, plpgsql) before any plugin's, so Markdown's
codehilite would never reach ours by name. `lexer_class` says which lexer we want instead;
`highlighting.OurLexers`, the formatter the plugin puts in codehilite's settings, applies it.
Nothing here is global state: the SQL dialect is an argument.
"""

from functools import lru_cache

from pygments.lexers import find_lexer_class_by_name
from pygments.lexers import get_lexer_by_name as pygments_get_lexer_by_name
from pygments.lexers.sql import SqlLexer
from pygments.util import ClassNotFound

from .lexers import LEXERS, PostgresLexer

# What `sql` means under SQL_DIALECT (our PostgreSQL lexer by default).
DIALECT_LEXERS = {"mysql": "mysql", "mariadb": "mysql", "tsql": "tsql", "sqlserver": "tsql"}
GENERIC_SQL_DIALECTS = {"sqlite", "ansi", "generic", "oracle"}
POSTGRESQL_DIALECTS = {"postgresql", "postgres"}

_ours = {alias: cls for cls in LEXERS for alias in cls.aliases}


@lru_cache(maxsize=256)  # Pygments looks plugin aliases up through entry points: slow
def lexer_class(alias, dialect="postgresql"):
    """The lexer class for `alias` under `dialect` where it is not Pygments' own choice, else None.

    None means Pygments' `get_lexer_by_name(alias)` already gives the right lexer (or fails).
    """
    key = (alias or "").lower()
    dialect = (dialect or "postgresql").lower()
    if key == "sql" and dialect not in POSTGRESQL_DIALECTS:
        if dialect in GENERIC_SQL_DIALECTS:
            chosen = SqlLexer
        else:
            chosen = find_lexer_class_by_name(DIALECT_LEXERS.get(dialect, dialect))
    else:
        chosen = _ours.get(key)
    if chosen is None:
        return None
    try:
        if find_lexer_class_by_name(key) is chosen:
            return None
    except ClassNotFound:
        pass
    return chosen


def get_lexer_by_name(alias, dialect="postgresql", **options):
    """A lexer instance for `alias`; raises pygments.util.ClassNotFound like Pygments."""
    chosen = lexer_class(alias, dialect)
    if chosen is None:
        return pygments_get_lexer_by_name(alias, **options)
    return chosen(**options)


__all__ = ["get_lexer_by_name", "lexer_class", "PostgresLexer"]
