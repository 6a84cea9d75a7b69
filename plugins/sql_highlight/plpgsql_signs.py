"""PL/pgSQL on its own, a function's body outside the statement that carries it: what only its
blocks write (`END LOOP;`, `RAISE NOTICE`, `:=`), or pglast's PL/pgSQL parser taking it."""

import re

import pglast

_PLPGSQL_SIGNS = re.compile(
    r"\bEND\s+(?:IF|LOOP|CASE)\s*;|\bRAISE\s+(?:NOTICE|EXCEPTION|WARNING|INFO|LOG|DEBUG)\b|:=|"
    r"^\s*DECLARE\s*$|\bRETURN\s+(?:NEW|OLD|QUERY|NEXT)\b|\bPERFORM\b|\bELSIF\b|%(?:ROW)?TYPE\b|"
    r"\bGET\s+DIAGNOSTICS\b|\bFOREACH\b",
    re.I | re.M,
)
# A block [DECLARE ...] BEGIN ... END; that did not parse as SQL (a transaction would have).
_PLPGSQL_BLOCK = re.compile(r"^\s*(?:<<\w+>>\s*)?(?:DECLARE|BEGIN)\b.*\bEND\b\s*\w*\s*;?\s*$", re.I | re.S)


def _parses_as_plpgsql_body(code):
    for returns in ("trigger", "void", "SETOF record"):
        wrapped = (
            f"CREATE FUNCTION lectern_probe() RETURNS {returns} LANGUAGE plpgsql AS $lectern_probe$\n"
            f"{code}\n$lectern_probe$;"
        )
        try:
            pglast.parse_plpgsql(wrapped)
            return True
        except Exception:
            continue
    return False


def looks_like_plpgsql(code):
    """A block [DECLARE ...] BEGIN ... END, or its declarations alone."""
    if re.match(r"\s*(?:<<\w+>>\s*)?DECLARE\s*$", code, re.I | re.M):
        return True  # a block's declarations, its body left out
    if re.match(r"\s*IF\b[^;]*\bTHEN\s*$", code, re.I | re.M) and re.search(
        r"^\s*END\s+IF\s*;", code, re.I | re.M
    ):
        return True  # a test cut out of a body: `IF ... THEN ... END IF;` (the shell's ends in `fi`)
    return bool(
        _parses_as_plpgsql_body(code)
        or _PLPGSQL_BLOCK.match(code)
        or (len(_PLPGSQL_SIGNS.findall(code)) >= 2 and re.search(r"\bBEGIN\b", code, re.I))
    )
