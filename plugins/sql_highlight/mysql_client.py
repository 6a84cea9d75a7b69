"""MySQL's client and its kin (MariaDB's, TiDB's, SQLite's shell, Hive's and Spark's SQL shells)
at their prompts: sessions a reader reads as psql's (rule 1), whatever the prompt was set to print."""

import re

from .other_servers_sql import states_mysql_own
from .signature_signs import parses_as_sql
from .sql_signs import SQL_START
from .writer_notes import SLASH_NOTE_LINE

# The client's own prompt, `Mysql> ` as some write it too (`mysql＞` in a full-width sign), or its kin's
# (SQLite's, Hive's, Spark's, ksqlDB's `ksql> `, OceanBase's `obclient> ` and `OceanBase(root@test)>`, OrientDB's console's `orientdb {db=demo}> `): whatever
# follows is typed into it.
MYSQL_PROMPT = re.compile(
    r"(?:(?i:mysql)|sqlite3?|hive|spark-sql|ksql|obclient|OceanBase\([\w@.]+\)|MariaDB \[[\w()]+\]|orientdb \{[\w=.-]*\})[>＞]"
    r"(?: {1,2}\S|(?=(?i:select|insert|update|delete|create|alter|drop|"
    r"grant|revoke|use|show|flush|set|start|stop|change|lock|unlock|begin|commit|rollback|explain|desc|load)\b))|"
    # `mysql > CHANGE MASTER TO`, `hive > select ${n} ...`, a space before its `>` (a statement's keyword after it: no redirection)
    r"(?i:mysql|hive) > (?=(?i:select|insert|update|delete|create|alter|drop|grant|revoke|show|set|start|stop|change)[ \t]+\S)"
)  # SQLite's shell too; `mysql>create user x;` typed flush against it, no shell's `mysql>dump.sql`; `mysql>  change ...`

# MySQL's client (MariaDB's, TiDB's; Flink's SQL client, which boxes its results the same way) at a
# prompt it was told to print, `[db1][(none)]> `, `kris@localhost [kris]> `, and what only that
# client answers: `Query OK, 0 rows affected` (CrateDB's shell: `CREATE OK, ...`), `1 row in set`,
# a `\G` record's ruler, its tables' `+----+` borders.
_CLIENT_PROMPT = re.compile(
    r"^[ \t]*(?:[^\s>]{1,40}|(?:MySQL|MariaDB|[\w.-]+@[\w.-]+) \[[^\]\n]*\]|Flink SQL)> ?(?=\S)", re.M
)
_MYSQL_ANSWER = re.compile(
    r"^[ \t]*(?:(?:Query|[A-Z]+) OK, \d+ rows? affected|\d+ rows? in set\b|Empty set\b|Database changed[ \t]*$|"
    r"\*{10,} \d+\. row \*{10,}|ERROR \d{4} \([\dA-Z]{5}\):|Records: \d+ +Duplicates: \d+|\+(?:-+\+)+[ \t]*$)",
    re.M,
)


def mysql_client_session(code):
    """MySQL's client answering statements typed at its prompt, whatever prompt it was set to and
    whatever captions stand between (`@MASTER` over `mysql> ...`): psql's kin (rule 1); or its
    named prompt on every line under the writer's notes or captions (`# make a replica` over
    `mysql> ALTER ...`)."""
    typed = [line for line in code.splitlines() if line.strip() and not _NOTE_LINE.match(line)]
    prompted = [line for line in typed if not _CAPTION.fullmatch(line) or MYSQL_PROMPT.match(line.lstrip())]
    if (
        prompted
        and MYSQL_PROMPT.match(prompted[0].lstrip())
        and all(MYSQL_PROMPT.match(line.lstrip()) or _GOES_ON.match(line) for line in prompted)
        and len(prompted) < len(code.strip().splitlines())
    ):
        return True  # (each line typed at the prompt: `mysql> SHOW BINARY LOGS;` over shell commands is a script)
    if _statements_at_a_set_prompt(typed):
        return True  # `slave> stop slave io_thread;`, `(root@localhost)[(none)]> set @@global.x = on;`
    if _continued_at_the_client(typed):
        return True  # `CREATE TABLE t (` over `-> id INT,` ... `-> );`: its first line's prompt left out
    return bool(_MYSQL_ANSWER.search(code)) and any(
        SQL_START.match(code[prompt.end() : prompt.end() + 40]) for prompt in _CLIENT_PROMPT.finditer(code)
    )


# A statement ended (`;`, `\G`) after a prompt the client was set to print, a word or a bracketed
# user and database (`slave> `, `(root@localhost)[(none)]> `), maybe over lines; a host's caption
# over them, `mysql01:`; MySQL's administration, whose verbs no statement of PostgreSQL's opens with.
_SET_PROMPT = re.compile(r"[ \t]*(?:[\w()@\[\].-]{1,40}|[\w.-]+@[\w.-]+ \[[\w()]*\])> ?(?=[a-z])", re.I)
_ENDED = re.compile(r".*(?:;|\\G)[ \t]*", re.S)
_HOST_CAPTION = re.compile(r"[ \t]*[\w.-]{1,30}:[ \t]*")
_MYSQL_ADMINISTRATION = re.compile(
    r"(?i:(?:un)?install[ \t]+plugin|(?:start|stop|reset)[ \t]+(?:slave|replica|master|group_replication)|"
    r"change[ \t]+(?:master|replication[ \t]+source)[ \t]+to)\b"
)


def _statements_at_a_set_prompt(typed):
    """Every statement typed at such a prompt and ended (the client's answers and host captions
    aside), one opening as SQL's or MySQL's administration does at least: no shell's prompt ends
    its commands with `;`."""
    statements = []
    for line in typed:
        if _HOST_CAPTION.fullmatch(line) or _MYSQL_ANSWER.match(line):
            continue
        prompt = _SET_PROMPT.match(line)
        if prompt:
            statements.append(line[prompt.end() :])
        elif statements and not _ENDED.fullmatch(statements[-1]):
            statements[-1] += "\n" + line  # a statement over lines
        else:
            return False
    return (
        bool(statements)
        and all(map(_ENDED.fullmatch, statements))
        and any(
            SQL_START.match(statement)
            or states_mysql_own(statement)
            or _MYSQL_ADMINISTRATION.match(statement)
            for statement in statements
        )
    )


_NOTE_LINE = re.compile(r"[ \t]*(?:#|--)")
# A caption the writer quoted over statements (`'bad query examples'`) or ended by a colon (`或：`),
# and the client's prompt for a statement's next line, `    -> `.
_CAPTION = re.compile(r"[ \t]*'[^'\n]*'[ \t]*|[^\n]*[:：][ \t]*")
_GOES_ON = re.compile(r"[ \t]*-> ")
# A line the client prompted for with `-> `, no JSON's key or index (`-> 'name'`, `-> 0`) after it.
_PROMPTED_TO_GO_ON = re.compile(r"[ \t]*-> ?(?![\s'\"\d])")


def _continued_at_the_client(typed):
    """A statement's first line, then each line at the client's `-> `, the last ending it."""
    return (
        len(typed) >= 2
        and bool(SQL_START.match(typed[0]))
        and all(_PROMPTED_TO_GO_ON.match(line) for line in typed[1:])
        and typed[-1].rstrip().endswith((";", "\\G"))
    )


# The client's `source` (or `\.`) reading a file of statements, `source D:\dump.sql`: the shell's
# `source` reads a script of its own, never a `.sql` file.
_SOURCED_SQL_FILE = re.compile(r"[ \t]*(?:source|\\\.)[ \t]+\S+\.sql[ \t]*;?[ \t]*", re.I)


def sources_sql_files(code):
    """Each line, notes aside, the client's `source` of a `.sql` file, maybe after its `use db;`
    (a line each, or on one line: `use mall;source /mall.sql;`): its commands alone, as psql's
    `\\i file.sql` alone is psql's (LABELLING.md's table)."""
    typed = (line for line in code.splitlines() if line.strip() and not _NOTE_LINE.match(line))
    first = next(typed, None)  # (a block's first line decides most: read no further when it is no `source`)
    if first is None or not _CLIENT_COMMAND.match(first):
        return False
    commands = [
        command for line in (first, *typed) for command in _AFTER_EACH_END.split(line) if command.strip()
    ]
    return any(map(_SOURCED_SQL_FILE.fullmatch, commands)) and all(
        _SOURCED_SQL_FILE.fullmatch(command) or _USE_DATABASE.fullmatch(command) for command in commands
    )


_CLIENT_COMMAND = re.compile(r"[ \t]*(?:(?i:source|use)[ \t]|\\\.)")
_USE_DATABASE = re.compile(r"[ \t]*(?i:use)[ \t]+[\w`]+[ \t]*;?[ \t]*")
_AFTER_EACH_END = re.compile(r"(?<=;)")


_PROMPT_LINE = re.compile(r"^[ \t]*" + MYSQL_PROMPT.pattern, re.M)


def client_prompt_before(code, line):
    """MySQL's client prompted before `line` (a shell's prompted line): the first prompt decides
    (rule 1), `mysql>FLUSH TABLES ...` over `[mysql@host ~]# mysqldump ...` is the client's session."""
    prompt = _PROMPT_LINE.search(code)
    return prompt is not None and prompt.start() < code.index(line)


# A bare `> ` prompt, InfluxDB's client's (its `influx` shell), and what is typed at it.
_BARE_PROMPT = re.compile(r">[ \t]+(\S[^\n]*)")
_MONGO_SHELL_WORDS = re.compile(r"show\s+(?:dbs|collections)\b", re.I)  # (its `db.x.find()` opens no SQL)


_CLIENT_STARTED = re.compile(r"(?:mysql|mariadb|influx)(?:[ \t]+-[^\n]*)?")


def bare_prompt_statements(code):
    """Statements typed at a bare `> ` prompt (InfluxDB's client: `> SHOW RETENTION POLICIES`),
    from the block's first line typed, over what the client printed: a SQL client's session,
    psql's kin (rule 1, as MySQL's at `mysql>`). Not mongo's shell (`> show dbs`)."""
    lines = [line for line in code.splitlines() if line.strip() and not _NOTE_LINE.match(line)]
    opened = bool(lines) and _CLIENT_STARTED.fullmatch(lines[0].strip()) is not None
    if opened:
        lines = lines[1:]  # `mysql` on its own line, then what is typed at its prompt, answered or not
    prompt = _GLUED_PROMPT if opened else _BARE_PROMPT  # under the client, `>use db;` as typed too
    typed = [line.group(1) for line in map(prompt.fullmatch, lines) if line]
    return (
        bool(typed)
        and bool(lines)
        and prompt.fullmatch(lines[0]) is not None
        and (opened or len(typed) < len(lines))
        and all(
            SQL_START.match(statement)
            or opened
            and (states_mysql_own(statement) or _SOURCED_SQL_FILE.fullmatch(statement))
            for statement in typed
        )
        and not any(map(_MONGO_SHELL_WORDS.match, typed))
    )


_GLUED_PROMPT = re.compile(r">[ \t]*(\S[^\n]*)")

# The writer's `//` notes after a statement's `;` (SLASH_NOTE_LINE takes those on lines of their own).
_SLASH_NOTE_AFTER = re.compile(r"(?<=;)[ \t]*//[^\n]*$", re.M)
# A synopsis's line among them, its operands placeholders: `> 조건식1 AND 조건식2`, `> col LIKE 'pattern'`.
_SYNOPSIS_OPERATOR = re.compile(r"(?:\S[ \t]+(?:AND|OR|LIKE|BETWEEN|IN|IS(?: NOT)?)|^NOT)[ \t]+\S")


def statements_a_line_at_bare_prompts(code):
    """Statements typed a line each at a bare `> `, the writer's `//` notes over or after them and
    a synopsis's line among them (`> DELETE FROM t; // every row`): the client's session (rule 1),
    though the lines do not parse together (one is left unended, or names placeholders)."""
    lines = _SLASH_NOTE_AFTER.sub("", SLASH_NOTE_LINE.sub("", code)).splitlines()
    prompted = [_BARE_PROMPT.fullmatch(line.rstrip()) for line in lines if line.strip()]
    if len(prompted) < 2 or not all(prompted):
        return False
    typed = [line.group(1) for line in prompted]
    parsed = [bool(SQL_START.match(one) and parses_as_sql(one.rstrip(";") + ";")) for one in typed]
    return sum(parsed) >= 2 and all(
        one or _SYNOPSIS_OPERATOR.search(line) for one, line in zip(parsed, typed, strict=True)
    )
