"""A statement's pieces as posts show them: a clause, columns, a condition cut out of the
statement they came from (PostgreSQL's parser takes each once it is put back), and statements
the parser refuses but SQL's words fill."""

import re

from .psql_signs import PSQL_VARIABLE
from .shell_signs import ELIDED_LINE
from .signature_signs import looks_like_function_named_alone, parses_as_sql
from .sql_signs import C_PARAMETERS, looks_like_column_lines, without_leading_comments
from .vocabulary import BUILTIN_TYPES, SQL_GRAMMAR_FUNCTIONS, SQL_KEYWORDS

# `... WHERE id = $1`, `[...] FROM t [...]`: a clause whose statement's head the post left out.
_ELIDED_CLAUSE = re.compile(
    r"(?:\[?(?:\.\.\.|…)\]?)\s*(?=(?:FROM|WHERE|JOIN|LEFT JOIN|INNER JOIN|ORDER BY|GROUP BY|HAVING|LIMIT)\b)",
    re.I,
)
# ... or one alone, in SQL's capitals: `FROM orders o JOIN items i ON ...` (Python's `from` is lower case).
_CLAUSE_ALONE = re.compile(r"(?=(?:FROM|WHERE|GROUP BY|ORDER BY|HAVING)\s)")
_ELIDED_TAIL = re.compile(r"\s*\[?(?:\.\.\.|…)\]?\s*$")
# A parameter a driver binds, `:name` or `%(name)s`, compared or assigned: `x = :x_1`.
_BIND_PARAMETER = re.compile(r"[=<>]\s*\(?(?::[A-Za-z_]\w*|%\(\w+\)s)")
# SQL's words, to weigh a block the parser refused; a line that can only open a statement.
_SQL_WORDS = re.compile(
    r"\b(?:SELECT|FROM|WHERE|INSERT|INTO|UPDATE|DELETE|CREATE|TABLE|ALTER|DROP|JOIN|GROUP|ORDER|BY|"
    r"VALUES|RETURNING|INDEX|AS|AND|OR|NOT|NULL|CAST|ON|LIMIT|SET|DEFAULT|PRIMARY|KEY|REFERENCES|COLLATE)\b",
    re.I,
)
STRONG_SQL_START = re.compile(
    r"^\s*(?:SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS|CREATE|ALTER|DROP|"
    r"GRANT|REVOKE|TRUNCATE|EXPLAIN|WHERE|(?:LEFT |INNER )?JOIN|ORDER BY|GROUP BY|VALUES(?=\s*\())\b",
    re.I,
)
STRONG_SQL_LINE = re.compile(STRONG_SQL_START.pattern, re.I | re.M)


def _is_elided_clause(text):
    """A clause that parses once the head of its statement is put back."""
    elided = _ELIDED_CLAUSE.match(text.strip()) or _CLAUSE_ALONE.match(text.strip())
    if not elided:
        return False
    clause = _ELIDED_TAIL.sub("", text.strip()[elided.end() :])
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
    r"\b(?:UNSIGNED|ZEROFILL|AUTO_INCREMENT|auto_increment)\b|\bCOMMENT\s+'[^'\n]*'"
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


def looks_like_sql_fragment(code):
    """A piece of a statement: column definitions, an expression, a condition, a literal with a
    cast. Wrapped in the statement it came from, PostgreSQL's parser takes it."""
    bare = without_leading_comments(code.strip())
    if re.search(r"\w\.py::\w", bare) or C_PARAMETERS.search(bare):
        return False  # pytest's test, `test_feed.py::test_empty PASSED`: no cast; C's `(int m, int n)`
    if (_ELIDED_CLAUSE.match(bare) or _CLAUSE_ALONE.match(bare)) and (
        _is_elided_clause(bare)
        or all(_is_elided_clause(line) for line in _SQL_COMMENTS.sub("", bare).splitlines() if line.strip())
    ):
        return True  # `... WHERE id = ANY ($1)`: the statement's head left out (or each line's)
    body = re.sub(r"%(?:\(\w+\))?s", "x", PSQL_VARIABLE.sub("x", bare)).rstrip(";").rstrip(",")
    body = _PLACEHOLDER.sub("x", body)  # `order by <fields>`: the reader's name to fill in
    body = re.sub(r"^,\s*(?=\w)", "", body)  # a select list's next line, `,row_number() OVER (...) AS n`
    if not body or len(body) > 2000 or re.fullmatch(r'"[^"]*"', body):
        return False  # a string alone, JSON's or prose's: SQL never quotes a bare name so
    pair = re.fullmatch(
        r"(?![A-Z]+\s)\w+\s+\w+", body
    )  # `perf top`: a command; `title text`, `DESCRIBE t`: SQL
    if re.match(r"\w+\s*\(\s*\n", body) and parses_as_sql(f"CREATE TABLE {body}"):
        return True  # a table's name and columns, CREATE TABLE left out
    if re.match(r"\w+\s+AS\s*\(", body, re.I) and parses_as_sql(f"WITH {body} SELECT 1"):
        return True  # a WITH query's named parts, `recent AS (SELECT ...)`, cut from their statement
    # a type alone with its modifiers, `numeric(3,2)`, `varchar(255)`; or named, `numeric(p, s)`
    if all(map(_is_typed_with_modifiers, body.splitlines())):
        return True
    columns = re.fullmatch(r"\w+\s+\w+.*", body, re.S) and parses_as_sql(
        f"CREATE TABLE t (\n{_as_postgres_columns(body)}\n)"
    )
    columns = columns and (not pair or looks_like_column_lines(body))
    if columns:
        return True
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
    return _listed_expressions(bare) or _fragments_apart(body)


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
_PLACEHOLDER = re.compile(r"<[A-Za-z_][\w.-]*>")
_MERGE_ACTION = re.compile(r"WHEN\s+(?:NOT\s+)?MATCHED\b", re.I)


# An interval literal, `interval '1' month`; a join's condition on two tables' keys, `a.id = b.a_id`.
_INTERVAL_LITERAL = re.compile(r"\binterval\s+'[^'\n]*'", re.I)
_JOIN_CONDITION = re.compile(r"\s*([a-z_]\w*)\.\w*id\s*=\s*(?!\1\.)[a-z_]\w*\.\w*id\s*", re.I)
# `CASE WHEN ... THEN ... END`, SQL's conditional expression, maybe its operand before WHEN (on
# CASE's line, or WHEN on the next). Lazy, and no two runs of spaces side by side: a long run
# of spaces after `case` would otherwise be split every way before the match failed.
_CASE_EXPRESSION = re.compile(
    r"\bcase\b(?:[^\n]*?\bwhen\b|[^\n]*\n\s*when\b).*?\bthen\b.*?\bend\b", re.I | re.S
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


def _expression_lines(code):
    """A list's lines, stripped, less the writer's `#` notes."""
    return [line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _listed_expressions(code):
    """Expressions a line each, as a reference lists functions: `jsonb_set(data, '{a}', v)` over
    `jsonb_strip_nulls(data)`; each must bear PostgreSQL's mark, and each must parse (a writer's
    `# returns true` notes between them aside)."""
    lines = _expression_lines(code)
    if len(lines) < 2 or not all(parses_as_sql(f"SELECT {line.rstrip(';')}") for line in lines):
        return False
    if all(line.endswith(";") for line in lines) and len(_LOGIC_WORDS.findall(code)) >= 2:
        return True  # expressions as statements, `x = x;`, among SQL's logic: `(NOT FALSE) AND ...;`
    return all(_POSTGRES_EXPRESSION.search(line) for line in lines)


# A call of a function only PostgreSQL names so, `jsonb_set(`, `pg_relation_size(`, `nextval(`.
_POSTGRES_CALL = (
    r"(?:(?:jsonb|pg|regexp|txid|ST)_\w+|nextval|currval|setval|current_setting|set_config|generate_series|"
    r"generate_subscripts|string_agg|array_agg|json_agg|jsonb?_build_object|date_trunc|to_tsvector|to_tsquery|"
    r"plainto_tsquery|websearch_to_tsquery|gen_random_uuid|bool_and|bool_or|to_char|to_date|to_timestamp|"
    r"to_number|array_length|array_to_string|string_to_array)\("
)  # its own names, no other language's
_ANSWER_TAIL = re.compile(r"(?<=\))[ \t]+(?:=>|→)[ \t][^\n]*$", re.M)
_NOTED_SQL_CALL_LINE = re.compile(r"[A-Z][A-Z_]*\([^()\n]*\)(?:\s+--[^\n]*)?")
_POSTGRES_CALL_LINE = re.compile(rf"[ \t]*{_POSTGRES_CALL}.*\)[ \t]*;?[ \t]*")
# What its reference lists a line each, no family's prefix: the clock's functions, SQL's special
# values (`CURRENT_TIME(precision)`, the precision named, as a synopsis does).
_POSTGRES_CLOCK_LINE = re.compile(
    r"[ \t]*(?:(?:now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\(\)|"
    r"(?:CURRENT_(?:DATE|TIME|TIMESTAMP|USER|ROLE|SCHEMA|CATALOG)|LOCALTIME(?:STAMP)?|SESSION_USER)"
    r"(?:\(\w+\))?)[ \t]*;?[ \t]*",
    re.I,
)


def lists_postgres_calls(code):
    """PostgreSQL's functions listed a call a line, or one call of its functions nested over
    lines (`ST_SetSRID(ST_MakePoint(...), 4326)`): Python would parse them; its reference's."""
    code = _ANSWER_TAIL.sub("", code)  # `jsonb_path_exists(...) => true`: what each call gives, noted
    lines = _expression_lines(code)
    if len(lines) >= 2 and all(map(_POSTGRES_CLOCK_LINE.fullmatch, lines)):
        return True
    noted = [line for line in lines if not line.startswith("--")]
    if "--" in code and len(noted) >= 2 and all(map(_NOTED_SQL_CALL_LINE.fullmatch, noted)):
        return True  # SQL's functions a line each under SQL's notes: `COUNT(*) -- rows counted`
    body = code.strip().rstrip(";")
    if "\n" in body and re.match(_POSTGRES_CALL, body) and parses_as_sql(f"SELECT {body}"):
        return all(re.fullmatch(_POSTGRES_CALL, call) for call in re.findall(r"\w+\(", body))
    synopses = [line for line in lines if not line.startswith("--")]
    if len(synopses) >= 2 and all(map(_SYNOPSIS_CALL.fullmatch, synopses)):
        return True  # its reference's synopses, a line each (under SQL's notes)
    if not all(_POSTGRES_CALL_LINE.fullmatch(line) for line in lines):
        return False
    if len(lines) == 1:  # one call alone: `nextval('notes_id_seq')`, or its synopsis: `f(a, b[, c])`
        call = _without_optional_arguments(lines[0].rstrip(";"))
        return parses_as_sql(f"SELECT {call}") or bool(_SYNOPSIS_CALL.fullmatch(call.strip()))
    return _listed_expressions(code)


# A call's synopsis, its arguments named (`generate_series(start, end, interval)`: `end` is reserved),
# maybe typed (`pg_advisory_lock(key bigint)`).
_SYNOPSIS_CALL = re.compile(rf"{_POSTGRES_CALL}\s*[a-z_]+(?: [a-z_]+)?(?:\s*,\s*[a-z_]+(?: [a-z_]+)?)*\s*\)")


def _without_optional_arguments(call):
    """A synopsis's call without its optional arguments, `[, step]` (nested too)."""
    while (shorter := _OPTIONAL_ARGUMENT.sub("", call)) != call:
        call = shorter
    return call


_OPTIONAL_ARGUMENT = re.compile(r"\s*\[\s*,[^\[\]\n]*\]")


def has_sql_structure(code):
    """In doubt between text and SQL, SQL: a line opens a statement and the block is dense with
    SQL's words (statements between lines of output or prose)."""
    opening = [
        m for m in STRONG_SQL_LINE.finditer(code) if not m.group().strip().istitle()
    ]  # `Create a ...`: prose
    return bool(opening and len(set(m.upper() for m in _SQL_WORDS.findall(code))) >= 4)


def reads_as_sql(code):
    """Statements PostgreSQL's parser did not take (elided, another dialect), ended by `;` or
    dense with SQL's words: `cluster {` or `set monitor <node>` is no SQL; nor a sentence opening
    with the verb, `Create Canva template` (SQL's object would follow it)."""
    verb = _SENTENCE_VERB.match(without_leading_comments(code))
    if verb and verb.group(1).lower() not in SQL_KEYWORDS:
        return False
    return bool(
        re.search(r";[ \t]*(?:--[^\n]*)?$", code, re.M)  # a statement's end, maybe a note after it
        or STRONG_SQL_START.match(without_leading_comments(code))
        or len(set(m.upper() for m in _SQL_WORDS.findall(code))) >= 3
    )


_SENTENCE_VERB = re.compile(r"\s*(?:Create|Alter|Drop)\s+(\w+)")
# SQL's own comments: `-- returns 'hello'` on a line, `/* ... */` over lines.
_SQL_COMMENT_LINE = re.compile(r"^\s*--(?:\s|$)", re.M)
_SQL_COMMENTS = re.compile(r"^[ \t]*--[^\n]*|/\*.*?\*/", re.M | re.S)
_NOTE_AFTER_CODE = re.compile(r"(?<=\S)[ \t]+--[ \t][^\n]*$", re.M)  # `coalesce(null, 'a') -- 'a'`
_EXPRESSION_MARK = re.compile(r"['(|]|\bCASE\b", re.I)  # a literal, a call, `||`, CASE: not a name alone
_ELIDED_LINES = re.compile(ELIDED_LINE.pattern, re.M)


# What an expression gives, written after an arrow: `ARRAY[1, 2] || 4 -> {1, 2, 4}`.
_GIVEN_VALUE = re.compile(r"[ \t]+(?:->|=>|→)[ \t]+[^\n]*$", re.M)


def looks_like_synopsis_over_statements(code):
    """A function's synopsis, `CONCAT (column, 'text', ...)`, and statements that call it, a
    paragraph each."""
    paragraphs = [part.strip() for part in re.split(r"\n[ \t]*\n", code) if part.strip()]
    statements = [part for part in paragraphs if STRONG_SQL_START.match(part) and parses_as_sql(part)]
    synopses = [part for part in paragraphs if part not in statements]
    return bool(statements and synopses) and all(map(looks_like_function_named_alone, synopses))


# A constraint as a column or a table declares it, in capitals: `NOT NULL`, `CHECK(condition)`,
# `PRIMARY KEY(a, b)`, `FOREIGN KEY(c) REFERENCES t(c) [ON DELETE CASCADE]`, `DEFAULT(value)`.
_CONSTRAINT = re.compile(
    r"[ \t]*(?:NOT NULL|NULL|UNIQUE|PRIMARY KEY|AUTO_INCREMENT|CHECK|DEFAULT|FOREIGN KEY|REFERENCES)"
    r"(?:[ \t]*\([^\n]*\)|[ \t]+[\w.]+(?:\([^\n]*\))?)*(?:[ \t]*\[[^\[\]\n]*\])?[ \t]*,?[ \t]*"
)


def lists_constraints(code):
    """Constraints a line each, as a lesson lists what a column or a table may declare."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")]
    return len(lines) >= 3 and all(map(_CONSTRAINT.fullmatch, lines))


def lists_expressions_with_values(code):
    """PostgreSQL's expressions a line each, what each gives after an arrow: a reference's examples
    (each bears PostgreSQL's mark once its value is set aside)."""
    lines = _expression_lines(code)
    return (
        len(lines) >= 2
        and all(map(_GIVEN_VALUE.search, lines))
        and _listed_expressions(_GIVEN_VALUE.sub("", code))
    )


def looks_like_commented_expressions(code):
    """SQL's expressions (or statements), a paragraph each, with `-- returns ...` notes over them
    or after them: a tutorial's `'Hello' || ' World'` and what it gives. Each paragraph parses, as written or
    selected."""
    if not (_SQL_COMMENT_LINE.search(code) or _NOTE_AFTER_CODE.search(code)):
        return False
    paragraphs = [
        _NOTE_AFTER_CODE.sub("", _SQL_COMMENTS.sub("", _ELIDED_LINES.sub("", part))).strip()
        for part in re.split(r"\n\s*\n", code)
    ]
    paragraphs = [part for part in paragraphs if part]
    return bool(paragraphs) and all(
        parses_as_sql(part) or _EXPRESSION_MARK.search(part) and parses_as_sql(f"SELECT {part}")
        for part in paragraphs
    )


# A keyword or a type in SQL's capitals (`DOUBLE PRECISION`, `DECIMAL(p,s)`, `INTEGER (INT)`), a
# note after it in SQL's own `--`.
_NOTED_KEYWORD = re.compile(
    r"([A-Z][A-Z0-9]*)(?: [A-Z][A-Z0-9]*)*(?: ?\([\w, ]*\))?(?:\[\])?[ \t]+--[ \t]*\S"
)  # `INTEGER[]` too
_KNOWN_WORDS = SQL_KEYWORDS | BUILTIN_TYPES  # what may open such a line
_TYPE_WORDS = BUILTIN_TYPES | SQL_GRAMMAR_FUNCTIONS  # what may stand alone on one (`INTEGER`, `TEXT`)


def looks_like_noted_keywords(code):
    """A list of SQL's keywords or types, a line each with its note after `--`: a cheat sheet of
    what a clause or a column may take (`CASCADE -- propagates the change`); maybe with a
    statement that uses them in a paragraph of its own. Or SQL's names mixed with its calls and
    clauses, a note after most lines (`COUNT(col)  -- skips NULLs`, `UUID  INET  CIDR`)."""
    if _names_sql_with_notes(code):
        return True
    named = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")]
    if len(named) >= 3 and all(_NOTED_COLUMN.fullmatch(line) for line in named):
        return True  # a table's columns named a line each, `create_time  -- when`: SQL's notes, in snake case
    if (listed := _noted_keyword_lines(code)) is not None:
        return listed >= 3
    paragraphs = [part for part in re.split(r"\n[ \t]*\n", code) if part.strip()]
    counts = [_noted_keyword_lines(part) for part in paragraphs]
    return (
        sum(count or 0 for count in counts) >= 3
        and any(count is None for count in counts)
        and all(count is not None or parses_as_sql(part) for part, count in zip(paragraphs, counts))
    )


_NOTED_COLUMN = re.compile(r"\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)*[ \t]+--[ \t]+\S.*")


def _noted_keyword_lines(code):
    """How many lines list a keyword with its note, if all of them do; else None."""
    lines = [
        line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")
    ]
    noted = [_NOTED_KEYWORD.match(line) for line in lines]
    return len(lines) if all(m and m[1].lower() in _KNOWN_WORDS for m in noted) else None


# A column's type or options, or a table's constraint, in SQL's capitals: `TEXT NOT NULL`,
# `DEFAULT now()`, `CHECK (length(title) >= 2)`, `UNIQUE (email)`.
_COLUMN_PART = re.compile(r"[A-Z][A-Z0-9]*(?:\s|\(|$)")


# A column's options, which a writer may give in lower case: `default now()`, `check (n > 0)`
# (`check(x)` is a call).
_COLUMN_OPTIONS = frozenset("default check unique primary references generated constraint collate".split())


def looks_like_column_parts(code):
    """What a table's definition says a line at a time, cut from it: types, a column's options,
    a table's constraints. Each line, in capitals, parses as a column's or as a constraint."""
    lines = [re.sub(r"\s--\s.*$", "", line).strip().rstrip(",") for line in code.splitlines() if line.strip()]
    return bool(lines) and all(
        _is_column_part(line) or _MYSQL_OPTIONS.fullmatch(line) for line in lines
    )  # a `-- note` after each, too


# MySQL's options to a table or a column, cut from its CREATE TABLE: `ENGINE=InnoDB DEFAULT
# CHARSET=utf8mb4`, `CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci` (in capitals: prose's
# "character set" is no option).
_MYSQL_OPTION = (
    r"(?:DEFAULT\s+)?(?:(?:CHARACTER SET|CHARSET|COLLATE)\s*=?\s*\w+|"
    r"(?:ENGINE|AUTO_INCREMENT|ROW_FORMAT)\s*=\s*\w+|COMMENT\s*=?\s*'[^'\n]*')"
)
_MYSQL_OPTIONS = re.compile(rf"\)?\s*{_MYSQL_OPTION}(?:\s+{_MYSQL_OPTION})*\s*;?")


def _is_column_part(line):
    """A word alone must be a type (`TIMESTAMPTZ`, not `PASSWORD`), in capitals; more, open with
    SQL's words (`default now()` too)."""
    if not line:
        return False  # a comma alone
    first = line.split(None, 1)[0].split("(")[0].lower()
    known = _TYPE_WORDS if first == line.lower() else _KNOWN_WORDS
    written = _COLUMN_PART.match(line) or first in _COLUMN_OPTIONS and line.startswith(f"{first} ")
    return bool(written and first in known) and any(
        parses_as_sql(f"CREATE TABLE t ({column})") for column in (f"c {line}", f"c int {line}", line)
    )


# A reference's lists of SQL's operators, a family a line (`=, <>, <, <=, >, >=`, `LIKE, ILIKE`),
# one of them at least SQL's own (`<>`, `||`, `@>`, `ILIKE`, `IS NULL`): no other language lists these.
_OPERATOR_ITEM = r"(?:[<>=!~@&|#%^*/+-]{1,3}|[A-Z]+(?: [A-Z]+)*|array\[\])"
_OPERATOR_LIST_LINE = re.compile(rf"{_OPERATOR_ITEM}(?:,[ \t]*{_OPERATOR_ITEM})*")
_SQL_OWN_OPERATOR = re.compile(
    r"<>|\|\||@>|<@|&&|\bI?LIKE\b|\bIS (?:NOT )?NULL\b|\bSIMILAR TO\b|\b(?:NOT)?NULL\b"
)


_NOTED_OPERATOR_LINE = re.compile(r"[ \t]*[<>=!~@&|#%^*/+-]{1,3}[ \t]+--[ \t]+\S[^\n]*")


def looks_like_operator_lists(code):
    """A reference's lists of operators, or its operators a line each with SQL's `--` note after
    them (`~~   -- LIKE`): no other language notes its operators so."""
    written = [line for line in code.splitlines() if line.strip()]
    if written and all(map(_NOTED_OPERATOR_LINE.fullmatch, written)):
        return True
    lines = [
        line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("--")
    ]
    return (
        bool(lines)
        and any("," in line for line in lines)
        and all(_OPERATOR_LIST_LINE.fullmatch(line) for line in lines)
        and all(
            word.lower() in SQL_KEYWORDS for line in lines for word in re.findall(r"[A-Z]+", line)
        )  # `IS NOT NULL`'s words, no capitals of prose
        and bool(_SQL_OWN_OPERATOR.search(code))
    )


def _names_sql_with_notes(code):
    """Most lines' words are SQL's (its types and keywords, in capitals or as PostgreSQL names its
    types) or parse as a select list's item; a `-- note` after half of them or more."""
    lines = [line for line in code.strip().splitlines() if line.strip()]
    if len(lines) < 2 or len(lines) > 200:
        return False
    noted = [bool(_NOTE_AFTER_CODE.search(line)) for line in lines]
    if sum(noted) * 2 < len(lines) or sum(noted) < 2:
        return False
    written = [_NOTE_AFTER_CODE.sub("", line).strip() for line in lines]
    return sum(map(_names_sql, written)) >= max(2, len(lines) * 4 // 5)


def _names_sql(part):
    words = re.findall(r"[A-Za-z_][\w]*", part)
    if not words:
        return False
    if all(
        word in BUILTIN_TYPES
        or word.isupper()
        and (word.lower() in BUILTIN_TYPES or word.lower() in SQL_KEYWORDS)
        for word in words
    ):
        return True  # `TSTZRANGE`, `UUID  INET  CIDR`, `tsvector`
    return bool(re.match(r"[A-Z][A-Z_]+\s*\(", part)) and (
        parses_as_sql(f"SELECT {part.rstrip(',')}") or parses_as_sql(f"SELECT count(*) {part} FROM t")
    )  # `COUNT(DISTINCT col)`, `STRING_AGG(name, ', ')`; `FILTER (WHERE paid)` after an aggregate
