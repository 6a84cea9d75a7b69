"""Detection's first stage, its last rewrites: a block read without what opens it (a notebook cell's
magic, a heading, an editor's command, captions, a list's numbers), and IPython's marks known."""

import re
import textwrap

from .config_files import is_crontab
from .data_signs import looks_like_json, looks_like_json_with_asides
from .detect_block import ASIDE_LINES, SQL_FAMILY
from .detect_rewrites import included_language
from .ini_signs import INI_SECTION, looks_like_ini
from .ipython_signs import (
    CELL_MAGIC,
    cells_headed_by_their_numbers,
    ipython_lines_over_output,
    looks_like_ipython_lines,
    python_shell_then_inputs,
)
from .python_parse import python_tree
from .shell_signs import SHELL_WORDS
from .signs import looks_like_django_template
from .sql_signs import SQL_START
from .text_signs import is_slow_query_log
from .writer_notes import without_leading_hash_lines
from .yaml_signs import looks_like_yaml, looks_like_yaml_then_a_command

# A line naming what follows: a file's name alone, an HTTP request; and what may follow it.
_HEADING_LINE = re.compile(
    r"\s*(?:(?:~?/|\.{1,2}/)?(?:[\w.-]+/)*[\w.-]+\.(?:conf|json|ya?ml|ini|toml|cfg|env)|(?:GET|POST|PUT|PATCH|DELETE) /\S*|"
    r"(?:(?:GET|POST|PUT|PATCH|DELETE)[ \t]+)?https?://[^\s/]+/[^\s?&]*|"  # an endpoint's address over the body sent to it (no query going on below)
    r"(?!(?:def|class|if|elif|else|for|while|with|try|except|async|match|case)\b)[^\W\d](?=[\w/.,'-]*+ )[\w/.,' -]*+:|"
    r"[A-Z][a-z]+:|"
    r"[A-Z][\w.-]*(?: [\w.-]+){0,2} (?:config(?:uration)? )?file|"  # `NexT config file`: which file it is
    r"\S[^\n]*\n[ \t]*(?:-{4,}|={3,}))"  # a caption over a ruler (not YAML's `---`): `config.yml` over `----`
    r"[ \t]*\n"  # or a phrase introducing it: `What pgtune suggests:`
)
# An editor opened on a file, on the first line or under notes: `sudo vim /etc/app.yaml`, `vim
# $ES_HOME/config/x.yml`, `# 修改要管理的机器` over `vim /etc/ansible/hosts`.
_EDITOR_OPENED = re.compile(
    r"(?:[ \t]*#[^\n]*\n)*[ \t]*(?:sudo[ \t]+)?(?:vim?|nvim|nano|emacs|gedit)[ \t]+[\w~/.\\${} -]+?[ \t]*\n"
)
# Captions in Chinese over a file or under it, no code's marks in them (`PHP composer安装依赖项`), and how such
# a file opens: YAML's `---` or a key (not a list's item: a caption over a list is prose), an ini
# section, a JSON object.
_CAPTION_LINE = re.compile(r"[ \t]*(?=[^\n]*[\u4e00-\u9fff])[^\n:=#{}()<>|\[\]]+[:：]?")  # `请求体:` too
# ... or HTML's comments a line each, `<!-- This post will render the equations -->` over front matter.
_CAPTIONS_ON_TOP = re.compile(rf"\A(?:(?:{_CAPTION_LINE.pattern}|[ \t]*<!--[^\n]*-->[ \t]*)\n)+")
_DOCUMENT_OPENING = re.compile(
    r"[ \t]*(?:---[ \t]*\n|[A-Za-z_][\w.-]*:[ \t\n]|\[[\w .-]+\][ \t]*\n|\{[ \t]*(?:\n|\"))"
)
_LANGUAGE_NAME_LINE = re.compile(
    r"[ \t]*(?:sql|mysql|postgres(?:ql)?|psql|bash|shell|sh|console|python3?|py|json|ya?ml|html|javascript|js)[ \t]*\n"
)
_CRONTAB_OPENED = re.compile(r"[ \t]*(?:sudo[ \t]+)?crontab[ \t]+(?:-u[ \t]+\w+[ \t]+)?-e[ \t]*\n")
# A Jinja template's file named in a comment over it (Ansible's `templates/app.conf.j2`).
_JINJA_FILE_NAMED = re.compile(r"[ \t]*(?:#|//)[ \t]*[~.]?/?[\w./-]+\.(?:j2|jinja2?)[ \t]*\n")
_DOCUMENTS = frozenset(("json", "yaml", "ini"))
_EDITED_FILES = _DOCUMENTS | {"bash"}  # what an editor is opened on: a document, or the shell's file


def _without_captions_below(code):
    """The code above the captions that close it (blank lines aside), or None when none does."""
    lines = code.rstrip().splitlines()
    kept = len(lines)
    while kept and (_CAPTION_LINE.fullmatch(lines[kept - 1]) or not lines[kept - 1].strip()):
        kept -= 1
    return "\n".join(lines[:kept]) + "\n" if 0 < kept < len(lines) else None


# A statement put out of use by `#` (not a caption that introduces what follows: `# Execute the following:`).
_HASHED_STATEMENT = re.compile(
    r"^[ \t]*#[ \t]*" + SQL_START.pattern.removeprefix(r"^\s*") + r"(?![^\n]*:[ \t]*$)", re.M | re.I
)
# A script's inline metadata (PEP 723), or Python's tools' directives alone (`# pyright: strict`):
# comments only, but the top of a Python file.
_SCRIPT_METADATA = re.compile(r"^# /// script[ \t]*$", re.M)
_TOOL_DIRECTIVE = r"#[ \t]*(?:pyright|mypy|pylint|type|fmt|ruff)[ \t]*:[^\n]*"
_TOOL_DIRECTIVES = re.compile(f"{_TOOL_DIRECTIVE}(?:\n+{_TOOL_DIRECTIVE})*")
# IPython's prompts, numbered or not (`In : Drink.objects.count()` over `Out: 8`), the first of a
# block under its notes: python (rule 7).
_IPYTHON_IN = re.compile(r"^In ?(?:\[\d*\])? ?: +\S", re.M)
_IPYTHON_OUT = re.compile(r"^Out ?(?:\[\d*\])? ?:", re.M)
_NUMBERED_OUT = re.compile(r"^Out ?\[\d+\] ?:", re.M)


def _input_over_ipython_output(code):
    """A call, then IPython's `Out[3]:` and what it showed: the cell's input copied without its `In [3]:`."""
    out = _NUMBERED_OUT.search(code)
    return bool(out) and bool(code[: out.start()].strip()) and python_tree(code[: out.start()]) is not None


# The cell magics that run their body in another language (None: the body tells, `%%sql`).
_CELL_LANGUAGES = {
    "sql": None,
    "bash": "bash",
    "sh": "bash",
    "html": "html",
    "javascript": "javascript",
    "md": "text",
}


def _may_be_a_document(code):
    """Whether detection could answer json, yaml or ini for the block: asked first, as it is
    cheap, before a heading's rest is read whole."""
    code = textwrap.dedent(code)
    first = next(line for line in code.splitlines() if line.strip())
    return bool(
        looks_like_json(code)
        or looks_like_json_with_asides(code)
        or looks_like_yaml(code)
        or looks_like_ini(code)
        or INI_SECTION.match(first)
        or included_language(code)
        or looks_like_yaml_then_a_command(code.splitlines())
    )


def answer(block):
    """The answer for the block read without what opens it, or for IPython's marks; None to go on."""
    code = block.code
    if (named := _JINJA_FILE_NAMED.match(code)) and looks_like_django_template(code[named.end() :]):
        return "html+django"  # `# /path/to/sshd_config.j2` over `Port {{ ssh_port }}`: a Jinja template, named so
    if cell := CELL_MAGIC.match(code):  # a notebook cell's magic over its body
        language = _CELL_LANGUAGES.get(
            cell.group(1) or cell.group(2), "python"
        )  # `%%capture`, `%%time`: Python's
        body = code[cell.end() :]
        return block.read(body) if language is None and body.strip() else language or "python"
    if (
        looks_like_ipython_lines(code)
        or ipython_lines_over_output(code)
        or (_IPYTHON_OUT.search(code) and _IPYTHON_IN.match(without_leading_hash_lines(code)))
        or _input_over_ipython_output(code)
        or _SCRIPT_METADATA.search(code)
        or _TOOL_DIRECTIVES.fullmatch(code.strip())
        or python_shell_then_inputs(code)
        or cells_headed_by_their_numbers(code)
    ):
        return "python"
    if code.lstrip().startswith("#") and is_slow_query_log(block.lines):
        return "text"  # (its `#` lines are the log's, not the writer's notes over statements)
    noted = (
        ASIDE_LINES.match(code) and not _HASHED_STATEMENT.search(code) and ASIDE_LINES.sub("", code).lstrip()
    )
    session = noted and SQL_START.match(noted) and block.read(noted)
    if session in ("psql", "postgres-explain", "postgresql"):
        return session  # `# Session 1` over statements and their results; notes over statements (read once)
    if (
        (named := _LANGUAGE_NAME_LINE.match(code))
        and (rest := code[named.end() :]).strip()
        and (language := block.read(rest)) != "text"
    ):
        return language  # `sql` over `SET GLOBAL ...`: the fence's language on the block's first line
    heading = None if block.under_a_heading else _HEADING_LINE.match(code)
    if heading and code[heading.end() :].strip() and _may_be_a_document(code[heading.end() :]):
        rest = block.read(code[heading.end() :], under_a_heading=True)
        if rest in _DOCUMENTS:
            return rest  # `powa-collector.conf`, its path or `POST /api/posts/` over the document
    opened = _EDITOR_OPENED.match(code)
    if (
        opened
        and code[opened.end() :].strip()
        and (document := block.read(code[opened.end() :])) in _EDITED_FILES
    ):
        # `vi ~/.docker/daemon.json` over the file: what is typed into it (rule 4's file; a sysconfig
        # file's `NAME="value"` lines are the shell's, as a .env file's)
        return document
    if (
        (captions := _CAPTIONS_ON_TOP.match(code))
        and _DOCUMENT_OPENING.match(rest := code[captions.end() :])
        and (document := block.read(rest)) in _DOCUMENTS
    ):
        return document  # `判断jenkins是否运行失败` over a playbook: the writer's caption, then the file
    if (
        (rest := _without_captions_below(code)) is not None
        and _DOCUMENT_OPENING.match(rest)
        and (document := block.read(rest)) in _DOCUMENTS
    ):
        return document  # a file, then `这里移除 ...` under it: the writer's note on it
    if (crontab := _CRONTAB_OPENED.match(code)) and is_crontab(code[crontab.end() :].splitlines()):
        return "text"  # `crontab -e` over the schedule typed into it: a crontab's syntax, no label's (rule 4)
    if (
        all(_NUMBERED_LINE.match(line) for line in code.splitlines() if line.strip())
        and (";" in code or _numbered_statements(block.written))  # not clauses named in the order they run
        and (statements := block.read(_NUMBERED_LINE.sub("", code))) in SQL_FAMILY
    ):
        return statements  # `1. select user from user;` over `2. flush privileges;`: a list's numbers, each a statement's
    if (
        all(_NUMBERED_STEP.match(line) for line in code.splitlines() if line.strip())
        and (unnumbered := _NUMBERED_STEP.sub("", code))
        # a known program run: no re-read for nothing
        and any(map(SHELL_WORDS.match, unnumbered.splitlines()))
        and block.read(unnumbered) == "bash"
    ):
        return "bash"  # `1.export PATH=...` over `2.cd ~/ #note`: steps numbered, each a command
    return None


_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,3}[.)、][ \t]+(?=\S)", re.M)


def _numbered_statements(written):
    """Each line a statement whole after its number, written as SQL is (`1. update account set
    balance=balance-100 where id=1`): not `1. Update the file`, nor a clause's name, `2. FROM <t>`."""
    rests = [_NUMBERED_LINE.sub("", line) for line in written]
    return all(
        SQL_START.match(rest) and not rest.split(None, 1)[0].istitle() and len(rest.split()) >= 4
        for rest in rests
    )


_NUMBERED_STEP = re.compile(r"^[ \t]*\d{1,2}[.)、][ \t]*(?=[^\W\d])", re.M)  # the number glued on too: `1.cd`
