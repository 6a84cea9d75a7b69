"""What is typed into psql, or around it, without psql's prompts: psql opened on a line then
statements, the shell's commands over the results they printed, meta-commands in a script, the
command tags a session echoes, statements with their output under them."""

import re

from .explain_plan import ROW_COUNT
from .mysql_client import MYSQL_PROMPT
from .other_servers_sql import states_mysql_own
from .psql_signs import RECORD_LINE, query_then_result
from .shell_signs import ELIDED_LINE, SHELL_WORDS, is_command_line, joined_continuations
from .signature_signs import parses_as_sql
from .sql_fragments import CONDITION_ALONE
from .sql_signs import RESULT_RULER, SQL_START, looks_like_statements_then_answers
from .writer_notes import QUOTED_CAPTION

_ROWS_LINE = re.compile(r"^\s*" + ROW_COUNT.pattern.removeprefix("^"), re.M)


# A shell's line that opens psql for the reader to type into: `sudo -u postgres psql`, `psql -U app`.
_OPENS_PSQL = re.compile(
    r"^(?:sudo\s+(?:-\S+\s+)*(?:\w+\s+)?|(?:docker|podman)(?: compose)? exec(?:\s+-\S+)*\s+[\w.-]+\s+|"
    r"(?:docker|podman) run(?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+[\w./:-]+\s+)?"
    r"(?:psql|(?i:mysql)|mariadb|sqlite3)(?:\s+(?!-[cfe]\b|--command|--file|--execute)-\S+(?:\s+[^-\s]\S*)?)*"
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
    (`sudo su - postgres`), a few and none of them a statement."""
    code_lines = [line for line in lines if line.strip() and not line.lstrip().startswith(("#", "--"))]
    code_lines = joined_continuations("\n".join(code_lines)).splitlines()  # a command over lines
    for at, line in enumerate(code_lines[:-1]):
        if _OPENS_PSQL.match(line.strip()):
            return code_lines[at + 1 :]
        if not is_command_line(line) or SQL_START.match(line) or at >= _COMMANDS_BEFORE_AT_MOST:
            return None  # (an install's script that ends by logging in is the script's: rule 2)
    return None


_COMMANDS_BEFORE_AT_MOST = 3


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
        (RESULT_RULER.search(code) or _ROWS_LINE.search(code) or RECORD_LINE.search(code))
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
    # The client opened first, no script's commands before it: one statement alone may go unended.
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith(("#", "--"))), "")
    unended = bool(_OPENS_PSQL.match(first.strip()))
    typed_text = "\n".join(statements)
    # (MySQL's own too, `change master to ...;` and `start slave;`, typed into its client)
    if statements and (reads_as_statements(typed_text, unended) or states_mysql_own(typed_text)):
        return "postgresql"
    return None


def _client_lines_aside(typed):
    """The statements typed, less the client's own lines: `\\c db`, `\\q`, psql quit (`exit`) or
    opened again for a second session, MySQL's `source file.sql`; a note after each aside too
    (`EXIT; -- 退出连接`)."""
    return [
        line
        for line in (_NOTE_AFTER_STATEMENT.sub("", line) for line in typed)
        if not _META_COMMAND_LINE.match(line)
        and not _OPENS_PSQL.match(line.strip())
        and not _CLIENT_OWN_LINE.fullmatch(line.strip())
    ]


_NOTE_AFTER_STATEMENT = re.compile(r"(?<=;)[ \t]*--[^\n]*$")
_CLIENT_OWN_LINE = re.compile(r"(?i:exit|quit)\s*;?|(?i:source)\s+[\w./~-]+\s*;?")


def reads_as_statements(typed, unended=False):
    """Statements PostgreSQL's parser takes, or ones it refuses that still read as statements:
    each opens with SQL's verb and ends with `;` (`CREATE USER u WITH NOCREATEUSER;`, an old
    release's or another server's syntax); with unended, one alone may leave its `;` off (`select *
    from a into outfile '1.txt'` under the client opened first: the statement is the block's point)."""
    if parses_as_sql(typed):
        return True
    parts = [part for part in re.split(r";[ \t]*(?:\n|$)", typed.strip()) if part.strip()]
    ended = typed.rstrip().endswith(";") or unended and len(parts) == 1
    return ended and all(_STATEMENT_VERB.match(part) for part in parts)


_STATEMENT_VERB = re.compile(
    r"\s*(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE|ALTER|DROP|GRANT|REVOKE|TRUNCATE|FLUSH|LOAD\s+DATA|"
    # MySQL's client: `show databases;`, `use wx;`, `set password = ...;`, `set global x = 1;`, `desc t;`
    r"SHOW|USE|DESC(?:RIBE)?(?:/DESC(?:RIBE)?)?|SET\s+(?:(?:GLOBAL|SESSION|PERSIST)\s+)?@{0,2}[\w.]+\s*=)\s",
    re.I,
)


_META_COMMAND_LINE = re.compile(
    r"\s*\\(?:[a-z]+\+?|\?)(?:\s+[\w.\"<>-]+)*\s*$"
)  # `\?` its help; `\c <dbname>`


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


# The author's arrow to what a statement gives (`-> TRUE`, `=> 2011-04-30`): a note as a comment is,
# not output. `->` only before a value: a plan's nodes open with it too.
_ARROW_TO_A_VALUE = re.compile(
    r"^-> ?(?:TRUE|FALSE|NULL|true|false|null|-?\d[\d.]*|'[^']*'|\"[^\"]*\")\s*(?:--.*)?$|^(?:=>|→) ?\S"
)


# A note in Japanese or Chinese under a statement: `※` opens it, or its own commas and stops.
_NOTE_IN_CJK = re.compile(r"^(?:※|[^|\n]*[、。，])[^|\n]*$")
# "Or" (and "and", "also") on a line between two statements, in the writers' languages.
_BETWEEN_TWO_WAYS = frozenset(
    ("or", "and", "also", "или", "або", "oder", "ou", "o", "或", "或者", "または", "또는", "hoặc")
)


_STATEMENTS_NAMED = re.compile(r"(?i:sql)\d*(?:[ \t]*[,，;][ \t]*(?i:sql)\d*)*[ \t]*(?:\.{2,}|…)?")


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
        or line.endswith((";", ";)"))  # (`(or job = 'clerk';)`: another way to write it, in brackets)
        or SHELL_WORDS.match(line)
        or _SENTENCE.match(line)
        or _ARROW_TO_A_VALUE.match(line)
        or _NOTE_IN_CJK.match(line)
        or QUOTED_CAPTION.match(line)
        or CONDITION_ALONE.fullmatch(line)  # another form the statement could take
        or line.strip().lower() in _BETWEEN_TWO_WAYS  # a word between two ways to write it, no output
        or _STATEMENTS_NAMED.fullmatch(line)  # `SQL1,SQL2...`: the statements a transaction holds, named
        for line in output
    ):
        return False
    return parses_as_sql("\n".join(statements))


# A note saying that what follows is what the server answered: `# 报错`, `-- 结果：`, `# Error:`.
_ANSWER_NOTE = re.compile(
    r"^[ \t]*(?:#|--)[ \t]*(?:报错|错误|结果|输出|返回(?:结果)?|(?i:errors?|output|results?))[ \t]*[:：]?[ \t]*$",
    re.M,
)
_NOTE_OPENING = re.compile(r"[ \t]*(?:--|#|/\*|//)")


def statements_over_a_noted_answer(code, read):
    """Statements, a note saying the server answered, then its answer in its own words (not in
    comments, rule 8): `use mysql; alter user ...;` over `# 报错` over the policy's complaint."""
    note = _ANSWER_NOTE.search(code)
    if not note:
        return False
    statements, answer = code[: note.start()].strip(), code[note.end() :].strip()
    return bool(
        statements
        and answer
        and statements.endswith(";")
        and not any(_NOTE_OPENING.match(line) for line in answer.splitlines())
        and read(statements) == "postgresql"
        and read(answer) in ("text", "psql")
    )


# A boxed table first (the rows a post queries), over what follows it; MySQL's `describe t;` or
# `show ...;` over its boxed answer.
_LEADING_TABLE = re.compile(r"(?:[ \t]*[+|][^\n]*\n)+\s*")
_CLIENT_STATEMENT_ANSWERED = re.compile(
    r"\s*(?i:describe|desc|show)[ \t]+\w[^;\n]*;[ \t]*\n(?:[ \t]*\n)*[ \t]*\+-{3}"
)


def table_then_a_session(code):
    """The table queried shown first, then a query with its result; or a client's own statement
    with its boxed answer: a session (rule 2)."""
    if _CLIENT_STATEMENT_ANSWERED.match(code):
        return True
    table = _LEADING_TABLE.match(code)
    rest = code[table.end() :] if table else ""
    return bool(SQL_START.match(rest)) and bool(query_then_result(rest, plan_allowed=False))
