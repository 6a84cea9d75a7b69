"""A statement's pieces as posts show them: a clause, columns, a condition cut out of the
statement they came from (PostgreSQL's parser takes each once it is put back), and statements
the parser refuses but SQL's words fill."""

import re

from .psql_signs import PSQL_VARIABLE
from .shell_signs import ELIDED_LINE
from .signature_signs import parses_as_sql
from .signs import PLACEHOLDER, PYTHON_LIBRARY_CALL
from .sql_signs import C_PARAMETERS, looks_like_column_lines, without_leading_comments
from .vocabulary import BUILTIN_TYPES, SQL_GRAMMAR_FUNCTIONS, SQL_KEYWORDS

# A WHERE's condition written out alone: a value LIKE a pattern (quoted, built by CONCAT or `||`, maybe a driver's
# parameter in it, MyBatis' `#{key}`), or BETWEEN two bounds; the value maybe left out (`like ...`).
CONDITION_ALONE = re.compile(
    r"(?:[\w.]+(?:\([^()\n]*\))?[ \t]+)?(?:not[ \t]+)?(?:like|ilike)[ \t]+"
    r"(?:'[^'\n]*'|concat[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)|\([^()\n]*\|\|[^()\n]*\)|'[^'\n]*'[ \t]*\|\|[^\n]*)|"
    r"[\w.]+(?:\([^()\n]*\))?[ \t]+(?:not[ \t]+)?between[ \t]+[\w.'-]+[ \t]+and[ \t]+[\w.'-]+",
    re.I,
)
# `... WHERE id = $1`, `[...] FROM t [...]`: a clause whose statement's head the post left out.
_ELIDED_CLAUSE = re.compile(
    r"(?:\[?(?:\.\.\.|…)\]?)\s*(?=(?:FROM|WHERE|JOIN|LEFT JOIN|INNER JOIN|ORDER BY|GROUP BY|HAVING|LIMIT)\b)",
    re.I,
)
# ... or one alone, in SQL's capitals: `FROM orders o JOIN items i ON ...`, `LIMIT 5` (Python's `from` is lower case),
# or LIMIT in any case, given numbers or a synopsis's names: `limit 5,10`, `limit _offset, _number`.
_CLAUSE_ALONE = re.compile(r"(?=(?:FROM|WHERE|GROUP BY|ORDER BY|HAVING|LIMIT)\s|limit\s+[\w(])")
# MySQL's LIMIT given its offset first, `LIMIT 0,5`, which PostgreSQL's parser refuses: its OFFSET.
_ELIDED_TAIL = re.compile(r"\s*\[?(?:\.\.\.|…)\]?\s*$")
# A parameter a driver binds, `:name` or `%(name)s`, compared or assigned: `x = :x_1`.
_BIND_PARAMETER = re.compile(r"[=<>]\s*\(?(?::[A-Za-z_]\w*|%\(\w+\)s)")
# SQL's words, to weigh a block the parser refused; a line that can only open a statement.
_SQL_WORDS = re.compile(
    r"\b(?:SELECT|FROM|WHERE|INSERT|INTO|UPDATE|DELETE|CREATE|TABLE|ALTER|DROP|JOIN|GROUP|ORDER|BY|"
    r"VALUES|RETURNING|INDEX|AS|AND|OR|NOT|NULL|CAST|ON|LIMIT|SET|DEFAULT|PRIMARY|KEY|REFERENCES|COLLATE)\b",
    re.I,
)
# A line that opens a statement (`create-react-app` opens none: no hyphen after the verb; nor does
# pandas' `drop=True`, a keyword argument).
STRONG_SQL_START = re.compile(
    r"^\s*(?:SELECT|(?:INSERT|REPLACE)\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS|CREATE|ALTER|DROP|"
    r"(?-i:COPY\s+INTO)\s+(?:\S+\s+|[^\n]+\n\s*)FROM|"  # a bulk load's `COPY INTO <target> FROM <source>` (Snowflake's, CnosDB's form)
    r"GRANT|REVOKE|TRUNCATE|EXPLAIN|WHERE|(?:(?:LEFT|RIGHT|FULL)\s+(?:OUTER\s+)?|INNER\s+|CROSS\s+)?JOIN|ORDER BY|GROUP BY|VALUES(?=\s*\())\b(?![-=]|/(?!\*))",
    re.I,
)
STRONG_SQL_LINE = re.compile(STRONG_SQL_START.pattern, re.I | re.M)
_CALL_IN_CAPITALS = re.compile(
    r"\s*(?:CALL[ \t]+[\w.]+[ \t]*\(|(?i:call)[ \t]+[\w.]+[ \t]*\([^()\n]*(?:\.\.\.|…)\))"
)  # or in any case, its arguments elided as a synopsis writes them: `call procedure_name (arguments...)`


def _is_elided_clause(text):
    """A clause that parses once the head of its statement is put back."""
    elided = _ELIDED_CLAUSE.match(text.strip()) or _CLAUSE_ALONE.match(text.strip())
    if not elided:
        return False
    clause = _ELIDED_TAIL.sub("", text.strip()[elided.end() :])  # (MySQL's `LIMIT 10, 5` parses_as_sql reads)
    head = "SELECT *" if clause[:4].upper() == "FROM" else "SELECT * FROM t"
    joined = " ON true" if _JOIN_LAST.search(clause) else ""  # `JOIN t2` over the ON cut off
    return parses_as_sql(f"{head} {clause}{joined}") or parses_as_sql(
        f"{head} {_PLACEHOLDER_COLUMN.sub('c', clause)}{joined}"
    )


_JOIN_LAST = re.compile(r"\bJOIN\s+[\w.]+(?:\s+(?:AS\s+)?\w+)?\s*$", re.I)


_NEXT_CONDITION = re.compile(
    r"(?:AND|OR)\s+(?:NOT\s+)?[\w(]"
)  # in SQL's capitals: prose's "and" is lower case
# A tutorial's placeholder for any column, `WHERE column LIKE '%x%'`, a word PostgreSQL reserves.
_PLACEHOLDER_COLUMN = re.compile(r"\bcolumn\b", re.I)
# MySQL's words in a column's definition, which PostgreSQL's parser refuses: `INT UNSIGNED`,
# `AUTO_INCREMENT`, `COMMENT '...'` (in capitals: C's `unsigned` is not one).
_MYSQL_COLUMN_WORDS = re.compile(
    r"\b(?:UNSIGNED|ZEROFILL|AUTO_INCREMENT|auto_increment)\b|\bCOMMENT\s+'[^'\n]*'|"
    r"(?i:\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b(?:\(\d*\))?)|"  # MySQL's own clause on a timestamp
    r"(?i:(?<=\bint)|(?<=\binteger)|(?<=\bbigint)|(?<=\bsmallint))\(\d+\)"  # an integer's display width, `int(11)`
)


_TYPE_WITH_MODIFIERS = re.compile(r"([a-z]+)(?: [a-z]+)?\(\s*(\w+)(?:\s*,\s*(\w+))?\s*\)", re.I)


def _is_typed_with_modifiers(line):
    """A type with its modifiers, given (`numeric(6, 2)`) or named (`numeric(precision, scale)`)."""
    typed = _TYPE_WITH_MODIFIERS.fullmatch(line.strip())
    if not typed or typed.group(1).lower() not in SQL_GRAMMAR_FUNCTIONS:
        return False
    modifiers = ", ".join("1" for modifier in typed.groups()[1:] if modifier)  # a synopsis names them
    return parses_as_sql(f"SELECT NULL::{line.strip()[: typed.start(2)]}{modifiers})")


def _as_postgres_columns(body):
    """Column definitions as PostgreSQL's parser takes them: MySQL's words left out, and the
    last line's comma too where a `-- note` follows it (`amount DECIMAL(18, 4),  -- total`)."""
    return re.sub(r",([ \t]*--[^\n]*)?\s*$", r"\1", _MYSQL_COLUMN_WORDS.sub("", body))


# MySQL's column definitions, each name in backquotes (a comma left off between two lines, as a
# post copies them out of a CREATE TABLE): `` `usage_type` tinyint(1) NOT NULL COMMENT '...' ``.
_BACKQUOTED_COLUMN = re.compile(r"[ \t]*`\w+`[ \t]+[A-Za-z_]\w*(?:\([\d, ]+\))?(?:[ \t][^\n]*)?")


def _backquoted_columns(body):
    lines = [line.strip().rstrip(",") for line in body.splitlines() if line.strip()]
    if not lines or not all(map(_BACKQUOTED_COLUMN.fullmatch, lines)):
        return False
    columns = _as_postgres_columns(",\n".join(lines).replace("`", '"'))
    return parses_as_sql(f"CREATE TABLE t (\n{columns}\n)")


# A column's name, then its type's: the type a word in ASCII, as every type PostgreSQL ships
# (`为什么这里不用 Redis？` is a question, its last word no type).
_NAME_AND_TYPE = re.compile(r"\w+\s+[A-Za-z_][A-Za-z0-9_]*+(?![^\x00-\x7f]).*", re.S)


# A compound assignment, `photo.className += ' x ';`: C's, JavaScript's and Python's, never SQL's
# (PostgreSQL would take `+=` for an operator someone defined).
_COMPOUND_ASSIGNMENT = re.compile(
    r"[\w\])][ \t]*(?:[-+*/%|&^]|<<|>>)[ \t]?=[ \t]"
)  # `x += 1`, a register's `DDRB |= ...`


# JavaScript's and C's own around a fragment: a JSDoc comment's tags, a line opened by `//`, a
# type test by keyword.
_SCRIPT_NOTES = re.compile(
    r"^[ \t]*//|\S[ \t]+//[ \t]+\S|/\*\*[^*@]*+(?:\*(?!/)[^*@]*+)*+@[a-z]\w*|\b(?:instanceof|typeof)\b", re.M
)  # (a note after code in `//`, `-g // 表示全局`: SQL writes no `//`)


# A subscript by a string in double quotes, `set["apple"] = 1;`: a script's map (SQL's `"apple"` names a
# column, and jsonb's keys go in single quotes).
_KEYED_BY_STRING = re.compile(r'\w\["[^"\n]*"\]')


# Python's print called (T-SQL's PRINT is in capitals, its argument bare): `print("Hello World");`.
_PYTHON_PRINT = re.compile(
    r"\s*print\(|\s*(?:console|document|window|localStorage|JSON)\.\w+\s*\("
)  # or JavaScript's globals


# A C function declared taking nothing, `EVP_MD_CTX *EVP_MD_CTX_new(void);`: SQL calls with `()`.
_VOID_PARAMETERS = re.compile(r"\w[ \t]*\([ \t]*void[ \t]*\)")


# A variable incremented, `++glod;`, `i++`: C's, JavaScript's, Java's (PostgreSQL has no `++`).
_INCREMENTED = re.compile(r"\+\+[A-Za-z_]|[\w\])]\+\+")


# An HTML entity, `&copy;`, `&#160;`: markup's escape, not a statement's end after `&` (`AT&T` over
# `&copy;` parses as `SELECT AT & T & copy`).
_HTML_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5});")
# Quoted strings listed, `"get", "list", "watch"`: values cut from a YAML or JSON array.
_QUOTED_LIST = re.compile(r'[ \t]*+"[^"\n]*+"(?:[ \t]*+,[ \t]*+"[^"\n]*+")++[ \t]*+,?[ \t]*+')


# A name, a word, then a gloss in brackets in another alphabet after a space: `adduser git
# (不用设置密码)` is a command with its note, no column, unless the word is a type SQL knows
# (`name text (标题)`); a call's arguments (`dbcc checkident(表名,reseed,数字)`) are no gloss.
_GLOSSED_WORD = re.compile(r"[ \t]*\w+[ \t]+([A-Za-z_]\w*)[ \t]+\([^(),\n]*[^\x00-\x7f][^(),\n]*\)[ \t]*")


def _glossed_command(body):
    glossed = _GLOSSED_WORD.fullmatch(body)
    return bool(glossed) and glossed.group(1).lower() not in BUILTIN_TYPES | SQL_KEYWORDS


# A path given bare after a space, two of its parts at least (`/data/www`, `./conf/app.ini`): SQL divides
# with spaces or numbers, and quotes a path.
_BARE_PATH = re.compile(r"(?:^|[ \t])(?:~|\.{1,2})?/[A-Za-z_][\w.-]*/[\w.-]")


# A type, then variables of it, ended: `color_set1 color1, color2;`, `struct node *a, *b;`.
_DECLARED_VARIABLES = re.compile(
    r"(?:(?:struct|enum|union|const|unsigned)[ \t]+)*[A-Za-z_]\w*[ \t]+\**[A-Za-z_]\w*(?:[ \t]*,[ \t]*\**[A-Za-z_]\w*)+[ \t]*;"
)
# Windows' typedef before a member's name in CamelCase, ended, alone (maybe its offset noted
# before it): `NT_TIB NtTib;`, `/*0x0c0 */ DWORD ImageProcessAffinityMask;` (a column's name comes first).
_CAPITAL_TYPED_MEMBER = re.compile(r"(?:/\*[^*\n]*\*/[ \t]*)?[A-Z][A-Z0-9_]*[ \t]+\**[A-Z][a-z]\w*[ \t]*;")
# A structure's member given a bare name, ended, alone: `cfg.mode = MODE_FAST;`.
_MEMBER_SET = re.compile(
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[ \t]*=[ \t]*(?:[A-Za-z_]\w*|\"[^\"\n]*://[^\"\n]*\")[ \t]*;"
)  # (`location.href = "scheme://...";`: an address in double quotes, which names no column)


# One word in backquotes only, not other_servers_sql's `_BACKQUOTED` (anything between them): a
# fragment here may be JavaScript's, whose template literals hold spaces and `${...}`.
_BACKQUOTED_NAME = re.compile(r"`(\w+)`")


def looks_like_sql_fragment(code):
    """A piece of a statement: column definitions, an expression, a condition, a literal with a
    cast. Wrapped in the statement it came from, PostgreSQL's parser takes it."""
    if (
        _SCRIPT_NOTES.search(code)
        or _HTML_ENTITY.search(code)
        or _KEYED_BY_STRING.search(code)
        or _INCREMENTED.search(code)
        or _PYTHON_PRINT.match(code)
        or PYTHON_LIBRARY_CALL.match(code)  # `seaborn.boxplot(x, y, hue);`: no schema's function
        or _VOID_PARAMETERS.search(code)
    ):
        return False  # `/** @param ... */` over a call, `// C99's comment`, `obj instanceof Array`: no SQL's
    bare = without_leading_comments(code.strip())
    # pytest's test, `test_feed.py::test_empty PASSED`: no cast; C's `(int m, int n)`; `x += 1`
    if re.search(r"\w\.py::\w", bare) or C_PARAMETERS.search(bare) or _COMPOUND_ASSIGNMENT.search(bare):
        return False
    if _BARE_PATH.search(bare):
        return False  # nginx's `root /data/www/hosts;`, a program's `-c /etc/app.conf`: a path, no division
    # `color_set1 color1, color2;`: C's variables of one type (each column would take its own);
    # `TIM_InitStructure.TIM_Mode = TIM_Mode_PWM1;`: C's struct member set (a join compares two columns)
    if (
        _DECLARED_VARIABLES.fullmatch(bare)
        or _MEMBER_SET.fullmatch(bare)
        or _CAPITAL_TYPED_MEMBER.fullmatch(bare)
    ):
        return False
    if (_ELIDED_CLAUSE.match(bare) or _CLAUSE_ALONE.match(bare)) and (
        _is_elided_clause(bare)
        or all(_is_elided_clause(line) for line in SQL_COMMENTS.sub("", bare).splitlines() if line.strip())
    ):
        return True  # `... WHERE id = ANY ($1)`: the statement's head left out (or each line's)
    body = re.sub(r"%(?:\(\w+\))?s", "x", PSQL_VARIABLE.sub("x", bare)).rstrip(";").rstrip(",")
    body = PLACEHOLDER.sub("x", body)  # `order by <fields>`: the reader's name to fill in
    if "..." in body or "…" in body:
        body = _ELIDED_ITEM.sub("", body)  # `(c1, c2, c3 ..., cn)`: the list's middle left out
    body = re.sub(r"^,\s*(?=\w)", "", body)  # a select list's next line, `,row_number() OVER (...) AS n`
    if not body or len(body) > 2000 or re.fullmatch(r'"[^"]*"', body) or _QUOTED_LIST.fullmatch(body):
        return False  # a string alone, JSON's or prose's, or strings listed: SQL never quotes bare names so
    if _DEEP_MEMBER_CALL.search(body):
        return (
            False  # `ContextModuleFactory.hooks.someHook.tap(...)`: a script's members, no function SQL names
        )
    pair = re.fullmatch(
        r"(?![A-Z]+\s)\w+\s+\w+", body
    )  # `perf top`: a command; `title text`, `DESCRIBE t`: SQL
    if re.match(r"\w+\s*\(\s*\n", body) and parses_as_sql(f"CREATE TABLE {body}"):
        return True  # a table's name and columns, CREATE TABLE left out
    if re.match(r"\w+\s+AS\s*\(", body, re.I) and parses_as_sql(f"WITH {body} SELECT 1"):
        return True  # a WITH query's named parts, `recent AS (SELECT ...)`, cut from their statement
    settings = [line.rstrip(";") for line in body.splitlines() if line.strip()]
    if all(map(_SETTING_SET.fullmatch, settings)) and parses_as_sql(";\n".join(settings)):
        return (
            True  # `set hive.exec.reducers.max=<number>`: SET's form, the value a placeholder (a line each)
        )
    # a type alone with its modifiers, `numeric(3,2)`, `varchar(255)`; or named, `numeric(p, s)`
    if all(map(_is_typed_with_modifiers, body.splitlines())):
        return True
    if _backquoted_columns(body):
        return True
    columns = (
        _NAME_AND_TYPE.fullmatch(body)
        and not _glossed_command(body)
        and parses_as_sql(f"CREATE TABLE t (\n{_as_postgres_columns(body)}\n)")
    )
    columns = columns and (not pair or looks_like_column_lines(body))
    if columns:
        return True
    if "`" in body:  # MySQL's quoted names, `` `convert` ``: PostgreSQL's parser reads them in double quotes
        body = _BACKQUOTED_NAME.sub(r'"\1"', body)
    signs = (
        "::" in body
        or re.search(_POSTGRES_OPERATOR, body)
        or code.rstrip().endswith(";")
        or len(_SQL_WORDS.findall(body)) >= 2
        or bare != code.strip()  # a `--` comment, SQL's
        or _BIND_PARAMETER.search(bare)
        or _CASE_EXPRESSION.search(body)
        or _INTERVAL_LITERAL.search(body)
        or re.search(r'\bAS\s+"', body, re.I)  # a quoted alias, `name AS "Name"`: SQL's
        or _IN_A_LIST.search(body)
        or (re.search(r"[=<>]", body) and re.search(r"\s(?:AND|OR)\s", body))  # a condition's capitals
        or _ALIASED_CALL.fullmatch(body.strip())  # `ROUND(x * 100.0 / n, 2) AS ctr`: a select list's item
    )
    if signs and (parses_as_sql(f"SELECT {body}") or parses_as_sql(f"SELECT 1 WHERE {body}")):
        return True
    if _ALIAS_FORM.fullmatch(body.strip()):
        return True  # `old_name AS new_name`, `Old-name AS new-name`: an alias's form, a reference's synopsis
    if _NEXT_CONDITION.match(body) and parses_as_sql(f"SELECT 1 WHERE true {body}"):
        return True  # a WHERE's next condition, `AND NOT (tag LIKE '%.1m')`, cut from under the one above
    actions = "\n".join(line for line in body.splitlines() if not ELIDED_LINE.match(line)).strip().rstrip(",")
    if _REFERENTIAL_ACTION.match(actions):  # `ON DELETE CASCADE` between `...`: a foreign key's end
        return parses_as_sql(f"CREATE TABLE t (a int REFERENCES b {actions})")
    if _VALUES_ROWS.fullmatch(body):  # `(1, 'Ana', 'PT'),` a line: the rows of an INSERT's VALUES
        return parses_as_sql(f"INSERT INTO t VALUES {body}")
    if _POLICY_CLAUSE.match(actions):  # `USING (...)` over `WITH CHECK (...)`: a policy's conditions
        return parses_as_sql(f"CREATE POLICY p ON t {actions}")
    if _MERGE_ACTION.match(actions):  # `WHEN NOT MATCHED THEN INSERT ...`: a MERGE's actions
        return parses_as_sql(f"MERGE INTO t USING s ON true {actions}")
    if _CASE_EXPRESSION.fullmatch(actions) and "\n" in actions and parses_as_sql(f"SELECT {actions}"):
        return True  # its branches elided: `...` between them
    return listed_expressions(bare) or _fragments_apart(body)


_SETTING_SET = re.compile(r"[ \t]*(?i:set)[ \t]+[A-Za-z_][\w.]*[ \t]*=[ \t]*\S[^\n]*")
_ELIDED_ITEM = re.compile(r"(?<=\S)[ \t]*,?[ \t]*(?:\.{3}|…)(?=[ \t]*,)")  # (not C's variadic `, ...)`)
_ALIAS_FORM = re.compile(
    r"[A-Za-z_][\w-]*[ \t]+AS[ \t]+[A-Za-z_][\w-]*"
)  # AS in capitals, alone between names
_ALIASED_CALL = re.compile(r"[A-Z][A-Z_]*\(.*\)\s+AS\s+\w+\s*,?", re.S)


def _fragments_apart(body):
    """Fragments a post shows one after another, a blank line or a `;` between them: each one
    is a piece of a statement (`CASE x WHEN ... END;` twice over)."""
    parts = [part for part in re.split(r";?\s*\n\s*\n|;\s*\n", body) if part.strip()]
    return len(parts) > 1 and all(map(looks_like_sql_fragment, parts))


# A value tested against a list of literals, `m||d in ('131','331')`: a condition cut from a WHERE.
_IN_A_LIST = re.compile(r"\bin\s*\(\s*(?:'[^'\n]*'|\d+)(?:\s*,\s*(?:'[^'\n]*'|\d+)){2,}\s*\)", re.I)
_REFERENTIAL_ACTION = re.compile(r"ON\s+(?:UPDATE|DELETE)\s", re.I)
_VALUES_ROWS = re.compile(r"[ \t]*\([^\n]*\)(?:[ \t]*,[ \t]*\n[ \t]*\([^\n]*\))+[ \t]*")
_POLICY_CLAUSE = re.compile(r"(?:USING|WITH CHECK)\s*\(", re.I)
_MERGE_ACTION = re.compile(r"WHEN\s+(?:NOT\s+)?MATCHED\b", re.I)


# An interval literal, `interval '1' month`; a join's condition on two tables' keys, `a.id = b.a_id`.
_INTERVAL_LITERAL = re.compile(r"\binterval\s+'[^'\n]*'", re.I)
_JOIN_CONDITION = re.compile(r"\s*([a-z_]\w*)\.\w*id\s*=\s*(?!\1\.)[a-z_]\w*\.\w*id\s*", re.I)
# `CASE WHEN ... THEN ... END`, SQL's conditional expression, maybe its operand before WHEN (on
# CASE's line, or WHEN on the next). The first WHEN and the first THEN after it are kept
# (atomic): a later one can only leave less room for what follows, and trying each of them
# again made a line of `case x when 1 then 2` repeated, with no END, take seconds.
_CASE_EXPRESSION = re.compile(
    r"\bcase\b(?>[^\n]*?\bwhen\b|[^\n]*\n\s*when\b)(?>.*?\bthen\b).*?\bend\b", re.I | re.S
)
# PostgreSQL's own operators: JSON's, containment, a text search's match.
_POSTGRES_OPERATOR = r"(?<!-)->\s*'|->>|#>>?|@>|<@|@@"  # not a comment's `-->`
# What marks an expression as PostgreSQL's alone: a cast, an ARRAY[...], its operators, a call of one of its
# function families (`jsonb_set(`, `array_to_json(`, `pg_relation_size(`, `ST_Area(`).
_POSTGRES_EXPRESSION = re.compile(
    r"::\s*\w|(?-i:\bARRAY)\s*\[|"
    + _POSTGRES_OPERATOR
    + r"|\b(?:jsonb?|array|pg|regexp|string|ts|txid|st|to|date|make|generate)_\w+\s*\(",
    re.I,
)


_LOGIC_WORDS = re.compile(r"\b(?:AND|OR|NOT|TRUE|FALSE|IS NULL|IS NOT NULL)\b|<>")


def looks_like_join_condition(code):
    """`customer.id = order_item.customer_id`: two tables' keys set equal, a join's ON cut out
    (a conf file would not name a key after a table's column)."""
    return bool(_JOIN_CONDITION.fullmatch(code.strip().rstrip(";")))


def expression_lines(code):
    """A list's lines, stripped, less the writer's `#` notes."""
    return [line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def listed_expressions(code):
    """Expressions a line each, as a reference lists functions: `jsonb_set(data, '{a}', v)` over
    `jsonb_strip_nulls(data)`; each must bear PostgreSQL's mark, and each must parse (a writer's
    `# returns true` notes between them aside)."""
    lines = expression_lines(code)
    marked = (
        all(line.endswith(";") for line in lines)
        and len(_LOGIC_WORDS.findall(code)) >= 2  # expressions as statements, `x = x;`, among SQL's logic
    ) or all(_POSTGRES_EXPRESSION.search(line) for line in lines)
    return marked and len(lines) >= 2 and all(parses_as_sql(f"SELECT {line.rstrip(';')}") for line in lines)


def has_sql_structure(code):
    """In doubt between text and SQL, SQL: a line opens a statement and the block is dense with
    SQL's words (statements between lines of output or prose)."""
    opening = [
        m for m in STRONG_SQL_LINE.finditer(code) if not m.group().strip().istitle()
    ]  # `Create a ...`: prose
    return bool(opening and len(set(m.upper() for m in _SQL_WORDS.findall(code))) >= 4)


# A call through four names or more: SQL's functions are named by a schema at most (a catalog's, once).
_DEEP_MEMBER_CALL = re.compile(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){3,}[ \t]*\(")
# Options in Flink's way, `WITH (` over quoted keys set to quoted values.
_FLINK_OPTIONS = re.compile(r"\bWITH[ \t]*\([ \t]*\n?[ \t]*'[\w.-]+'[ \t]*=[ \t]*'", re.I)


def reads_as_sql(code):
    """Statements PostgreSQL's parser did not take (elided, another dialect), ended by `;` or
    dense with SQL's words: `cluster {` or `set monitor <node>` is no SQL; nor a sentence opening
    with the verb, `Create Canva template` (SQL's object would follow it)."""
    uncommented = without_leading_comments(code)
    verb = _SENTENCE_VERB.match(uncommented)
    if verb and verb.group(1).lower() not in SQL_KEYWORDS or _QUOTED_SECTION.search(code):
        return False
    if _PORT_LISTENED.match(uncommented):
        return False  # nginx's `listen 443 ssl http2;`: LISTEN's channel is a name, never a port
    return bool(
        re.search(r";[ \t]*(?:--[^\n]*)?$", code, re.M)  # a statement's end, maybe a note after it
        or STRONG_SQL_START.match(uncommented)
        or _CALL_IN_CAPITALS.match(
            uncommented
        )  # a procedure called, as a synopsis writes it: `CALL 名称([参数])`
        or _TRANSACTION_MODE.match(uncommented)  # `BEGIN TRANSACTION ISOLATION LEVEL <level>`: its synopsis
        # `EXECUTE CDCSOURCE job WITH (` over `'connector' = 'mysql-cdc',`: Flink's options
        or _FLINK_OPTIONS.search(code) is not None
        or len(set(m.upper() for m in _SQL_WORDS.findall(code))) >= 3
        or all(
            _SET_WITH_WORDS.fullmatch(line)
            for line in SQL_COMMENTS.sub("", code).splitlines()
            if line.strip()
        )
    )


# Another server's SET: MySQL's scoped `SET GLOBAL max_connections=500`, ShardingSphere's
# `set readwrite_splitting hint source = write` (words before a spaced `=`: not Vim's or GRUB's `set x=y`).
_SET_WITH_WORDS = re.compile(
    r"[ \t]*SET[ \t]+(?:(?:GLOBAL|SESSION|PERSIST(?:_ONLY)?)[ \t]+@{0,2}[\w.]+[ \t]*=[ \t]*\S|"
    r"[\w.]+(?:[ \t]+\w+)+[ \t]+=[ \t]+\S)[^\n;]*;?[ \t]*",
    re.I,
)
_TRANSACTION_MODE = re.compile(
    r"\s*(?:BEGIN|START|SET)[ \t]+TRANSACTION[ \t]+(?:ISOLATION[ \t]+LEVEL|READ[ \t]+(?:ONLY|WRITE))\b"
)
_PORT_LISTENED = re.compile(r"\s*listen\s+(?:[\w.:\[\]-]+:)?\d+\b", re.I)
_SENTENCE_VERB = re.compile(r"\s*(?:Create|Alter|Drop|Insert)\s+(\w+)")  # `Insert 2 into:` a step's
# A configuration's section named in quotes and braced, GRUB's `menuentry "Rescue" {`, HCL's
# `resource "aws_instance" "web" {`: no statement opens so.
_QUOTED_SECTION = re.compile(r'^[ \t]*[a-z][\w-]*(?:[ \t]+"[^"\n]*")+[ \t]*\{[ \t]*$', re.M)


SQL_COMMENTS = re.compile(r"^[ \t]*--[^\n]*|/\*.*?\*/", re.M | re.S)
