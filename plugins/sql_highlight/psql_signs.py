"""psql's shapes in a block no fence labels: its prompts, however a post prints them, its
meta-commands and variables, and the results it prints under a statement."""

import re

from .explain_plan import ROW_COUNT
from .mysql_client import MYSQL_PROMPT
from .other_servers_sql import looks_like_keyword_statements
from .psql_session import PROMPT as PSQL_PROMPT
from .psql_session import RECORD_HEADER
from .shell_signs import ASSIGNMENT, ELIDED_LINE, SHELL_WORDS, is_command_line, joined_continuations
from .signature_signs import parses_as_sql
from .sql_signs import RESULT_RULER, SQL_START, looks_like_statements_then_answers, without_leading_comments

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
    r"^ ?(?:\d+ )?(?:\([\w.@-]+\) ?|[\w.-]+(?:@[\w.-]+)?(?::\d+)? |\[[\w.-]+\](?::\d+)? #?[\w.-]+@[\w.-]+ [*!]?)?"
    r"[\w.@\[\]:/~-]*(?:[*!?]?#[*!?]?>?|>)"
    r"(?:[ \t]+|(?<=\w>)(?=(?i:begin|select|insert|update|delete|commit|rollback|lock)\b))",
    re.M,
)  # `(alice) # `, `db # `, `(alice@session1)> `, `owner@localhost:5432 app# `, `S1>begin;` too
# Such a prompt before any statement or a meta-command.
LOOSE_PROMPT = re.compile(
    _PROMPT_MARK.pattern
    + r"(?:"
    + SQL_START.pattern.removeprefix(r"^\s*")
    + r"|RESET\b|START\b|END\b|\\[a-z])",
    re.I,
)
_TOP_BORDER = re.compile(r"\s*[+┌]")
_RECORD_LINE = re.compile(RECORD_HEADER.pattern.replace("^", "^\\s*", 1), re.M)
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


def _bare_psql_prompts(code):
    """Prompts without a name; under a console's `> ` or `>> ` input (Ruby's, JavaScript's), `=>`
    only before a statement or a meta-command: there `=> undefined` answers an expression. `->`
    goes on a statement, so after one ended by `;` it is the author's arrow to a result (`-> TRUE`)."""
    prompted = [
        m.group(1)
        for m in _BARE_PSQL_PROMPT.finditer(code)
        if not (m.group().startswith("->") and _ENDS_A_STATEMENT.search(code[: m.start()]))
    ]
    if prompted and _CONSOLE_INPUT.search(code):
        return any(SQL_START.match(rest) or rest.startswith(("\\", "/*")) for rest in prompted)
    return bool(prompted)


_CONSOLE_INPUT = re.compile(r"^>>? \S", re.M)
_ENDS_A_STATEMENT = re.compile(r";[ \t]*(?:--[^\n]*)?\s*\Z")


def _root_psql(code):
    """Root's `# ` before a statement; not under a script's first command, whose `# ` lines are
    comments quoting what it printed (`pg_dump | head` over `# SET lock_timeout = 0;`)."""
    first = code.lstrip().split("\n", 1)[0]
    if (SHELL_WORDS.match(first) or ASSIGNMENT.match(first)) and not first.startswith("psql"):
        return False
    return any(
        m.group(1).startswith("\\") or parses_as_sql(m.group(1)) for m in _ROOT_PSQL_LINE.finditer(code)
    )


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
    elif record := _RECORD_LINE.search(code):
        head = code[: record.start()]
    else:
        return False
    if ";" not in head:  # one statement, its `;` left off: `select * from persons` over its rows
        return bool(SQL_START.match(head)) and not EXPLAIN.match(head) and parses_as_sql(head)
    statements = head[: head.rindex(";") + 1]
    last = without_leading_comments(statements.rstrip(";").rsplit(";", 1)[-1])
    return (plan_allowed or not EXPLAIN.match(last)) and parses_as_sql(_under_commands(statements))


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


_LEADING_NOTES = re.compile(r"\A(?:[ \t]*#[^\n]*\n|[ \t]*\n)+")  # a writer's `#查询` over the client
_NOTE_OR_PROMPTED = re.compile(r"[ \t]*(?:#|$)|" + MYSQL_PROMPT.pattern)


def prompted_statements(code):
    """Statements after a prompt psql was told to print bare (`> `, `# `, `~# `): without the
    prompts, SQL, maybe with psql's commands and the server's answers."""
    first = without_leading_comments(code).lstrip("\r\n")
    if MYSQL_PROMPT.match(first):
        return True  # `mysql> use shop` over `Database changed`: MySQL's client, whatever is typed (rule 1)
    if MYSQL_PROMPT.match(_LEADING_NOTES.sub("", code)) and not any(
        is_command_line(line) for line in code.splitlines() if not _NOTE_OR_PROMPTED.match(line)
    ):
        return True  # `#查询` over `mysql> SELECT ...`: the writer's notes over the client's session, no script's
    if not LOOSE_PROMPT.match(first):  # the first line's prompt
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


_ROWS_LINE = re.compile(r"^\s*" + ROW_COUNT.pattern.removeprefix("^"), re.M)


# A shell's line that opens psql for the reader to type into: `sudo -u postgres psql`, `psql -U app`.
_OPENS_PSQL = re.compile(
    r"^(?:sudo\s+(?:-\S+\s+)*(?:\w+\s+)?|(?:docker|podman)(?: compose)? exec(?:\s+-\S+)*\s+[\w.-]+\s+|"
    r"(?:docker|podman) run(?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+[\w./:-]+\s+)?"
    r"(?:psql|mysql|mariadb|sqlite3)(?:\s+(?!-[cfe]\b|--command|--file|--execute)-\S+(?:\s+[^-\s]\S*)?)*"
    r"(?:\s+[\w<>.-]+(?:\s+(?!-[cfe]\b|--command|--file|--execute)-\S+(?:\s+[^-\s]\S*)?)*)?(?:\s+#.*)?\s*$|"
    # and the database, maybe options after it (a note after them): `psql <database>`, `psql app -U
    # postgres`; MySQL's client so too, `sudo mysql -u root -p` (not given `-e`, its statement); in a
    # container, `docker exec -it db psql`, or one run for it: `docker run -it --rm postgres:16 psql -h db`
    r"^heroku pg:psql(?:\s+-{1,2}\S+(?:\s+[^-\s]\S*)?)*\s*$|"  # Heroku's own: `heroku pg:psql --app notes`
    r"^sqlplus(?:\s+-\w+)*(?:\s+[\w/@:.-]+(?:\s+as\s+sys\w+)?)?\s*$"  # Oracle's: `sqlplus / as sysdba`
)


def _typed_into_psql(lines):
    """What follows a shell's line that opens psql (comments aside, the shell's or SQL's: a
    script's `-- Session #1` over it), or None: no such line first. Commands may come before it
    (`sudo su - postgres`), none of them a statement."""
    code_lines = [line for line in lines if line.strip() and not line.lstrip().startswith(("#", "--"))]
    code_lines = joined_continuations("\n".join(code_lines)).splitlines()  # a command over lines
    for at, line in enumerate(code_lines[:-1]):
        if _OPENS_PSQL.match(line.strip()):
            return code_lines[at + 1 :]
        if not is_command_line(line) or SQL_START.match(line):
            return None
    return None


def shell_commands_over_results(lines):
    """A shell command first (`psql -c "..."`, `kubectl get`), results under it and no statement
    on a line of its own, or psql opened and only meta-commands typed into it: the shell's, bash
    (LABELLING.md, rule 2)."""
    typed = _typed_into_psql(lines)
    if typed is not None:
        return all(re.match(r"\\[a-z]", line.strip()) for line in typed)  # only `\l`, `\q`: unprompted
    code_lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not code_lines or not SHELL_WORDS.match(code_lines[0].removeprefix("sudo ")):
        return False
    if len(lines) > 1 and lines[0].startswith(" ") and RESULT_RULER.match(lines[1]):
        return False  # ` pg_stat_monitor_version` over its ruler: a column's name, set in as psql centres it
    code = "\n".join(code_lines)
    return bool(
        (RESULT_RULER.search(code) or _ROWS_LINE.search(code) or _RECORD_LINE.search(code))
        and not any(SQL_START.match(line) for line in code_lines)
    )


def typed_into_opened_psql(lines):
    """What `psql` opened on a line of its own was given, no prompt (LABELLING.md, rule 2):
    statements with what the server answered (`ERROR:`, `INSERT 0 1`) are a session, psql;
    statements alone are what the block shows, postgresql (the command only says where to type
    them). None for anything else."""
    typed = _typed_into_psql(lines)
    if not typed:
        return None
    if looks_like_statements_then_answers("\n".join(typed)):
        return "psql"
    if any(MYSQL_PROMPT.match(line.strip()) for line in typed):
        return "psql"  # `mysql> ALTER USER ...;`, `sqlite> .tables`: the client's prompt decides (rule 1)
    statements = _client_lines_aside(typed)
    return "postgresql" if statements and _reads_as_statements("\n".join(statements)) else None


def _client_lines_aside(typed):
    """The statements typed, less the client's own lines: `\\c db`, `\\q`, psql quit (`exit`) or
    opened again for a second session, MySQL's `source file.sql`."""
    return [
        line
        for line in typed
        if not _META_COMMAND_LINE.match(line)
        and not _OPENS_PSQL.match(line.strip())
        and not _CLIENT_OWN_LINE.fullmatch(line.strip())
    ]


_CLIENT_OWN_LINE = re.compile(r"(?i:exit|quit)\s*;?|(?i:source)\s+[\w./~-]+\s*;?")


def _reads_as_statements(typed):
    """Statements PostgreSQL's parser takes, or ones it refuses that still read as statements:
    each opens with SQL's verb and ends with `;` (`CREATE USER u WITH NOCREATEUSER;`, an old
    release's or another server's syntax)."""
    if parses_as_sql(typed):
        return True
    parts = [part for part in re.split(r";[ \t]*(?:\n|$)", typed.strip()) if part.strip()]
    return typed.rstrip().endswith(";") and all(_STATEMENT_VERB.match(part) for part in parts)


_STATEMENT_VERB = re.compile(
    r"\s*(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE|ALTER|DROP|GRANT|REVOKE|TRUNCATE|FLUSH|LOAD\s+DATA|"
    r"SHOW|USE|DESC(?:RIBE)?)\s",  # MySQL's client: `show databases;`, `use wx;`
    re.I,
)


_META_COMMAND_LINE = re.compile(r"\s*\\(?:[a-z]+\+?|\?)(?:\s+[\w.\"-]+)*\s*$")  # `\?` its help


def meta_commands_in_a_script(lines):
    """Shell commands, and psql's meta-commands typed where it opens, no statement: the
    script's, bash (LABELLING.md, rule 2: meta-commands alone)."""
    code_lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    commands = [line for line in code_lines if not _META_COMMAND_LINE.match(line)]
    return (
        len(commands) < len(code_lines)
        and bool(commands)
        and is_command_line(code_lines[0])
        and all(is_command_line(line) and not SQL_START.match(line) for line in commands)
    )


def echoes_a_command_tag(lines):
    """A statement, then the tag the server answers it with, its own first word (`commit;` over
    `COMMIT`): a tag parses as SQL too, but none writes a statement twice without its `;`. Or
    the block ends on a count's tag, `SELECT 4`, under a statement's `;`."""
    written = [line.strip() for line in lines if line.strip()]
    if len(written) > 1 and written[-2].endswith(";") and _COUNT_TAG.fullmatch(written[-1]):
        return True
    return any(
        line.endswith(";")
        and after in _TAGS_NAMING_THEIR_STATEMENT
        and after == line.split(None, 1)[0].rstrip(";").upper()
        for line, after in zip(written, written[1:])  # a blank line between them or not
    )


_COUNT_TAG = re.compile(r"(?:SELECT|FETCH|MOVE) \d+")  # the tags that parse as statements too


# Tags that only repeat their statement's first word (not `END`, which closes a PL/pgSQL block).
_TAGS_NAMING_THEIR_STATEMENT = frozenset(
    "BEGIN COMMIT ROLLBACK SAVEPOINT RELEASE SET RESET CHECKPOINT VACUUM ANALYZE DISCARD LISTEN NOTIFY".split()
)


# A sentence: a capital, words, a full stop. Prose under a statement explains it; it is no output.
_SENTENCE = re.compile(r"^(?:\( ?)?[A-Z][a-z]+(?: [\w',()-]+){3,}[.:]\)?$")  # or a note in brackets


# The author's arrow to what a statement gives (`-> TRUE`, `=> 2.5`): a note as a comment is, not output.
_ARROW_TO_A_VALUE = re.compile(
    r"^(?:->|=>|→) ?(?:TRUE|FALSE|NULL|true|false|null|-?\d[\d.]*|'[^']*'|\"[^\"]*\")\s*(?:--.*)?$"
)


# A note in Japanese or Chinese under a statement: `※` opens it, or its own commas and stops.
_NOTE_IN_CJK = re.compile(r"^(?:※|[^|\n]*[、。，])[^|\n]*$")


def statements_with_their_output(lines):
    """Statements, each ended by `;`, with lines under them that no statement writes: a count, rows
    apart by tabs, a client's `Updated Rows 1`. SQL with its result (rule 2), however printed."""
    statements, output, open_statement = [], [], False
    for line in lines:
        if not line.strip() or ELIDED_LINE.match(line):
            continue  # an elision is no output: `...`, `…`, `….`, `～`
        if open_statement or SQL_START.match(line):
            statements.append(line)
            open_statement = not line.rstrip().endswith(";")
        else:
            output.append(line.strip())
    first = next(line for line in lines if line.strip())
    if not output or not statements or open_statement or not SQL_START.match(first):
        return False  # a statement first: SQL inside a document (a YAML value, a string) is not
    if any(
        line.startswith(("--", "#", "//", "/*", "$", "\\"))
        or re.match(r"[A-Z]+:\s", line)  # the server's messages: other rules weigh them
        or line.endswith(";")
        or SHELL_WORDS.match(line)
        or _SENTENCE.match(line)
        or _ARROW_TO_A_VALUE.match(line)
        or _NOTE_IN_CJK.match(line)
        or line.lower() in ("or", "and", "also")  # a word between two ways to write it, no output
        for line in output
    ):
        return False
    return parses_as_sql("\n".join(statements))


# A boxed table first (the rows a post queries), over what follows it; MySQL's `describe t;` or
# `show ...;` over its boxed answer.
_LEADING_TABLE = re.compile(r"(?:[ \t]*[+|][^\n]*\n)+\s*")
_CLIENT_STATEMENT_ANSWERED = re.compile(r"\s*(?i:describe|desc|show)[ \t]+\w[^;\n]*;[ \t]*\n[ \t]*\+-{3}")


def table_then_a_session(code):
    """The table queried shown first, then a query with its result; or a client's own statement
    with its boxed answer: a session (rule 2)."""
    if _CLIENT_STATEMENT_ANSWERED.match(code):
        return True
    table = _LEADING_TABLE.match(code)
    rest = code[table.end() :] if table else ""
    return bool(SQL_START.match(rest)) and bool(query_then_result(rest, plan_allowed=False))


# psql's own shapes: a row count, an expanded record, a meta-command (`\watch` ends a statement;
# not `\w ==> [0-9A-z_]`, a regular expression's escape glossed, as no meta-command takes `=`, nor
# `\d ：日期`, a prompt's escape glossed after a full-width colon).
_PSQL_SHAPES = re.compile(
    ROW_COUNT.pattern
    + r"|^-\[ RECORD \d+ \]-|^\\(?:[a-zA-Z]+\b(?![ \t]*[=：])|\?(?!\S)|!(?= ))|\s\\(?:watch|gset|gx|gexec|gdesc|crosstabview|g(?= |$))\b|"
    # what psql answers `\pset`, `\x`, `\timing` with: `Null display is "∅".`, `Timing is on.`
    r"^\s*(?:Null display is \"|(?:Expanded display|Timing|Pager usage|Tuples only|Default footer) is "
    r"(?:on|off|used)\b|Output format is \w+\.|Border style is \d)",
    re.M,
)


_ESCAPED_RETURN = re.compile(r"\\r$", re.M)


def has_psql_shapes(code, lines):
    """psql's own shapes; beside `(4 rows)`, a statement or a meta-command (a program's log over a
    table asks nothing). A line's `\\r` written out, as a dump of HTTP shows each line's end, is
    no meta-command, nor is one alone."""
    if len(_ESCAPED_RETURN.findall(code)) >= 2:
        code = _ESCAPED_RETURN.sub("", code)
    if not _PSQL_SHAPES.search(code):
        return False
    if not any(ROW_COUNT.match(line) for line in lines):
        return True
    return any(SQL_START.match(line) or re.match(r"\s*\\[a-zA-Z]", line) for line in lines)
