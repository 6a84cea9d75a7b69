"""What other servers' SQL looks like where PostgreSQL's parser refuses it: MySQL's and SQL
Server's own statements (`SHOW ...`, `DESCRIBE t`, `EXEC sp_rename ...`), SQL Server's batches."""

import re

from .signature_signs import parses_as_sql
from .vocabulary import SQL_KEYWORDS

# A statement of another SQL dialect or an extension's own: keywords in capitals, then `;` or
# MySQL's `\G` (MySQL's `USE shop;` too); two on a line, a `-- note` after them. Atomic: a
# statement ends at its first `;` and is read once (else a long line backtracks for minutes).
_ONE_KEYWORD_STATEMENT = (
    r"(?>(?:[A-Z]{3,}+(?: [A-Z]{2,}+)++\b|[A-Z]{3,}+ [\w.`\"]++ (?=[A-Z]{2,}+ [\w.`\"])|USE [\w`\"]+)"
    r"[^;\n\\]*+(?:\\[^G\n][^;\n\\]*+)*+(?:;|\\G))"
)  # a name between the keywords too: `RENAME orders TO orders_old;`
# MySQL's (and Oracle's, Snowflake's) DESCRIBE, in any case: `describe mytable`, `DESC t;`, its
# synopsis `DESC[RIBE] tablename;`.
_DESCRIBE = re.compile(
    r"\s*(?i:desc(?:ribe|\[ribe\])?)\s+(?:(?i:table|history|detail|extended|formatted|database|schema)\s+){0,2}"
    r"[\w.`\"<>${}]+\s*(?:;|\\G)?\s*"
)  # Delta Lake's `describe history <table>;` too; Hive's `desc formatted t;`, `describe database extended db;`;
# a table's placeholder, `desc ${tablename};`


def describes_a_table(code):
    """`DESC t;`, `describe ${tablename}`: a table described, MySQL's (or Oracle's) way, alone."""
    return bool(_DESCRIBE.fullmatch(code.strip()))


# MySQL's client's own lines among statements: a table described (`DESC t;`), a database chosen
# (`use shop;`), each ended by `;` or `\G` (USE needs neither), maybe a `#` note after it.
_CLIENT_LINE = re.compile(
    r"^[ \t]*(?:(?:(?i:desc(?:ribe)?)[ \t]+(?:(?i:table|extended)[ \t]+)?|(?i:use)[ \t]+)[\w.`\"]+[ \t]*(?:;|\\G)"
    r"|(?i:use)[ \t]+[\w`]+|(?i:delimiter)[ \t]+\S+|(?i:source)[ \t]+\S+\.sql[ \t]*;?)[ \t]*(?:#[^\n]*)?$\n?",
    re.M,
)  # `use mysql` without its `;`, which the client does not need; `DELIMITER ;`, its statements' end set;
# `source db4.sql;`, a file of statements run


def without_client_lines(code):
    """The block without MySQL's client's own lines and its own statements (`flush privileges;`),
    which PostgreSQL's parser refuses, its grant table's name quoted and its names quoted MySQL's way
    in double quotes once a line was taken off; the block itself if it has none of them."""
    kept = [
        line
        for line in _CLIENT_LINE.sub("", code).splitlines(keepends=True)
        if not _MYSQL_OWN.fullmatch(_DASHED_NOTE_AFTER.sub("", line.rstrip("\n")))
    ]
    rest = _USER_TABLE.sub(r'\1\2"user"', "".join(kept))
    return _BACKQUOTED.sub(r'"\1"', rest) if len(kept) < len(code.splitlines()) else rest


_DASHED_NOTE_AFTER = re.compile(r"[ \t]+--[^\n'\"`]*$")  # `flush privileges; --刷新权限`: a note after it


# MySQL's quoted names, `type`: PostgreSQL's parser reads them in double quotes.
_BACKQUOTED = re.compile(r"`([^`\n]+)`")


# MySQL's grant table named bare, `update user set host='%' where user='root';`: a word PostgreSQL
# reserves, quoted so that its parser reads the statement (`where user = 'x'` it reads already).
_USER_TABLE = re.compile(r"\b((?i:update|from|into|join))([ \t]+)user\b(?![.(])")


# Not Perl's pragmas, `use strict;`: no database chosen.
_NOT_PERL_PRAGMA = r"(?!(?:strict|warnings|utf8|lib|constant|vars|feature)\b)"

# MySQL's own statements, in any case: its tables locked and flushed, its variables shown, ended
# by `;` (or a full-width `；`) or not: `flush tables with read lock;`, `show variables like 'x'`.
_MYSQL_OWN = re.compile(
    # tables flushed, named or not, `flush tables t with read lock`; tables locked, one elided (`lock tables … read/write`)
    r"[ \t]*(?i:flush[ \t]+(?:tables(?:[ \t]+[\w`.]+(?:[ \t]*,[ \t]*[\w`.]+)*)??|privileges|logs|hosts|status)"
    r"(?:[ \t]+with[ \t]+read[ \t]+lock|[ \t]+for[ \t]+export)?|unlock[ \t]+tables|"
    r"lock[ \t]+tables?[ \t]+(?:[\w`.]+|…|\.\.\.)(?:[ \t]+as[ \t]+\w+)?[ \t]+(?:read(?:[ \t]+local)?|(?:low_priority[ \t]+)?write|read[|/]write)"
    r"(?:[ \t]*,[ \t]*(?:[\w`.]+[ \t]+(?:read\|write|read|write)|\.\.\.))*|"  # as a synopsis writes it: `t read|write, ...`
    r"show[ \t]+(?:global[ \t]+|session[ \t]+|\[(?:session|global)(?:[ \t]*\|[ \t]*(?:session|global))?\][ \t]+)?(?:variables|status)|"
    # a storage engine's state, `show engine innodb status`; tables renamed, `rename table a to b`
    # (its synopsis too: `RENAME TABLE [db.]a TO [db.]b, ...`)
    r"show[ \t]+engine[ \t]+\w+[ \t]+(?:status|mutex)|show[ \t]+(?:storage[ \t]+)?engines|"
    r"select[ \t]+@@[\w.]+(?:[ \t]*,[ \t]*@@[\w.]+)*|"  # a server's variables shown, `select @@global.autocommit`
    # a table checked or its statistics refreshed, `analyze table t`, `check table t1, t2`
    r"(?:analyze|check|optimize|repair|checksum)[ \t]+tables?[ \t]+[\w`.]+(?:[ \t]*,[ \t]*[\w`.]+)*;?|"
    r"rename[ \t]+(?:database|schema)[ \t]+[\w`]+[ \t]+to[ \t]+[\w`]+;?|"  # a database renamed (MySQL 5.1's)
    r"rename[ \t]+tables?[ \t]+[\w`.\[\]]+[ \t]+to[ \t]+[\w`.\[\]]+(?:[ \t]*,[ \t]*[\w`.\[\]]+[ \t]+to[ \t]+[\w`.\[\]]+)*(?:[ \t]*,[ \t]*(?:\.{3}|…))?|"
    r"show(?:[ \t]+(?:full|global|session))?[ \t]+[a-z_]+(?:[ \t]+[a-z_]+)?[ \t]+like[ \t]+'[^'\n]*'|"  # `SHOW COLLATION LIKE 'utf8%'`
    r"change[ \t]+(?:master|replication[ \t]+source)[ \t]+to[ \t]+[^;\n]+|(?:start|stop|reset)[ \t]+(?:slave|replica)|"
    # its replication's and sessions' state shown, `show slave status\G`, `show full processlist`
    r"show[ \t]+(?:master|slave|replica|binary)[ \t]+(?:status|logs|hosts)(?:[ \t]*\\G)?|show[ \t]+(?:full[ \t]+)?processlist(?:[ \t]*\\G)?|"
    r"show[ \t]+create[ \t]+(?:table|database|view|procedure|function|trigger)[ \t]+[\w`.]+(?:[ \t]*\\G)?|"
    # the stored routines listed, `show procedure status\G`, maybe filtered
    r"show[ \t]+(?:procedure|function)[ \t]+status(?:[ \t]+(?:like[ \t]+'[^'\n]*'|where[ \t]+[^;\n]+?))?(?:[ \t]*\\G)?|"
    # a table's columns, the table maybe a placeholder: `show full columns from [table_name]`
    r"show[ \t]+(?:full[ \t]+)?(?:columns|fields|index|indexes|keys)[ \t]+(?:from|in)[ \t]+(?:[\w`.]+|\[[\w.-]+\]|<[\w.-]+>)|"
    # the tables' state, maybe filtered or as a synopsis writes it (`show table status [from <db>]`); an
    # account's grants, `show grants for 'root'@'localhost'`
    r"show[ \t]+table[ \t]+status(?:[ \t]+(?:from|in)[ \t]+[\w`.]+|[ \t]+\[(?:from|in)[ \t]+<[^<>\n]+>\])?"
    r"(?:[ \t]+like[ \t]+'[^'\n]*'|[ \t]+where[ \t]+[^;\n]+)?(?:[ \t]*\\G)?|"
    r"show[ \t]+grants(?:[ \t]+for[ \t]+(?:'[^'\n]*'|[\w.]+)(?:@(?:'[^'\n]*'|[\w.%]+))?)?|"
    r"set[ \t]+@\w+[ \t]*:?=[ \t]*(?:'[^'\n]*'|\"[^\"\n]*\"|-?[\w.]+)|"  # a user's variable, `SET @v = 'x'`
    r"set[ \t]+names[ \t]+'?\w+'?(?:[ \t]+collate[ \t]+'?\w+'?)?|"  # the connection's character set, `set names utf8mb4`
    r"set[ \t]+[a-z_]\w*(?:\.[a-z_]\w*){2,}|"  # Hive's and Spark SQL's setting shown, `set spark.shuffle.hdfs.enabled`
    # a server's variable set for all sessions, `set global slow_query_log_file='/data/slow.log'`
    r"set[ \t]+(?:global|persist(?:_only)?)[ \t]+[a-z_]+[ \t]*=[ \t]*(?:'[^'\n]*'|[\w.-]+)|"
    # an account named MySQL's way, 'user'@'host': created, granted to, dropped, or named alone
    r"(?:create|drop|rename)[ \t]+user[ \t]+'[^'\n]*'@'[^'\n]*'[^;\n]*|'[\w.-]*'@'[\w.%:-]*'[ \t]*;?|grant[ \t]+[^;\n]+?[ \t]+to[ \t]+'[^'\n]*'[ \t]*@[ \t]*'[^'\n]*'[^;\n]*|"
    # a transaction's isolation set for the session or the server, its level maybe misspelt (`READ COMMIT`)
    r"set[ \t]+(?:(?:global|session|local)[ \t]+)?transaction[ \t]+isolation[ \t]+level[ \t]+[a-z]+(?:[ \t-][a-z]+)?|"
    r"desc(?:ribe)?[ \t]+[\w`.]+[ \t]*;|(?-i:DESCRIBE)|"  # a table described, ended; the word alone in capitals
    # SQLite's setting read or set, ended: `PRAGMA journal_mode = WAL;`, `PRAGMA table_info(t);`
    r"pragma[ \t]+[\w.]+(?:[ \t]*=[ \t]*[\w'\".-]+|[ \t]*\([^()\n]*\))?[ \t]*;|"
    # a table's upkeep, ended: `optimize table t;`, `repair table t1, t2;` (PostgreSQL's ANALYZE takes no TABLE)
    r"(?:optimize|repair|check|checksum|analyze)[ \t]+(?:no_write_to_binlog[ \t]+|local[ \t]+)?tables?[ \t]+[\w`.]+(?:[ \t]*,[ \t]*[\w`.]+)*[ \t]*;|"
    # a column's histogram made or dropped, `ANALYZE TABLE t UPDATE HISTOGRAM ON c;`, its synopsis with `...` for names
    r"analyze[ \t]+table[ \t]+(?:[\w`.]+|\.{3}|…)[ \t]+(?:update|drop)[ \t]+histogram\b[^;\n]*;?|"
    r"source[ \t]+\S+\.sql|"  # a file of statements run, `source C:\\db\\db4.sql;` (the shell sources no SQL)
    rf"use[ \t]+{_NOT_PERL_PRAGMA}[\w`]+[ \t]*[;；]|(?-i:use)[ \t]+{_NOT_PERL_PRAGMA}[\w`]+)[ \t]*[;；]?[ \t]*"
)  # `show create table t\G`, MySQL's vertical output asked for; `use 数据库名;`, a database chosen (not Perl's pragmas)


# A table copied from or to a file named by its URI, the options given as `name = value` (CrateDB's
# COPY, which PostgreSQL's grammar refuses): `COPY t TO DIRECTORY 's3://...' WITH (protocol = 'http')`.
_COPY_WITH_A_URI = re.compile(
    r"\s*copy\s+[\w.\"]+(?:\s*\([^()]*\))?\s+(?:from|to(?:\s+directory)?)\s+'[a-z0-9+]+://[^'\n]*'"
    r"(?:\s+with\s*\((?:\s*\w+\s*=\s*(?:'[^'\n]*'|[\w.-]+)\s*,?)+\s*\))?\s*;?\s*",
    re.I,
)


def copies_a_uri(code):
    return bool(_COPY_WITH_A_URI.fullmatch(code))


def states_mysql_own(code):
    """Each line one of MySQL's own statements (`show master status`, `start slave`, `flush
    privileges;`), `#` notes aside: no command of the shell's, whose words they are not."""
    code = _CHANGE_SOURCE.sub(lambda m: " ".join(m.group().split()), _BLOCK_NOTE.sub("", code))
    code = _CONTINUED_LIST.sub(", ", code)  # `RENAME TABLE a TO b,` over `   c TO d;`: one statement
    lines = [
        statement.strip()
        for line in code.splitlines()
        if line.strip() and not _NOTE.match(line)
        for statement in _statements_on(_NOTE_AFTER.sub("", line))
    ]  # (`STOP SLAVE; SET GLOBAL sql_slave_skip_counter=1; START SLAVE;`: three on a line)
    own = sum(bool(_MYSQL_OWN.fullmatch(line)) for line in lines)
    statements = [line for line in lines if not line.startswith("--")]
    return bool(lines) and (
        own == len(lines)
        or all(map(_SHOW_SYNOPSIS.fullmatch, lines))
        or own >= 3
        and own == len(statements) - 1
        and all(line.endswith(";") for line in statements)
    )  # (one statement of three or more garbled, `selectnamefrom mysql.proc ...;`, its spaces lost)


_CONTINUED_LIST = re.compile(r",[ \t]*\n[ \t]*(?=\S)")


def _statements_on(line):
    """A line's statements, apart by `;` (a line holding quotes is one)."""
    if "'" in line or '"' in line or line.count(";") < 2:
        return [line]
    return [part + ";" for part in line.split(";") if part.strip()]


# SHOW's forms as MySQL's manual lists them, a line each: what is shown, then the optional parts in
# brackets and the choices in braces (`show [full] tables [from db_name] [like_or_where]`). No
# shell has a `show` command; these objects are the server's.
_SHOW_SYNOPSIS = re.compile(
    r"[ \t]*(?:show|SHOW)[ \t]+(?:\[[^\[\]\n]*\][ \t]+|\{[^{}\n]*\}[ \t]+|(?i:full|global|session|storage|open)[ \t]+)*"
    r"(?i:databases|schemas|tables|columns|fields|index|indexes|keys|engines?|character[ \t]+set|charset|collation|"
    r"(?:binary|master|slave|replica)[ \t]+(?:logs|status|hosts)|events|relaylog|binlog|errors|warnings|status|variables?|"
    r"logs|triggers|create|grants|privileges|processlist|profiles?|plugins|table[ \t]+status|(?:procedure|function)[ \t]+(?:status|code))"
    r"\b[^\n]*"
)


# `CHANGE MASTER TO` with its options a line each, read as the one line it is.
_CHANGE_SOURCE = re.compile(
    r"^[ \t]*change[ \t]+(?:master|replication[ \t]+source)[ \t]+to\b[^;]*", re.I | re.M
)


_NOTE = re.compile(
    r"[ \t]*(?:#|//)"
)  # `#或` between them: the writer's note (MySQL's comment, or another language's)
_NOTE_AFTER = re.compile(
    r"[ \t]+(?:#|--[ \t])[^\n'\"`]*$|[ \t]*（[^）\n]*）[ \t]*$"
)  # `UNLOCK TABLES  # 解锁`, `set names utf8; （先确认编码）`: a note after the statement
_BLOCK_NOTE = re.compile(r"/\*.*?\*/", re.S)  # `/*还原步骤：...*/` over them


# MySQL's stored routine: `CREATE PROCEDURE p(a int)` over `BEGIN ... END`, no dollar quotes nor
# LANGUAGE (PostgreSQL's body has them), or between `DELIMITER` lines.
_ROUTINE_HEAD = re.compile(
    r"^[ \t]*create[ \t]+(?:definer[ \t]*=[ \t]*\S+[ \t]+)?(?:(?:procedure|function)[ \t]+[\w`.]+[ \t]*\(|"
    r"(?:event|trigger)[ \t]+[\w`.]+[^;]*?[ \t]do[ \t]*$|trigger[ \t]+[\w`.]+[^;]*?[ \t]for[ \t]+each[ \t]+row[ \t]*$)",  # an event's, a trigger's
    re.I | re.M,
)
_BODY_BEGIN = re.compile(r"^[ \t]*begin\b", re.I | re.M)
_DOLLAR_BODY = re.compile(r"\$\w*\$|\bLANGUAGE[ \t]+\w+", re.I)
_DELIMITER_LINE = re.compile(r"^[ \t]*DELIMITER[ \t]+\S+[ \t]*$", re.I | re.M)


def looks_like_mysql_routine(code):
    """A procedure, function, event or trigger MySQL's way: its head over a `BEGIN` line, no body
    PostgreSQL would quote."""
    head = _ROUTINE_HEAD.search(code)
    return bool(
        head
        and _BODY_BEGIN.search(code, head.end())
        and (_DELIMITER_LINE.search(code) or not _DOLLAR_BODY.search(code))
    )


# Delta Lake's table restored to an earlier version: `restore table t to version as of 3;`.
_RESTORE = re.compile(
    r"\s*(?i:restore\s+table)\s+[\w.`<>]+\s+(?i:to\s+(?:version|timestamp)\s+as\s+of)\s+\S+?\s*;?\s*"
)
# MySQL's administration statements, words in capitals only, their `;` left out: `SHOW BINARY LOGS`
# (each word SQL's or the server's: no heading, `SHOW ME THE WAY`).
_ADMIN_STATEMENT = re.compile(
    r"\s*(?:SHOW|FLUSH|RESET|PURGE|OPTIMIZE|REPAIR|UNLOCK)((?: (?!(?i:ON|FROM|IN)\b)(?:[A-Z_]{2,}+|[a-z_]{2,}+))++)"
    r"(?: ON [\w\"]+)?(?: (?:FROM|IN) [\w.`]+)*\s*"
)  # InfluxQL's `SHOW RETENTION POLICIES ON mydb`; MySQL's `SHOW COLUMNS FROM tbl_name`
# A statement's head in capitals, its rest elided: `UPDATE A JOIN B ...` (MySQL's, which the parser refuses).
_ELIDED_STATEMENT = re.compile(
    r"\s*(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|ALTER TABLE)\s+[\w.`\"]+\s+(?:[A-Z]{2,}\b[^\n]*?)?(?:\.\.\.|…)\s*"
)
# MySQL's statements on an account, `'user'@'host'`, their `;` maybe left out: `SET PASSWORD FOR
# 'u'@'%' = '...'`, `RENAME USER 'u'@'h' TO ...`.
_ACCOUNT_STATEMENT = re.compile(
    r"\s*(?:[A-Z]{3,}(?: [A-Z]{2,})*+|(?:grant|revoke|create user|alter user|drop user|rename user|set password)\b)"
    r" [^\n]*?'[^'\n]*'@'[^'\n]*'[^\n;]*;?\s*"
)  # in lower case too when it opens with an account's own verb: `grant all privileges on *.* to 'u'@'%';`
_SERVER_WORDS = frozenset(
    "master slave logs processlist status variables databases grants engine engines innodb warnings errors "
    "privileges hosts tables indexes keys columns triggers events plugins profiles relaylog "
    "continuous queries retention policies measurements series shards subscriptions users tag field".split()  # InfluxQL's
)


def _is_admin_statement(line):
    statement = _ADMIN_STATEMENT.fullmatch(line)
    return bool(statement) and all(
        word.lower() in SQL_KEYWORDS or word.lower() in _SERVER_WORDS for word in statement.group(1).split()
    )


_KEYWORD_STATEMENT = re.compile(
    rf"^\s*{_ONE_KEYWORD_STATEMENT}(?:[ \t]*{_ONE_KEYWORD_STATEMENT})*[ \t]*(?:--[^\n]*)?$"
)


# Two keywords in capitals opening a line a statement goes on from: `RENAME TABLE a TO b,` over `c TO d;`.
_KEYWORDS_OPENING = re.compile(r"[ \t]*[A-Z]{3,} [A-Z]{2,} ")


def looks_like_keyword_statements(code):
    """Statements PostgreSQL's grammar does not know (`REGISTER NODE n2 ...;`), one a line (or one
    over lines, its first line a word in capitals), each opened by words in capitals and closed by
    `;`: plausibly SQL, which a reader would read so."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")]
    if (
        len(lines) > 1
        and (lines[0].strip().isupper() or _KEYWORDS_OPENING.match(lines[0]))
        and code.count(";") == 1
        and code.rstrip().endswith(";")
    ):
        lines = [" ".join(" ".join(lines).split())]  # one statement laid over lines: `RENAME` over `TABLE t`
    return bool(lines) and all(
        _KEYWORD_STATEMENT.match(line)
        or _DESCRIBE.fullmatch(line)
        or _MYSQL_OWN.fullmatch(line)
        or _RESTORE.fullmatch(line)
        or _is_admin_statement(line)
        or _ELIDED_STATEMENT.fullmatch(line)
        or _ACCOUNT_STATEMENT.fullmatch(line)
        for line in lines
    )


# SQL Server's batch separator, a `GO` line (sqlcmd's and SSMS's own), and its procedures run
# with `exec`, `exec sp_helpindex 'app.orders';`, read as the statements they stand for.
_BATCH_END = re.compile(r"^[ \t]*GO[ \t]*;?[ \t]*(?:\n|\Z)", re.M)
_EXEC_PROCEDURE = re.compile(r"^([ \t]*)exec(?:ute)?[ \t]+[\w.\[\]@#]+(?:[ \t;][^\n]*)?$", re.I | re.M)


def sql_server_batches(code):
    """The batches of a block cut by SQL Server's `GO` lines (none if it has none), a procedure
    run with `exec` read as a call."""
    if not _BATCH_END.search(code):
        return []
    batches = (_EXEC_PROCEDURE.sub(r"\1CALL procedure();", batch) for batch in _BATCH_END.split(code))
    return [batch for batch in batches if batch.strip()]


# SQL Server's own statements, which PostgreSQL's parser rejects: a procedure of the system's run
# (`EXEC sp_rename 'a', 'b';`, or first in its batch without EXEC, `sp_helpdb 'db';`), a backup, a login, an impersonation, explicit identity values
# allowed (`SET IDENTITY_INSERT t ON`), an error raised or caught (`;THROW 50001, 'msg', 1;`, `RAISERROR(...)`, `BEGIN TRY`), a database's files
# and filegroups; `USE db` and `GO` beside them.
_TSQL_OWN = re.compile(
    r"[ \t]*(?:EXEC(?:UTE)?[ \t]+(?:\[?\w+\]?\.)*\[?[sx]p_\w+|sp_[a-z]\w*(?=[ \t]*(?:;|$|[ \t]N?'|[ \t]@))|(?:BACKUP|RESTORE)[ \t]+(?:DATABASE|LOG)\b|"
    r"CREATE[ \t]+LOGIN[ \t]+\S+\s+(?:WITH[ \t]+PASSWORD|FROM[ \t]+(?:WINDOWS|EXTERNAL|CERTIFICATE|ASYMMETRIC))\b|EXEC(?:UTE)?[ \t]+AS[ \t]+(?:USER|LOGIN)\b|REVERT[ \t]*;?[ \t]*$|"
    r"SET[ \t]+IDENTITY_INSERT[ \t]+\S+[ \t]+(?:ON|OFF)\b|;?[ \t]*THROW[ \t]+(?:\d+|@\w+)[ \t]*,|RAISERROR[ \t]*\(|(?:BEGIN|END)[ \t]+(?:TRY|CATCH)[ \t]*;?[ \t]*$|"
    r"ALTER[ \t]+DATABASE[ \t]+\S+[ \t]+(?:ADD|MODIFY|REMOVE)[ \t]+(?:FILEGROUP|FILE|LOG[ \t]+FILE)\b)",
    re.I,
)
_TSQL_OWN_LINE = re.compile("^" + _TSQL_OWN.pattern, re.I | re.M)
_TSQL_BESIDE = re.compile(
    r"[ \t]*(?:(?i:USE)[ \t]+\[?\w+\]?[ \t]*;?[ \t]*$|GO[ \t]*;?[ \t]*$|(?i:BEGIN|END)[ \t]+(?i:TRY|CATCH)[ \t]*;?[ \t]*$)"
)  # (`BEGIN TRY` holds statements: none goes on it)
_STATEMENT_GOES_ON = re.compile(
    r"[ \t]+\S|(?i:TO|FROM|WITH)\b|\S[^;]*,[ \t]*$|N?'|@\w"
)  # a procedure's arguments on the next line: `N'MS_Description', N'...'`, `@objname = ...`


def sql_server_statements(code):
    """SQL Server's own statements, each with the lines that go on it (indented, `TO DISK`, `WITH
    ...`), taken out: what is left, if anything, is SQL PostgreSQL's parser reads."""
    if not _TSQL_OWN_LINE.search(code):
        return False
    kept, own, going_on = [], False, False
    code = code.strip("\n")
    for at in re.finditer(r"^[^\n]*", code, re.M):
        line = at.group()
        if (mine := _TSQL_OWN.match(code, at.start())) or _TSQL_BESIDE.match(line):
            own = own or bool(mine)
            going_on = not line.rstrip().endswith(";") and not _TSQL_BESIDE.match(line)
        elif going_on and line.strip() and (_STATEMENT_GOES_ON.match(line) or not line[:1].isalpha()):
            going_on = not line.rstrip().endswith(";")
        else:
            going_on = False
            kept.append(line)
    rest = "\n".join(kept)
    return own and (not rest.strip() or parses_as_sql(rest))


# SQL's functions a select list nests, MySQL's among them (UUID, DATE_FORMAT, IFNULL): the names
# a server's reference spells in capitals.
_SQL_FUNCTIONS = frozenset(
    "CONCAT CONCAT_WS LEFT RIGHT REPLACE SUBSTRING SUBSTR UPPER LOWER TRIM LTRIM RTRIM LENGTH CHAR_LENGTH "
    "LPAD RPAD INSTR LOCATE COALESCE IFNULL NULLIF CAST ROUND FLOOR CEIL CEILING ABS MOD NOW CURDATE "
    "CURTIME SYSDATE DATE_FORMAT DATE_ADD DATE_SUB DATEDIFF TIMESTAMPDIFF STR_TO_DATE FROM_UNIXTIME "
    "UNIX_TIMESTAMP UUID MD5 SHA1 SHA2 GROUP_CONCAT COUNT SUM AVG MIN MAX YEAR MONTH DAY "
    "REGEXP_REPLACE JSON_EXTRACT JSON_UNQUOTE".split()
)
_CALLED = re.compile(r"\b([A-Za-z_]\w*)\s*\(")


def nests_sql_functions(code):
    """One expression of SQL's functions nested, each called in capitals (`CONCAT(LEFT(REPLACE(UUID(),
    '-', ''), 18), ...)`): a select list's item, which Python would parse as constants called."""
    body = code.strip().rstrip(";")
    while body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()  # the expression in brackets, as a select list may hold it
    return len(_functions_called(body)) >= 3 and parses_as_sql(f"SELECT {body}")


def _functions_called(expression):
    """The names an expression calls, opening with the first, when each is SQL's function; else []."""
    called = _CALLED.findall(expression)
    return called if called and expression.startswith(called[0]) and set(called) <= _SQL_FUNCTIONS else []


# Names C's macros share with SQL's functions (`MAX(a, b);`): no call of theirs alone says SQL.
_C_MACRO_NAMES = frozenset("MIN MAX ABS MOD ROUND FLOOR CEIL CEILING COUNT SUM AVG LEFT RIGHT LENGTH".split())
_DOUBLE_QUOTED = re.compile(r'"([^"\n]*)"')


def calls_sql_functions(code):
    """SQL's functions called a line each in capitals, as a server's reference shows them
    (`DATE_FORMAT(NOW(), "%Y-%m-%d");`, MySQL's strings in double quotes): each a select list's item."""
    lines = [line.strip().rstrip(";").strip() for line in code.splitlines() if line.strip()]
    return bool(lines) and all(
        (called := _functions_called(line))
        and called[0] not in _C_MACRO_NAMES
        and parses_as_sql("SELECT " + _DOUBLE_QUOTED.sub(lambda m: "'" + m[1].replace("'", "''") + "'", line))
        for line in lines
    )
