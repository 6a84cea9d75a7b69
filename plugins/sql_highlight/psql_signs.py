"""psql's shapes in a block no fence labels: its prompts, however a post prints them, its
meta-commands and variables, and the results it prints under a statement."""

import re

from .explain_plan import ROW_COUNT
from .mysql_client import MYSQL_PROMPT
from .other_servers_sql import looks_like_keyword_statements, states_mysql_own
from .psql_session import PROMPT as PSQL_PROMPT
from .psql_session import RECORD_HEADER
from .shell_signs import ASSIGNMENT, SHELL_WORDS, is_command_line
from .signature_signs import parses_as_sql
from .signs import WIDE
from .sql_signs import RESULT_RULER, SQL_START, looks_like_statements_then_answers, without_leading_comments
from .writer_notes import without_leading_hash_lines

_STATEMENT_WORDS = (
    "select|insert|update|delete|create|alter|drop|begin|commit|rollback|with|explain|show|set|copy"
)
# A prompt is followed by a space, a backslash command or nothing (a quote's continuation, `db'>`,
# by something: a tag's end, `...dtd">`, is none): `querySelector('#id')` is no prompt;
# a superuser's prompt may run into its statement: `blog=#SELECT`, `lock-a=*#update`.
PSQL_PROMPT_LINE = re.compile(
    "^"
    + PSQL_PROMPT.pattern
    + r"(?:(?<=[#>] ) *\S|\\|(?<!['\"][>#])(?<!['\"][>#] )$|(?<=#)[A-Z]{3,}\b|(?:(?<==#)|(?<=\*#))(?:"
    + _STATEMENT_WORDS
    + r")\b)",
    re.M,
)
# PostgreSQL's documentation writes psql's prompts without a database name: `=> SELECT 1;`.
# `->  Seq Scan on posts` is a plan's node, not the continuation prompt.
_BARE_PSQL_PROMPT = re.compile(
    r"^(?:=[*!?]?[>#%]|-#|->(?! +[A-Z][a-z]\w*)) +((?:\\[a-z]|[A-Za-z(]|/\*).*)", re.M
)
# A session's name a post writes before each prompt, to tell two apart: `[session-1] =# `, `repl-0 | db=# `.
_SESSION_NAME = re.compile(r"^(?:\[[\w.@:/ -]{1,30}\] ?|[\w.-]{1,20} \| )(?=\S*[=\-*][>#])", re.M)
# A superuser's prompt without a database name, `# ` (or `[db] # `), before a statement or a meta-command.
_ROOT_PSQL_LINE = re.compile(r"^(?:\[[\w@.:/-]+\] ?)?# (\\[a-z]\w*\b.*|[A-Z]{3,}\b.*;)\s*$", re.M)
# A prompt psql was told to print otherwise (`> `, `# `, `~# `, `db#* `, `#> `, `user@[local]:5432/db# `,
# `[local]:5432 #postgres@db > `),
# before a statement or a meta-command.
_PROMPT_MARK = re.compile(
    r"^ ?(?:\d+ )?(?:(?:\([\w.@-]+\) ?|[\w.-]+(?:@[\w.-]+)?(?::\d+)? |\[[\w.-]+\](?::\d+)? #?[\w.-]+@[\w.-]+ [*!]?)?"
    r"[\w.@\[\]:/~-]*(?:[*!?]?#[*!?]?>?|>)|[\w.-]+ :\))"
    r"(?:[ \t]+|(?<=\w>)(?=(?i:begin|select|insert|update|delete|commit|rollback|lock)\b))",
    re.M,
)  # `(alice) # `, `db # `, `(alice@session1)> `, `owner@localhost:5432 app# `, `S1>begin;` too; ClickHouse's
# client smiling at its host's name, `buldozer :) SELECT ...`
# Such a prompt before any statement or a meta-command.
LOOSE_PROMPT = re.compile(
    _PROMPT_MARK.pattern
    + r"(?:"
    + SQL_START.pattern.removeprefix(r"^\s*")
    + r"|RESET\b|START\b|END\b|FLUSH\b|\\[a-z]|DESC(?:RIBE)?[ \t]+[\w.`\"]+[ \t]*;)",  # `ksql> DESCRIBE users;` too
    re.I,
)
_TOP_BORDER = re.compile(r"\s*[+┌]")
RECORD_LINE = re.compile(RECORD_HEADER.pattern.replace("^", "^\\s*", 1), re.M)
# psql's variables (`:name`, `:'name'`, `:"name"`) and meta-commands (`\gset`), for parsing.
PSQL_VARIABLE = re.compile(r"(?<![:\w]):(?:'(\w+)'|\"(\w+)\"|([A-Za-z_]\w*))")
PSQL_META = re.compile(
    r"^((?:(?!--)(?:'[^'\n]*'|[^'\n]))*?)\\(?:[a-z]\w*|!)(?![ \t]*[=：])(?:[ \t][^\n]*)?$", re.M
)  # not in a comment nor a string (`format('%s\n', x)`), nor an escape glossed (`\d ==> [0-9]`, `\d ：日期`)


def has_psql_prompt(code):
    """psql's prompt before a line: `db=> `, `=# ` as the documentation prints it, root's `# `."""
    if _SESSION_NAME.search(code):
        code = _SESSION_NAME.sub("", code)
    return bool(
        PSQL_PROMPT_LINE.search(code)
        or _bare_psql_prompts(code)
        or _root_psql(code)
        or _prompts_cut_short(code)
    )


# psql's prompt with its `>` or `#` lost, `database=\timing`: a meta-command or a statement after it.
_CUT_PROMPT = re.compile(
    r"^[a-z_]\w*=(?:(\\[a-z]+\+?)(?:\s|$)|(?i:select|insert|update|delete|create|alter|drop)\s)", re.M
)


def _prompts_cut_short(code):
    """Two such prompts, one before a meta-command (no shell assigns `\timing` to a name)."""
    found = list(_CUT_PROMPT.finditer(code))
    return len(found) >= 2 and any(m.group(1) for m in found)


# A statement's first line in SQL's capitals, its prompt lost: `CHANGE MASTER TO` over `-> MASTER_HOST='x',`.
_CAPITALS_LINE = re.compile(r"[ \t]*[A-Z][A-Z_]+(?:[ \t]+[A-Z_]+)*[ \t]*")


def _opened_in_capitals(code, continuation):
    above = code[: continuation.start()].rstrip("\n").rpartition("\n")[2]
    return continuation.group().startswith("->") and bool(_CAPITALS_LINE.fullmatch(above))


def _bare_psql_prompts(code):
    """Prompts without a name, one before a statement or a meta-command at least: `=> undefined`
    answers a console's expression (Ruby's, JavaScript's), `=> setsid ...` points at a line's
    change. `->` goes on a statement, so after one ended by `;` it is the author's arrow to a
    result (`-> TRUE`), and with no `=>` (nor a line in SQL's capitals) above it one step of a
    call tree (`-> user .agents skills`)."""
    found = list(_BARE_PSQL_PROMPT.finditer(code))
    in_capitals = next((m.start() for m in found if _opened_in_capitals(code, m)), len(code))
    opened = min(next((m.start() for m in found if m.group().startswith("=")), len(code)), in_capitals)
    prompted = [
        m.group(1)
        for m in found
        if not m.group().startswith(("->", "-#"))  # a continuation goes on a statement a `=>` opened
        or opened < m.start()
        and not (m.group().startswith("->") and _ENDS_A_STATEMENT.search(code[: m.start()]))
    ]
    return (
        bool(prompted)
        and in_capitals < len(code)
        or any(SQL_START.match(rest) or rest.startswith(("\\", "/*")) for rest in prompted)
    )


_ENDS_A_STATEMENT = re.compile(r";[ \t]*(?:--[^\n]*)?\s*\Z")


_UNPROMPTED_STATEMENT = re.compile(
    r"(?i:set|start|begin|select|insert|update|delete|create|alter|drop)\b[^\n]*;[ \t]*$"
)


def _root_psql(code):
    """Root's `# ` before a statement; not under a script's first command, whose `# ` lines are
    comments quoting what it printed (`pg_dump | head` over `# SET lock_timeout = 0;`), nor beside a
    statement typed without one."""
    first = code.lstrip().split("\n", 1)[0]
    if (SHELL_WORDS.match(first) or ASSIGNMENT.match(first)) and not first.startswith("psql"):
        return False
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    if _UNPROMPTED_STATEMENT.match(first) or (
        any(_UNPROMPTED_STATEMENT.match(line) for line in lines if line[0] != "#")
        and any(line[0] == "#" and not line.endswith(";") for line in lines)
    ):
        return False  # `START TRANSACTION;` typed with no prompt over `# ROLLBACK;`: MySQL's comment, a step left
        # out; statements typed with no prompt among `# notes`: the notes are comments, a `# DROP ...;` among them too
    return any(
        m.group(1).startswith("\\") and not _GLOSSED_ESCAPE.match(m.group(1)) or parses_as_sql(m.group(1))
        for m in _ROOT_PSQL_LINE.finditer(code)
    )


# `# \n : 换行`: an escape glossed in a note, no meta-command.
_GLOSSED_ESCAPE = re.compile(r"\\\w+[ \t]*[:：=][ \t]")


def sql_with_psql_parts(code):
    """ "psql" or "postgresql" where the block parses once psql's variables are given values and
    its meta-commands (`\\gset`) taken out; None where it still does not."""
    bare = PSQL_META.sub(r"\1;", code)  # `\gset` ends its statement
    filled = PSQL_VARIABLE.sub(
        lambda m: f"'{m.group(1)}'" if m.group(1) else f'"{m.group(2) or m.group(3)}"', bare
    )
    if (bare != code or filled != code) and bare.strip() and parses_as_sql(filled):
        return "psql" if bare != code else "postgresql"
    if bare != code and not _NOTHING_BUT_NOTES.sub("", bare).strip():
        return "psql"  # meta-commands under SQL's notes: `-- on Windows` over `\! cls`
    return None


_NOTHING_BUT_NOTES = re.compile(r"^[ \t]*(?:--[^\n]*|;)[ \t]*$", re.M)


EXPLAIN = re.compile(r"\s*EXPLAIN\b", re.I)  # a statement that asks for its plan


def query_then_result(code, plan_allowed=True):
    """A statement, then psql's result table under its `----` ruler (the column names above it)
    or its first expanded record. Without plan_allowed, the statement answered is no EXPLAIN: a
    query's result, then a plan, is a session, not a plan."""
    ruler = RESULT_RULER.search(code)
    if ruler and _TOP_BORDER.match(code, ruler.start()):
        head = code[: ruler.start()]  # a boxed table's top border, right under the statement
    elif ruler := _ruler_under_names(code):
        head = code[: ruler.start()].rstrip().rsplit("\n", 1)[0]
    elif record := RECORD_LINE.search(code):
        head = code[: record.start()]
    else:
        return False
    # one statement, its `;` left off: `select * from persons` over its rows (a note over it)
    if ";" not in head:
        statement = without_leading_comments(head)
        return bool(SQL_START.match(statement)) and not EXPLAIN.match(statement) and _parses(head)
    statements = head[: head.rindex(";") + 1]
    last = without_leading_comments(statements.rstrip(";").rsplit(";", 1)[-1])
    return (plan_allowed or not EXPLAIN.match(last)) and _parses(_under_commands(statements))


_MYSQL_MATCH = re.compile(r"\b(?:NOT[ \t]+)?(?:REGEXP|RLIKE)(?:[ \t]+BINARY)?\b", re.I)


def _parses(statements):
    """PostgreSQL's parser takes them, MySQL's `REGEXP` read as its `~` (the result is MySQL's)."""
    return (
        parses_as_sql(statements)
        or bool(_MYSQL_MATCH.search(statements))
        and parses_as_sql(_MYSQL_MATCH.sub("~", statements))
    )


def _ruler_under_names(code):
    """The first result ruler right under a line (its columns' names): a ruler after a blank
    line is a writer's, between statements and notes."""
    for ruler in RESULT_RULER.finditer(code):
        lead = ruler.group()[: len(ruler.group()) - len(ruler.group().lstrip())]
        if "\n" not in lead and ruler.start() > 0:
            return ruler
    return None


# A single value as psql prints it: a number, a date or a time (`2020-11-17 00:13:29.80+00`).
_VALUE_ANSWER = re.compile(r"\s*-?\d[\d:. +/-]*(?:\s*(?:days?|mons?|years?|[A-Z]{3,5}))*\s*")


def queries_then_values(code):
    """Queries without their `;`, each over the one value it returned, a pair a paragraph:
    `SELECT current_timestamp` over `2020-11-17 00:13:29+00`. (One value alone under a query
    has no ruler for query_then_result to read.)"""
    pairs = [paragraph.strip().rsplit("\n", 1) for paragraph in re.split(r"\n\s*\n", code.strip())]
    return all(
        len(pair) == 2
        and _VALUE_ANSWER.fullmatch(pair[1])
        and re.match(r"\s*SELECT\s", pair[0], re.I)
        and ";" not in pair[0]
        and parses_as_sql(pair[0])
        for pair in pairs
    )


def _under_commands(statements):
    """The statements under the shell's commands a block opens with (`pgbench -i` run first, then
    a query and its result: the query's session, rule 2)."""
    lines = statements.split("\n")
    at = 0
    while at < len(lines) and (
        not lines[at].strip() or (SHELL_WORDS.match(lines[at].strip()) and not SQL_START.match(lines[at]))
    ):
        at += 1
    return "\n".join(lines[at:])


_NOTE_OR_PROMPTED = re.compile(r"[ \t]*(?:#|$)|" + MYSQL_PROMPT.pattern)
# A bare `# ` before words in CJK outside quotes: the writer's note in the shell's way (`# INSERT INTO语句的
# 正确语法示例` over the statement), not psql's prompt before what was typed.
_NOTE_AFTER_HASH = re.compile(rf"[ \t]*#[ \t]+[^\n'\"]*[{WIDE}]")


def prompted_statements(code):
    """Statements after a prompt psql was told to print bare (`> `, `# `, `~# `): without the
    prompts, SQL, maybe with psql's commands and the server's answers."""
    first = without_leading_comments(code).lstrip("\r\n")
    if MYSQL_PROMPT.match(first.lstrip(" \t")):
        return True  # `mysql> use shop` over `Database changed`: MySQL's client, whatever is typed (rule 1; set in or not)
    if MYSQL_PROMPT.match(without_leading_hash_lines(code)) and not any(
        is_command_line(line) for line in code.splitlines() if not _NOTE_OR_PROMPTED.match(line)
    ):
        return True  # `#查询` over `mysql> SELECT ...`: the writer's notes over the client's session, no script's
    if not LOOSE_PROMPT.match(first) or _NOTE_AFTER_HASH.match(first):  # the first line's prompt
        return False
    bare = _PROMPT_MARK.sub("", code)
    return bool(
        parses_as_sql(bare)
        or re.match(r"\\[a-z]", bare)  # a meta-command first: `~# \\dt+`
        or sql_with_psql_parts(bare)
        or looks_like_statements_then_answers(bare)
        or query_then_result(bare)
        or parses_as_sql(typed := _typed_after_prompts(code))  # whatever the client printed under them
        or looks_like_keyword_statements(typed)  # MySQL's client: `mysql> SHOW GRANTS FOR 'u'@'h';`
        or states_mysql_own(typed)  # `> FLUSH TABLES WITH READ LOCK`: MySQL's own, at its bare prompt
        or _first_statement_named(code, typed)
    )


# A client's named prompt (`mysql> `) before a statement no other language begins so.
_NAMED_PROMPT_STATEMENT = re.compile(
    r"[A-Za-z][\w.-]*> (?i:select\b|insert\s+into|update\s+\w+\s+set|delete\s+from|create|alter|drop)\b"
)


def _first_statement_named(code, typed):
    """The first prompt, a client's name, before a statement that parses: the prompt decides
    (rule 1), whatever statements or notes follow (`mysql> ` decides alone, above)."""
    first = without_leading_comments(code).lstrip("\r\n")
    return bool(_NAMED_PROMPT_STATEMENT.match(first)) and parses_as_sql(typed.split(";", 1)[0] + ";")


def statements_after_shell_prompts(lines):
    """`$ CREATE LANGUAGE pltcl;` answered by `CREATE LANGUAGE`: statements in capitals, each ended,
    after a shell's `$ ` a writer puts before whatever is typed; psql's session."""
    typed = [line[2:] for line in lines if line.startswith("$ ")]
    return (
        bool(typed)
        and all(
            SQL_START.match(line) and line[:1].isupper() and line.rstrip().endswith(";") for line in typed
        )
        and parses_as_sql("\n".join(typed))
    )


def _typed_after_prompts(code):
    """What was typed after each prompt, down to the `;` that ends it (or a blank line: a client
    that runs a statement without its `;`, `> select * from users`, then prints its answer)."""
    typed, typing = [], False
    for line in code.splitlines():
        prompt = _PROMPT_MARK.match(line)
        if prompt or typing:
            typed.append(line[prompt.end() :] if prompt else line)
            typing = bool(line.strip()) and not line.rstrip().endswith(";")
    return "\n".join(typed)


# psql's meta-commands by name (`\COPY` too, as psql reads it; not the shell's `\cp` that skips an
# alias, nor LaTeX's `\begin`).
_META_COMMAND = (
    r"d[A-Za-z]*\+?|[aCcfgHhilopqrstTwxz]|bind(?:_named)?|cd|close(?:_prepared)?|connect|conninfo|copy(?:right)?|COPY|"
    r"crosstabview|echo|e[fv]?|elif|else|encoding|endif|endpipeline|errverbose|flush(?:request)?|gdesc|getenv|"
    r"getresults|gexec|gset|gx|help|html|if|include(?:_relative)?|ir|list|lo_\w+|out|parse|password|print|prompt|"
    r"pset|qecho|quit|reset|restrict|s[fv]|sendpipeline|set(?:env)?|startpipeline|syncpipeline|timing|"
    r"unrestrict|unset|warn|watch|write"
)


# psql's own shapes: a row count, an expanded record, a meta-command (`\watch` ends a statement;
# not `\w ==> [0-9A-z_]`, a regular expression's escape glossed, as no meta-command takes `=`, nor
# `\d ：日期`, a prompt's escape glossed after a full-width colon).
_PSQL_SHAPES = re.compile(
    ROW_COUNT.pattern
    + r"|^-\[ RECORD \d+ \]-|^\\(?:(?:"
    + _META_COMMAND
    + r")\b(?![ \t]*[=：])|\?(?!\S)|!(?= ))|\s\\(?:watch|gset|gx|gexec|gdesc|crosstabview|g(?= |$))\b|"
    # what psql answers `\pset`, `\x`, `\timing` with: `Null display is "∅".`, `Timing is on.`
    r"^\s*(?:Null display is \"|(?:Expanded display|Timing|Pager usage|Tuples only|Default footer) is "
    r"(?:on|off|used)\b|Output format is \w+\.|Border style is \d)",
    re.M,
)


_ESCAPED_RETURN = re.compile(r"\\r$", re.M)
# A regular expression's class alone on a line: an escape (`\d`, `\W`) or a bracket (`[^0-9]`).
_REGEX_CLASS_LINE = re.compile(r"[ \t]*(?:\\[A-Za-z]|(\[[^\]\n]+\]))[ \t]*")


def _regex_classes(lines):
    """`\\d` over `[0-9]`: a regular expression's classes and their equivalents, no psql's `\\d`."""
    classes = [_REGEX_CLASS_LINE.fullmatch(line) for line in lines if line.strip()]
    return all(classes) and any(match.group(1) for match in classes)


def has_psql_shapes(code, lines):
    """psql's own shapes; beside `(4 rows)`, a statement or a meta-command (a program's log over a
    table asks nothing). A line's `\\r` written out, as a dump of HTTP shows each line's end, is
    no meta-command, nor is one alone."""
    if len(_ESCAPED_RETURN.findall(code)) >= 2:
        code = _ESCAPED_RETURN.sub("", code)
    if not _PSQL_SHAPES.search(code) or _regex_classes(lines):
        return False
    if not any(ROW_COUNT.match(line) for line in lines):
        return True
    return any(SQL_START.match(line) or re.match(r"\s*\\[a-zA-Z]", line) for line in lines)
