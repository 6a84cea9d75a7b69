"""A diff's shapes: a unified diff, its hunks without a header, or lines marked added and
removed in a post's code whose context lost its leading space."""

import ast
import re
import textwrap

from .python_parse import quiet_compile
from .yaml_signs import looks_like_yaml

DIFF = re.compile(
    r"^diff --git |^--- \S.*\n\+\+\+ \S|^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|"
    r"^\d+(?:,\d+)?[acd]\d+(?:,\d+)?\n[<>] ",  # a normal diff's hunk: `499c499`, then `< ` or `> ` lines
    re.M,
)
# A diff without its header: every line added, removed or kept (one space), or an elision.
DIFF_LINE = re.compile(r"^(?:[+-](?![+-])| |$|\[\.\.\.\]$|\.\.\.$|#\s*\.{3,}$)")


# A line of code removed: indented code after its `-` (a YAML item has one to three spaces), or an
# assignment or a call (`-DEBUG = True`); a flag (`-v, --verbose`) is neither.
REMOVED_CODE = re.compile(r"^-(?: {4,}\S|[A-Za-z_][\w.]+(?: = |\())")


def looks_like_diff(code):
    """A unified diff, or its hunks without a header: some lines added, or some removed that are
    code (a YAML list is all `-` and indented lines, so removals alone do not say diff)."""
    if DIFF.search(code):
        return True
    lines = code.splitlines()
    marked = [line[:3] for line in lines if _TRIPLE_MARKED.match(line)]
    if "+++" in marked and "---" in marked:
        # Lines changed, marked `+++` and `---` (no file's header): the rest unmarked context.
        return all(_TRIPLE_MARKED.match(line) or not line.startswith(("+", "-")) for line in lines)
    if all(DIFF_LINE.match(line) for line in lines[1:]) and not all(DIFF_LINE.match(line) for line in lines):
        # A hunk whose first context line lost its leading space (a block's text stripped): it
        # takes lines both added and removed to say diff then.
        rest = lines[1:]
        if any(_changed(line, "+") for line in rest) and any(_changed(line, "-") for line in rest):
            return True
        return _added_to_a_document(lines)
    if (
        (len(lines) > 1 or not _BULLET.match(code))
        and all(DIFF_LINE.match(line) for line in lines)
        and any(line.startswith("+") and line[1:].strip() or REMOVED_CODE.match(line) for line in lines)
    ):
        return True
    # Lines added and removed in code whose context lines lost their leading space (a post's
    # text stripped, or pasted so): `+ from x import y` over `class Migration(...):`.
    marked = [line[0] for line in lines if _MARKED_CODE.match(line)]
    if "+" in marked and "-" in marked and len(marked) < len([line for line in lines if line.strip()]):
        return True
    return _added_to_a_document(lines)


# A line added to a document, marked `+` in the document's own indentation: `+  nickname: x` under
# `default:`, `+  - ./sso.yml` in a list, `+└── sso.yml` in a folder's tree.
_ADDED_TO_DOCUMENT = re.compile(r"^\+(?:[ \t]+(?:- |[\w\[\]\"'.-]+:(?:\s|$))|[└├│])")


def _added_to_a_document(lines):
    """Lines added to a YAML file or a folder's tree, its context unmarked (`-#` a line taken out
    of its comments): a diff, as a guide shows what to add."""
    added = [line for line in lines if line.startswith("+")]
    context = [line for line in lines if line.strip() and not line.startswith(("+", "-#"))]
    if not added or not context or not all(_ADDED_TO_DOCUMENT.match(line) for line in added):
        return False
    if any(line.startswith("-") and not line.startswith("-#") for line in lines):
        return False
    document = "\n".join(
        " " + line[1:] if line.startswith("+") else line for line in lines if not line.startswith("-#")
    )
    return bool(re.search("[└├│]", document)) or looks_like_yaml(document)


_BULLET = re.compile(r"\+ \S")  # one line `+ Item : ...`: a list's mark, or a message's continuation
_MARKED_CODE = re.compile(r"^[+-](?![+-])\s*[\w@({\[<\"'.]")
_TRIPLE_MARKED = re.compile(r"^(?:\+\+\+|---)(?! ?(?:[ab]/|/dev/null|\S+\t))\s?[^\s-]")


def _changed(line, mark):
    return line.startswith(mark) and bool(line[1:].strip())


# A line of code marked changed at its start, the code in line with the lines around it:
# `+from x import y`, `+    'serializer': ...`, `-   return x` (not `+=`, `->`, `-1`, `--x`).
_MARKED_LINE = re.compile(r"^( ?)[+-](?![-+=>\d])(\s*)(\S.*)$")
_A_STATEMENT = re.compile(
    r"(?:def|class|import|from|return|if|elif|else|for|while|with|try|except|raise|yield)\b|@|"
    r"[A-Za-z_][\w.\[\]'\"]*\s*[=(:]|['\"][\w-]+['\"]\s*:|['\"][^'\"\n]+['\"],\s*$"
)


def marks_changed_python_lines(code):
    """Python with lines marked added or removed, the rest unmarked as a post shows a change: each
    run of marked lines opens with a statement that, its mark taken out, sits at one of the
    indentations of the unmarked code. A `- item` inside one of the module's strings (a YAML text)
    is the string's."""
    lines = code.splitlines()
    if not any(map(_MARKED_LINE.match, lines)):
        return False
    in_strings = _lines_inside_strings(code)
    levels = {
        len(line) - len(line.lstrip()) for line in lines if line.strip() and not _MARKED_LINE.match(line)
    }
    added = 0
    for number, line in enumerate(lines):
        match = _MARKED_LINE.match(line)
        if not match or number + 1 in in_strings or (number and _MARKED_LINE.match(lines[number - 1])):
            continue
        lead, space, rest = match.groups()
        if not _A_STATEMENT.match(rest) or (lead and not space):
            return False
        if not {len(lead) + 1 + len(space), len(lead) + len(space)} & levels:
            return False
        added += line.lstrip().startswith("+")
    return added > 0 and bool(levels)  # removals alone may be a list's `- item = x` lines


def _lines_inside_strings(code):
    """Numbers of the lines within a string over several lines, where the block parses as it is."""
    try:
        tree = quiet_compile(textwrap.dedent(code), ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return set()
    return {
        number
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.end_lineno > node.lineno
        for number in range(node.lineno + 1, node.end_lineno + 1)
    }
