"""Python a writer slipped on once or twice, a quote or a bracket left open or a comma missing:
the parse holds once the lines it fails on are mended or taken out."""

import ast
import io
import re
import textwrap
import tokenize

from .python_parse import python_tree, quiet_compile
from .signs import CJK_LETTERS, COUNTED_LOOP, PYTHON_LIBRARY_CALL

# What only Python writes, for a block whose parse fails on a slip: a definition, an import,
# `self.`, Python's constants, a dict's quoted key, `print(`.
_PYTHON_MARK = re.compile(
    r"^\s*(?:(?:async\s+)?def \w+\(|class \w+|from [\w.]+ import |import \w)|\bself\.|\b(?:True|False|None)\b|"
    r"^\s*'[\w.-]+'\s*:|\bprint\(|\.objects\.\w+\(|\bos\.path\.|"  # Django's managers, os.path
    r"^[A-Z][A-Z0-9_]+ = [\[{(]\s*$|"  # a settings module's name given a structure: `TASKS = {`
    r"^urlpatterns \+?= \[|"  # a URLconf's list
    r"\b(?:pd|np|plt|sns)\.[a-z_]+\(",  # the data libraries by the names their users import them as
    re.M,
)
# A writer's elision on a line of its own, `(... 생략 ...)` or `... rest omitted ...`: not code.
_ELISION_LINE = re.compile(r"[ \t]*[(\[]?[ \t]*(?:\.{3}|…)[^\n]*(?:\.{3}|…)[ \t]*[)\]]?,?[ \t]*")
_BARE_ELISION = re.compile(r"[ \t]*(?:\.{3}|…),?[ \t]*(?:#[^\n]*)?")
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_HEADER_WORD = re.compile(r"[ \t]*(?:if|elif|while|for|with)\b")


_DOING = (ast.Call, ast.Assign, ast.AugAssign, ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)


def looks_like_python_with_a_slip(code):
    """Python a writer slipped on once or twice (a quote or a bracket left open, a comma missing):
    the parse holds once the lines it fails on are mended or taken out, and those are few of many:
    two at most, one in a block of two to four lines."""
    lines = ["" if _ELISION_LINE.fullmatch(line) else line for line in textwrap.dedent(code).splitlines()]
    substance = sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))
    if substance < 2 or not _PYTHON_MARK.search(code):
        return False
    allowed = 2 if substance >= 5 else 1  # a short block's slip is one line of few
    parsed = _parsed(lines)
    if isinstance(parsed, SyntaxError):  # `...` where a dict's entries were: Python's Ellipsis nowhere else
        elided = ["" if _BARE_ELISION.fullmatch(line) else line for line in lines]
        after = _parsed(elided) if elided != lines else parsed
        if isinstance(after, ast.AST) or (after.lineno or 0) >= (parsed.lineno or 0):
            lines, parsed = elided, after
    for slips in range(allowed + 1):
        if isinstance(parsed, ast.AST):
            return any(isinstance(node, _DOING) for node in ast.walk(parsed))  # not printed data
        if slips == allowed or not isinstance(parsed, SyntaxError):
            return False
        opened = re.search(r"opening parenthesis '.' on line (\d+)", parsed.msg or "")
        at = int(opened[1] if opened else parsed.lineno or 0) - 1  # the bracket left open, not its closer
        if not 0 <= at < len(lines) or not lines[at].strip():
            return False
        for mended, touched in _mendings(lines, at, parsed):
            after = _parsed(mended)
            if (
                isinstance(after, ast.AST)
                or isinstance(after, SyntaxError)
                and (after.lineno or 0) - 1 not in touched
            ):
                lines, parsed = mended, after  # the parse no longer fails there
                break
        else:
            return False
    return False


def _parsed(lines):
    """The lines' parse, or the error Python's parser raised on them."""
    try:
        return quiet_compile("\n".join(lines), ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
        return error


def _mendings(lines, at, error):
    """A slip's likely mendings, likeliest first: the bracket a `...` stood for closed where the
    next one shuts (`'DIRS': [],` over `...,` over `]`) or where its statement ends; a body
    under a header that holds only comments; a method chain's next line (`.filter(`) joined to
    the line above; the comma left off the line above (`'NAME': 'x'` over `'DIRS': []`); a header
    misworded read as `if True:` (`if no result:`); the line as `pass` (a header keeps its body),
    the line taken out (inside a call's brackets, `...` among its arguments)."""
    message = error.msg or ""
    if "：" in lines[at]:  # `if gender == 'boy'：`: a header's colon typed full-width
        yield [*lines[:at], lines[at].replace("：", ":"), *lines[at + 1 :]], (at,)
    above = max((n for n in range(at) if lines[n].strip()), default=None)
    mismatch = re.match(r"closing parenthesis '.' does not match opening parenthesis '(.)'", message)
    if mismatch and error.offset and 0 < (error.lineno or 0) <= len(lines):
        row, column = error.lineno - 1, error.offset - 1  # where the wrong closer stands
        line = lines[row]
        yield [*lines[:row], line[:column] + _CLOSER[mismatch[1]] + line[column:], *lines[row + 1 :]], ()
    unclosed = re.match(r"'(.)' was never closed", message)
    if unclosed:
        indent = len(lines[at]) - len(lines[at].lstrip())
        end = next(
            (
                n
                for n in range(at + 1, len(lines))
                if lines[n].strip()
                and len(lines[n]) - len(lines[n].lstrip()) <= indent
                and lines[n].lstrip()[0] not in ")]}"
            ),
            len(lines),
        )
        yield [*lines[:end], " " * indent + _CLOSER[unclosed[1]], *lines[end:]], ()
    header = re.match(r"expected an indented block after .* on line (\d+)", message)
    if header and 0 < int(header[1]) <= at:
        opened = int(header[1]) - 1
        indent = len(lines[opened]) - len(lines[opened].lstrip())
        yield [*lines[: opened + 1], " " * (indent + 4) + "pass", *lines[opened + 1 :]], (at,)
    if message == "unexpected indent" and lines[at].lstrip().startswith(".") and above is not None:
        yield [*lines[:above], lines[above].rstrip() + " \\", *lines[above + 1 :]], (above, at)
    if "forgot a comma" in message and (error.end_lineno or 0) > (error.lineno or 0):
        # the two items it names span lines: the comma goes after the first, where its brackets close
        before = _item_end(lines, error.lineno - 1, (error.offset or 1) - 1)
        if before is None:
            before = max((n for n in range(error.end_lineno - 1) if lines[n].strip()), default=None)
        if before is not None and before != above:
            yield [*lines[:before], lines[before].rstrip() + ",", *lines[before + 1 :]], (before, at)
    if above is not None and re.search(r"[\w'\")\]}]\s*$", lines[above]):
        yield [*lines[:above], lines[above].rstrip() + ",", *lines[above + 1 :]], (above, at)
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    if _HEADER_WORD.match(lines[at]) and lines[at].rstrip().endswith(":"):
        yield (
            [*lines[:at], indent + "if True:", *lines[at + 1 :]],
            (at,),
        )  # `if no result:`: a header misworded
    yield [*lines[:at], indent + "pass", *lines[at + 1 :]], (at,)
    yield [*lines[:at], "", *lines[at + 1 :]], (at,)


def _item_end(lines, row, column):
    """The line where the item opening at (row, column) closes its brackets, or None."""
    depth = 0
    text = "\n".join([lines[row][column:], *lines[row + 1 :]])
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.OP and token.string in "([{":
                depth += 1
            elif token.type == tokenize.OP and token.string in ")]}":
                depth -= 1
                if depth <= 0:
                    return row + token.end[0] - 1
    except (tokenize.TokenError, SyntaxError):
        return None
    return None


# A line Python's statements open with, for a block too broken to parse whole.
_STATEMENT_LINE = re.compile(
    r"\s*(?:(?:async\s+)?def \w|class \w|import \w|from [\w.]+ import |return\b|(?:el)?if .*:$|"
    r"for .* in .*:$|while .*:$|try:$|except\b.*:$|with .*:$|else:$|@\w)"
)
# A shell's prompt cut short, `>> `, before what is typed into Django's (only `>>> ` makes pycon).
_SHORT_PROMPT = re.compile(r"^>> (?=\S)", re.M)
_TRACEBACK_LINE = re.compile(r'^\s*(?:Traceback \(most recent call last\)|File "[^"\n]+", line \d+)', re.M)


def looks_like_python_by_its_lines(code):
    """Python broken in more places than a slip (pasted without its indentation, an elision
    here and there): most of its lines still parse one by one, and one of them is a statement
    only Python writes (`import os`, `for row in rows:`). A traceback quotes lines, it is output.
    A prompt cut short, `>> `, is read past (typed into Django's shell, not printed beside it)."""
    if _TRACEBACK_LINE.search(code) or COUNTED_LOOP.search(code):
        return False  # (a loop counted C's way, `for (i = 2; i <= n; i++)`, is no Python's)
    lines = [line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    typed = [line[3:] for line in lines if line.startswith(">> ")]
    if typed and 2 * len(typed) >= len(lines) and all(map(_typed_into_python, typed)):
        return True  # after a prompt cut short, `>> `, calls and assignments a line each
    lines = [_SHORT_PROMPT.sub("", line) for line in lines]
    if len(lines) < 2 or any(map(_PROSE_STEP.fullmatch, lines)):
        return False  # (pseudo-code's steps in words, `add <r, s> to result buffer`: no Python)
    if not any(_STATEMENT_LINE.match(line) and _parses_alone(line) for line in lines):
        return False  # asked first: it is the rarer, and the cheaper to look for
    failed, allowed = 0, len(lines) - (2 * len(lines) + 4) // 5  # two fifths must parse
    for line in lines:
        failed += not _parses_alone(line)
        if failed > allowed:
            return False
    return True


_NOT_A_STEP = (
    r"(?!(?:from|import|print|global|nonlocal|del|assert|raise|return|yield|await|async|not|lambda|exec)\b)"
)
# A step of pseudo-code in words: three bare words or more, or a word over a tuple in angle brackets.
_PROSE_STEP = re.compile(
    rf"{_NOT_A_STEP}[a-z]\w*(?:[ \t]+(?:[A-Za-z_]\w*|<[^<>\n]+>)){{2,}}|{_NOT_A_STEP}[a-z]\w*[ \t]+<[^<>\n]+>"
)


def _typed_into_python(line):
    """A call or an assignment that Python's parser takes alone: `Note.objects.filter(draft=True)`."""
    return bool(_CALL_OR_ASSIGNMENT.search(line)) and _parses_alone(line)


_CALL_OR_ASSIGNMENT = re.compile(r"[\w)\]]\(|^[\w.]+ *=[^=]")


def _parses_alone(line):
    """A line that Python's parser takes on its own (a header given a body)."""
    return isinstance(_parsed([line + " pass" if line.endswith(":") else line]), ast.AST)


_TRIPLE_QUOTE_LINE = re.compile(r"^[ \t]*(?:'''|\"\"\")", re.M)
_COMMENT_LINE = re.compile(r"^[ \t]*#", re.M)


def shows_python_comments(code):
    """A lesson's block on Python's comments: a `#` line and a string in triple quotes, the
    docstring's way of writing a note over lines. Nothing but notes, yet only Python writes both."""
    if not (_TRIPLE_QUOTE_LINE.search(code) and _COMMENT_LINE.search(code)):
        return False
    parsed = _parsed(textwrap.dedent(code).splitlines())
    return (
        isinstance(parsed, ast.Module)
        and bool(parsed.body)
        and all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in parsed.body)
        and any(isinstance(node.value.value, str) and "\n" in node.value.value for node in parsed.body)
    )


_SIGNATURE = re.compile(
    r"\s*(?:class\s+|@)?[A-Za-z_][\w.]*\s*\((?P<parameters>.*)\)\s*(?:->\s*[^\n:]+)?:?\s*", re.S
)  # a decorator's too: `@dataclasses.dataclass(*, init=True)`
# What only Python's parameters carry: an annotation, a bare `*` before keyword-only ones, `**kwargs`,
# Python's constants as defaults.
_PYTHON_PARAMETER = re.compile(r"\b\w+\s*:\s*[A-Za-z_]|^\s*\*\s*,|\*\*\w+|=\s*(?:None|True|False)\b", re.M)


def looks_like_python_signature(code):
    """A callable's signature as Python's docs show it, `Thread(group=None, *, name: str)`: its
    parameters make a `def` that parses, and one of them is Python's alone (or the callable is a
    known Python library's, `sklearn.decomposition.PCA(n_components, …)`). A cheat sheet lists
    them a line each; with four or more, one may carry a converter's slip (`_copy=True_`)."""
    lines = [line for line in code.splitlines() if line.strip()]
    if len(lines) >= 2 and all(_SIGNATURE.fullmatch(line.rstrip().rstrip(";")) for line in lines):
        return sum(map(_is_python_signature, lines)) >= len(lines) - (len(lines) >= 4)
    return _is_python_signature(code)


def _is_python_signature(code):
    signature = _SIGNATURE.fullmatch(code.rstrip().rstrip(";"))  # (`seaborn.boxplot(x, y);`, a note's `;`)
    if not signature or not (
        _PYTHON_PARAMETER.search(signature["parameters"]) or PYTHON_LIBRARY_CALL.match(code)
    ):
        return False
    parameters = " ".join(line.strip() for line in signature["parameters"].splitlines())
    parameters = _ELIDED_PARAMETERS.sub("", parameters)
    return isinstance(_parsed([f"def f({parameters}): pass"]), ast.Module)


_ELIDED_PARAMETERS = re.compile(
    r"(?:,[ \t]*(?:…|\.{3}))+[ \t]*$"
)  # `PCA(n_components, …)`: the rest left out


# A statement's form as a lesson writes it, placeholders in `<>` and optional parts in `[]`: `for
# <variable> in <sequence>:`, `lambda [arg1 [,arg2,...]]:expression`, `raise [Exception [, args]]`.
_SYNOPSIS_KEYWORD = re.compile(r"\s*(?:for|while|lambda|raise|with|try|if|def|return|yield|assert|del)\b")
_PLACEHOLDER = re.compile(r"<[^<>\n]+>")
_OPTIONAL_PART = re.compile(r"\[[^\[\]\n]*\]")  # the innermost first
_TRAILING_ELLIPSIS = re.compile(r"(?<=\S)[ \t]*(?:…+|\.{3,})[ \t]*$", re.M)
# A placeholder named in the writer's language, words apart by spaces, a number or a capital
# after them: `for 변수 in 리스트:`, `수행할 문장 1-1`, `except 발생 오류 as 오류 메시지 변수:`.
_WIDE_PLACEHOLDER = re.compile(rf"[{CJK_LETTERS}][\w-]*(?:[ \t]+(?:[\w-]*[{CJK_LETTERS}\d][\w-]*|[A-Z]\b))*")


# A body elided in a comment, `  # ...` under `try:`: the form's, to be filled.
_COMMENTED_BODY = re.compile(r"^([ \t]+)#[ \t]*(?:\.{3}|…)[ \t]*$", re.M)


def looks_like_python_synopsis(code):
    """A Python statement's form: with its placeholders filled (in `<>` or named in the writer's
    language) and its bodies elided in comments filled, its optional parts and trailing ellipses
    left out (a full-width colon read as Python's), it parses."""
    if not _SYNOPSIS_KEYWORD.match(code) or not (
        any(mark in code for mark in "<[：…")
        or _WIDE_PLACEHOLDER.search(code)
        or _COMMENTED_BODY.search(code)
    ):
        return False
    named = _COMMENTED_BODY.sub(r"\1pass", _WIDE_PLACEHOLDER.sub("x", _PLACEHOLDER.sub("x", code)))
    filled = _TRAILING_ELLIPSIS.sub("", named.replace("：", ":"))
    while (fewer := _OPTIONAL_PART.sub("", filled)) != filled:
        filled = fewer
    return filled != code and isinstance(_parsed(textwrap.dedent(filled).splitlines()), ast.Module)


# An object's attribute or method, maybe called and chained, then a `#` note: `arr.ndim  # dims`.
_NOTED_LOOKUP = re.compile(
    r"[ \t]*([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\([^\n#]*\))?(?:\.[A-Za-z_]\w*(?:\([^\n#]*\))?)*[ \t]+#[^\n]*"
)
_LOOKUP_ALONE = re.compile(
    r"[ \t]*([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\([^\n#]*\))?(?:\.[A-Za-z_]\w*(?:\([^\n#]*\))?)*[ \t]*"
)
_FILE_EXTENSIONS = frozenset(
    "conf cfg ini yaml yml json toml xml py sh txt md js ts html css log sql csv".split()
)


def looks_like_noted_lookups(code):
    """A library's glossary in Python: one object's attributes and methods, a `#` note after each
    (`arr.ndim  # its dimensions`, `np.ceil(arr)  # rounded up`), slips and all; not files named
    with notes (`nginx.conf  # the server's`)."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    found = [match for match in map(_NOTED_LOOKUP.fullmatch, lines) if match]
    alone = not found and re.search(
        r"^[ \t]*#", code, re.M
    )  # each under its note: `# its dimensions` over `a.ndim`
    if alone:
        found = [match for match in map(_LOOKUP_ALONE.fullmatch, lines) if match]
    receivers = [match.group(1) for match in found]
    if alone and receivers and max(map(receivers.count, receivers)) < 0.8 * len(receivers):
        return False  # `cluster.name` over `node.name` under notes: a server's settings named, no object's
    return (
        len(found) >= 2
        and len(found) >= 0.8 * len(lines)
        and max(map(receivers.count, receivers)) >= 2
        and not all(_last_name(match.group()) in _FILE_EXTENSIONS for match in found)
    )


def _last_name(lookup):
    """`tsconfig.build.json  # ...` -> `json`; `np.ceil(arr)  # ...` -> `ceil(arr)`."""
    return lookup.split("#", 1)[0].strip().rsplit(".", 1)[-1]


# What a line gives, written after the writer's arrow: `round(1.23456, 1) => 1.2`.
_GIVEN_AFTER_AN_ARROW = re.compile(r"[ \t]+=>[ \t]*[^\n]*$", re.M)


def looks_like_python_noting_values(code):
    """Python's calls with what each gives after the writer's `=>` (`print(f'{n:.1f}') => 1.2`), on
    two lines at least and most of them: Python's parse once the arrows' tails are off, a call in it."""
    lines = [line for line in code.splitlines() if line.strip()]
    noted = sum(1 for line in lines if _GIVEN_AFTER_AN_ARROW.search(line))
    if noted < 2 or noted * 2 < len(lines):
        return False
    tree = python_tree(_GIVEN_AFTER_AN_ARROW.sub("", code))
    return tree is not None and any(isinstance(node, ast.Call) for node in ast.walk(tree))


_LAMBDA = re.compile(r"[ \t]*lambda\b[^:\n]*:[^\n]*\S[ \t]*")


def is_a_lambda_alone(code):
    """`lambda x: x + 1` on a line of its own, as a lesson shows one: only Python writes it."""
    return bool(_LAMBDA.fullmatch(code.strip())) and python_tree(code.strip()) is not None


# Airflow's tasks ordered with its bit-shift operators, `extract >> [clean, load] >> report`: no
# shell appends to two files in one line, nor to a bracketed list.
_TASK = r"(?:[A-Za-z_]\w*|\[[ \t]*[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]*\])"
_TASK_CHAIN = re.compile(rf"[ \t]*{_TASK}(?:[ \t]*(?:>>|<<)[ \t]*{_TASK})+[ \t]*")


def chains_tasks(code):
    """Each line tasks chained by `>>` or `<<`, one line at least twice or onto a list of tasks
    (`a >> b` alone may be the shell's append)."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return (
        bool(lines)
        and all(map(_TASK_CHAIN.fullmatch, lines))
        and any(line.count(">>") + line.count("<<") >= 2 or "[" in line for line in lines)
    )
