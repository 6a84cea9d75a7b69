"""PL/pgSQL on its own, a function's body outside the statement that carries it: what only its
blocks write (`END LOOP;`, `RAISE NOTICE`, `:=`), or pglast's PL/pgSQL parser taking it."""

import re

from pglast import parser as pg_parser

from .alternation import Alternatives

_PLPGSQL_SIGNS = Alternatives(
    r"\bEND\s+(?:IF|LOOP|CASE)\s*;|\bRAISE\s+(?:NOTICE|EXCEPTION|WARNING|INFO|LOG|DEBUG)\b|:=|"
    r"^\s*DECLARE\s*$|\bRETURN\s+(?:NEW|OLD|QUERY|NEXT)\b|\bPERFORM\b|\bELSIF\b|%(?:ROW)?TYPE\b|"
    r"\bGET\s+DIAGNOSTICS\b|\bFOREACH\b",
    re.I | re.M,
)
# A block [DECLARE ...] BEGIN ... END; that did not parse as SQL (a transaction would have).
_PLPGSQL_BLOCK = re.compile(r"^\s*(?:<<\w+>>\s*)?(?:DECLARE|BEGIN)\b.*\bEND\b\s*\w*\s*;?\s*$", re.I | re.S)


_ELISION = re.compile(
    r"^[ \t]*(?:\.{3}|…)(?:[ \t]*[A-Z][A-Z ]*\.{3})?[ \t]*\n?", re.M
)  # `...`, `... TODO ...`
BLOCK_ENDS = re.compile(r"^\s*END\s+(?:IF|LOOP|CASE)\s*;", re.I | re.M)
_OPENS_A_CONTROL = re.compile(
    r"\s*(?:IF\b[^;]*\bTHEN|(?:(?:WHILE|FOR|FOREACH)\b[^;]*)?\bLOOP)\s*$", re.I | re.M
)
_LEADING_NOTES = re.compile(r"\A(?:[ \t]*(?:--[^\n]*)?\n)+")
# `DECLARE workflow_id text;`: a variable declared on DECLARE's own line (a cursor's is SQL).
_DECLARED_ON_ITS_LINE = re.compile(
    r"\s*DECLARE\s+[a-z_]\w*\s+(?!(?:BINARY|INSENSITIVE|ASENSITIVE|NO|SCROLL|CURSOR)\b)(?:CONSTANT\s+)?"
    r"[a-z_][\w.]*(?:\([\d, ]+\))?(?:\[\])?\s*(?:(?::=|=|DEFAULT)[^;]*)?;",
    re.I,
)
# A variable assigned, its statement ended by `;` (Go's `:=` ends none), or a cursor declared.
_ASSIGNED_FIRST = re.compile(r"\s*[a-z_]\w*(?:\.\w+|\[\w+\])*\s*:=\s*\S", re.I)
_ASSIGNED_ON_ITS_TEST = re.compile(r"\s*IF\b[^;]*\bTHEN\b[^;]*:=")
_CURSOR_DECLARED = re.compile(
    r"\s*[a-z_]\w*\s+(?:NO\s+)?(?:SCROLL\s+)?CURSOR\b(?:\s*\([^)]*\))?\s+(?:FOR|IS)\b", re.I
)
# Statements only PL/pgSQL has, in capitals (Python raises `Exception`): `RAISE NOTICE`, `PERFORM f()`,
# `ASSERT n > 0;` (C's macro takes brackets).
_PLPGSQL_ONLY_START = re.compile(
    r"\s*(?:RAISE\s*(?:(?:NOTICE|EXCEPTION|WARNING|INFO|LOG|DEBUG)\b|'|\[ ?level ?\]|SQLSTATE\s+'|USING\b|;|"
    r"[a-z_]+\s*(?:;|USING\b))|"  # its synopsis, a condition raised by name: `RAISE unique_violation USING ...`
    r"ASSERT\s+[^(;\n][^;\n]*;|(?i:perform)\s+[\w.]+\s*\(|"
    r"(?i:raise\s+(?:notice|exception|warning|info|log|debug))\s+')"  # a level, then its message: `raise notice '%'`
)
# A declaration a line, one at least typed after a column or a row (`qty items.qty%TYPE;`).
_DECLARATION_LINE = re.compile(
    r"\s*[a-z_]\w*\s+(?:CONSTANT\s+)?[a-z_][\w.]*(?:%(?:ROW)?TYPE|\([\d, ]+\))?(?:\[\])?"
    r"\s*(?:(?::=|DEFAULT)[^;]*)?;\s*(?:--.*)?",
    re.I,
)
_TYPE_OF = re.compile(r"%(?:ROW)?TYPE\b", re.I)
_BODY_END = re.compile(r"^\s*END\s*\w*\s*;\s*\n\s*\$\w*\$\s*LANGUAGE\s+plpgsql\b", re.I | re.M)


def _parses_as_plpgsql_body(code):
    for returns in ("trigger", "void", "SETOF record"):
        wrapped = (
            f"CREATE FUNCTION lectern_probe() RETURNS {returns} LANGUAGE plpgsql AS $lectern_probe$\n"
            f"{code}\n$lectern_probe$;"
        )
        try:
            pg_parser.parse_plpgsql_json(wrapped)  # parsed, its tree left as text
            return True
        except Exception:
            continue
    return False


# The synopsis of a block, its parts optional: `[ <<label>> ]` over `[ DECLARE`.
_DECLARE_IN_BRACKETS = re.compile(r"^\[[ \t]*DECLARE\b", re.I | re.M)
_DOLLAR_QUOTED = re.compile(r"(\$\w*\$)[ \t]*\n(.*)\n[ \t]*\1[ \t]*;?", re.S)


def looks_like_plpgsql(code):
    """A block [DECLARE ...] BEGIN ... END, or its declarations alone (maybe between the dollar
    quotes that hold a function's body: `$function$` over `BEGIN`)."""
    if quoted := _DOLLAR_QUOTED.fullmatch(code.strip()):
        return looks_like_plpgsql(quoted.group(2))
    if code.lstrip().startswith("[") and _DECLARE_IN_BRACKETS.search(code):
        return looks_like_plpgsql(re.sub(r"\[[ \t]*|[ \t]*\]", "", code))  # the block's synopsis
    if re.match(r"\s*(?:<<\w+>>\s*)?DECLARE\s*$", code, re.I | re.M) or _DECLARED_ON_ITS_LINE.match(code):
        return True  # a block's declarations, its body left out
    declared = [line for line in code.splitlines() if line.strip()]
    if (_TYPE_OF.search(code) or ":=" in code) and all(
        _DECLARATION_LINE.fullmatch(line) for line in declared
    ):
        return True  # its declarations without DECLARE: `start_qty quantity%TYPE;`, `n int := 0;`
    bare = _LEADING_NOTES.sub("", _ELISION.sub("", code))  # `...` for what is left out, `-- notes`
    if _PLPGSQL_ONLY_START.match(bare):
        return True  # a statement only a body runs: `RAISE 'invalid number %', n USING HINT = ...`
    opened = _OPENS_A_CONTROL.match(bare)
    if opened and BLOCK_ENDS.search(bare):
        return True  # a test or a loop cut out of a body (the shell's end in `fi`, `done`)
    if opened and (bare != code and not bare[opened.end() :].strip() or ":=" in bare):
        return True  # its body elided (`IF x IS NULL THEN` over `...`), or assigning: `THEN v := NULL`
    if _ASSIGNED_FIRST.match(bare) and bare.rstrip().endswith(";") or _CURSOR_DECLARED.match(bare):
        return True  # `a := current_setting('app.region');`, `c CURSOR (n text) FOR SELECT ...`
    if _ASSIGNED_ON_ITS_TEST.match(bare):
        return True  # on one line: `IF v = '' THEN v := NULL END;`
    if len(BLOCK_ENDS.findall(bare)) >= 2 and re.match(r"\s*(?:LOOP|CASE|\w+(?:\[\w+\])?\s*:?=)", bare, re.I):
        return True  # statements cut out of a body: `END IF;`, `END LOOP;`
    if _BODY_END.search(code) and _PLPGSQL_SIGNS.search(code):
        return True  # a body's last lines, down to `END; $$ LANGUAGE plpgsql;`
    return bool(
        _parses_as_plpgsql_body(code)
        or _PLPGSQL_BLOCK.match(code)
        or (len(_PLPGSQL_SIGNS.findall(code)) >= 2 and re.search(r"\bBEGIN\b", code, re.I))
    )


# PL/pgSQL's synopses as its reference writes them: a block's (`[ <<label>> ]`, `[ DECLARE
# declarations ]` over `BEGIN statements END [ label ];`), a declaration's (`name [ CONSTANT ]
# type [ { DEFAULT | := | = } expression ];`), a loop's and a CASE statement's (placeholders in
# any language), `--` notes after their lines.
_SYNOPSIS_MARK = re.compile(
    r"\[\s*<<\s*\w+\s*>>\s*\]|\[\s*CONSTANT\s*\]|\{\s*DEFAULT\s*\|\s*:=|\[\s*DECLARE\b[^\]]*\][\s\S]*\bBEGIN\b[\s\S]*\bEND\b|"
    r"^\s*<[^<>\n]+>\s+<[^<>\n]+>\s*%\s*(?:ROW)?TYPE\s*;|"  # `<name> <table>%ROWTYPE;`
    r"\bFOR\s+\S+\s+(?:IN\s+)?\[\s*REVERSE\s*\]",  # a FOR loop's `[ REVERSE ]`
    re.M,
)
_SYNOPSIS_LINE = re.compile(r"[\w\s,.…()\[\]|{}<>=*+:;%'\"~-]*")  # `~` for what is left out


def _synopsis_lines(code):
    """The block without the `--` notes after its lines, if every line is a synopsis's; else None."""
    bare = re.sub(r"[ \t]+--[^\n]*$", "", code, flags=re.M)
    return bare if all(map(_SYNOPSIS_LINE.fullmatch, bare.splitlines())) else None


def looks_like_plpgsql_synopsis(code):
    """A synopsis from PL/pgSQL's reference, copied into a post: PL/pgSQL's own, though neither its
    parser nor SQL's reads it."""
    bare = _synopsis_lines(code)
    return bare is not None and bool(_SYNOPSIS_MARK.search(bare) or _case_statement(bare))


_END_CASE = re.compile(r"^[ \t]*END[ \t]+CASE[ \t]*;", re.M)
_CASE_LINE = re.compile(r"^[ \t]*CASE\b", re.M)
_WHEN_LINE = re.compile(r"^[ \t]*WHEN\b", re.M)


# MySQL's stored programs' loops as its reference writes them, labelled its way (`[begin_label:] LOOP`
# over `END LOOP [end_label];`, `label:LOOP`): SQL, no PL/pgSQL (whose labels are `<<label>>`).
_LABELLED_LOOP_SYNOPSIS = re.compile(
    r"^[ \t]*(?:\[[ \t]*\w+:[ \t]*\]|[^\W\d]\w*:)[ \t]*(?:LOOP|WHILE|REPEAT)\b|"
    r"\bEND[ \t]+(?:LOOP|WHILE|REPEAT)[ \t]+\[[ \t]*\w+[ \t]*\][ \t]*;",
    re.M,
)


# A stored program's test or loop from its first line to its `END ...;`, in either case (`if
# search_condition then` over `end if;`, `while ... do` over `end while;`): Ruby's, Lua's and VB's
# ends take no `;`, the shell's loop ends in `done`.
_CONTROL_OPENED = re.compile(r"(?i:if\b[^\n]*?\bthen|while\b[^\n]*?\bdo|repeat|loop)\b")
_CONTROL_CLOSED = re.compile(r"(?i:end[ \t]+(?P<what>if|while|repeat|loop))[ \t]*;")


def looks_like_mysql_loop_synopsis(code):
    """`[begin_label:] LOOP` over its body over `END LOOP [end_label];`, or a test or loop opened
    on its first line and closed on its last: MySQL's synopsis, `--` notes after its lines."""
    bare = _synopsis_lines(code)
    if bare is None:
        return False
    if _LABELLED_LOOP_SYNOPSIS.search(bare):
        return True
    lines = [
        line.strip() for line in bare.splitlines() if line.strip() and not line.lstrip().startswith("--")
    ]
    opened = len(lines) > 1 and _CONTROL_OPENED.match(lines[0])
    closed = len(lines) > 1 and _CONTROL_CLOSED.fullmatch(lines[-1])
    return bool(opened and closed and opened.group().split()[0].lower() == closed["what"].lower())


def _case_statement(code):
    """A CASE statement: `CASE` over `WHEN` lines over `END CASE;` (SQL's CASE expression ends
    with END alone). Found a line at a time: one pattern over the three backtracks on long blocks."""
    end = _END_CASE.search(code)
    case = end and _CASE_LINE.search(code, 0, end.start())
    return bool(case and _WHEN_LINE.search(code, case.end(), end.start()))
