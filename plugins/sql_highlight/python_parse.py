"""Python's own parse of a block, or failing that the parse of the block as its writer meant it:
quotes a blog curled, Python 2, Python 3.12's syntax, a block cut short inside brackets, a first
line pasted out of line with the rest, a print() run onto the line above."""

import ast
import functools
import io
import re
import textwrap
import tokenize
import warnings

# Python's parser warns on what a block of another language holds (`1_000abc`: "invalid decimal
# literal"; before Python 3.12, `'\c'`: "invalid escape sequence", a DeprecationWarning); asked by
# detection, that is no news for whoever builds the site.
BLOCK_NAME = "<code block>"
for _category in (SyntaxWarning, DeprecationWarning):
    warnings.filterwarnings("ignore", category=_category, module=re.escape(BLOCK_NAME))


def quiet_compile(source, flags):
    """Python's parse of a block, its warnings kept in (a test runner's filters may let the ones
    above through: pytest shows every DeprecationWarning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(source, BLOCK_NAME, "exec", flags)


_TAB_INDENT, _SPACE_INDENT = re.compile(r"^\t", re.M), re.compile(r"^ {4}", re.M)  # indents of both kinds
_SPACED_CONTINUATION = re.compile(r"\\[ \t]+$", re.M)  # a line's `\` with spaces after it


@functools.lru_cache(maxsize=16)  # detection asks it of one block (and its parts) many times; never altered
def python_tree(code):
    """Python's own parse of the block (dedented: a fragment of a method is Python too), or None.
    Failing that, the parse of the block as its writer typed it: before a blog curled its quotes
    (`‘key’`), or in Python 2 (`print x`, `except IOError, err:`)."""
    tree, error = _parsed(code)
    if tree is None and _CURLED.search(code):
        tree = _parse(code.translate(_STRAIGHT))
    if tree is None and (_PRINT_STATEMENT.search(code) or _EXCEPT_COMMA.search(code)):
        python3 = _EXCEPT_COMMA.sub(r"\1 as \2:", code)
        tree = _parse(_PRINT_STATEMENT.sub(lambda m: f"{m[1]}print({m[2]}) {m[3] or ''}", python3))
    if tree is None and _SPACED_CONTINUATION.search(code):
        tree = _parse(
            _SPACED_CONTINUATION.sub("\\\\", code)
        )  # `df.write \  `: a note app's two spaces for a break
    if tree is None and _TAB_INDENT.search(code) and _SPACE_INDENT.search(code):
        tree = _parse(code.expandtabs(4))  # a tab among lines indented by four spaces, as an editor slips
    if tree is None and _TEMPLATE_STRING.search(code):
        tree = _parse(_TEMPLATE_STRING.sub("f", code))  # Python 3.14's t-strings, read as f-strings
    if tree is None and (newer := as_python_311(code)) != code:
        # Python 3.12's: `type` aliases, generic parameters, f-strings nesting their quotes
        tree = _parse(newer)
    if tree is None and "was never closed" in error and (closers := _unclosed_brackets(code)):
        tree = _parse(code + "\n" + closers)  # a block that stops in a dict: cut short, by us or its writer
    if tree is None and "unterminated triple-quoted string" in error:
        # a block that stops in a docstring (the sample's end cut it there): the string closed
        tree = _parse(code + '\n"""') or _parse(code + "\n'''")
    if tree is None and _ELIDED_ENTRY.search(code):
        tree = _parse(_ELIDED_ENTRY.sub("}", code))  # a dict's entries left out: `{'a': 'x', ...}`
    if tree is None and _RUN_TOGETHER.search(code):
        tree = _parse(_RUN_TOGETHER.sub(r"\1\2\n\1\3", code))  # `x = f(a)print(x)`: a line break lost
    if tree is None and _PLACEHOLDER_VALUE.search(code):
        tree = _parse(_PLACEHOLDER_VALUE.sub("_", code))  # `vector = <read it from the report>`
    if tree is None and _PLACEHOLDER_NAME.search(code) and all(map(_IMPORT_LINE.match, _written(code))):
        tree = _parse(_PLACEHOLDER_NAME.sub("_", code))  # `from <PKG> import <METHOD>`: a reference's form
    if tree is None and "\n" in code:
        first, _, rest = code.partition("\n")  # its first line pasted at the fence's indentation,
        realigned = first.lstrip() + "\n" + textwrap.dedent(rest)  # the rest at the code's; or
        margin = min(map(len, _INDENTATIONS.findall(rest)), default=0)
        if code[:1] in (" ", "\t") or 0 < margin <= 4:  # the first at the margin, the rest a space in
            tree = _parse(realigned)
    return tree


_INDENTATIONS = re.compile(r"^[ \t]*(?=\S)", re.M)
# A value the reader fills in, the whole of what is assigned: `vector = <read it from the report>`.
_PLACEHOLDER_NAME = re.compile(r"<[A-Z][A-Z0-9_]*>")  # a name to fill in, in capitals between angle brackets
_IMPORT_LINE = re.compile(r"[ \t]*(?:import|from)[ \t]")


def _written(code):
    return [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]


_PLACEHOLDER_VALUE = re.compile(r"(?<== )<[A-Za-z][\w .,-]*>(?=[ \t]*(?:#.*)?$)", re.M)
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_ELIDED_ENTRY = re.compile(r",[ \t]*(?:\.\.\.|…)[ \t]*\}")


def _unclosed_brackets(code):
    """What closes the brackets left open where the block stops, or "" (none open, or it stops
    in a string, or a bracket is closed by the wrong one). Asked only where Python's parser said
    a bracket was never closed: tokenizing a long block costs milliseconds."""
    opened = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(textwrap.dedent(code)).readline):
            if token.type != tokenize.OP:
                continue
            if token.string in _CLOSER:
                opened.append(_CLOSER[token.string])
            elif token.string in ")]}" and token.string != (opened.pop() if opened else None):
                return ""
    except tokenize.TokenError as error:
        if "multi-line statement" not in str(error):
            return ""
    except (SyntaxError, ValueError):  # an unindent no line matches, a stray character
        return ""
    return "".join(reversed(opened))


_CURLED = re.compile("[‘’“”]")
# Python 3.12's syntax, which this parser (3.11's) refuses: `type Point = tuple[float, float]`,
# `def first[T](xs: list[T]) -> T:`, `f"{", ".join(names)}"`.
_TYPE_ALIAS = re.compile(r"^([ \t]*)type[ \t]+([A-Za-z_]\w*)[ \t]*(?:\[[^\]\n]*\])?[ \t]*=(?!=)", re.M)
_GENERIC_PARAMETERS = re.compile(
    r"^([ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+[A-Za-z_]\w*)\[[^\]\n]*\](?=[ \t]*[(:])", re.M
)
_F_STRING_OPENING = re.compile(r"(?<![\w'\"])[rR]?[fF][rR]?(['\"])")


def as_python_311(code):
    """The block with Python 3.12's syntax written as 3.11 parses it: an alias assigned, a generic's
    parameters left out, an f-string whose replacement fields nest its own quotes emptied."""
    code = _GENERIC_PARAMETERS.sub(r"\1", _TYPE_ALIAS.sub(r"\1\2 =", code))
    kept, start = [], 0
    for opening in _F_STRING_OPENING.finditer(code):
        if opening.start() < start:
            continue  # inside an f-string already emptied
        end = _f_string_end(code, opening.end(), opening.group(1))
        if end is None:
            break
        kept.append(code[start : opening.end()])
        start = end  # its closing quote kept
    return "".join(kept) + code[start:]


def _f_string_end(code, index, quote):
    """Where the f-string opened before `index` closes: its quote outside any replacement field
    (Python 3.12 lets a field hold the same quote); None where it never does."""
    depth = 0
    while index < len(code) and (code[index] != "\n" or depth):  # a field may go over lines
        if code[index] == "\\" or depth == 0 and code.startswith("{{", index):
            index += 2  # an escape; a brace written twice, no field
            continue
        if code[index] == "{":
            depth += 1
        elif code[index] == "}" and depth:
            depth -= 1
        elif code[index] == quote and depth == 0:
            return index
        index += 1
    return None


# A statement and the print() after it run onto one line, the line break between them lost.
_RUN_TOGETHER = re.compile(r"^([ \t]*)([^\n#]*\))(print\([^\n]*)$", re.M)
_TEMPLATE_STRING = re.compile(r"(?<![\w'\"])t(?=['\"])")
_STRAIGHT = str.maketrans("‘’“”", "''\"\"")
_EXCEPT_COMMA = re.compile(r"^(\s*except\s+[\w.]+|\s*except\s+\([\w., ]+\)),\s*(\w+)\s*:", re.M)  # Python 2's
_PRINT_STATEMENT = re.compile(
    r"^(\s*|.*:\s*)print ((?:[^(=\s>#'\"]|'[^'\n]*'|\"[^\"\n]*\")(?:[^\n#'\"]|'[^'\n]*'|\"[^\"\n]*\")*?)[ \t]*(#.*)?$",
    re.M,
)  # a `#` inside its quotes is no note: `print soup.select('#link1')`


def _parse(code):
    return _parsed(code)[0]


def _parsed(code):
    """The tree, or None and why Python's parser refused the block."""
    try:  # `await` and `async with` outside a function too, as a post (or a REPL) writes them
        tree = quiet_compile(textwrap.dedent(code), ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError as error:
        return None, str(error.msg)
    except (ValueError, MemoryError, RecursionError) as error:  # the last two: "too complex"
        return None, str(error)
    return tree, ""
