"""Detection's first stage, its SQL: other servers' statements known whole (MySQL's, SQL Server's,
Databricks'), and a block read again without the writer's marks around its SQL (steps, results
noted, what a post left out, glosses in another alphabet)."""

import re

from .detect_block import SQL_FAMILY
from .javascript_signs import JS_CLASS_OR_FUNCTION
from .other_servers_sql import sql_server_batches, sql_server_statements
from .signs import ELIDED_IN_WORDS, WIDE
from .sql_fragments import STRONG_SQL_LINE, STRONG_SQL_START
from .sql_signs import SQL_START
from .templated_sql import calls_dbt_macros

# A mark before a line's SQL: a step's number in brackets, the order a SELECT's clauses run in
# (`(5)SELECT`), or a word in another alphabet and a colon (`语法：SELECT`, what the form is).
_STEP_MARK = re.compile(
    r"^([ \t]*)(?:\(\d{1,2}\)|(?i:step)[ \t]*\d{1,2}>|[^\x00-\x7f\s：:]{1,6}[：:]|SQL(?=[ \t])|!?SQL[A-Z]*[：:])[ \t]*(?=[A-Za-z])",
    re.M,
)  # ... or the language's own name, `SQL insert into ...`, `!SQLERROR: select ...` (a wrong one marked)
# A note giving what the line above it gives: `# 结果：5`, `# result: 4`.
_RESULT_NOTE = re.compile(
    r"^[ \t]*#[ \t]*(?:结果|返回|输出|(?i:results?|returns?|output))[ \t]*[:：][^\n]*$\n?", re.M
)
# A mark before a statement's opening, at least once (`(5)SELECT`), not marks over captions alone.
_MARKED_SQL_LINE = re.compile(_STEP_MARK.pattern + SQL_START.pattern.removeprefix(r"^\s*"), re.M | re.I)
# A client's prompt on the first line, a word and `>` (`cr> `), and its statement going on at `... `.
_CLIENT_PROMPT_FIRST = re.compile(r"\s*[a-z]\w{0,15}> (?=\S)")
# MySQL's client's prompt (or its kin's) alone on its line, the statement typed at it on the next.
_CLIENT_PROMPT_ALONE = re.compile(
    r"^([ \t]*(?i:mysql|mariadb|hive|sqlite3?|obclient)>)[ \t]*\n(?=[ \t]*[A-Za-z])", re.M
)
_DOTTED_CONTINUATION = re.compile(r"^\.\.\.(?= |$)", re.M)
# DuckDB's shell: its prompt `D `, and the tables it draws in boxes.
_DUCKDB_PROMPT = re.compile(r"D (?=\S)")
_BOX_LINE = re.compile(r"[ \t]*[┌│├└]")


def _duckdb_session(code):
    """Statements at DuckDB's prompt, each maybe over the box it drew, and nothing else."""
    lines = [line for line in code.splitlines() if line.strip()]
    prompted = [line for line in lines if _DUCKDB_PROMPT.match(line)]
    return (
        bool(prompted)
        and _DUCKDB_PROMPT.match(lines[0]) is not None
        and all(SQL_START.match(line[2:]) for line in prompted)
        and any(map(_BOX_LINE.match, lines))
        and all(_DUCKDB_PROMPT.match(line) or _BOX_LINE.match(line) for line in lines)
    )


# SQL Server's variable declared, `DECLARE @since date`.
_TSQL_VARIABLE = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:USE\s+\[?\w+\]?\s*;?[ \t]*\n\s*)?DECLARE\s+@\w+\s+(?:AS\s+)?[A-Za-z]\w*", re.I
)  # under notes or the database chosen, `declare @x as nvarchar(1000)` too
# A routine created SQL Server's way: `CREATE OR ALTER`, or its parameters named with `@`.
_TSQL_ROUTINE = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*CREATE\s+(?:OR\s+ALTER\s+(?:FUNCTION|PROC(?:EDURE)?|VIEW|TRIGGER)\b|"
    r"(?:FUNCTION|PROC(?:EDURE)?)\s+[\w.\[\]]+\s*\(?\s*@\w+\s+[A-Za-z])",
    re.I,
)
# SQL Server's routine shown by its parameters, as a client's tree lists it (`stored procedure
# sys.sp_tables` over `@table_name nvarchar(384) = null, ...`): each named with `@`, given one of
# its types, maybe a default, commas between.
_TSQL_PARAMETER = (
    r"@\w+[ \t]+(?:AS[ \t]+)?(?i:(?:big|small|tiny)?int|bit|decimal|numeric|money|float|real|date(?:time2?)?|time|"
    r"n?(?:var)?char|n?text|(?:var)?binary|uniqueidentifier|xml|sysname|sql_variant)(?:[ \t]*\((?:\d+(?:[ \t]*,[ \t]*\d+)?|(?i:max))\))?"
    r"(?:[ \t]*=[ \t]*[^,\n]+?)?(?:[ \t]+(?i:OUTPUT|OUT|READONLY))?"
)
_TSQL_SIGNATURE = re.compile(
    rf"\s*(?:(?i:(?:stored[ \t]+)?(?:procedure|proc|function))[ \t]+[\w.\[\]]+[ \t]*\n)?"
    rf"\s*{_TSQL_PARAMETER}(?:[ \t]*,\s*{_TSQL_PARAMETER})+[ \t]*,?\s*"
)
_MYSQL_LOAD_DATA = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:USE\s+\w+\s*;\s*)?LOAD\s+DATA\s+(?:LOCAL\s+)?INFILE\s+(?:'|\w+\s+INTO\s+TABLE\b)",
    re.I,
)  # its file named, or a name to fill in: `load data local infile file_path into table t`; its database chosen first
# MySQL's partitions, the tail of its CREATE TABLE: `PARTITION BY RANGE (c) (PARTITION p0 VALUES
# LESS THAN (100), ...)`, which PostgreSQL writes otherwise (its names maybe the reader's, in Chinese).
_MYSQL_PARTITIONS = re.compile(
    r"\s*partition[ \t]+by[ \t]+(?:range|list|hash|key)(?:[ \t]+columns)?[ \t]*\([^()\n]*\)[ \t]*\(?\s*"
    r"partition[ \t]+\S+[ \t]+values[ \t]+(?:less[ \t]+than|in)\b",
    re.I,
)
# Databricks' and Delta Lake's own statements, in capitals: `OPTIMIZE t ZORDER BY (c)`, `APPLY
# CHANGES INTO live.t FROM ...`, `RESTORE t TO VERSION AS OF 3`, `SHOW GRANTS ON t`, `VACUUM t
# RETAIN 168 HOURS`.
_LAKEHOUSE_STATEMENT = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:OPTIMIZE\s+[\w.`]+\s*(?:;|$|\s+(?:WHERE|ZORDER\s+(?i:by))\b)|"
    r"VACUUM\s+[\w.`]+\s+RETAIN\s+\d+\s+HOURS\b|"
    r"APPLY\s+CHANGES\s+INTO\s+[\w.`]+\s+FROM\b|RESTORE\s+(?:TABLE\s+)?[\w.`]+\s+TO\s+(?:TIMESTAMP|VERSION)\b|"
    r"SHOW\s+GRANTS\s+(?:ON\s+)?[\w.`]+\s*;?\s*$|CONVERT\s+TO\s+DELTA\s)"
)
# SQL Server's own variables a script reads, `IF @@rowcount < 1000 BREAK;` (none of them printed alone).
_SERVER_VARIABLE = re.compile(
    r"\b(?:IF|WHILE|AND|OR|SET\s+@\w+\s*=)\s*@@(?i:rowcount|error|trancount|fetch_status)\b", re.I
)
# A transaction's synopsis: `BEGIN` over the reader's `<queries>` over `COMMIT | ROLLBACK`.
_TRANSACTION_SYNOPSIS = re.compile(
    r"\s*BEGIN(?:\s+TRANSACTION)?;?[ \t]*\n(?:[ \t]*(?:<[^<>\n]+>|\.\.\.)[ \t]*;?[ \t]*\n)+"
    r"[ \t]*(?:COMMIT|ROLLBACK|END)(?:[ \t]*\|[ \t]*(?:COMMIT|ROLLBACK))*;?\s*",
    re.I,
)
_FROM_A_FILE = re.compile(r"(?i:from)\s+'[^'\n]+\.(?:json|csv|parquet|tsv)'\s*;?")
# Queries a line each in brackets, a set operation between them: `(SELECT ... FROM ...)` over `UNION`.
_BRACKETED_QUERY = r"[ \t]*\([ \t]*(SELECT\b[^\n]*?)[ \t]*\)[ \t]*;?[ \t]*"
_PARENTHESISED_SELECT = re.compile(f"^{_BRACKETED_QUERY}$", re.M | re.I)
_SET_OPERATION_LINES = re.compile(
    f"(?:{_BRACKETED_QUERY}\\n\\s*(?:UNION|INTERSECT|EXCEPT)(?:[ \\t]+ALL)?[ \\t]*\\n\\s*)+{_BRACKETED_QUERY}",
    re.I,
)
_WINDOW_CALL = re.compile(
    r"\s*(?:\w+|<[^<>\n]+>)\s*\([^()\n]*\)\s+OVER\s*(?:\(\s*\[?\s*(?:PARTITION|ORDER)\s+BY\b|\(\s*\w+\s*\)|\(\s*<\w+>|\w+\s*;?\s*$)",
    re.I,
)  # or its window named, `OVER (window_spec)`, `OVER w`, or its parts placeholders, `OVER (<partition> <order>)`; the function a placeholder, `<функция>() OVER (`
_ELISION = (
    rf"[ \t]*(?:\[(?:\.{{3}}|…)\]|\.{{3,}}|…|{ELIDED_IN_WORDS})[ \t]*"  # what a post left out: `[...]`, `...`
)
_ELISION_LINE = re.compile(rf"^{_ELISION}(?:\n|\Z)", re.M)
# What elided code must hold to be read again: a statement's strong start or a PL/pgSQL body's word opening a line (no quote after it: a stack trace's `for 'any request'`),
# psql's prompt (a name before it: no build's `==> app`), a plan's arrow before its node (a pandas index printed, `...` between its rows, or a GC log's
# `from space 512K` lines, is read once).
_MAY_HOLD_SQL = re.compile(
    rf"{STRONG_SQL_LINE.pattern}|^[ \t]*(?:IF|ELSE|ELSIF|ELSEIF|LOOP|WHILE|FOR|CASE|RETURN|RAISE|PERFORM|END|DECLARE)\b(?![ \t]+[\"'])|\w=[#>]|->[ \t]+[A-Z]",
    re.I | re.M,
)
_PYTHON_DEFINITION = re.compile(
    r"^[ \t]*(?:(?:async[ \t]+)?def[ \t]+\w+[ \t]*\([^\n]*:|class[ \t]+\w+[ \t]*[(:])", re.M
)
_C_FOR = re.compile(r"^[ \t]*for[ \t]*\(", re.M)
_TRAILING_ELISIONS = re.compile(rf"(?:\n{_ELISION})+\s*\Z")
# A writer's gloss on a line of its own, a sentence in another alphabet (`如果expr1为null，返回expr2`:
# no bracket, comma, quote nor column of code's), or a mark that two forms are the same (`<==>`,
# `<=等价于=>`); a statement, or a function's synopsis in capitals (`IFNULL(expr1,expr2)`, `CASE ...`), left.
_GLOSS_LINE = re.compile(
    rf"^[ \t]*(?:[{WIDE}](?=[^\n]*[{WIDE}])[^\n()\[\]{{}};,'\"`|+]*|[{WIDE}]|<?=+>?(?:[{WIDE}]+<?=+>?)?)[ \t]*(?:\n|\Z)",
    re.M,
)
_HTML_NOTE = re.compile(r"[ \t]*<!--.*?-->", re.S)  # a note in HTML's comment, over lines too
_GLUED_PLACEHOLDER = re.compile(r"^([ \t]*(?i:select|insert|update|delete))(?=[\u4e00-\u9fff])", re.M)
_CAPITAL_CALL = re.compile(r"^[ \t]*(?:[A-Z][A-Z_]+ ?\((?:[\w \t,\[\].|*<>]*)\)[ \t]*;?[ \t]*$|CASE\b)", re.M)


# A name SQL Server quotes in brackets, after a dot or before one: `[dbo].[orders]`, `[dbo].orders`.
_NUMBERED_LINE = re.compile(r"[ \t]*1[ \t]+\S")


def _listed_without_numbers(code):
    """The lines of a listing numbered 1, 2, 3... at their starts, without the numbers; None where
    they are not so numbered."""
    lines = [line for line in code.splitlines() if line.strip()]
    numbers = [re.match(r"[ \t]*(\d+)(?:[ \t]+|(?=\)))", line) for line in lines]  # (`8)` closes a bracket)
    if len(lines) < 2 or not all(numbers) or [int(n[1]) for n in numbers] != list(range(1, len(lines) + 1)):
        return None
    return "\n".join(line[number.end() :] for line, number in zip(lines, numbers))


_STATEMENT_FIRST = re.compile(r"\s*(?i:select|with|insert|update|delete|create|alter|drop|truncate|merge)\b")
_BRACKETED_NAME = re.compile(r"\[([A-Za-z_]\w*)\](?=\.|\s|$|;)|(?<=\.)\[([A-Za-z_]\w*)\]")


def answer(block):
    """SQL's answer for the block as another server writes it, or read again without the writer's
    marks; None to go on."""
    code = block.code
    if (
        _MARKED_SQL_LINE.search(code)
        and (unmarked := _STEP_MARK.sub(r"\1", code)) != code  # (`SQLQuery:` is marked in any case only)
        and (statements := block.read(unmarked)) in SQL_FAMILY
    ):
        return statements  # `(5)SELECT ...` over `(1)FROM ...`, `语法：SELECT ...`, `step 1> UPDATE ...`: the writer's marks before SQL
    if (
        _RESULT_NOTE.search(code)
        and (shown := _RESULT_NOTE.sub("", code)).strip()
        and (statements := block.read(shown)) in SQL_FAMILY
    ):
        return statements  # `COUNT(*)` over `# 结果：5`: what it gives, noted (rule 8's, in `#`)
    if (
        (prompt := _CLIENT_PROMPT_FIRST.match(code))
        and SQL_START.match(code[prompt.end() :])
        and _DOTTED_CONTINUATION.search(code)
        and (session := block.read(_DOTTED_CONTINUATION.sub("->", code))) in SQL_FAMILY
    ):
        return session  # `cr> create table t (` over `...   a int,`: CrateDB's shell goes on at `...`, as MySQL's at `->`
    # `mysql>` on a line of its own over `create database dinky;`: the statement typed at it
    if (
        _CLIENT_PROMPT_ALONE.search(code)
        and (session := block.read(_CLIENT_PROMPT_ALONE.sub(r"\1 ", code))) in SQL_FAMILY
    ):
        return session
    if calls_dbt_macros(code):
        return "postgresql"  # `{{ dbt_utils.date_spine(` over its arguments: a dbt model's Jinja, rendered into SQL
    if _duckdb_session(code):
        return "psql"  # `D select ...` over the table it drew: DuckDB's shell, psql's kin (rule 1)
    # Other servers' own statements PostgreSQL's parser refuses: MySQL's `LOAD DATA INFILE` and partitions, DuckDB's
    # `from 'x.json'`, Databricks'; a transaction's synopsis; SQL Server's `IF @@rowcount ...` by a statement.
    if (
        _MYSQL_LOAD_DATA.match(code)
        or _MYSQL_PARTITIONS.match(code)
        or _FROM_A_FILE.fullmatch(code.strip())
        or _LAKEHOUSE_STATEMENT.match(code)
        or _TRANSACTION_SYNOPSIS.fullmatch(code)
        or _SERVER_VARIABLE.search(code)
        and STRONG_SQL_LINE.search(code)
    ):
        return "postgresql"
    if _SET_OPERATION_LINES.fullmatch(code.strip()):
        return block.read(_PARENTHESISED_SELECT.sub(r"\1", code))  # `(SELECT ... FROM ...)` over `UNION`
    if _WINDOW_CALL.match(code):
        return "postgresql"  # `function() OVER ([PARTITION BY c] [ORDER BY c])`: a window function's synopsis
    if _TSQL_VARIABLE.match(code) or _TSQL_ROUTINE.match(code) or _TSQL_SIGNATURE.fullmatch(code):
        return "postgresql"  # SQL Server's variable declared first, `DECLARE @since date = ...`: its statements follow; its routine's parameters
    if sql_server_statements(code):
        return "postgresql"  # SQL Server's own statements, `EXEC sp_rename 'a', 'b';`, and SQL beside them
    if (batches := sql_server_batches(code)) and all(block.read(batch) in SQL_FAMILY for batch in batches):
        return "postgresql"  # SQL Server's batches, `GO` under each: its statements are what is read
    if (
        _NUMBERED_LINE.match(code)
        and (listed := _listed_without_numbers(code))
        and _STATEMENT_FIRST.match(listed)
        and block.read(listed) in SQL_FAMILY
    ):
        return (
            "postgresql"  # `1 with x (id)` over `2 as (`: a listing's lines numbered, as a book prints them
        )
    if (
        _BRACKETED_NAME.search(code)
        and _STATEMENT_FIRST.match(
            quoted := _BRACKETED_NAME.sub(lambda name: f'"{name[1] or name[2]}"', code)
        )
        and block.read(quoted) in SQL_FAMILY
    ):
        return (
            "postgresql"  # `UPDATE [dbo].[myTable] SET ...`: SQL Server's names in brackets, quoted its way
        )
    elided = _ELISION_LINE.sub("", code) if _ELISION_LINE.search(_TRAILING_ELISIONS.sub("", code)) else code
    if (
        elided != code
        and _MAY_HOLD_SQL.search(elided)
        and not JS_CLASS_OR_FUNCTION.search(elided)  # `this.x`, `constructor(`: a script's, never SQL's
        and not _PYTHON_DEFINITION.search(
            elided
        )  # `def f(...):`, `class C:`: Python's `...` for a body left out
        and not _C_FOR.search(
            elided
        )  # `for (i = 8; ...)`: C's loop, where `for` opened a line (PL/pgSQL's takes no bracket)
        and (statements := block.read(elided)) in SQL_FAMILY
    ):
        return (
            statements  # `[...]` over `UPDATE orders`: what a post left out (one at the end is read as it is)
        )
    if (
        _GLUED_PLACEHOLDER.search(code)
        and (statements := block.read(_GLUED_PLACEHOLDER.sub(r"\1 ", code))) in SQL_FAMILY
    ):
        return (
            statements  # `select语句 into outfile '...'`: SQL's verb, its statement named in Chinese after it
        )
    if (
        "<!--" in code
        and (unnoted := _HTML_NOTE.sub("", code)) != code
        and STRONG_SQL_LINE.search(unnoted)
        and (statements := block.read(unnoted)) in SQL_FAMILY
    ):
        # `show databases;  <!--注意有个S-->`: the writer's notes in HTML's comments, the SQL read without them
        return statements
    glossed = _GLOSS_LINE.sub("", code) if _GLOSS_LINE.search(code) else code
    if (
        glossed != code
        and glossed.strip()
        and not code.lstrip().startswith("<")  # (a page's tags, `select 标签` in its comment: no SQL's gloss)
        # (a script's notes in another alphabet: read once)
        and (STRONG_SQL_LINE.search(glossed) or _CAPITAL_CALL.search(glossed) or SQL_START.match(glossed))
        and (statements := block.read(glossed)) in SQL_FAMILY
    ):
        return statements  # `IFNULL(expr1,expr2)` over its gloss, `<==>` between two statements: the SQL
    if (
        _OR_LINE.search(code)
        and (STRONG_SQL_START.match(code) or _CAPITAL_STATEMENT_FIRST.match(code))
        and (statements := block.read(_OR_LINE.sub("", code))) in SQL_FAMILY
    ):
        return (
            statements  # `RENAME TABLE a TO b;` over `or` over another form: the writer's word between them
        )
    if (
        _CAPITAL_VERB_FIRST.match(code)
        and _NAMED_PLACEHOLDER.search(code)
        and (statements := block.read(_NAMED_PLACEHOLDER.sub("x", code))) in SQL_FAMILY
    ):
        return statements  # `SHOW TAG KEYS FROM [m-name]`: a name to fill in, written in brackets
    return None


_CAPITAL_STATEMENT_FIRST = re.compile(r"\s*[A-Z]{4,}[ \t]+[A-Z]{3,}\b")  # `RENAME TABLE`, `CHANGE MASTER`
# The writer's "or" on a line of its own between two forms of a statement, in their own language.
_OR_LINE = re.compile(r"^[ \t]*(?i:or|ou|oder|o|или|или же|或者?|또는|または)[ \t]*[:：]?[ \t]*\n", re.M)
# A name for the reader to fill in, hyphenated in brackets or in angle brackets (`[db-name]`,
# `<database>`), in statements opened by a verb in capitals.
_NAMED_PLACEHOLDER = re.compile(r"\[[a-z][a-z0-9]*(?:-[a-z0-9]+)+\]|<[a-z][a-z0-9_-]*>")
_CAPITAL_VERB_FIRST = re.compile(r"\s*(?:SHOW|USE|SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|TRUNCATE)\b")
