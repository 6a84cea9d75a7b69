"""A function as reference pages show it apart from its statement: a signature
(`name(param type) RETURNS type`, the head of CREATE FUNCTION), a synopsis of calls and what
they return, a function named alone. Each parses once put back in the statement it came from."""

import re

from pglast import parser as pg_parser

from .signs import macro_calls_alone

# A signature names its function first: `create_parent(`, `partman.run(p_wait int)`, `app."run"(`.
_SIGNATURE_START = re.compile(r'^\s*(?:[A-Za-z_][\w.]*|(?:\w+\.)?"[^"\n]+")\s*\(')
# Some parameter is `name type`, or a result type follows: a bare call `main()` is no signature.
_SIGNATURE_TYPED = re.compile(
    r'[(,]\s*(?:(?:IN|OUT|INOUT|VARIADIC)\s+)?"?\w+"?\s+"?\w+|\)\s*RETURNS\s+\w', re.I
)
# Reference pages may keep the object's kind before its name: `FUNCTION app.run(...)`.
_KIND = re.compile(r"^\s*(?:FUNCTION|PROCEDURE|AGGREGATE)\s+(?=\S)", re.I)
# A blank line before another signature: `RETURNS` may stand apart from its own.
_NEXT_SIGNATURE = re.compile(
    r'\n\s*\n(?=\s*(?:(?:FUNCTION|PROCEDURE)\s+)?(?:[A-Za-z_][\w.]*|(?:\w+\.)?"[^"\n]+")\s*\()', re.I
)
# A parameter's line with no comma before the next one: a slip of hand-written lists.
_MISSING_COMMA = re.compile(r"(?<=[\w'\])])[ \t]*(--[^\n]*)?\n(?=[ \t]*\"?[A-Za-z_])")
# What follows the parameters of SQL's signature alone: `RETURNS [SETOF] type` or a table.
_RETURNS_TYPE = re.compile(r"\)?\s*RETURNS\s+(?:SETOF\s+)?(?:[\w.]+(?:\[\])?|TABLE\s*\([^()]*\))", re.I)
# A parameter written type first, `integer pid`, as some pages do.
_TYPE_FIRST = re.compile(r"^(\s*)(\w+)[ \t]+(\w+)(?=\s*[,)]|\s*$|[ \t]+DEFAULT\b)", re.I)
# What a hand-written page leaves in a list: `...` for parameters left out, a doubled comma.
_ELIDED = re.compile(r"^\s*,?\s*(?:\.\.\.|…)\s*,?\s*$", re.M)
_EMPTY_ITEM = re.compile(r",(?=\s*[,)])")
# Hand-written signatures borrow other languages' habits: `name: type`, `RETURN type`; and
# PostgreSQL's own function tables write the result after an arrow: `md5 ( text ) → text`.
_LOOSE_FORMS = (
    (re.compile(r"(?<=[(,\s])(\w+):\s+(?=\w)"), r"\1 "),
    (re.compile(r"^(\s*)RETURN\s", re.M | re.I), r"\1RETURNS "),
    (re.compile(r"\)[ \t]*→[ \t]*(?=\w)"), ") RETURNS "),
    # A synopsis's optional parameters, `path jsonpath [, vars jsonb [, silent boolean]]`, and
    # more of the same, `[, ...]`: the innermost brackets first, each a pass.
    *[(re.compile(r"[ \t]*\[[ \t]*(,[^\[\]\n]*?)[ \t]*\]"), r"\1")] * 3,
    (re.compile(r",[ \t]*(?:\.\.\.|…)[ \t]*(?=\))"), ""),
)


# The replication protocol's commands, which the walsender's own grammar parses, not SQL's.
_REPLICATION_COMMAND = re.compile(
    r"^([ \t]*)(?:(?:CREATE|DROP|ALTER|READ)_REPLICATION_SLOT|START_REPLICATION|IDENTIFY_SYSTEM|"
    r"TIMELINE_HISTORY|BASE_BACKUP|UPLOAD_MANIFEST)\b[^;\n]*",
    re.M,
)


def parses_as_sql(sql):
    """Whether PostgreSQL's own parser takes `sql` as one or more statements (a no-break space,
    which a blog's editor puts where spaces were, read as a space; a replication command, which a
    replication connection takes, as a statement among SQL's, not alone: a log quotes it so)."""
    replaced = 0
    if "_" in sql:
        sql, replaced = _REPLICATION_COMMAND.subn(r"\1SELECT 1", sql)
    sql = sql.replace("\xa0", " ")
    parsed = _statements_parsed(sql)
    # MySQL's `LIMIT 20, 10`, its offset first, and its integers' display widths (`INT(3)`),
    # which PostgreSQL's parser refuses by name
    if parsed < 0 and (mysql := _MYSQL_INT_WIDTH.sub(r"\1", _MYSQL_LIMIT.sub(r"\1\3 OFFSET \2", sql))) != sql:
        parsed = _statements_parsed(mysql)
    if parsed < 0 and "`" in sql and (quoted := _BACKQUOTED_NAME.sub(r'"\1"', sql)) != sql:
        parsed = _statements_parsed(
            quoted
        )  # MySQL's names in backquotes, `users`, PostgreSQL's in double quotes
    if (
        parsed < 0
        and (sqlite := _SQLITE_MATCH.sub(" = ", _SQLITE_VIRTUAL_TABLE.sub(r"\1TABLE \2 ()", sql))) != sql
    ):
        # SQLite's full-text search: `create virtual table t using fts5(a, b)`, a table all the same, and `t match 'x'`
        parsed = _statements_parsed(sqlite)
    return parsed > replaced


def _statements_parsed(sql):
    try:  # the parser's split counts the statements it parsed, without building their trees (50 x faster)
        return len(pg_parser.split(sql, with_parser=True))
    except Exception:
        return -1


_MYSQL_LIMIT = re.compile(
    r"\b(LIMIT\s+)(\d+|[A-Za-z_]\w*)\s*,\s*(\d+|[A-Za-z_]\w*)\b", re.I
)  # (or a synopsis's names)
_BACKQUOTED_NAME = re.compile(r"`(\w+)`")
# SQLite's virtual table, made by a module given its arguments (their parentheses nested once at most)
_SQLITE_VIRTUAL_TABLE = re.compile(
    r"\b(CREATE\s+)VIRTUAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w.\"]+)\s+USING\s+\w+\s*"
    r"(?:\((?:[^()]|\([^()]*\))*\))?",
    re.I,
)
_SQLITE_MATCH = re.compile(r"(?<=\w)\s+MATCH\s+(?=')", re.I)  # `books_fts match 'ann'`: a full-text query
_MYSQL_INT_WIDTH = re.compile(r"\b((?:tiny|small|medium|big)?int(?:eger)?)[ \t]*\([ \t]*\d+[ \t]*\)", re.I)


# A statement's first line, its verb opening it (a subquery's SELECT opens one too: read where no
# bracket is left open above it).
_STATEMENT_OPENING = re.compile(
    r"[ \t]*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|GRANT|REVOKE|TRUNCATE|EXPLAIN|SHOW)\b", re.I
)
_QUOTED_OR_NOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|--[^\n]*")
_NUMBER_MARK = re.compile(r"[ \t]*\d{1,3}[.)、．][ \t]*")
_WIDE_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # kana and ideographs, outside quotes and notes


def parses_as_unended_statements(sql):
    """Two statements or more, their `;` left off, each opening a line of its own outside any
    bracket (an exercise's answers one after another, maybe numbered, maybe under captions in
    Chinese or Japanese between them): each one taken by PostgreSQL's parser."""
    statements, depth = [], 0
    for line in sql.splitlines():
        if (
            depth == 0
            and (number := _NUMBER_MARK.match(line))
            and _STATEMENT_OPENING.match(line, number.end())
        ):
            line = line[number.end() :]  # `10.SELECT ...`: an exercise's number before its answer
        bare = _QUOTED_OR_NOTED.sub("", line)
        if depth == 0 and _STATEMENT_OPENING.match(line):
            statements.append(line)
        elif depth == 0 and _WIDE_LETTER.search(bare):
            statements.append("")  # a caption: the statement above it has ended
        elif statements:
            statements[-1] += "\n" + line
        elif line.strip():
            return False  # a line before the first statement
        depth = max(0, depth + bare.count("(") - bare.count(")"))
    statements = [statement for statement in statements if statement.strip()]
    # (the last may be cut where detection's sample ends, once two before it parse; one in five
    # may be another dialect's, `AS '学生数'`)
    whole = statements if len(statements) < 3 else statements[:-1]
    parsed = sum(map(parses_as_sql, whole))
    return len(statements) >= 2 and parsed >= 2 and 5 * parsed >= 4 * len(whole)


def looks_like_signature(code):
    """`name(param type [DEFAULT x], ...) [RETURNS type]`: the head of CREATE FUNCTION, which
    reference pages list without the statement around it (several, between blank lines)."""
    code = re.sub(r"[ \t]*--[^\n]*\n", "", code)  # a parameter's comment above it
    chunks = [chunk for chunk in _NEXT_SIGNATURE.split(code) if chunk.strip()]
    return bool(chunks) and len(code) <= 8000 and all(_one_signature(chunk) for chunk in chunks)


# A function of no arguments named alone, as a reference lists it: `pg_backend_pid()`. A name in
# snake_case, no object before it: `app.run()` or `main()` is Python's call. Given arguments, a
# name of three parts or more, a line each, two lines or more: `pg_tde_delete_key_provider(name)`
# (one such call alone is Python's as much).
_NAMED_ALONE = re.compile(r"\s*[a-z][a-z0-9]*_[a-z0-9_]*\(\)\s*")
_NAMED_WITH_ARGUMENTS = re.compile(r"[ \t]*[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}\([\w, ]*\)[ \t]*")
# ... or one whose name holds the reader's choice, `pg_tde_add_key_provider_<TYPE>(...)` or
# `create_key_using_(global/database)_provider(...)`: no other language names a function so.
_NAMED_WITH_A_CHOICE = re.compile(
    r"[ \t]*[a-z][a-z0-9]*(?:_(?:[A-Za-z0-9]+|<[A-Z_]+>|\([a-z]+(?:/[a-z]+)+\)))*_(?:<[A-Z_]+>|\([a-z]+(?:/[a-z]+)+\))"
    r"(?:_[A-Za-z0-9]+)*\((?:[\w, '.<>-]|\.\.\.)*\)[ \t]*"
)


# A function named in capitals, as SQL's manuals write them, called alone: `TO_CHAR(d, 'mm-dd')`.
_USING = re.compile(r"\s+USING\s+")
_NOTE_AFTER_A_CALL = re.compile(r"(?<=[)A-Z])[ \t]*(?:#|--)[^\n]*$")  # `BIN() # 2进制`, `LOCALTIME -- ...`
_CAPITAL_CALL = re.compile(r"\s*[A-Z][A-Z0-9_]+ ?\((?:[^()\n]|\([^()\n]*\))*\)\s*")
# A call to a function no language but SQL has, its arguments maybe elided: NULL's own functions.
_SQL_OWN_CALL = re.compile(r"\s*(?i:coalesce|nullif|ifnull|nvl2?)[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)\s*")
# SQL's functions called without parentheses, listed among the others: `LOCALTIME -- 本地时间`.
_NILADIC = re.compile(
    r"\s*(?:LOCALTIME|LOCALTIMESTAMP|CURRENT_(?:DATE|TIME|TIMESTAMP|USER|ROLE|CATALOG|SCHEMA)|SESSION_USER)\s*"
)
_NAMED_ARGUMENT = re.compile(r"(?<=[(,])(\s*)([a-z_]\w*)(?=\s*[,)])")
_OPTIONAL_PART = re.compile(r"\[[^\[\]\n]*\]")
_OPTIONAL_ARGUMENT = re.compile(
    r",[ \t]*\[[^\[\]\n]*\]"
)  # `(col1, [ignoreNulls])`: its comma outside the brackets
# What a manual's synopsis says the call returns, after an arrow: `COLLECT_LIST(col1) => ARRAY`.
_RETURNED_TYPE = re.compile(r"[ \t]*(?:=>|->|→)[ \t]*[A-Z][A-Z0-9_]*(?:<[A-Z0-9_, <>]*>)?[ \t]*$")


def without_optional_parts(call, part=_OPTIONAL_PART):
    """The call with what a manual brackets as optional left out, innermost first (`SUBSTRING(str,pos[,len])`);
    `part` says which brackets count (a list's `[, step]` only, say)."""
    while (fewer := part.sub("", call)) != call:
        call = fewer
    return call


_ELIDED_LAST_ARGUMENT = re.compile(r",\s*(?:\.{3}|…)\s*\)\s*$")


def looks_like_function_named_alone(code):
    if (returning := _RETURNED_TYPE.sub("", code.strip())) != code.strip() and _CAPITAL_CALL.fullmatch(
        returning
    ):
        code = returning
    lines = [line for line in code.splitlines() if line.strip()]
    if macro_calls_alone(lines):
        return False  # `ADD_PROPERTY(Property)`: C's macro given a type's name (SQL's manuals name `expr`)
    elided = _ELIDED_LAST_ARGUMENT.sub(")", code.strip().removesuffix(";"))  # `COALESCE (a, b, ...)`
    if elided != code.strip().removesuffix(";") and _CAPITAL_CALL.fullmatch(elided):
        return parses_as_sql(f"SELECT {elided}")
    if _SQL_OWN_CALL.fullmatch(elided):
        return parses_as_sql(f"SELECT {elided}")  # `coalesce(param1, param2, ...)`, in any case
    if _CAPITAL_CALL.fullmatch(code):  # the standard's `CONVERT(expr USING charset)`, which PostgreSQL lacks
        return any(
            parses_as_sql(f"SELECT {call}")
            for call in (
                code,
                _USING.sub(", ", code),
                _NAMED_ARGUMENT.sub(r'\1"\2"', code),
                without_optional_parts(code),
                without_optional_parts(code, _OPTIONAL_ARGUMENT),
            )
        )  # (an argument named by a reserved word, `CONCAT (column, 'text')`, quoted; `LOCATE(s,str[,pos])`'s optional part)
    if lines and all(_NAMED_WITH_A_CHOICE.fullmatch(line) for line in lines):
        return True
    calls = [
        _NOTE_AFTER_A_CALL.sub("", line) for line in lines
    ]  # `CURDATE()` over `CURTIME()`: a list of them
    if 2 <= len(calls) <= 20 and all(
        _CAPITAL_CALL.fullmatch(call) or _NILADIC.fullmatch(call) for call in calls
    ):
        return any(parses_as_sql(f"SELECT {call}") for call in calls if _CAPITAL_CALL.fullmatch(call))
    return bool(_NAMED_ALONE.fullmatch(code)) or (
        2 <= len(lines) <= 20 and all(_NAMED_WITH_ARGUMENTS.fullmatch(line) for line in lines)
    )


def _one_signature(code):
    body = _EMPTY_ITEM.sub("", _ELIDED.sub("", _KIND.sub("", code))).strip()
    for form, sql in _LOOSE_FORMS:
        body = form.sub(sql, body)
    if not _SIGNATURE_START.match(body) or not _SIGNATURE_TYPED.search(body):
        return False
    head, paren, rest = body.partition("(")
    params, close, tail = rest.rpartition(")") if "RETURNS" not in rest.upper() else _split_returns(rest)
    candidates = [body]
    if close:
        mended = _EMPTY_ITEM.sub("", _MISSING_COMMA.sub(r", \1\n", params.strip()))
        swapped = ",".join(_param_mended(item) for item in mended.split(","))
        candidates += [f"{head}({mended}){tail}", f"{head}({swapped}){tail}"]
    if any(parses_as_sql(f"CREATE FUNCTION {sql} AS $lectern$ $lectern$ LANGUAGE sql") for sql in candidates):
        return True
    return bool(close and _RETURNS_TYPE.fullmatch(tail.strip()))  # a slip in a parameter: still SQL's head


def _param_mended(item):
    """One parameter, its name quoted where it is a word SQL reserves (`table name`), or its type
    put after its name where only that order parses."""
    for mended in (item, _TYPE_FIRST.sub(r'\1"\2" \3', item, count=1)):
        if parses_as_sql(f"CREATE FUNCTION f({mended}) AS $l$ $l$ LANGUAGE sql"):
            return mended
    return _TYPE_FIRST.sub(r"\1\3 \2", item, count=1)


def _split_returns(rest):
    """The parameters, `)` and what follows, cut at the `)` before RETURNS."""
    m = re.search(r"\)\s*RETURNS\b", rest, re.I)
    return (rest[: m.start()], ")", rest[m.start() + 1 :]) if m else rest.rpartition(")")


# A reference's synopsis: the calls a function takes, one a line (optional arguments in
# brackets), then what it returns, in SQL's capitals: `pgr_dijkstra(edges_sql, start_vid
# [, directed])` over `RETURNS SET OF (seq, node, cost)` and `OR EMPTY SET`.
_SYNOPSIS_CALL = re.compile(r"\s*[A-Za-z_][\w.]*\((?:[^()\n]|\([^()\n]*\))*\)\s*")
_SYNOPSIS_RESULT = re.compile(r"\s*(?:RETURNS|OR)\s+[A-Z].*")


def looks_like_calls_returning(code):
    lines = [line for line in code.splitlines() if line.strip()]
    calls = 0
    while calls < len(lines) and _SYNOPSIS_CALL.fullmatch(lines[calls]):
        calls += 1
    results = lines[calls:]
    return bool(
        calls
        and results
        and results[0].lstrip().startswith("RETURNS ")
        and all(_SYNOPSIS_RESULT.fullmatch(line) for line in results)
    )
