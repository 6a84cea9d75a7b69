"""What the languages other than PostgreSQL's look like: a table of signs per language.

detect.py asks these in a fixed order, strongest evidence first; each test is a plain function
of the block's text, bounded by the sample detect.py reads. Kept apart from the SQL rules so
that a language is added here by a pattern and a line in `LOOKS`, not by a new branch of code.
"""

import ast
import re
import textwrap

import yaml

DIFF = re.compile(r"^diff --git |^--- \S.*\n\+\+\+ \S|^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.M)
# A diff without its header: every line added, removed or kept, and some added.
DIFF_LINE = re.compile(r"^(?:[+-](?![+-])|  |$)")
# `$ cmd` (or `(venv) user@host:~/dir$ cmd`) first: a prompted shell session.
SHELL_PROMPT = re.compile(r"^\s*(?:\([\w.-]+\) ?)?(?:[\w.-]+@[\w.-]+:?)?[\w~/.-]*\$ +[\w./~\"'-]")
DJANGO_TEMPLATE = re.compile(
    r"\{%-?\s*(?:load|block|endblock|extends|include|for|endfor|if|endif|url|static|csrf_token|with|"
    r"trans|blocktrans|translate|blocktranslate|comment|\w+)\b(?:[^%\n]|%(?!\}))*%\}|"
    r"\{\{\s*[A-Za-z_][\w.]*\s*(?:\|[^{}\n]*)?\}\}"
)
C_INCLUDE = re.compile(r"^\s*#\s*include\s*[<\"]", re.M)
CPP_SIGNS = re.compile(
    r"\bstd::|^\s*#\s*include\s*<(?:iostream|vector|string|memory|map|algorithm)>|^\s*template\s*<|"
    r"^\s*namespace\s+\w+|^\s*using\s+namespace\b|\bnullptr\b|^\s*class\s+\w+\s*(?::\s*public\b[^{]*)?\{",
    re.M,
)
C_SIGNS = re.compile(
    r"^\s*(?:typedef\s+(?:struct|enum|union|\w+)|PG_FUNCTION_INFO_V1\(|PG_MODULE_MAGIC;|#define\s+\w+)|"
    r"^(?:static\s+|extern\s+|const\s+|unsigned\s+|inline\s+)*(?:void|int|char|long|double|float|bool|"
    r"size_t|Datum|struct\s+\w+|[A-Z][a-z]\w*)\s*\**\s*\w+\s*\([^;{]*\)\s*\{?\s*$|"
    r"^\s*(?:static|extern)\s+(?:const\s+)?(?:struct\s+)?\w+\s+\**\s*\w+\s*[=;(\[]|\w->\w+\s*=|\bsizeof\s*\(",
    re.M,
)
JS_SIGNS = re.compile(
    r"^\s*(?:(?:export\s+)?(?:async\s+)?function\s*\*?\s*\w*\s*\(|(?:const|let|var)\s+[\w{}\[\], ]+\s*=|"
    r"import\s+[\w{}*, ]+\s+from\s+['\"]|export\s+(?:default|const|class)\b)|=>\s*[{(]|\bconsole\.log\(|"
    r"\bfunction\s*\([^)]*\)\s*\{|\bdocument\.\w+|\$\(\s*['\"]|\$\.\w+\(|\brequire\(['\"]|\.addEventListener\(|\bawait\s+fetch\(|\s(?:===|!==)\s",
    re.M,
)
INI_SECTION = re.compile(r"^\s*\[[\w .:\"'/-]+\]\s*$", re.M)
INI_SETTING = re.compile(r"^\s*[\w.-]+\s*[=:]\s*\S")
CONF_SETTING = re.compile(r"^\s*[a-z_][\w.-]*\s*=\s*(?:'[^']*'|\"[^\"]*\"|[\w./:-]+)\s*(?:#.*)?$")
YAML_LINE = re.compile(r"^\s*(?:-\s+)?(?:[\w\"'][\w\"' ./@$-]*|<<):(?:\s|$)|^\s*-(?:\s|$)|^---\s*$|^\s*#")


def looks_like_diff(code):
    lines = code.splitlines()
    bare = all(DIFF_LINE.match(line) for line in lines) and any(line.startswith("+") for line in lines)
    return bool(DIFF.search(code)) or bare and any(line.startswith(("+<", "+ ", "-")) for line in lines)


def looks_like_django_template(code):
    return bool(DJANGO_TEMPLATE.search(code))


def looks_like_cpp(code):
    return bool(CPP_SIGNS.search(code)) and (bool(C_INCLUDE.search(code)) or "{" in code)


def looks_like_c(code):
    return bool(C_INCLUDE.search(code) or C_SIGNS.search(code))


def looks_like_javascript(code, shell_signs=0):
    """JavaScript's own forms, outnumbering the shell's (`function f() {` is both)."""
    signs = len(JS_SIGNS.findall(code))
    return signs > 0 and signs >= shell_signs


def looks_like_ini(code):
    """`[section]` then `key = value` lines, or lines of a postgresql.conf-style file only."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith((";", "#"))]
    if not lines:
        return False
    if INI_SECTION.match(lines[0]):
        return any(INI_SETTING.match(line) for line in lines[1:])
    return all(CONF_SETTING.match(line) for line in lines)


LOG_LINE = re.compile(
    r"^\s*(?:ERROR|NOTICE|WARNING|DETAIL|HINT|LOG|FATAL|PANIC|INFO|DEBUG|STATEMENT|CONTEXT)\b"
)
BLOCK_SCALAR = re.compile(r"^(\s*)(?:-\s+)?[\w\"' .-]+:\s*[|>][-+]?\d*\s*$")


def _without_block_scalars(code):
    """The lines of a YAML document without the text of its `key: |` scalars (scripts, HTML)."""
    kept, inside = [], None
    for line in code.splitlines():
        if inside is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > inside:
                continue
            inside = None
        m = BLOCK_SCALAR.match(line)
        if m:
            inside = len(m.group(1))
        kept.append(line)
    return kept


def looks_like_yaml(code):
    """Mostly `key: value` and `- item` lines, and a mapping or list to YAML's own parser (or
    nothing but such lines: a manifest cut short in a post does not parse)."""
    lines = [line for line in _without_block_scalars(code) if line.strip() and line.strip() != "..."]
    if not lines or LOG_LINE.match(lines[0]):
        return False
    keyed = sum(bool(YAML_LINE.match(line)) for line in lines)
    if not lines or keyed < max(2, 0.6 * len(lines)) or not YAML_LINE.match(lines[0]):
        return False
    if any(line.rstrip().endswith((";", "{")) for line in lines):
        return False
    try:
        parsed = yaml.safe_load("\n".join(lines))
    except (yaml.YAMLError, ValueError, RecursionError):
        return keyed == len(lines) >= 4
    return isinstance(parsed, dict | list)


def python_tree(code):
    """Python's own parse of the block (dedented: a fragment of a method is Python too), or None."""
    try:
        return ast.parse(textwrap.dedent(code))
    except (SyntaxError, ValueError, MemoryError, RecursionError):  # the last two: "too complex"
        return None


PYTHON_LINES = re.compile(
    r"^(?:from [\w.]+ import [\w(*]|import [\w.]+(?:, [\w.]+)*$|(?:async )?def \w+\(.*\):$|class \w+.*:$|"
    r"@[\w.]+(?:\(.*\))?$)",
    re.M,
)


def looks_like_python(code):
    """Python's parser accepts it and it does something: a bare name or phrase is not Python."""
    tree = python_tree(code)
    if (
        tree is None
        or not tree.body
        or all(line.rstrip().endswith(";") for line in code.splitlines() if line.strip())
    ):
        return False
    return any(not isinstance(node, ast.Expr) for node in tree.body) or any(
        isinstance(node, ast.Call | ast.Await) for node in ast.walk(tree)
    )


def looks_like_python_module(code):
    """Imports and definitions, parsed or not (a post often cuts a class short)."""
    return len(PYTHON_LINES.findall(code)) >= 2


# Programs a shell line in a Postgres or Django post starts with.
SHELL_WORDS = re.compile(
    r"^(?:sudo|apt|apt-get|yum|dnf|brew|pg_\w+|psql|createdb|dropdb|createuser|dropuser|initdb|clusterdb|"
    r"reindexdb|vacuumdb|pgbench|systemctl|service|cd|ls|cat|export|echo|docker|docker-compose|kubectl|"
    r"helm|oc|pip3?|pipx|uv|poetry|python[\d.]*|git|curl|wget|tail|head|grep|du|df|mkdir|rm|cp|mv|tar|"
    r"gzip|chmod|chown|ssh|scp|rsync|make|invoke|which|env|find|time|ps|kill|free|uptime|journalctl|"
    r"crontab|su|django-admin(?:\.py)?|manage\.py|pytest|tox|nox|daphne|uvicorn|gunicorn|uwsgi|celery|"
    r"npm|npx|yarn|node|go|cargo|nix|redis-server|redis-cli|virtualenv|source|ln|touch|open|nano|vim?|"
    r"postgrest|pg_autoctl|datasette|sqlite-utils|llm|jq|sqlite3|heroku|gcloud|aws|az|terraform)(?=\s|$)"
)
_COMMAND_WORD = re.compile(r"^(?:\./|~/|/)[\w./-]+|^[\w.-]+\.(?:py|sh)(?=\s|$)")
_ENV_ASSIGNMENT = re.compile(r"^(?:export )?[A-Z_][A-Z0-9_]*=\S")
_FLAG = re.compile(r"\s--?[A-Za-z][\w-]*(?:=\S*)?(?=\s|$)")
# `zip function.zip main.py`, `pkg install x`: a lower-case program given a file, a path or an
# address, or a package manager's verb.
_PROGRAM_ARGUMENTS = re.compile(
    r"^(?!(?:host\w*|local) )[a-z][\w-]*(?: +(?:[\w@%+=,:-]+))*? +(?:[\w@%+=,:*-]*[./][\w./@%+=,:*-]+|(?:install|add|remove|upgrade|"
    r"update|run|init|connect|test|build|exec|start|stop|restart|status|create|deploy|serve|push|pull)\b)"
    r"(?: +[\w./@%+=,:*'\"<>-]+)*$"
)


def is_command_line(line):
    """A line that runs a program: a known one, a script by its path, or a word given flags."""
    line = line.strip()
    if line.startswith("sudo "):
        line = line[5:].lstrip()
    if _ENV_ASSIGNMENT.match(line) and re.search(r"['\"$]", line):
        return True  # a shell's assignment quotes or expands; a .env file's does not
    first = line.split(" ", 1)[0]
    if not re.match(r"^[\w./~-]+$", first):
        return line.startswith("(") and line.endswith(")") and is_command_line(line[1:-1].split(";")[0])
    return bool(
        SHELL_WORDS.match(line)
        or _COMMAND_WORD.match(line)
        or _FLAG.search(line)
        or _PROGRAM_ARGUMENTS.match(line)
    )


def looks_like_commands(code):
    """A few lines, each a command (or its `\\` continuation, or a comment): a shell snippet."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines or len(lines) > 12:
        return False
    continued = False
    for line in lines:
        if not continued and not is_command_line(line):
            return False
        continued = line.rstrip().endswith("\\")
    return True
