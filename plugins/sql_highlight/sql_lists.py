"""SQL as a reference or a lesson lists it, a line each: PostgreSQL's calls, expressions with
what they give, keywords, columns' parts, operators and constraints with their notes."""

import re

from .shell_signs import ELIDED_LINE, SHELL_WORDS
from .signature_signs import looks_like_function_named_alone, parses_as_sql, without_optional_parts
from .signs import WIDE
from .sql_fragments import SQL_COMMENTS, STRONG_SQL_START, expression_lines, listed_expressions
from .vocabulary import BUILTIN_TYPES, SQL_GRAMMAR_FUNCTIONS, SQL_KEYWORDS

# A call of a function only PostgreSQL names so, `jsonb_set(`, `pg_relation_size(`, `nextval(`.
_POSTGRES_CALL = (
    r"(?:(?:jsonb|pg|regexp|txid|ST)_\w+|nextval|currval|setval|current_setting|set_config|generate_series|"
    r"generate_subscripts|string_agg|array_agg|json_agg|jsonb?_build_object|date_trunc|to_tsvector|to_tsquery|"
    r"plainto_tsquery|websearch_to_tsquery|gen_random_uuid|bool_and|bool_or|to_char|to_date|to_timestamp|"
    r"to_number|array_length|array_to_string|string_to_array|crypt|gen_salt|pgp_(?:sym|pub)_(?:en|de)crypt|"
    r"gen_random_bytes)\("
)  # its own names (and pgcrypto's), no other language's
_ANSWER_TAIL = re.compile(r"(?<=\))[ \t]+(?:=>|→)[ \t][^\n]*$", re.M)
_NOTED_SQL_CALL_LINE = re.compile(r"[A-Z][A-Z_]*\([^()\n]*\)(?:\s+--[^\n]*)?")
_CALLS_LINE = re.compile(
    r"[ \t]*[A-Za-z_]\w*\([^()\n]*\)[ \t]*[,;]?(?:[ \t]*[A-Za-z_]\w*\([^()\n]*\)[ \t]*;?)*[ \t]*(--[^\n]*)?"
)  # `now(), current_timestamp();  -- the clock's` (no call nested: a line is read once)


def _calls_noted_in_sql(lines):
    """Four lines in five a call (or two), half of them with SQL's `--` note after it."""
    calls = [call for call in map(_CALLS_LINE.fullmatch, lines) if call]
    return 5 * len(calls) >= 4 * len(lines) and 2 * sum(1 for call in calls if call.group(1)) >= len(lines)


_POSTGRES_CALL_LINE = re.compile(rf"[ \t]*{_POSTGRES_CALL}.*\)[ \t]*;?[ \t]*")
# What its reference lists a line each, no family's prefix: the clock's functions, SQL's special
# values (`CURRENT_TIME(precision)`, the precision named, as a synopsis does).
_POSTGRES_CLOCK_LINE = re.compile(
    r"[ \t]*(?:(?:now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\(\)|"
    r"(?:CURRENT_(?:DATE|TIME|TIMESTAMP|USER|ROLE|SCHEMA|CATALOG)|LOCALTIME(?:STAMP)?|SESSION_USER)"
    r"(?:\(\w+\))?)[ \t]*;?[ \t]*",
    re.I,
)


_PLACEHOLDER = re.compile(r"<([A-Za-z_][^<>\n]*)>")  # an argument to fill in: `<password_hash>`


def _placeholder_named(placeholder):
    return re.sub(r"\W", "_", placeholder[1])


def lists_postgres_calls(code):
    """PostgreSQL's functions listed a call a line, or one call of its functions nested over
    lines (`ST_SetSRID(ST_MakePoint(...), 4326)`): Python would parse them; its reference's."""
    code = _ANSWER_TAIL.sub("", code)  # `jsonb_path_exists(...) => true`: what each call gives, noted
    lines = expression_lines(code)
    if len(lines) >= 2 and all(map(_POSTGRES_CLOCK_LINE.fullmatch, lines)):
        return True
    noted = [line for line in lines if not line.startswith("--")]
    if "--" in code and len(noted) >= 2 and all(map(_NOTED_SQL_CALL_LINE.fullmatch, noted)):
        return True  # SQL's functions a line each under SQL's notes: `COUNT(*) -- rows counted`
    if "--" in code and len(noted) >= 4 and _calls_noted_in_sql(noted):
        return True  # a cheat sheet of a server's functions, most lines a call with a `--` note: `abs(x)  -- ...`
    body = code.strip().rstrip(";")
    if "\n" in body and re.match(_POSTGRES_CALL, body) and parses_as_sql(f"SELECT {body}"):
        return all(re.fullmatch(_POSTGRES_CALL, call) for call in re.findall(r"\w+\(", body))
    synopses = [line for line in lines if not line.startswith("--")]
    if len(synopses) >= 2 and all(map(_SYNOPSIS_CALL.fullmatch, synopses)):
        return True  # its reference's synopses, a line each (under SQL's notes)
    if not all(_POSTGRES_CALL_LINE.fullmatch(line) for line in lines):
        return False
    if len(lines) == 1:  # one call alone: `nextval('notes_id_seq')`, or its synopsis: `f(a, b[, c])`
        call = _PLACEHOLDER.sub(
            _placeholder_named, without_optional_parts(lines[0].rstrip(";"), _OPTIONAL_ARGUMENT)
        )
        return parses_as_sql(f"SELECT {call}") or bool(_SYNOPSIS_CALL.fullmatch(call.strip()))
    return listed_expressions(code)


# A call's synopsis, its arguments named (`generate_series(start, end, interval)`: `end` is reserved),
# maybe typed (`pg_advisory_lock(key bigint)`).
_SYNOPSIS_CALL = re.compile(rf"{_POSTGRES_CALL}\s*[a-z_]+(?: [a-z_]+)?(?:\s*,\s*[a-z_]+(?: [a-z_]+)?)*\s*\)")


_OPTIONAL_ARGUMENT = re.compile(r"\s*\[\s*,[^\[\]\n]*\]")  # a synopsis's optional argument, `[, step]`


# SQL's own comments: `-- returns 'hello'` on a line, `/* ... */` over lines.
_SQL_COMMENT_LINE = re.compile(r"^\s*--(?:\s|$)", re.M)


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
    r"[ \t]*(?:<[^<>\n]+>[ \t]+)?(?:NOT NULL|NULL|UNIQUE|PRIMARY KEY|AUTO_INCREMENT|CHECK|DEFAULT|FOREIGN KEY|REFERENCES)"
    r"(?:[ \t]*\([^\n]*\)|[ \t]+(?:[\w.]+|<[^<>\n]+>)(?:\([^\n]*\))?)*(?:[ \t]*\[[^\[\]\n]*\])?[ \t]*,?[ \t]*"
)  # its column or table a placeholder: `REFERENCES <table> (<field>)`, `<field> UNIQUE`


def lists_constraints(code):
    """Constraints a line each, as a lesson lists what a column or a table may declare."""
    lines = [
        re.sub(r"[ \t]+--[^\n]*$", "", line)  # a note after it: `NOT NULL -- a value is required`
        for line in code.splitlines()
        if line.strip() and not line.lstrip().startswith("--")
    ]
    return len(lines) >= 3 and all(map(_CONSTRAINT.fullmatch, lines))


# An ALTER TABLE synopsis's alternatives as MySQL's reference lists them, one after `|` a line, a
# line of optional parts going on from the one above: `| ADD {INDEX|KEY} [name] (col,...)`.
_ALTERNATIVE = re.compile(
    r"[ \t]*\|?[ \t]*(?:ADD|DROP|ALTER|CHANGE|MODIFY|RENAME|ALGORITHM|LOCK|ORDER BY|CONVERT TO|"
    r"(?:DIS|EN)ABLE KEYS|FORCE|VALIDATE|ATTACH|DETACH)\b[^\n]*|[ \t]*\[[^\n]*\][ \t]*"
)


def lists_alter_alternatives(code):
    """Three lines or more of ALTER TABLE's actions, two of them or more after a `|`."""
    lines = [line for line in code.splitlines() if line.strip()]
    return (
        len(lines) >= 3
        and sum(line.lstrip().startswith("|") for line in lines) >= 2
        and all(map(_ALTERNATIVE.fullmatch, lines))
    )


def lists_expressions_with_values(code):
    """PostgreSQL's expressions a line each, what each gives after an arrow: a reference's examples
    (each bears PostgreSQL's mark once its value is set aside)."""
    lines = expression_lines(code)
    return (
        len(lines) >= 2
        and all(map(_GIVEN_VALUE.search, lines))
        and listed_expressions(_GIVEN_VALUE.sub("", code))
    )


# A command's options ended by `--` before a path or a quoted word: `rm -- /usr/local/bin/*(-@)`.
_END_OF_OPTIONS = re.compile(r"^[ \t]*[a-z][\w.-]*(?:[ \t]+-[\w-]+)*[ \t]+--[ \t]+[/~.$'\"-]", re.M)
_LONG_OPTION = re.compile(
    r"[ \t]--[a-z][\w-]*"
)  # `git diff --quiet HEAD -- foo`: a program's option, no note


def looks_like_commented_expressions(code):
    """SQL's expressions (or statements), a paragraph each, with `-- returns ...` notes over them
    or after them: a tutorial's `'Hello' || ' World'` and what it gives. Each paragraph parses, as written or
    selected."""
    if not (_SQL_COMMENT_LINE.search(code) or _NOTE_AFTER_CODE.search(code)) or _END_OF_OPTIONS.search(code):
        return False
    if SHELL_WORDS.match(code.lstrip()) and _LONG_OPTION.search(code):
        return False  # a known program given its options: `git diff --quiet ...`, whose `--` opens no note
    paragraphs = [
        _NOTE_AFTER_CODE.sub("", SQL_COMMENTS.sub("", _ELIDED_LINES.sub("", part))).strip()
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
    if (
        len(named) >= 3
        and all(_NOTED_COLUMN.fullmatch(line) for line in named)
        and len({line.split()[0] for line in named})
        == len(named)  # (not `bluetoothctl -- scan on` each line)
    ):
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


_ELIDED_ITEM = re.compile(r",[ \t]*(?:\.\.\.|…)[ \t]*,")
# An index's name quoted, MySQL's backquotes or a writer's single quotes: `KEY 'idx_a' (a,b,c)`.
_QUOTED_INDEX_NAME = re.compile(r"\b(KEY|INDEX)[ \t]+(['`])(\w+)\2", re.I)


def looks_like_column_parts(code):
    """What a table's definition says a line at a time, cut from it: types, a column's options,
    a table's constraints. Each line, in capitals, parses as a column's or as a constraint."""
    lines = [
        _QUOTED_INDEX_NAME.sub(r"\1 \3", _ELIDED_ITEM.sub(",", re.sub(r"\s--\s.*$", "", line)))
        .strip()
        .rstrip(",")
        for line in code.splitlines()
        if line.strip()
    ]  # a list's items elided, as a textbook writes a key's columns: `FOREIGN KEY (A1, A2,..., An)`
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


# A grammar's parts as a textbook gives them: SQL's words in capitals, names in lower case, the
# alternatives in braces and the options in brackets (`{ UNIQUE | PRIMARY KEY }`, `[ON DELETE CASCADE]`).
_GRAMMAR_TOKEN = re.compile(r"[A-Z][A-Z_]++|[a-z_][a-z0-9_]*+|[{}\[\]|(),.…]")
_GRAMMAR_NOTE = re.compile(r"[ \t]*(?://|--)[^\n]*")
_WIDE_LINE = re.compile(f"[{WIDE}]")


def looks_like_braced_grammar(code):
    """Every word of the block SQL's in capitals or a placeholder's in lower case, between braces,
    bars and brackets (`{ NOT NULL | [ CONSTRAINT name ] { UNIQUE | PRIMARY KEY } }`), the notes
    after `//` or `--` and a caption in another alphabet aside: a statement's part, its syntax."""
    lines = [_GRAMMAR_NOTE.sub("", line).strip() for line in code.splitlines()]
    text = " ".join(line for line in lines if line and not _WIDE_LINE.search(line))
    bare = re.sub(r"\s+", "", text)
    tokens = _GRAMMAR_TOKEN.findall(text)
    words = {token for token in tokens if token.isupper()}
    return (
        bool(bare)
        and sum(map(len, tokens)) == len(bare)
        and "{" in bare
        and "|" in bare
        and "[" in bare
        and len(words) >= 3
        and all(word.lower() in SQL_KEYWORDS for word in words)
    )


# A production of a reference's grammar, `window_spec:` over `[window_name] [partition_clause] ...`:
# named as a clause's part is, its body placeholders and SQL's words between brackets, braces and bars.
_PRODUCTION_NAME = re.compile(
    r"[a-z]+(?:_[a-z]+)*_(?:clause|spec|definition|expression|option|options|list|condition|reference):"
)
_PRODUCTION_BODY = re.compile(r"[ \t]+(?:[\[\]{}|(),.]|[A-Za-z_]\w*|[ \t])+")


def looks_like_grammar_production(code):
    """A grammar's production: its name over indented lines of its forms, a bracket, brace or bar
    among them (a YAML key over a list has none)."""
    lines = [line for line in code.splitlines() if line.strip()]
    return (
        len(lines) >= 2
        and bool(_PRODUCTION_NAME.fullmatch(lines[0].strip()))
        and all(map(_PRODUCTION_BODY.fullmatch, lines[1:]))
        and any(mark in line for line in lines[1:] for mark in "[{|")
    )


# A conditional's synopsis, its parts placeholders in lower case a line each: `IF expression` over
# `block1`, `ELSE`, `block` (T-SQL's), or with THEN and END IF (MySQL's); a window's definition,
# `WINDOW window_name AS (window_spec)`.
_SYNOPSIS_KEYWORD_LINE = re.compile(
    r"[ \t]*(?:IF|ELSE ?IF|ELSIF|ELSE|END(?: IF)?)\b[a-z_ \t]*(?:THEN)?[ \t]*;?[ \t]*"
)
_PLACEHOLDER_LINE = re.compile(r"[ \t]+[a-z_]+\d*[ \t]*;?[ \t]*")
_WINDOW_DEFINITION = re.compile(
    r"\s*(?:WINDOW|window)\s+(?:\w+|<[^<>\n]+>)\s+(?:AS|as)\s*\("
)  # (no sentence's `Window ...`; its name a placeholder, `WINDOW <name> AS (`)


_SQL_CAPITALS = re.compile(
    r"\b(?:FROM|JOIN|WHERE|UNION|INTERSECT|EXCEPT|SELECT|GROUP|ORDER|BY|HAVING|ON|AS|ALL|ANY|IN|EXISTS|"
    r"NATURAL|INNER|OUTER|LEFT|RIGHT|USING)\b"
)  # two at least on each such line: no sentence's `...FROM the start...`
# only SQL opens so: a recursive query, embedded SQL (`EXEC SQL declare c cursor for`)
_OPENING_ONLY_SQL_WRITES = re.compile(r"\s*(?:WITH\s+RECURSIVE\s+\w+\s*\(|EXEC[ -]SQL\b)", re.I)
# SQL/PSM's loops and conditionals as a textbook writes their forms: `while ... do` over `end
# while`, `repeat` over `end repeat`, `if ... then` over `end if`.
_PSM_FORM = re.compile(
    r"\s*(?P<word>while|repeat|if|loop|for)\b[^\n]*(?:\n[^\n]*)*\n[ \t]*end[ \t]+(?P=word)[ \t]*;?\s*", re.I
)
# Clauses cut from their statements, `...` on both sides of each, SQL's words in capitals in each:
# `...FROM R INNER JOIN S ON condition...`, `...R UNION [ALL] S...`.
_ELIDED_BOTH_SIDES = re.compile(
    r"[ \t]*(?:\.\.\.|…)(?=[^\n]*\b(?:FROM|JOIN|WHERE|UNION|INTERSECT|EXCEPT|SELECT|GROUP BY|ORDER BY|HAVING)\b)"
    r"[^\n]*\S(?:\.\.\.|…|\);?)[ \t]*"
)


def looks_like_control_synopsis(code):
    """IF over ELSE, each over a placeholder's line, nothing else: a conditional's synopsis; or a
    window's definition, a recursive query or embedded SQL opening the block; or SQL/PSM's loop
    over its `end while`; or clauses cut from their statements, elided on both sides."""
    lines = [line for line in code.splitlines() if line.strip()]
    if _WINDOW_DEFINITION.match(code) or _OPENING_ONLY_SQL_WRITES.match(code) or _PSM_FORM.fullmatch(code):
        return True
    if lines and all(
        _ELIDED_BOTH_SIDES.fullmatch(line) and len(_SQL_CAPITALS.findall(line)) >= 2 for line in lines
    ):
        return True
    return (
        len(lines) >= 4
        and lines[0].lstrip().startswith("IF ")
        and any(line.strip().startswith("ELSE") for line in lines)
        and all(_SYNOPSIS_KEYWORD_LINE.fullmatch(line) or _PLACEHOLDER_LINE.fullmatch(line) for line in lines)
    )


# SQL's functions named a line each, each with its note in SQL's comment: `AVG()  /* Returns the
# average value */` (a cheat sheet written in SQL's own marks).
_NOTED_FUNCTION_LINE = re.compile(r"[ \t]*[A-Z][A-Z_]*\(\)[ \t]*(?:/\*[^\n]*?\*/|--[^\n]*)[ \t]*")


# ... or a reference's synopses, a function in capitals a line each with its arguments named (`ADDTIME
# (date2 ,time_interval ) //将...`, `COUNT(expr )统计。`), maybe two on a line, a note after each in
# `//`, `--`, `/* */` or in another alphabet's words.
_FUNCTION_SYNOPSIS = r"[A-Z][A-Z0-9_]*[ \t]*\([^()\n]*\)"
_SYNOPSIS_LINE = re.compile(
    rf"[ \t]*{_FUNCTION_SYNOPSIS}(?:[ \t]*,[ \t]*{_FUNCTION_SYNOPSIS})*[ \t]*"
    rf"(?P<note>(?://|--)[^\n]*|/\*[^\n]*?\*/|[{WIDE}][^\n]*)?"
)


def lists_noted_functions(code):
    """Two lines or more, each a function in capitals with an SQL comment after it; or three or
    more of a reference's synopses, most of them noted."""
    lines = [line for line in code.splitlines() if line.strip()]
    if len(lines) >= 2 and all(map(_NOTED_FUNCTION_LINE.fullmatch, lines)):
        return True
    synopses = [_SYNOPSIS_LINE.fullmatch(line) for line in lines]
    return (
        len(lines) >= 3
        and all(synopses)
        and 2 * sum(bool(synopsis["note"]) for synopsis in synopses) > len(lines)
    )
