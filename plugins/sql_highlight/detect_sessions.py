"""Detection's second stage: sessions, which their first prompt decides, and diffs."""

import ast
import re

from .c_signs import C_INCLUDE
from .console_signs import commented_out_commands, console_lines
from .detect_block import SQL_FAMILY
from .diff_signs import DIFF_LINE, looks_like_diff
from .ini_signs import INI_SECTION, looks_like_ini, looks_like_properties
from .mysql_client import (
    bare_prompt_statements,
    client_prompt_before,
    mysql_client_session,
    sources_sql_files,
    statements_a_line_at_bare_prompts,
)
from .psql_signs import (
    PSQL_META,
    PSQL_PROMPT_LINE,
    has_psql_prompt,
    prompted_statements,
    sql_with_psql_parts,
    statements_after_shell_prompts,
)
from .psql_typed import echoes_a_command_tag, shell_commands_over_results
from .python_parse import python_tree
from .signature_signs import parses_as_sql
from .signs import SHELL_PROMPT
from .sql_signs import SQL_START
from .writer_notes import HASH_NOTES
from .yaml_signs import looks_like_yaml

_PYCON = re.compile(
    r"^[ \t]*>>>>?(?: |$)", re.M
)  # indented too, as reStructuredText keeps it; `>>>> ` mistyped
# What a statement typed at Python's prompt opens with: an assignment, an import, a call, a block.
_TYPED_AT_THE_PROMPT = re.compile(
    r">>>[ \t]*(?:[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*[-+*/]?=[^=]|import\b|from\b|def\b|class\b|for\b|if\b|while\b|with\b|"
    r"print\b|[A-Za-z_][\w.]*\()"
)
# A module the code above imported, its member looked up at the prompt: `>>> io.DEFAULT_BUFFER_SIZE`.
_IMPORTED = re.compile(r"^[ \t]*import[ \t]+([\w., \t]+)$", re.M)
_MEMBER_AT_THE_PROMPT = re.compile(r">>>[ \t]*([A-Za-z_]\w*)\.[A-Za-z_]")


def _output_marked_as_prompted(code):
    """A script, then what it printed with `>>> ` before it (`print(s.solve(4))` over `>>> [['.Q..',`):
    the writer's mark, no session; the code over it parses and nothing after a prompt is a statement."""
    first = code.find(">>>")
    head = code[:first]
    written = [line.strip() for line in code.splitlines() if line.strip()]
    printed = {at for at, line in enumerate(written) if at and written[at - 1].startswith("print(")}
    prompted = [
        line for at, line in enumerate(written) if line.startswith(">>>") and at not in printed
    ]  # (what a print() above gave, `>>> deque([2, 3])`, is its output whatever it looks like)
    imported = {
        name.split(" as ")[-1].strip().split(".")[0]
        for names in _IMPORTED.findall(code)
        for name in names.split(",")
    }
    members = [_MEMBER_AT_THE_PROMPT.match(line) for line in prompted]
    marks = [line for line in written if line.startswith(">>>")]
    bare = bool(marks) and all(line == ">>>" for line in marks)  # `>>>` alone over what one line gave
    tree = python_tree(head)
    return (
        len([line for line in head.splitlines() if line.strip()]) >= (1 if bare else 2)
        and tree is not None
        and not any(map(_TYPED_AT_THE_PROMPT.match, prompted))
        and not any(member and member.group(1) in imported for member in members)
        and not _asks_for_what_it_defined(tree, prompted)
    )


def _asks_for_what_it_defined(tree, prompted):
    """A prompted line that opens with a name the script above defined (`counter = Counter()` over
    `>>> counter`, `def process(...)` over `>>> process(requests)`): what was typed, no output."""
    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            defined.add(node.name)
    return any(
        (name := _PROMPTED_NAME.match(line)) and name.group(1) in defined and python_tree(line[3:].strip())
        for line in prompted
    )  # (`>>> singleton1 is singleton2: True` parses not: what a print() wrote, marked)


_PROMPTED_NAME = re.compile(r">>>[ \t]+([A-Za-z_]\w*)\b(?![ \t]*=[^=])")


def _yaml_over_what_it_gives(code):
    """YAML's lines, each value over the object it loads as, marked `>>> ` in JavaScript's braces or
    brackets: no statement typed at a prompt."""
    lines = code.splitlines()
    marked = [line.lstrip()[3:].strip() for line in lines if line.lstrip().startswith(">>>")]
    shown = "\n".join(line for line in lines if not line.lstrip().startswith(">>>"))
    return (
        bool(marked)
        and all(value[:1] and value[:1] in "{[" for value in marked)
        and not any(map(_TYPED_AT_THE_PROMPT.match, (">>> " + value for value in marked)))
        and looks_like_yaml(shown)
    )


def _code_over_what_it_gives(code):
    """Statements or a script, then what they gave marked `>>> ` (no statement typed at a prompt):
    the statements without the `>>> ` lines, or the script above the first of them; else None."""
    lines = code.splitlines()
    marked = [line.strip() for line in lines if line.lstrip().startswith(">>>")]
    if not marked or any(map(_TYPED_AT_THE_PROMPT.match, marked)):
        return None
    if SQL_START.match(code):
        return "\n".join(line for line in lines if not line.lstrip().startswith(">>>"))
    return code[: code.find(">>>")]


def _statements_over_their_rows(code):
    """Statements alone at `>>> `, each parsing, the rows they gave under them unprompted."""
    lines = [line for line in code.splitlines() if line.strip()]
    typed = [line.lstrip()[3:].strip() for line in lines if line.lstrip().startswith(">>>")]
    return (
        len(typed) < len(lines)
        and lines[0].lstrip().startswith(">>>")
        and all(SQL_START.match(statement) and parses_as_sql(statement) for statement in typed)
    )


# What a writer marks its output `>>> ` under, besides Python: SQL (rule 8's notes) and JavaScript.
_MARKING_OUTPUT = SQL_FAMILY | {"javascript", "bash"}  # (`doctl account get` over `>>>` over its table)


# The first line's prompt glued to its input, `>>>[x * x for x in xs]`, `>>>'abc' in s`: under code, `>>>'a.csv'`
# marks what it gave.
_GLUED_PYCON = re.compile(r"(?:[ \t]*#[^\n]*\n)*\s*>>>>?(?=[A-Za-z_\[('\"])")  # (a `#` note over it)
# `# cat /etc/x.repo` runs, and `# cat syncer.meta` (a file's name alone); `# make sure db is up` says
_PATH_OR_FLAG = re.compile(r"\s(?:--?\w|/|~/|\./)|^#\s+(?:cat|less|more|head|tail)\s+[\w.-]*\.\w+\s*$")
# A `# ` line that names a data file alone (`# /source/assets/img/favicon.jpg`): what the setting under it points at.
_DATA_FILE_NAMED = re.compile(
    r"#[ \t]+[~.]?/?[\w./-]+\.(?:jpe?g|png|gif|svg|ico|ya?ml|json|toml|ini|conf|cfg|md|txt|css|html)[ \t]*"
)
_SHEBANG_SHELL = re.compile(r"^#!\s*/(?:usr/)?bin/(?:env\s+)?(?:ba|z|da)?sh\b")
_SHELL_SELECT_LOOP = re.compile(r"\s*select \w+(?: in [^\n]*)?(?:;\s*do\b|\n\s*do\s*$)", re.M)
_SHEBANG_LINE = re.compile(r"^#!/|^# shellcheck shell=", re.M)  # a script's first line, or its linter's


def _notes_inside_sections(code, notes):
    """Each note under the file's first `[section]`: no root's command printing the file (`# cat
    x.repo` over it), but the file's own comments."""
    lines = code.splitlines()
    first = next((at for at, line in enumerate(lines) if INI_SECTION.match(line)), len(lines))
    return all(lines.index(note) > first for note in notes)


def _is_commented_settings(code):
    """An ini, Java properties or YAML file under `# /etc/patroni.yml`-like comments (`# mysql
    database` over a database's properties): root's prompt is no comment's mark."""
    return looks_like_ini(code) or looks_like_properties(code) or looks_like_yaml(code)


_CLIENT_COMMAND = re.compile(r"(?:mysql|mariadb|psql|sqlite3)(?:[ \t]+\S+)*[ \t]*")


def _typed_into_a_client(block):
    """A database's client run on the first line, each line under it after a bare `> `, and
    those lines statements once their marks are off."""
    typed = block.lines[1:]
    return (
        bool(_CLIENT_COMMAND.fullmatch(block.first.strip()))
        and any(line.strip() for line in typed)
        and all(line.startswith("> ") for line in typed if line.strip())
        and block.read("\n".join(line[2:] for line in typed)) in SQL_FAMILY
    )


_C_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def answer(block):
    """The answer for a session (the shell's, psql's, Python's: its first prompt decides), a
    diff, or a script by its shebang; None to go on."""
    code = block.code
    lines = block.lines
    written = block.written
    first = block.first
    first_uncommented = block.first_uncommented
    console = console_lines(lines)
    root_only = all(line.startswith("#") for line in console)
    root_comments = root_only and not any(
        _PATH_OR_FLAG.search(line) and not _DATA_FILE_NAMED.fullmatch(line) for line in console
    )
    if (
        console
        and (root_comments or root_only and _notes_inside_sections(code, console))
        and _is_commented_settings(code)
    ):
        console = []  # `# make sure db is up` over YAML's or an ini file's lines (inside its sections: any note)
    if (
        console
        and root_only
        and console[0] not in (first, first_uncommented)
        and _is_commented_settings(code)
    ):
        console = []  # `# curl -o ~/.config/x.yml ...` halfway down a settings file: a command commented out
    if (
        console
        and root_comments
        and SQL_START.match(rest := HASH_NOTES.sub("", code))
        and parses_as_sql(rest)
    ):
        console = []  # `# find the file` over `SHOW config_file;`: a note over a statement, no root's command
    if console and root_only and _SHEBANG_LINE.search(code):
        console = []  # `# entrypoint.sh` over `#!/bin/sh`: a script's name, its comments
    if console and C_INCLUDE.match(code) and not console_lines(_C_BLOCK_COMMENT.sub("", code).splitlines()):
        console = []  # a C program, the session that ran it shown in its closing `/* $ gcc main.c ... */`
    if bare_prompt_statements(code) or statements_a_line_at_bare_prompts(code):
        return "psql"  # `> SHOW RETENTION POLICIES` over its answer: InfluxDB's client (rule 1)
    if commented_out_commands(written, console):
        return "bash"  # every line commented, notes among them: a script's commands left out of it
    if (
        console
        and console[0] in (first, first_uncommented)
        and not (looks_like_diff(code) and DIFF_LINE.match(first))
    ):
        # A shell session, even one that goes on into psql or Python: the first prompt decides.
        return "console"
    if (_PYCON.search(code) or _GLUED_PYCON.match(code)) and python_tree(code) is None:
        # (a module parses only with its `>>>` in docstrings: doctests); a script over its output
        # marked `>>> ` is the script
        if _yaml_over_what_it_gives(code):
            return "yaml"  # `animal: pets` over `>>> { animal: 'pets' }`: YAML shown with the object it gives
        if _output_marked_as_prompted(code):
            return "python"
        if _statements_over_their_rows(code):
            return "psql"  # `>>> SELECT * FROM corrs;` over the rows it gave: no Python's, SQL's session (rule 10)
        if (shown := _code_over_what_it_gives(code)) and (read := block.read(shown)) in _MARKING_OUTPUT:
            return read  # `SELECT 17 % 5;` over `>>> 2`, a loop over `>>> 1`: what it gives, the writer's mark before it
        return "pycon"
    if looks_like_diff(code):
        return "diff"  # before anything else: a diff carries any language in its lines
    psql_prompt = PSQL_PROMPT_LINE.search(code)
    if console and psql_prompt and code.index(console[0]) < psql_prompt.start():
        return "console"
    if SHELL_PROMPT.match(first):
        return "psql" if statements_after_shell_prompts(lines) else "console"
    if has_psql_prompt(code):
        return "psql"
    if console and client_prompt_before(code, console[0]):
        return "psql"  # MySQL's client first, a shell's prompt after it: the first prompt decides
    if console and _typed_into_a_client(block):
        return "postgresql"  # `mysql -u user -p` over `> use db`, `> LOAD DATA ...`: statements typed into it (rule 2)
    if console and not _SHEBANG_SHELL.match(code):
        return "console"
    if prompted_statements(code) or mysql_client_session(code) or sources_sql_files(code):
        return "psql"
    if shell_commands_over_results(lines):
        return "bash"
    psql_parts = PSQL_META.search(code) and sql_with_psql_parts(code)
    if psql_parts:
        return psql_parts  # `\\gset` and the like: a psql script
    if echoes_a_command_tag(lines):
        return "psql"
    if _SHEBANG_SHELL.match(code):
        return "bash"  # a script, whatever its commands hand psql: `psql -c "DO $$ ..."`
    if _SHELL_SELECT_LOOP.match(code):
        return "bash"  # the shell's menu loop, `select x in *; do ...; done`, no SQL's SELECT
    return None
