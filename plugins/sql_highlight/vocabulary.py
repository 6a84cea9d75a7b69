"""Word lists the classifier needs beyond the scanner's own keyword kinds (facts about
PostgreSQL and PL/pgSQL, all lower-case)."""

# PL/pgSQL's own keyword lists (src/pl/plpgsql/src/pl_reserved_kwlist.h, pl_unreserved_kwlist.h).
PLPGSQL_RESERVED = frozenset(
    ["all", "begin", "by", "case", "declare", "else", "end", "execute", "for", "foreach", "from", "if", "in", "into", "loop", "not", "null", "or", "strict", "then", "to", "using", "when", "while"]
)
PLPGSQL_UNRESERVED = frozenset(
    ["absolute", "alias", "and", "array", "assert", "backward", "call", "chain", "close", "collate", "column", "column_name", "commit", "constant", "constraint", "constraint_name", "continue", "current", "cursor", "datatype", "debug", "default", "detail", "diagnostics", "do", "dump", "elseif", "elsif", "errcode", "error", "exception", "exit", "fetch", "first", "forward", "get", "hint", "import", "info", "insert", "is", "last", "log", "merge", "message", "message_text", "move", "next", "no", "notice", "open", "option", "perform", "pg_context", "pg_datatype_name", "pg_exception_context", "pg_exception_detail", "pg_exception_hint", "pg_routine_oid", "print_strict_params", "prior", "query", "raise", "relative", "return", "returned_sqlstate", "reverse", "rollback", "row_count", "rowtype", "schema", "schema_name", "scroll", "slice", "sqlstate", "stacked", "table", "table_name", "type", "use_column", "use_variable", "variable_conflict", "warning"]
)
# Variables PL/pgSQL defines for you.
PLPGSQL_BUILTINS = frozenset(
    ["new", "old", "found", "tg_op", "tg_name", "tg_when", "tg_level", "tg_relid", "tg_relname", "tg_table_name", "tg_table_schema", "tg_nargs", "tg_argv", "tg_event", "tg_tag", "sqlerrm", "sqlstate"]
)

# Built-in type names that are plain identifiers to the scanner.
BUILTIN_TYPES = frozenset(
    ["bigserial", "bool", "box", "bytea", "cidr", "circle", "citext", "date", "daterange", "datemultirange", "float4", "float8", "hstore", "inet", "int2", "int4", "int4range", "int8", "int8range", "json", "jsonb", "jsonpath", "line", "lseg", "ltree", "macaddr", "macaddr8", "money", "numrange", "oid", "path", "pg_lsn", "point", "polygon", "record", "regclass", "regproc", "regtype", "serial", "serial2", "serial4", "serial8", "smallserial", "text", "tid", "timestamptz", "timetz", "tsquery", "tsrange", "tstzrange", "tstzmultirange", "tsvector", "txid_snapshot", "uuid", "void", "xml", "trigger", "event_trigger", "anyelement", "anyarray", "anyenum", "anynonarray", "anycompatible", "cstring", "name", "refcursor"]
)
# Words that continue a type name: double precision, character varying, timestamp with time zone.
TYPE_CONTINUATIONS = frozenset({"precision", "varying", "zone", "time", "with", "without"})

# Non-reserved keywords that begin or shape a clause and stay keywords before "(".
STRUCTURAL_BEFORE_PAREN = frozenset(
    ["over", "filter", "within", "values", "exists", "row", "include", "conflict", "key", "partition", "range", "list", "hash", "table", "do", "sets", "cube", "rollup", "grouping", "index", "lateral", "returns", "setof", "nothing", "enum", "as", "using", "on", "in", "with", "check", "unique", "references", "primary", "foreign", "exclude", "default", "generated", "identity", "window", "rows", "groups", "by", "set", "ordinality", "tablesample", "columns", "path", "passing", "nested", "keys", "language", "options", "storage", "server", "wrapper", "handler", "validator", "restart"]
)
# Non-reserved keywords that never read as a column name, whatever surrounds them.
NEVER_NAME = frozenset(
    ["matched", "identity", "enum", "restrictive", "permissive", "implicit", "assignment", "materialized", "nothing", "preceding", "following", "unbounded", "cascade", "restrict", "deferred", "immediate", "definer", "invoker", "stable", "immutable", "volatile", "strict", "leakproof", "parallel", "safe", "unsafe", "restricted", "cost", "commit", "rollback", "begin", "savepoint", "release", "start", "transaction", "isolation", "level", "serializable", "repeatable", "committed", "uncommitted", "ties", "others", "concurrently", "insert", "update", "delete", "merge", "call", "perform", "truncate", "copy", "raise", "return", "exit", "continue", "open", "close", "fetch", "move", "get", "assert"]
)
# After these, a non-reserved keyword sits where an expression or column starts...
NAME_AFTER = frozenset(
    ["(", ",", "[", "select", "where", "and", "or", "not", "by", "set", "when", "then", "else", "returning", "distinct", "having", "as", "on", "case", "into", "return", "values"]
)
# ...and before these, where an expression continues or ends.
NAME_BEFORE = frozenset(
    [",", ")", ";", "]", "[", "::", "as", "from", "is", "in", "not", "between", "like", "ilike", "similar", "asc", "desc", "nulls", "and", "or", "then", "when", "end", "else", "where", "group", "order", "limit", "offset", "having", "join", "on", "into", "returning", "union", "except", "intersect", "collate", ":=", "="]
)
# Before "(" after these, a word is a relation with a column list, not a function call.
RELATION_BEFORE_COLUMNS = frozenset(["into", "table", "references", "only", "on"])
# Items in a column list that are constraints, not column names.
CONSTRAINT_STARTS = frozenset(["constraint", "primary", "unique", "check", "foreign", "exclude", "like"])
ARGUMENT_MODES = frozenset({"in", "out", "inout", "variadic"})
STATEMENTS_WITH_COLUMN_LISTS = frozenset({"table", "type", "function", "procedure"})
# Words between CREATE/ALTER and the kind of object: CREATE OR REPLACE TEMP ... TABLE.
OBJECT_MODIFIERS = frozenset(
    ["or", "replace", "unique", "temp", "temporary", "unlogged", "global", "local", "recursive", "materialized", "constraint", "default", "trusted", "procedural", "if", "not", "exists"]
)
