"""Shapes of PostgreSQL text that is no whole statement: server messages that quote statements,
results shown alone, statements cut loose from their session or listed in prose (a function's
signature as reference pages print it is signature_signs', SQL through a template
templated_sql's). Each parses once put back in the statement (or taken out of the message) it
came from."""

import re

from .other_servers_sql import looks_like_keyword_statements
from .psql_session import RECORD_HEADER
from .scanner import KEYWORD_KINDS
from .signature_signs import looks_like_calls_returning, looks_like_signature, parses_as_sql
from .vocabulary import SQL_KEYWORDS

# A server message: its severity, a colon and (PostgreSQL's own spacing) its text.
_MESSAGE = re.compile(
    r"^\s*(?:NOTICE|WARNING|ERROR|INFO|LOG|DEBUG\d?):\s+(?!(?:true|false|\d+)\s*$)(.*)$"
)  # not `DEBUG: true`


# A statement's first word (not the shell's `set -o pipefail`, nor a call: `alter("hi");`).
SQL_START = re.compile(
    r"^\s*(?:(?:UPDATE|DELETE|CREATE|ALTER|DROP|GRANT|REVOKE|TRUNCATE)\b(?![ \t]*\((?![ \t]*[A-Z]+[ \t]*\|))|SELECT|INSERT|REPLACE[ \t]+INTO|WITH|EXPLAIN|"
    r"VACUUM|ANALYZE|BEGIN|COMMIT|ROLLBACK|SET(?![ \t]+[-+][a-z]|[.[])|SHOW|COPY|MERGE|VALUES|TABLE|WHERE|"
    r"FROM(?![ \t]+[\w.]+[ \t]+import\b)|JOIN|"  # (not Python's `from x import y`)
    r"(?:LEFT|RIGHT|FULL)(?:[ \t]+OUTER)?[ \t]+JOIN|INNER JOIN|CROSS JOIN|ORDER BY|GROUP BY|HAVING|LIMIT|RETURNING|ON CONFLICT|COMMENT ON|REINDEX|"
    r"CLUSTER|LOCK|LISTEN|NOTIFY|PREPARE|EXECUTE|DEALLOCATE|CALL|DO(?=\s*\$|\s+(?:E?'|LANGUAGE\b))|REFRESH|IMPORT FOREIGN SCHEMA|"
    r"REASSIGN OWNED|SECURITY LABEL|CHECKPOINT|START TRANSACTION|SAVEPOINT|RELEASE SAVEPOINT|"
    r"ROLLBACK TO|END(?=;|[ \t]+(?:TRANSACTION|WORK)\b)|ABORT(?=;)|DISCARD[ \t]+(?:ALL|PLANS|SEQUENCES|TEMP)|"
    r"DECLARE[ \t]+\w+[ \t]+(?:BINARY[ \t]+|NO[ \t]+SCROLL[ \t]+|SCROLL[ \t]+)?CURSOR|UNLISTEN|(?-i:RESET[ \t]+(?:ALL|PERSIST|MASTER|SLAVE|REPLICA))|(?-i:DENY(?=[ \t]+[A-Z{])|KILL(?=[ \t]+(?:QUERY[ \t]+|CONNECTION[ \t]+)?\d+[ \t]*;)))\b",
    re.I,
)
# SQL's comments before a statement: `-- note` lines, `/* ... */`.
_SQL_COMMENT_LINE = re.compile(r"^\s*(?:--[^\n]*|/\*.*?\*/)\s*", re.S)


def without_leading_comments(code):
    """The code with the comments that open it taken off."""
    while True:
        m = _SQL_COMMENT_LINE.match(code)
        if not m or not m.group():
            return code
        code = code[m.end() :]


def looks_like_quoted_statements(code):
    """Server messages, each carrying a statement (`NOTICE:  ALTER TABLE ...`): a function that
    reports the SQL it runs. The statements are what the reader reads."""
    lines = [line for line in code.splitlines() if line.strip()]
    messages = [_MESSAGE.match(line) for line in lines]
    return bool(lines) and all(messages) and all(parses_as_sql(m.group(1)) for m in messages)


# psql's result table: a ruler under the column names, and what psql prints under the rows.
# A line, or a line of a block; ASCII or unicode (`\pset linestyle unicode`, `═══╪═══`).
RESULT_RULER = re.compile(
    r"^\s*(?:(?:-{3,}|-{2,}(?=[+|]))(?:[+|]-+)*[+|]?|\+-{3,}(?:\+-+)*\+|-{3,}(?:[ \t]+-{3,})+|"
    r"[┌├╞]?[─═]{3,}(?:[┬┼╪][─═]+)*[┐┤╡]?)\s*$",
    re.M,
)  # `--+-----+`: narrow first columns, as a client draws them; `------ ----`, columns apart (sqlcmd's, a book's)
# The title psql centres over a table (`\d`, `\dx`); a cell's lines, `+` ending all but its last.
_TITLE = re.compile(r"^\s{4,}\S[^|]*$")
_WRAPPED = re.compile(r"[+↵]\s*$|\s[|│]\s")
# What only the statement side writes: a prompt, a meta-command, a keyword opening a statement.
_STATEMENT_SIDE = re.compile(
    r"^\s*(?:[\w.-]*[=-][#>]|\\[a-z]|(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|EXPLAIN|"
    r"TABLE|SHOW|CALL|VALUES|SET|COPY|GRANT|BEGIN|COMMIT|FROM|WHERE)\b)",
    re.I,
)


# What psql prints under statements it does not show: `Time: 0.2 ms`, a command's tag.
_TIMING = re.compile(r"^Time: [\d.]+ ms\b")
_TAG = re.compile(r"^[A-Z]+(?: [A-Z]+)*(?: \d+){0,2}\s*$")


_NOTE = re.compile(r"^\s*--[ \t]+\w")


def looks_like_result_alone(code):
    """A result table with no statement beside it (the post shows the query in its prose or in
    a block of its own): output alone, which LABELLING.md calls text. Its ruler comes first or
    under one line of column names."""
    lines = [line for line in code.splitlines() if line.strip()]
    if ";" not in code and any(_TIMING.match(line) for line in lines):  # `\timing`'s lines, tags
        lines = [line for line in lines if not _TIMING.match(line) and not _TAG.match(line)]
    while lines and _NOTE.match(lines[0]):
        lines = lines[1:]  # `-- locks of the second session`: the writer's note over the output
    if len(lines) > 2 and _TITLE.match(lines[0]) and RESULT_RULER.match(lines[2]):
        lines = lines[1:]  # psql's title over the table: `List of relations`, centred
    if lines and (
        RESULT_RULER.match(lines[0])
        and lines[0].rstrip() != "---"
        or RECORD_HEADER.match("-" + lines[0].lstrip("-"))
    ):
        rows = lines  # `---` alone opens a YAML document (front matter), no table
    elif (
        len(lines) > 1
        and RESULT_RULER.match(lines[1])
        and not lines[0].rstrip().endswith(";")
        and not (lines[1] == "---" and lines[0].startswith("#"))  # a front matter under its file's name
    ):
        rows = lines[2:]  # the column names may be any words: `create`, `from`
    else:
        return False
    if any(row.lstrip().startswith("#!") for row in rows) or len(_SCRIPTED.findall("\n".join(rows))) >= 2:
        return False  # a lesson's script between dashed rules (`#!/bin/bash` over `sum=$[$1+$2]`), no rows
    cells = [_WRAPPED.search(line) or prev.rstrip().endswith("+") for prev, line in zip([""] + rows, rows)]
    return not any(_STATEMENT_SIDE.match(line) and not cell for line, cell in zip(rows, cells))


# The shell's in what would be rows: its parameters (`$1`, `$#`, `$[...]`), `&&`, a test's brackets.
_SCRIPTED = re.compile(r"\$[\d#@?\[{]|&&|\|\||^[ \t]*\[ [^\n]* \][ \t]*(?:$|&&|#)", re.M)


# A quoted literal given a type, `'{"a": 1}'::jsonb`; the quotes may hold lines, tags, anything.
_CAST_LITERALS = re.compile(r"(?:'(?:[^']|'')*'::\w+(?:\[\])?\s*(?:[,;]\s*)?)+")


def looks_like_cast_literals(code):
    """Values as SQL writes them, one or more: a string cast to its type, or string literals a
    line each, one quote doubled inside (`'weren''t'`). What the quotes hold (JSON with HTML in
    it) says nothing about the block's language."""
    lines = code.strip().splitlines()
    if all(map(_STRING_LITERAL.fullmatch, lines)) and any("''" in line.strip()[1:-1] for line in lines):
        return True
    return bool(_CAST_LITERALS.fullmatch(code.strip()))


_STRING_LITERAL = re.compile(r"\s*'(?:[^'\n]|'')*'\s*")


# What the server answers a statement: a message and its notes, or a command's tag.
_SERVER_ANSWER = re.compile(
    r"^[ \t]{0,2}(?:(?:\[[0-9A-Z]{5}\] )?(?:ERROR|WARNING|NOTICE|INFO|DETAIL|HINT|CONTEXT|LINE \d+):\s|"
    r"(?:Detail|Hint|Position|Where):\s|\s*\^\s*$|"  # a SQLSTATE before, JDBC's notes: an IDE's console
    r"(?:INSERT \d+|UPDATE|DELETE|SELECT|COPY|MERGE) \d+\s*$|(?:CREATE|ALTER|DROP) [A-Z]+(?: [A-Z]+)?\s*$|"
    r"(?:COMMIT|ROLLBACK|SAVEPOINT|RELEASE|GRANT|REVOKE|SET|RESET|VACUUM|ANALYZE|CHECKPOINT|"
    r"TRUNCATE TABLE|LOCK TABLE|COMMENT|CALL|LISTEN|NOTIFY|DISCARD ALL|REFRESH MATERIALIZED VIEW)\s*$|"
    r"Time: \d+(?:\.\d+)? ms(?: \([\d:.]+\))?\s*$)"  # `\timing`'s line under each statement
)
# A tag of one word or two, which under a `--` note is the statement written without its `;`.
_BARE_TAG = re.compile(r"[ \t]*(?:COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION|BEGIN)[ \t]*")
_REPORT = re.compile(r"^INFO:\s")  # `VACUUM VERBOSE`'s report, over the lines below it
# A prompt reduced to `> ` (a PROMPT1 set so), before a statement.
# The writer's note on a line of its own between statements: `(waiting)`, `(blocks)`.
# (Not a column list, `(id,title,created)`: its names apart by commas alone.)
_WRITERS_NOTE = re.compile(r"^\s*\((?!select\b|with\b|values\b)(?![^)\n]*,[a-z])[a-z][a-z ,.'-]*\)\s*$")
_BARE_PROMPT = re.compile(r"^> (?=[A-Za-z(\\])", re.M)


def _continued(line, after):
    """The next line indented deeper, a list's item (`GRANT` over `CONNECT,`) or ALTER's action:
    `ALTER TABLE` or `SET` over it opens a clause (pgFormatter's style), no command tag."""
    deeper = len(after) - len(after.lstrip()) > len(line) - len(line.lstrip())
    return bool(after.strip()) and (
        (deeper or after.rstrip().endswith(","))
        and not _SERVER_ANSWER.match(after)
        or _ALTERS_BY.match(after)
    )


# What ALTER TABLE does, on the line under its name: `ALTER TABLE t` over `ADD FOREIGN KEY (...)` is no tag.
_ALTERS_BY = re.compile(
    r"\s*(?i:ADD|RENAME|OWNER\s+TO|ALTER\s+COLUMN|DROP\s+(?:COLUMN|CONSTRAINT)|MODIFY|CHANGE)\b"
)


# `BEGIN` is the server's answer only under the `begin;` it answers (in PL/pgSQL it opens a block).
_OPENED = re.compile(r"\s*(?:begin|start transaction)\b[^;\n]*;\s*\n\s*(?:BEGIN|START TRANSACTION)\s*$", re.I)


# A statement opening the text, under `--` notes maybe: DML's or DDL's first word.
STATEMENT_FIRST = re.compile(
    r"^\s*(?:--[^\n]*\n\s*)*(?:SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b", re.I
)


def looks_like_statements_then_answers(code):
    """Statements, each ended by `;`, with what the server answered under them: a message
    (`ERROR:  ...` and its DETAIL) or a command tag (`INSERT 0 1`). SQL with its result: psql."""
    lines = _BARE_PROMPT.sub("", code).splitlines()
    kept, reporting = [], False
    for before, line, after in zip([""] + lines, lines, lines[1:] + [""]):
        if reporting and line.strip() and not SQL_START.match(line):
            continue  # what a VERBOSE command's INFO goes on reporting: `pages: 0 removed, ...`
        reporting = bool(_REPORT.match(line))
        if not (
            _SERVER_ANSWER.match(line)
            and not _continued(line, after)
            and not (_BARE_TAG.fullmatch(line) and before.lstrip().startswith("--"))
            or _WRITERS_NOTE.match(line)
            or _OPENED.match(before + "\n" + line)
        ):
            kept.append(line)
    if len(kept) == len(lines) or not re.search(r";\s*$", "\n".join(kept), re.M):
        return False  # statements a parser does not take (another dialect's, mistyped) count too
    statements = "\n".join(kept)
    return (
        parses_as_sql(statements)
        or bool(STATEMENT_FIRST.match(statements))
        or looks_like_keyword_statements(statements)
    )


# A column's type, as a list of columns written apart from CREATE TABLE names it (MySQL's own
# among them: `tinyint`, `datetime`).
_COLUMN_TYPE = re.compile(
    r"(?:text|varchar|char|character|integer|int|int[248]|bigint|smallint|tinyint|mediumint|numeric|decimal|"
    r"real|double|float[48]?|boolean|bool|date|time|timestamp|timestamptz|datetime|interval|uuid|jsonb?|"
    r"bytea|inet|cidr|serial|bigserial|tsvector|vector|money|xml|longtext|mediumtext)\b",
    re.I,
)
_COLUMN_LINE = re.compile(r'^\s*("[^"\n]+"|[A-Za-z_]\w*)\s+(\w+)(?:\[\])?\b[^\n]*?(?:\s--[^\n]*)?$')
# The table's own constraint among its columns, `unique(a, b)`, `primary key (id)`.
_TABLE_CONSTRAINT = re.compile(r"\s*(?:unique|primary[ \t]+key|foreign[ \t]+key|check)[ \t]*\([^\n]*", re.I)
_ELIDED_MODIFIERS = re.compile(r"\((?:\.\.\.|…)\)")  # `varchar(...)`: the length left to the reader


def looks_like_column_lines(code):
    """Columns, one a line and without the commas of CREATE TABLE, as a post compares them
    (`tags jsonb  -- right`), maybe under the table's name (its columns indented) and over its
    constraints. SQL's `--` comments or built-in types tell them from prose."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")]
    lines = _with_constraints_joined(lines)
    table = "t"
    if len(lines) > 2 and re.fullmatch(r"[A-Za-z_]\w*", lines[0]) and lines[1][:1] in " \t":
        table, lines = lines[0], lines[1:]
    constraints = [line for line in lines if _TABLE_CONSTRAINT.fullmatch(line)]
    lines = [line for line in lines if line not in constraints]
    shapes = [_COLUMN_LINE.match(line) for line in lines]
    if not lines or len(lines) > 40 or not all(shapes):
        return False
    if "--" not in code and not all(_COLUMN_TYPE.fullmatch(m.group(2)) for m in shapes):
        return False
    columns = ",\n".join(re.sub(r"\s--[^\n]*$", "", line).rstrip(",") for line in lines + constraints)
    return parses_as_sql(f"CREATE TABLE {table} (\n{_ELIDED_MODIFIERS.sub('(1)', columns)}\n)")


# A column's constraint wrapped onto an indented line of its own, `    REFERENCES "t" ("id")`.
_WRAPPED_CONSTRAINT = re.compile(
    r"[ \t]+(?i:references|not[ \t]+null|default|check|constraint|on[ \t]+(?:delete|update))\b"
)


def _with_constraints_joined(lines):
    joined = []
    for line in lines:
        if joined and _WRAPPED_CONSTRAINT.match(line):
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    return joined


_MESSAGE_WORD = re.compile(r"(?:ERROR|WARNING|NOTICE|INFO|DETAIL|HINT|CONTEXT|LINE \d+):")
# Who typed each statement, before it: `process A: SELECT ...`, `session 2: COMMIT;`.
_SPEAKER = re.compile(r"^[A-Za-z][\w ]{0,20}:[ \t]+", re.M)
_SPEAKER_STATEMENT = re.compile(
    r"^[A-Za-z][\w ]{0,20}:[ \t]+(?:SELECT|INSERT|UPDATE|DELETE|BEGIN|COMMIT|ROLLBACK|WITH|CREATE|ALTER|LOCK)\b",
    re.I | re.M,
)


def looks_like_speakers_statements(code):
    """Statements written beside who runs them, as posts on locks show two sessions (the server's
    `ERROR:` and `DETAIL:` under them are no speakers)."""
    speakers = {name for name in _SPEAKER.findall(code) if not _MESSAGE_WORD.match(name)}
    spoken = [m for m in _SPEAKER_STATEMENT.finditer(code) if not _MESSAGE_WORD.match(m.group())]
    return len(spoken) >= 2 and 1 <= len(speakers) <= 4


_SQL_COMMENT = re.compile(r"\s*--(?:[ \t]+\S|\s*$)")
_BLOCK_COMMENTS = re.compile(r"/\*.*\*/", re.S)  # to the last `*/`: nested ones inside
# A note, `-- note` (`--  note` too), or words enough to be no long option: `--this is a single line comment`.
_WRITTEN_NOTE = re.compile(r"\s*--(?:[ \t]+\S|[A-Za-z][\w']*(?: [A-Za-z][\w',.]*){3,}\s*$)")
# What another language's line opens or ends with: its comments, a prompt, a brace, a keyword.
_FOREIGN_LINE = re.compile(
    r"^\s*(?:#|//|\$ |>>> |(?:def|class|import|from|function|var|let|const|echo|sudo|cd)\b)|[{}]\s*$|"
    r"^(?:\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\] )?(?:ERROR|WARNING|NOTICE|FATAL|LOG|DETAIL|HINT):"
)  # the server's messages under `--` notes: output, not SQL

# CMake's configure run prints its status after `-- `: output, however like SQL's notes.
_CMAKE_STATUS = re.compile(
    r"^-- (?:Configuring done|Generating done|Build files have been written to:|The (?:C|CXX) compiler identification is|"
    r"Check for working (?:C|CXX) compiler|Detecting (?:C|CXX) compiler ABI info|Looking for [\w./ ]+ - (?:found|not found))",
    re.M,
)


# A sentence in Chinese or Japanese, ended by their full stop or colon: prose, no statement.
_CJK_SENTENCE = re.compile(
    r"[ \t]*[\u3400-\u9fff][^\n]*[\u3002\uff1a\uff01\uff1f][ \t]*|"
    r"[ \t]*+[\uac00-\ud7a3][^\s;={}]*+(?:[ \t]++[^\s;={}]++){3,}[ \t]*+"  # ... or in Korean, words with no stop
)


def looks_like_sql_comments(code):
    """SQL's comments, `-- note` lines (or `/* ... */;`), alone or over a third of the lines, the
    others no other language's: commands of a tool that speaks SQL, fragments of statements."""
    stripped = code.strip()
    if re.fullmatch(r"--(?:[ \t]*\n[ \t]*--)*", stripped):
        return True  # SQL's comment mark alone, its note not written yet
    if stripped.startswith("/*") and not stripped.startswith("/**") and re.search(r"\*/;?$", stripped):
        return True  # (a `/** ... */` doc comment alone is JavaScript's, Java's or C's, never SQL's style)
    if (
        "/*" in stripped
        and (rest := _BLOCK_COMMENTS.sub("", stripped).strip())
        and all(map(_SQL_COMMENT.match, rest.splitlines()))
    ):
        return True  # `-- works` over `/* works */`: SQL's two kinds of comment, and nothing else
    lines = [line for line in stripped.splitlines() if line.strip()]
    comments = [line for line in lines if _SQL_COMMENT.match(line) or _WRITTEN_NOTE.match(line)]
    if not any(map(_WRITTEN_NOTE.match, comments)) or _CMAKE_STATUS.search(stripped):
        return False
    others = [line for line in lines if line not in comments]
    if others and all(map(_CJK_SENTENCE.fullmatch, others)):
        return False  # a prompt's prose in Chinese, its points opened by `--`: no statement among them
    return (
        3 * len(comments) >= len(lines)
        and not any(_FOREIGN_LINE.search(line) for line in others)
        and not RESULT_RULER.search("\n".join(others))  # a table under a `-- Table posts` title: output
    )


# A synopsis: keywords in capitals among lower-case placeholders, `a BETWEEN x AND y`,
# `query1 UNION [ALL] query2`, `NUMERIC(precision, scale)`, `substring(string FROM start [FOR count])`
# (FROM inside a call).
_SYNOPSIS_KEYWORD = re.compile(
    r"\b(?:UNION|INTERSECT|EXCEPT|BETWEEN|AND|OR|NOT|IS|TRUE|FALSE|NULL|UNKNOWN|IN|LIKE|ILIKE|SIMILAR TO|"
    r"CASE|WHEN|THEN|ELSE|END|DISTINCT|NUMERIC|DECIMAL|VARCHAR|CHAR|TIMESTAMP|INTERVAL|ARRAY|ANY|ALL|SOME|"
    r"EXISTS|COALESCE|NULLIF|CAST|COLLATE|FILTER|OVER|PARTITION BY|ORDER BY|GROUP BY|OFFSET|FETCH|FIRST|NEXT|"
    r"ROWS?|ONLY|LIMIT|WITHIN GROUP|ASC|DESC|SEPARATOR)\b|\w\([^()\n]*\b(?:FROM|FOR|PLACING|LEADING|TRAILING|BOTH)\b"
)
_CLOSING_LINE = re.compile(r"\s*[)\]}]+;?\s*")  # what closes the lines above: `)` under `OVER (`
# A constraint's words (a generated column's too), which a sentence may hold too: a synopsis's only beside its marks, a
# placeholder, an option's brackets, a choice (`[ CONSTRAINT <name> ] CHECK (expression)`).
_CONSTRAINT_KEYWORD = re.compile(
    r"\b(?:DEFAULT|CHECK|CONSTRAINT|REFERENCES|(?:PRIMARY|FOREIGN) KEY|UNIQUE|GENERATED ALWAYS|STORED|VIRTUAL)\b"
)
_SYNOPSIS_MARK = re.compile(r"<[^<>\n]+>|\[|\{|\|")
_ELIDED_STATEMENT_HEAD = re.compile(
    r"\s*(?:WITH\s+\w+\s*\(|INSERT\s+INTO\s+\w+\s*\(|SELECT\s|UPDATE\s+\w+\s+SET\s|"
    # its table named, the rest elided at once, MySQL's modifier before it (`UPDATE IGNORE customers...`)
    r"(?-i:(?:UPDATE|DELETE|INSERT)(?:\s+(?:IGNORE|LOW_PRIORITY|HIGH_PRIORITY|QUICK|DELAYED))*(?:\s+(?:FROM|INTO))?"
    r"\s+\w+(?:\.\.\.|…)\s*$))",
    re.I,
)
_SYNOPSIS_LINE = re.compile(
    r"^(?![^\n]*(?:^|[\s(])[.~]{0,2}/\w)[\w\s,.…()\[\]|｜{}<>=*+/'\"@-]+;?$"
)  # `/` between choices too, `YEAR/MONTH`, where it opens no path (`/etc/hosts`); SQL Server's `@parameter`, a full-width `｜`


# A command's synopsis, its keywords a choice or optional: `REINDEX { INDEX | TABLE } name`.
_COMMAND_SYNOPSIS = re.compile(
    r"[A-Z]+(?: [A-Z]+)*\s+(?:[^\n]*\s)?(?:\[\s*[A-Z]{2,}\b|\{\s*[A-Z]{2,}[^}\n]*\||\[\s*,[^\n]*\.\.\.\w?\s*\]|"
    r"\[\s*[a-z_]\w*\s*\](?:\s|;|$))"
)  # or a name it may be given: `ANALYZE VERBOSE [tablename]`; SQL Server's list elided `[ ,...n ]`
# DESCRIBE's form (Hive's, MySQL's, Spark's), its options in brackets: `DESCRIBE [EXTENDED|FORMATTED] table`.
_DESCRIBE_FORM = re.compile(r"\s*DESC(?:RIBE)?\s+(?:[\w.]+\s+)?\[")
# A synopsis opening with an optional clause: `[WITH with_queries] SELECT select_list FROM ...`.
_OPTIONAL_CLAUSE_FIRST = re.compile(r"\s*\[\s*(?=[A-Z]{2,}\b)")


# Two of SQL's keywords in capitals opening a statement PostgreSQL has not (MySQL's `RENAME TABLE`).
_TWO_CAPITALS = re.compile(r"\s*([A-Z]{3,}) ([A-Z]{2,})\b")


def _opens_with_keywords(code):
    head = _TWO_CAPITALS.match(code)
    return bool(head) and all(word.lower() in SQL_KEYWORDS for word in head.groups())


def looks_like_synopsis(code):
    """A command's synopsis (over lines too, as the documentation breaks it), or lines of
    expressions' synopses (`a BETWEEN x AND y`)."""
    command = code.strip().splitlines()
    optional = _OPTIONAL_CLAUSE_FIRST.match(code)
    opened = code[optional.end() :] if optional else ""
    if (
        SQL_START.match(opened)
        and "]" in opened
        and len(command) <= 12
        and all(map(_SYNOPSIS_LINE.match, command))
    ):
        return True  # `[WITH with_queries] SELECT ...`
    if (
        _ELIDED_STATEMENT_HEAD.match(code)
        and ("..." in code or "…" in code)
        and len(command) <= 12
        and all(map(_SYNOPSIS_LINE.match, command))
    ):
        return True  # `WITH name(col1, col2) AS` over `(SELECT ...),`: a statement's form, its parts elided
    if (
        (SQL_START.match(code) or _opens_with_keywords(code) or _DESCRIBE_FORM.match(code))
        and len(command) <= 12
        and _COMMAND_SYNOPSIS.match(" ".join(line.strip() for line in command))
        and (len(command) == 1 or all(_SYNOPSIS_LINE.match(line) for line in command))
    ):
        return True
    lines = [
        re.sub(r"\s--.*$", "", line)
        for line in code.splitlines()
        if line.strip() and not line.lstrip().startswith("--") and not _CLOSING_LINE.fullmatch(line)
    ]
    return (
        0 < len(lines) <= 12
        and all(
            len(line) <= 120  # (MySQL's CASE synopsis, its WHEN repeated in brackets, is 96 long)
            and _SYNOPSIS_LINE.match(line)
            and (
                _SYNOPSIS_KEYWORD.search(line)
                or _CONSTRAINT_KEYWORD.search(line)
                and _SYNOPSIS_MARK.search(line)
            )
            for line in lines
        )
        and not any(re.search(r"[a-z]\. [A-Z]|[a-z]\.$", line) for line in lines)  # no sentences
        and any(word.islower() or not word.isascii() for word in re.findall(r"[^\W\d]\w*", code))
    )  # a name to fill in: in lower case, or in a script without case (`<字段名>`)


# Role options, which PostgreSQL's grammar reads as names: `LOGIN`, `NOSUPERUSER`.
_ROLE_OPTIONS = frozenset(
    "superuser nosuperuser createdb nocreatedb createrole nocreaterole inherit noinherit login nologin "
    "replication noreplication bypassrls nobypassrls password".split()
)
_CAPITALS_LINE = re.compile(r"[A-Z]+(?: [A-Z]+){0,3}")  # `ON DELETE SET NULL`
_NOTE_LINE = re.compile(r"\s*(?:--[^\n]*|/\*[^\n]*\*/)\s*")


def looks_like_keyword_list(code):
    """SQL's words in capitals, a few a line: a reference's list of commands or of a role's
    options (`ATTACH PARTITION` over `DETACH PARTITION`; `LOGIN` over `CREATEDB`), SQL's notes
    between them (`ON DELETE CASCADE` under `/* what it does */`)."""
    lines = [line.strip() for line in code.splitlines() if line.strip() and not _NOTE_LINE.fullmatch(line)]
    return (
        len(lines) >= 2
        and all(map(_CAPITALS_LINE.fullmatch, lines))
        and all(
            word.lower() in KEYWORD_KINDS or word.lower() in _ROLE_OPTIONS
            for line in lines
            for word in line.split()
        )
    )


# SQL apart from a whole statement, asked last, when the block is no other language.
LOOSE_SQL = (
    looks_like_signature,
    looks_like_calls_returning,
    looks_like_quoted_statements,
    looks_like_column_lines,
    looks_like_keyword_statements,
    looks_like_speakers_statements,
    looks_like_sql_comments,
    looks_like_synopsis,
    looks_like_keyword_list,
)


# A statement as an item of a Markdown list: `- DROP TABLE posts; -- gone for good`.
_LISTED_STATEMENT = re.compile(
    r"\s*[-*]\s+" + SQL_START.pattern.removeprefix(r"^\s*") + r"[^\n]*;\s*(?:--[^\n]*)?", re.I
)


# ... or numbered, in SQL's capitals: `(1) EXPLAIN SELECT id FROM notes` (what a tool sent, in order).
_NUMBERED_STATEMENT = re.compile(
    r"\s*(?:\(\d+\)|\d+[.)])\s+(?:SELECT|EXPLAIN|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|FETCH|DECLARE)\b[^\n]*"
)


def looks_like_listed_statements(code):
    """Statements listed one an item: a notes page's summary of SQL, which YAML would read as a list."""
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and (
        all(_LISTED_STATEMENT.fullmatch(line) for line in lines)
        or len(lines) >= 2
        and all(_NUMBERED_STATEMENT.fullmatch(line) for line in lines)
    )


def looks_like_loose_sql(code):
    """In doubt between text and SQL, SQL: a block that is plausibly SQL is shown as SQL (not C's
    parameters, `count(int m, int n)`)."""
    return (
        not C_PARAMETERS.search(code)
        and not _CLIENT_ERRORS_ALONE.fullmatch(code)
        and any(test(code) for test in LOOSE_SQL)
    )


# MySQL's client's errors alone, `ERROR 1045 (28000): Access denied for user ...`: output (rule 3).
_CLIENT_ERRORS_ALONE = re.compile(r"(?:\s*ERROR \d{4} \([\dA-Z]{5}\)(?: at line \d+)?:[^\n]*)+\s*")


# C's parameters, each type before its name (SQL names first: `m int`).
C_PARAMETERS = re.compile(
    r"\(\s*(?:const\s+)?(?:int|char|double|float|long|short|unsigned)\s+\**[a-z_]\w*"
    r"(?:\s*,\s*(?:const\s+)?(?:int|char|double|float|long|short|unsigned)\s+\**[a-z_]\w*)*\s*\)"
)


def looks_like_messages_alone(code):
    """Server messages (`INFO:  {...}`) that quote no statement, or the changes a logical
    decoding plugin prints (`table public.t: INSERT: ...`): output alone, text (rule 3).
    Python would take `INFO: {` for an annotation."""
    lines = [line for line in code.splitlines() if line.strip()]
    if lines and (all(_DECODED_CHANGE.match(line) for line in lines) or _BANNER.match(lines[0])):
        return True
    messages = [line for line in lines if not line.startswith("# ")]  # under a note: `# the lock waits`
    return bool(messages and _MESSAGE.match(messages[0])) and not looks_like_quoted_statements(code)


# What psql prints as it starts, and what `git log` prints: no command in either.
_BANNER = re.compile(r"^psql \(\d+[\w.]*(?:, server [\w.]+)?\)\s*$|^commit [0-9a-f]{7,40}\b")
# test_decoding's lines: `BEGIN 771`, `table public.posts: INSERT: id[integer]:1`, `COMMIT 771`.
_DECODED_CHANGE = re.compile(
    r"^\s*(?:(?:BEGIN|COMMIT) \d+|table [\w.\"]+: (?:INSERT|UPDATE|DELETE|TRUNCATE):.*)\s*$"
)
