"""Python cut out of a module: a settings list with `...` for what was left out, a header whose
body the post leaves to the reader, a dict's entries, a call given placeholders; and the string
and bracket helpers that mend such a piece before it is parsed."""

import ast
import re
import textwrap

from .python_parse import python_tree
from .python_signs import looks_like_python
from .signs import PLACEHOLDER

# What a post leaves out of Python: `...`, `[...]` or `... other arguments ...` on a line of its
# own (inside a list it would want commas), and a header's body.
_ELISION = re.compile(r"^\s*(?:\.{3,}|…|\[\.\.\.\]|#\s*\.{3,}|\.{3} ?\w[\w ]*? ?\.{3})\s*,?\s*$", re.M)
_OPEN_HEADER = re.compile(
    r"^(\s*)(?:(?:async\s+)?(?:def|for|with)|class|if|elif|else|while|try|except|finally)\b.*:\s*$"
)
# A definition's header, even one Python would refuse (`def start:`): no other language's.
DEFINITION_HEADER = re.compile(
    r"^\s*(?:@[\w.]+(?:\(.*\))?\s*$|(?:async\s+)?def\s+\w+.*:\s*$|class\s+\w+.*:\s*$|"
    r"(?:def|class)\s+\w+\s*\([\w\s,=*:.\[\]'\"]*\)(?:\s*->\s*[\w.\[\], ]+)?\s*$)"  # a signature quoted, its colon left out
)
_LATER_CLAUSE = re.compile(r"\s*(elif|else|except|finally)\b[^:\n]*:")
# A dict's entries cut out of it: `'key': (...)`, with a value only Python writes.
IPYTHON_INPUT = re.compile(r"In \[\d+\]: \S")
_QUOTED_ITEM = re.compile(
    r"\s*(?:'[\w./:-]+'|\"[a-z_]\w*(?:\.[a-z_]\w*){2,}(?:\.[A-Z]\w*)?\"),\s*"
)  # `"app.mw.Middleware",`
_QUOTED_KEY = re.compile(r"^\s*(['\"])[\w.-]+\1\s*:")
_PYTHON_DATA_MARK = re.compile(r"^\s*'|:\s*'|^\s*#|\b(?:True|False|None)\b", re.M)
_ELIDED_ENTRY = re.compile(r"^\s*\.{3,},?\s*$", re.M)
_DICT_ENTRY = re.compile(r"^\s*(['\"])[\w.-]+\1\s*:\s*.*(?:\bTrue\b|\bFalse\b|\bNone\b|\(|\w\[)")


_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")


def without_strings(code):
    """The code with its string literals emptied: one-line ones, and triple-quoted ones over lines
    (a setting's `BODY_END = \"\"\"<script ...>\"\"\"`)."""
    return _STRING.sub('""', TRIPLE_QUOTED.sub('""', code))


TRIPLE_QUOTED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'', re.S)


_CLOSERS = {"[": "]", "(": ")", "{": "}"}


def with_brackets_closed(text):
    """The brackets a post left open (a settings list, a JSON document cut short after `...`), closed."""
    stack = []
    for char in _STRING.sub("''", text):
        if char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char in ")]}" and (not stack or stack.pop() != char):
            return text  # unbalanced the other way: left as it is
    return text + "".join(reversed(stack))


# A header whose colon the writer forgot (or typed full-width, `for doc in docs：`): `class
# Post(models.Model)` over an indented body.
_HEADER_WITHOUT_COLON = re.compile(
    r"^(\s*(?:(?:async\s+)?def\s+\w+\s*\(.*\)|class\s+\w+(?:\s*\(.*\))?|(?:async\s+)?(?:for\s+[\w, ()]+\s+in|with)\s+\S.*?|"
    r"(?:if|elif|while)\s+\S.*?|else|try|finally|except(?:\s+\S.*?)?))\s*(?:：\s*)?$"
)


def _with_header_colons(lines):
    return [
        header.group(1) + ":"
        if (header := _HEADER_WITHOUT_COLON.match(line))
        and not re.search(r"[:(\[{,\\]\s*(?:#.*)?$", line)  # nor `if (` over its condition's lines
        and i + 1 < len(lines)
        and len(lines[i + 1]) - len(lines[i + 1].lstrip()) > len(line) - len(line.lstrip())
        and not lines[i + 1].rstrip().endswith(";")  # C's `if (n > max)` over `max = n;`: no colon forgotten
        else line
        for i, line in enumerate(lines)
    ]


# `...` among a call's arguments, for those the post leaves out: `EmailMessage(to=[...], ...)`.
_ELIDED_ARGUMENTS = re.compile(
    r",\s*\.\.\.(?=\s*[,)]|[ \t]*(?:#[^\n]*)?$)", re.M
)  # or names: `import a, b, ...`


# The last line of a signature written over several: `) -> pd.DataFrame:`.
_SIGNATURE_END = re.compile(r"^(\s*)\)(?:\s*->\s*[\w.\[\], |]+)?:\s*$")


def _with_bodies(lines):
    """Each header whose body is only comments (or nothing: the post stops there) given `pass`."""
    kept = []
    for at, line in enumerate(lines):
        kept.append(line)
        header = _OPEN_HEADER.match(line.split("  #")[0]) or _SIGNATURE_END.match(line)
        if not header or line.lstrip().startswith("#"):
            continue
        body = next((later for later in lines[at + 1 :] if not later.lstrip().startswith("#")), "")
        if len(body) - len(body.lstrip()) <= len(header.group(1)):
            kept.append(header.group(1) + "    pass")
    return kept


def _repaired(code):
    """The block with its elisions taken out, headers given their forgotten colons (over an
    indented line), open headers given a body and, where something was elided, open brackets closed."""
    unelided = _ELIDED_ARGUMENTS.sub("", _ELISION.sub("", code))
    lines = [line for line in textwrap.dedent(unelided).splitlines() if line.strip()]
    text = "\n".join(_with_bodies(_with_header_colons(lines)))
    return with_brackets_closed(text) if _ELISION.search(code) else text


def _with_opening(piece):
    """A piece that starts with a later clause (`elif x:`, `except E:`), given the clause it follows."""
    clause = _LATER_CLAUSE.match(piece)
    if not clause:
        return piece
    return ("try:\n    pass\n" if clause.group(1) in ("except", "finally") else "if x:\n    pass\n") + piece


def _pieces_realigned(code):
    """Each piece between the block's elisions at the margin: an excerpt that skips from a file's
    imports into the middle of a method (`from x import y`, `...`, `        if found:`)."""
    pieces = (textwrap.dedent(piece).strip("\n") for piece in _ELISION.split(code))
    return "\n".join(_with_opening(piece) for piece in pieces if piece.strip())


_DECORATED = re.compile(r"\s*(?:@|(?:async\s+)?def\s|class\s)")


def looks_like_python_fragment(code):
    """A piece of a module: a settings list with `...` elided, a header with its body left out,
    entries of a dict, or a definition's header alone."""
    substance = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    first = substance[0] if substance else ""
    if DEFINITION_HEADER.match(first):  # a decorator decorates: conda's `@EXPLICIT` over URLs does not
        return (
            not first.lstrip().startswith("@") or len(substance) == 1 or bool(_DECORATED.match(substance[1]))
        )
    if _LATER_CLAUSE.match(first) and looks_like_python(_with_opening(textwrap.dedent(code))):
        return True  # `else:` or `elif x:` cut out under its `if`
    repaired = _repaired(code)
    if repaired != textwrap.dedent(code).strip("\n") and looks_like_python(repaired):
        return True
    if _ELISION.search(code) and looks_like_python(_repaired(_pieces_realigned(code))):
        return True
    if _DICT_ENTRY.match(first):
        return python_tree("{" + code + "}") is not None
    if IPYTHON_INPUT.match(first):
        return True  # IPython's `In [1]: ` (LABELLING.md names `>>> ` alone pycon)
    if PLACEHOLDER.search(code) and _calls_with_placeholders(code):
        return True
    lines = [line for line in code.splitlines() if line.strip()]
    if all(line.lstrip().startswith("# ") for line in lines):
        return _comments_out_python(lines)
    if all(_QUOTED_ITEM.fullmatch(line) for line in lines):
        return True  # items cut from a settings list: `'app.context_processors.menu',`
    # Entries cut from a settings dict, JSON's shape but Python's marks: quotes ', comments #.
    entries = _ELIDED_ENTRY.sub("", code)
    return bool(
        _QUOTED_KEY.match(first)
        and _PYTHON_DATA_MARK.search(code)
        and python_tree("{" + entries + "}") is not None
    )


def _comments_out_python(lines):
    """Code commented out, `# admin.autodiscover()`: once uncommented, Python that calls or imports
    (`# work_mem = 4` is a conf file's line commented out, `# see below` a note)."""
    uncommented = [line.lstrip()[2:] for line in lines]
    if any(_PYTHON_SETTING.match(line) and python_tree(line) for line in uncommented):
        return True  # `# NEW_POST_DATE_PATH = False` among notes: a settings file's default
    tree = python_tree("\n".join(uncommented))
    return tree is not None and any(
        isinstance(node, ast.Call | ast.Import | ast.ImportFrom) for node in ast.walk(tree)
    )


# A setting in capitals given a value only Python writes so: a constant of its, quotes, a dict.
_PYTHON_SETTING = re.compile(
    r"[A-Z][A-Z0-9_]*\s=\s(?:True|False|None|'[^'\n]*'|\"[^\"\n]*\"|\{.*\}|\[.*\])\s*$"
)


# What the reader fills in, `<list>`, `<coll_of_str>`, `<list/dict/set/…>` (not `</p>` or `a < b`).
_OPTIONAL_ARGUMENT = re.compile(r"\s*\[,[^\[\]\n]*\]")  # `next(<iter> [, default])`
_DOING_WITH_DATA = (
    ast.Call,
    ast.Attribute,
    ast.Subscript,
    ast.List,
    ast.Set,
    ast.Tuple,
    ast.Dict,
    ast.GeneratorExp,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
)


def _calls_with_placeholders(code):
    """A cheat sheet's Python, `<list>.append(<el>)`: with names for its placeholders (and its
    optional arguments left out) it parses, and it calls, indexes or builds a collection
    (`<name> = <value>` alone is anyone's usage line)."""
    if re.search(r"/<|>/", code):
        return False  # `<plugins_folder>/app/hooks.py`: a path
    named = PLACEHOLDER.sub(lambda m: "_" + re.sub(r"\W", "_", m.group()[1:-1]), code)
    tree = python_tree(_OPTIONAL_ARGUMENT.sub("", named))
    return tree is not None and any(isinstance(node, _DOING_WITH_DATA) for node in ast.walk(tree))
