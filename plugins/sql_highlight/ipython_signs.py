"""IPython as posts show it: a notebook cell's magics and shell escapes, the `In [1]:` lines
typed into Django's shell, and Python run a line at a time without prompts, each line over what it
gave; the python label shows them."""

import re

from .python_fragments import IPYTHON_INPUT
from .python_parse import python_tree
from .python_signs import looks_like_python
from .signs import SHELL_PROMPT

# IPython's own lines in a notebook's cell: a line magic (`%pip install x`, `%load_ext sql`) or
# the shell run from it (`! docker ps`); a cell magic (`%%sql`) over the cell's body. (sudoers'
# `%admin   ALL = ...` spaces its columns.)
_LINE_MAGIC = re.compile(
    r"^([ \t]*)(?:[\w.]+ = )?(?:%[a-z]\w*|![ \t]?[a-z][\w.-]*)(?: [^ \n][^\n]*)?[ \t]*$", re.M
)  # its result kept too: `rows = %sql SELECT 1`
# A cell of a notebook kept as a script (jupytext's percent format): `# %%` over a cell magic
# and its body, which runs to the next cell.
_PERCENT_CELL_MAGIC = re.compile(r"^(# %%[^\n]*\n)[ \t]*%%[a-z]\w*[^\n]*(?:\n(?!# %%)[^\n]*)*", re.M)
# A cell's magic over its body: IPython's `%%sql`, or a Databricks notebook's `%sql` alone on its line.
CELL_MAGIC = re.compile(r"[ \t]*(?:%%([a-z]\w*)[^\n]*(?:\n|\Z)|%(sql|sh|md|python)[ \t]*\n)")


# A command that opens Python's shell: `./manage.py shell_plus`, `docker compose exec web python`.
_OPENS_PYTHON_SHELL = re.compile(r".*\b(?:manage\.py|django-admin) (?:shell|shell_plus)\b.*|.*\bi?python3?")


def python_shell_then_inputs(code):
    """Python's shell opened, then only what is typed at IPython's `In [1]:`, or Python typed
    without prompts: the Python the block shows (LABELLING.md, rule 2, as for psql opened then
    statements)."""
    lines = [line for line in code.strip().splitlines() if line.strip()]
    return (
        len(lines) > 1
        and bool(_OPENS_PYTHON_SHELL.fullmatch(lines[0].strip()))
        and (
            all(IPYTHON_INPUT.match(line) for line in lines[1:])
            # (`$ python` over what is typed: the shell's prompt decides, rule 1)
            or not SHELL_PROMPT.match(lines[0])
            and looks_like_python(code.strip().partition("\n")[2])
        )
    )


# A cell's number on a line of its own, as a notebook copied out (or nbconvert's script) heads a cell:
# `In[3]:`, `# In[3]:`.
_CELL_HEADER = re.compile(r"^[ \t]*(?:# ?)?In ?\[\d*\]:[ \t]*$", re.M)
_CELL_OUTPUT = re.compile(r"^(?:-{3,}[ \t]*\n)?Out ?\[\d*\]:", re.M)  # a ruler over it, as some copy it


def cells_headed_by_their_numbers(code):
    """`In[3]:` over Python, maybe cell after cell: a notebook's cells, which the python label shows (rule 7)."""
    cells = _CELL_OUTPUT.split(code, maxsplit=1)[0]  # what the first cell printed is no Python
    return bool(_CELL_HEADER.match(code.lstrip("\n"))) and looks_like_python(
        _CELL_HEADER.sub("", cells).strip("\n")
    )


def looks_like_ipython_lines(code):
    """Line magics or shell escapes, maybe among Python: IPython, which the python label shows."""
    cells = _PERCENT_CELL_MAGIC.sub(r"\1pass", code)
    return (cells != code or bool(_LINE_MAGIC.search(code))) and python_tree(
        _LINE_MAGIC.sub(r"\1pass", cells)
    ) is not None


def ipython_lines_over_output(code):
    """A cell of line magics or shell escapes alone, a blank line, then what they printed
    (`!pip install seaborn` over pip's `Requirement already satisfied`): IPython's cell and its output."""
    cell, blank, printed = code.strip().partition("\n\n")
    return bool(blank and printed.strip()) and all(
        _LINE_MAGIC.fullmatch(line) for line in cell.splitlines() if line.strip()
    )


def looks_like_cells_over_their_output(code):
    """A notebook exported as text: its cells' Python at the margin, each cell's output under it
    indented four spaces (nbconvert's way), a cell magic (`%%time`) among them. What is left once
    the output is taken away is Python."""
    kept, printing, above = [], False, ""
    for line in code.splitlines():
        if not line.strip():
            kept.append(line)
            continue
        indented = line.startswith("    ")
        at_margin = above and not above[0].isspace() and not _OPENS_A_BLOCK.search(above)
        if indented and (printing or at_margin):
            printing = True  # output: under a statement at the margin that opens no block, or more of it
            continue
        printing = False
        if not CELL_MAGIC.fullmatch(line + "\n"):
            kept.append(line)
            above = line
    rest = "\n".join(kept).strip()
    return rest != code.strip() and rest.count("\n") >= 1 and looks_like_python(rest)


_OPENS_A_BLOCK = re.compile(r"[:([{,\\]\s*(?:#[^\n]*)?$")


# IPython's prompt for a statement's next line, `   ...: `, its `In [1]:` above left out of the copy.
_CONTINUATION_PROMPT = re.compile(r"^[ \t]*\.\.\.:(?: |$)", re.M)


def continued_at_ipython_prompts(code):
    """A call over lines, each after IPython's `...: ` (`User.objects.create(` over `...:
    first_name='Ann',`), maybe over its `Out[3]:`: its session, which the python label shows (rule 7)."""
    typed = _CELL_OUTPUT.split(code, maxsplit=1)[0]
    return len(_CONTINUATION_PROMPT.findall(typed)) >= 2 and looks_like_python(
        _CONTINUATION_PROMPT.sub("", typed)
    )


# What a cell shows for objects, the reprs of a model's rows: `[<Role 1 name='admin'>]`, `[]`; Django's
# QuerySet of them, `<QuerySet [<Author: ann>]>`.
_REPRS_SHOWN = re.compile(
    r"[ \t]*\[(?:<[A-Z]\w*[ \t][^<>\n]*>(?:,[ \t]*<[A-Z]\w*[ \t][^<>\n]*>)*)?\][ \t]*|[ \t]*<[A-Z]\w*[ \t][^<>\n]*>[ \t]*|"
    r"[ \t]*<QuerySet \[[^\n]*\]>[ \t]*"
)


def looks_like_python_over_reprs(code):
    """Python run a line at a time without prompts, each lookup over the reprs it gave (`bob.roles`
    over `[<Role 1 name='admin'>]`): what is left once they are taken away is Python."""
    lines = code.splitlines()
    shown = [at for at, line in enumerate(lines) if line.strip() and _REPRS_SHOWN.fullmatch(line)]
    if not shown or any(at == 0 or not lines[at - 1].strip() for at in shown):
        return False
    rest = "\n".join(line for at, line in enumerate(lines) if at not in shown)
    return rest.count("\n") >= 2 and looks_like_python(rest)


# A string formatted with Python's `%` (`"I eat %d apples." % 3`), then the string it gives.
_PERCENT_FORMATTED = re.compile(
    r"[ \t]*([\"'])[^\"'\n]*%[-+ #0]*\d*(?:\.\d+)?[sdifrx][^\"'\n]*\1[ \t]*%[ \t]*[^\n]+\n[ \t]*(['\"])[^\n]*\2[ \t]*"
)


def formats_over_what_it_gives(code):
    """A `%` format over the string it gives, a pair or more: Python, which alone formats so."""
    pairs = [pair for pair in code.strip().split("\n\n") if pair.strip()]
    return bool(pairs) and all(_PERCENT_FORMATTED.fullmatch(pair.strip("\n")) for pair in pairs)
