"""Which language an unlabelled code block is in, by deterministic rules.

Never Pygments' guess_lexer (it answers ECL or scdoc for SQL). The strongest evidence comes
first: prompts (psql, Python, shell), plan shapes, then PostgreSQL's own parser: a block that
parses as SQL is SQL. PL/pgSQL bodies are checked by parsing them inside a function wrapper.
"""

import json
import re

import pglast

from .explain_plan import ROW_COUNT
from .psql_session import PROMPT as PSQL_PROMPT
from .signs import (
    INI_SECTION,
    SHELL_PROMPT,
    SHELL_WORDS,
    looks_like_c,
    looks_like_commands,
    looks_like_cpp,
    looks_like_diff,
    looks_like_django_template,
    looks_like_ini,
    looks_like_javascript,
    looks_like_python,
    looks_like_python_module,
    looks_like_yaml,
)

LANGUAGES = (
    "postgresql",
    "plpgsql",
    "psql",
    "postgres-explain",
    "python",
    "pycon",
    "bash",
    "console",
    "json",
    "html",
    "html+django",
    "yaml",
    "ini",
    "diff",
    "c",
    "cpp",
    "javascript",
    "text",
)
SQL_FAMILY = frozenset(("postgresql", "plpgsql", "psql", "postgres-explain"))

# A prompt is followed by a space, a backslash command or nothing: `querySelector('#id')` is no prompt.
_PSQL_PROMPT_LINE = re.compile("^" + PSQL_PROMPT.pattern + r"(?:(?<=[#>] )\S|\\|$)", re.M)
# PostgreSQL's documentation writes psql's prompts without a database name: `=> SELECT 1;`.
_BARE_PSQL_PROMPT = re.compile(r"^[=-][>#] (?:\\[a-z]|[A-Za-z(])", re.M)
_PSQL_SHAPES = re.compile(ROW_COUNT.pattern + r"|^-\[ RECORD \d+ \]-|^\\[a-zA-Z]+\b", re.M)
_PYCON = re.compile(r"^>>>(?: |$)", re.M)
_CONSOLE = re.compile(r"^(?:[\w@.:~/-]*[$%#]) (?=\S)", re.M)
_PLAN_LINE = re.compile(
    r"\((?:cost=\d|actual (?:time|rows)=)|^\s*(?:->\s+)?[A-Z][\w ]*?(?: on | using |$)|"
    r"^\s*(?:Planning|Execution) Time: |^\s*QUERY PLAN\s*$",
    re.M,
)
_PLAN_STRONG = re.compile(r"\((?:cost=\d|actual (?:time|rows)=)|^\s*(?:Planning|Execution) Time: ", re.M)
_HTML_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>|<!DOCTYPE|<!--")
_SHEBANG_SHELL = re.compile(r"^#!\s*/(?:usr/)?bin/(?:env\s+)?(?:ba|z|da)?sh\b")
_SHEBANG_PYTHON = re.compile(r"^#!.*python")
_SHELL_SYNTAX = re.compile(
    r"(?:^|\s)(?:fi|done|esac|then|do)\s*$|\$\{?\w+\}?|^\s*(?:if|while|until)\s+\[|;\s*then\b|;\s*do\b|"
    r"<<-?\s*'?\w+'?|^\s*(?:set -\w+|export \w+=|source |local \w+)|&&|\|\||2>&1|\\$|"
    r"\|\s*(?:grep|awk|sed|sort|uniq|head|tail|wc|xargs|tee|cut|tr|gzip|psql|jq|less)\b",
    re.M,
)
_PLPGSQL_SIGNS = re.compile(
    r"\bEND\s+(?:IF|LOOP|CASE)\s*;|\bRAISE\s+(?:NOTICE|EXCEPTION|WARNING|INFO|LOG|DEBUG)\b|:=|"
    r"^\s*DECLARE\s*$|\bRETURN\s+(?:NEW|OLD|QUERY|NEXT)\b|\bPERFORM\b|\bELSIF\b|%(?:ROW)?TYPE\b|"
    r"\bGET\s+DIAGNOSTICS\b|\bFOREACH\b",
    re.I | re.M,
)
# A block [DECLARE ...] BEGIN ... END; that did not parse as SQL (a transaction would have).
_PLPGSQL_BLOCK = re.compile(r"^\s*(?:<<\w+>>\s*)?(?:DECLARE|BEGIN)\b.*\bEND\b\s*\w*\s*;?\s*$", re.I | re.S)
_SQL_START = re.compile(
    r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|GRANT|REVOKE|TRUNCATE|EXPLAIN|"
    r"VACUUM|ANALYZE|BEGIN|COMMIT|ROLLBACK|SET|SHOW|COPY|MERGE|VALUES|TABLE|WHERE|FROM|JOIN|"
    r"LEFT JOIN|INNER JOIN|ORDER BY|GROUP BY|HAVING|LIMIT|RETURNING|ON CONFLICT|COMMENT ON|REINDEX|"
    r"CLUSTER|LOCK|LISTEN|NOTIFY|PREPARE|EXECUTE|DEALLOCATE|CALL|DO|REFRESH)\b",
    re.I,
)
_SQL_COMMENT_LINE = re.compile(r"^\s*(?:--[^\n]*|/\*.*?\*/)\s*", re.S)
# Detection reads the start of a block only: its first lines, each cut to a length. Python's
# parser raised MemoryError on one long line of prose (about 1,500 words), and a huge block
# would be parsed several times over. The labelled blocks of benchmarks/detection_accuracy.py
# are at most 40 lines of at most 160 characters.
MAX_LINES = 200
MAX_LINE_CHARS = 1000


def _parses_as_sql(code):
    try:
        return len(pglast.parse_sql(code)) > 0
    except Exception:
        return False


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


def _is_json(code):
    stripped = code.strip()
    if not stripped or stripped[0] not in "[{":
        return False
    try:
        json.loads(stripped)
        return True
    except ValueError:
        return False


def _console_lines(lines):
    return [line for line in lines if _CONSOLE.match(line) and SHELL_WORDS.match(_CONSOLE.sub("", line, 1))]


def _without_leading_comments(code):
    while True:
        m = _SQL_COMMENT_LINE.match(code)
        if not m or not m.group():
            return code
        code = code[m.end() :]


def detection_sample(code):
    """What detection reads of a block: at most MAX_LINES lines of at most MAX_LINE_CHARS."""
    lines = code.splitlines()
    if len(lines) <= MAX_LINES and all(len(line) <= MAX_LINE_CHARS for line in lines):
        return code
    return "\n".join(line[:MAX_LINE_CHARS] for line in lines[:MAX_LINES])


def _is_html(code):
    return bool(code.lstrip().startswith("<") and _HTML_TAG.search(code) or len(_HTML_TAG.findall(code)) >= 2)


def _is_plpgsql(code):
    return bool(
        _parses_as_plpgsql_body(code)
        or _PLPGSQL_BLOCK.match(code)
        or (len(_PLPGSQL_SIGNS.findall(code)) >= 2 and re.search(r"\bBEGIN\b", code, re.I))
    )


def _is_bash(code, lines):
    shell_hits = len(_SHELL_SYNTAX.findall(code)) + sum(
        bool(SHELL_WORDS.match(line.strip())) for line in lines
    )
    return shell_hits >= 2 or (shell_hits and len(lines) <= 2) or looks_like_commands(code)


def detect_language(code):
    """The lexer alias for an unlabelled block, one of LANGUAGES (read from its start only)."""
    code = detection_sample(code)
    if not code.strip():
        return "text"
    lines = code.splitlines()
    first = next(line for line in lines if line.strip())
    if _PYCON.search(code):
        return "pycon"
    if looks_like_diff(code):
        return "diff"  # before anything else: a diff carries any language in its lines
    console = _console_lines(lines)
    if console and console[0] == first or SHELL_PROMPT.match(first):
        return "console"  # a shell session, even one that goes on into psql
    if _PSQL_PROMPT_LINE.search(code) or _BARE_PSQL_PROMPT.search(code):
        return "psql"
    if console and not _SHEBANG_SHELL.match(code):
        return "console"
    if _parses_as_sql(code):
        return "postgresql"
    if _PLAN_STRONG.search(code) or (code.lstrip().startswith("QUERY PLAN") and _PLAN_LINE.search(code)):
        return "postgres-explain"
    if _PSQL_SHAPES.search(code) and not looks_like_python(code):
        return "psql"
    if _is_json(code):
        return "json"
    if looks_like_python_module(code) and looks_like_python(code):
        return "python"  # before HTML: its strings often carry tags
    if looks_like_yaml(code):
        return "yaml"
    if looks_like_cpp(code):  # before HTML: `#include <vector>` is no tag
        return "cpp"
    if looks_like_c(code):
        return "c"
    if looks_like_django_template(code):
        return "html+django"
    if _is_html(code):
        return "html"
    if _SHEBANG_PYTHON.match(code):
        return "python"
    if _SHEBANG_SHELL.match(code):
        return "bash"
    if _is_plpgsql(code):
        return "plpgsql"
    if looks_like_ini(code) and not looks_like_python(code) or INI_SECTION.match(first):
        return "ini"
    if looks_like_javascript(code, len(_SHELL_SYNTAX.findall(code))):
        return "javascript"
    if looks_like_python(code) or looks_like_python_module(code):
        return "python"
    if _SQL_START.match(_without_leading_comments(code)):
        return "postgresql"
    if _is_bash(code, lines):
        return "bash"
    return "text"
