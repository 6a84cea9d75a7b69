"""Shapes of PostgreSQL text that is no whole statement: a function's signature as reference
docs print it, and server messages that quote statements. Both parse once put back in the
statement (or taken out of the message) they came from."""

import re

import pglast

# A signature names its function first: `create_parent(` or `partman.run(p_wait int)`.
_SIGNATURE_START = re.compile(r"^\s*[A-Za-z_][\w.]*\s*\(")
# Some parameter is `name type`, or a result type follows: a bare call `main()` is no signature.
_SIGNATURE_TYPED = re.compile(r"[(,]\s*(?:(?:IN|OUT|INOUT|VARIADIC)\s+)?\w+\s+\w+|\)\s*RETURNS\s+\w", re.I)
# What a hand-written page leaves in a list: `...` for parameters left out, a doubled comma.
_ELIDED = re.compile(r"^\s*,?\s*(?:\.\.\.|…)\s*,?\s*$", re.M)
_EMPTY_ITEM = re.compile(r",(?=\s*[,)])")
# Hand-written signatures borrow other languages' habits: `name: type`, `RETURN type`.
_LOOSE_FORMS = (
    (re.compile(r"(?<=[(,\s])(\w+):\s+(?=\w)"), r"\1 "),
    (re.compile(r"^(\s*)RETURN\s", re.M | re.I), r"\1RETURNS "),
)
# A server message: its severity, a colon and (PostgreSQL's own spacing) its text.
_MESSAGE = re.compile(r"^\s*(?:NOTICE|WARNING|ERROR|INFO|LOG|DEBUG\d?):\s+(.*)$")


def _parses(sql):
    try:
        return len(pglast.parse_sql(sql)) > 0
    except Exception:
        return False


def looks_like_signature(code):
    """`name(param type [DEFAULT x], ...) [RETURNS type]`: the head of CREATE FUNCTION, which
    reference pages list without the statement around it."""
    body = _EMPTY_ITEM.sub("", _ELIDED.sub("", code)).strip()
    for form, sql in _LOOSE_FORMS:
        body = form.sub(sql, body)
    if not _SIGNATURE_START.match(body) or not _SIGNATURE_TYPED.search(body) or len(body) > 4000:
        return False
    return _parses(f"CREATE FUNCTION {body} AS $lectern$ $lectern$ LANGUAGE sql")


def looks_like_quoted_statements(code):
    """Server messages, each carrying a statement (`NOTICE:  ALTER TABLE ...`): a function that
    reports the SQL it runs. The statements are what the reader reads."""
    lines = [line for line in code.splitlines() if line.strip()]
    messages = [_MESSAGE.match(line) for line in lines]
    return bool(lines) and all(messages) and all(_parses(m.group(1)) for m in messages)


# psql's result table: a ruler under the column names, and what psql prints under the rows.
_RULER = re.compile(r"^\s*-{3,}(?:\+-+)*\s*$")
_RECORD = re.compile(r"^-\[ RECORD \d+ \]-*(?:\+-*)?$")
_FOOTER = re.compile(r"^\(\d+ rows?\)$|^Time: [\d.]+ ms")
# What only the statement side writes: a prompt, a meta-command, a keyword opening a statement.
_STATEMENT_SIDE = re.compile(
    r"^\s*(?:[\w.-]*[=-][#>]|\\[a-z]|(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|EXPLAIN|"
    r"TABLE|SHOW|CALL|VALUES|SET|COPY|GRANT|BEGIN|COMMIT|FROM|WHERE)\b)",
    re.I,
)


def looks_like_result_alone(code):
    """A result table with no statement beside it (the post shows the query in its prose or in
    a block of its own): output alone, which LABELLING.md calls text. Its ruler comes first or
    under one line of column names."""
    lines = [line for line in code.splitlines() if line.strip()]
    if lines and (_RULER.match(lines[0]) and lines[0] != "---" or _RECORD.match(lines[0])):
        rows = lines  # `---` alone opens a YAML document (front matter), no table
    elif len(lines) > 1 and _RULER.match(lines[1]) and not lines[0].rstrip().endswith(";"):
        rows = lines[2:]  # the column names may be any words: `create`, `from`
    else:
        return False
    return not any(_STATEMENT_SIDE.match(line) for line in rows)


# A quoted literal given a type, `'{"a": 1}'::jsonb`; the quotes may hold lines, tags, anything.
_CAST_LITERALS = re.compile(r"(?:'(?:[^']|'')*'::\w+(?:\[\])?\s*[,;]?\s*)+")


def looks_like_cast_literals(code):
    """Values as SQL writes them, one or more: a string cast to its type. What the quotes hold
    (JSON with HTML in it) says nothing about the block's language."""
    return bool(_CAST_LITERALS.fullmatch(code.strip()))


# What the server answers a statement: a message and its notes, or a command's tag.
_SERVER_ANSWER = re.compile(
    r"^(?:(?:ERROR|WARNING|NOTICE|INFO|DETAIL|HINT|CONTEXT|LINE \d+):\s|\s*\^\s*$|"
    r"(?:INSERT \d+|UPDATE|DELETE|SELECT|COPY|MERGE) \d+\s*$|(?:CREATE|ALTER|DROP) [A-Z]+(?: [A-Z]+)?\s*$)"
)


def looks_like_statements_then_answers(code):
    """Statements, each ended by `;`, with what the server answered under them: a message
    (`ERROR:  ...` and its DETAIL) or a command tag (`INSERT 0 1`). SQL with its result: psql."""
    kept = [line for line in code.splitlines() if not _SERVER_ANSWER.match(line)]
    if len(kept) == len(code.splitlines()) or not re.search(r";\s*$", "\n".join(kept), re.M):
        return False
    return _parses("\n".join(kept))
