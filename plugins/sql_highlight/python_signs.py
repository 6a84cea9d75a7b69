"""What Python looks like in a post: what its parser accepts and no other language would write, a
module's imports and definitions, a value printed back (a fragment of a module is python_fragments')."""

import ast
import builtins
import functools
import re

from .python_parse import python_tree
from .signs import NOTE_AFTER_CODE, WIDE, macro_calls_alone
from .vocabulary import SQL_GRAMMAR_FUNCTIONS

PYTHON_LINES = re.compile(
    r"^(?:from [\w.]+ import [\w(*]|import [\w.]+(?:, [\w.]+)*$|(?:async )?def \w+\(.*\)(?: -> .+)?:$|class \w+.*:$|"
    r"@[\w.]+(?:\(.*\))?$|\s+\w+: [\w.]+(?:\[[\w.\[\], |]+\])?(?: \| [\w.]+)* = \S)",
    re.M,
)
# One import, as the block's only sign of a module (JavaScript's `import x from 'y'` would not
# parse); PYTHON_LINES above counts imports among definitions, `import a, b` too.
PYTHON_IMPORT = re.compile(r"^(?:from [\w.]+ import \S|import [\w.]+$)", re.M)


_HYPHENATED_VALUE = re.compile(r"^\s*\w+\s*=\s*[A-Za-z]\w*(?:-[A-Za-z0-9]\w*)+\s*(?:#.*)?$", re.M)


# `print("Hello, World!");`: Python's print, a `;` after it as a C programmer's habit (C prints with printf).
_PRINTED_ENDED = re.compile(r"[ \t]*print\((?:\"[^\"\n]*\"|'[^'\n]*')\);[ \t]*")
_SPACED_COLON = re.compile(r"[ \t]*\w+[ \t]+:[ \t]")  # `name : value`, which Python's style never writes
# `touch .env`, `cat > f4`: a program given a dotfile, its output sent to a file; Python parses
# them (an attribute spaced from its dot, a comparison) as no one writes Python.
_COMMAND_LINE = re.compile(
    r"^[ \t]*(?:[a-z][\w-]*[ \t]+\.[A-Za-z_][\w.-]*|cat[ \t]+>>?[ \t]*[\w./-]+(?:[ \t]+<<[^\n]*)?|"
    r"[a-z][\w-]*[ \t]+\([^()\n]*\)/[\w./-]+)[ \t]*$",  # `vim (its folder)/conf/app.properties`: a path's placeholder
    re.M,
)
# `流入比例 = 资金流向 / 沉淀资金`: a formula in words, which Python parses as names in another alphabet.
_WORDED_FORMULA = re.compile(
    r"[ \t]*[^\x00-\x7f\s=]+[ \t]*=[ \t]*[^\x00-\x7f\s]+(?:[ \t]*[-+*/][ \t]*[^\x00-\x7f\s]+)+[ \t]*"
)


@functools.lru_cache(maxsize=4)  # detection asks it of one block several times; a parse is dear
def looks_like_python(code):
    """Python's parser accepts it and it does something: a bare name or phrase is not Python."""
    tree = python_tree(code)
    if tree is not None and _CODING_DECLARATION.match(code):
        return True  # `# -*- coding: utf-8 -*-` over comments: a Python file's head (PEP 263)
    lines = [line for line in code.splitlines() if line.strip()]
    # (`print("Hi");` is Python's print with a C programmer's `;`; `ADD_PROPERTY(Property)`, a name in
    # capitals called, is C's macro: no Python calls a constant)
    if (
        tree is None
        or not tree.body
        or all(line.rstrip().endswith(";") for line in lines)
        and not all(map(_PRINTED_ENDED.fullmatch, lines))
        or macro_calls_alone(lines)
        or _COMMAND_LINE.search(code)
        or all(map(_WORDED_FORMULA.fullmatch, lines))
    ):
        return False
    if any(
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.UnaryOp)
        and isinstance(node.value.op, ast.USub)
        and isinstance(node.value.operand, ast.UnaryOp)
        and isinstance(node.value.operand.op, ast.USub)
        for node in tree.body
    ):
        return False  # `-- SYNTAX` over a synopsis: SQL's note, which Python reads as a name negated twice
    # `temboard: {}`: YAML's key and value; `modified: docs/index.md`, git's status. Python
    # annotates with a type, or a union of types (`int | None`).
    if all(
        isinstance(node, ast.AnnAssign)
        and node.value is None
        and not isinstance(node.annotation, ast.Name | ast.Attribute | ast.Subscript)
        and not (isinstance(node.annotation, ast.BinOp) and isinstance(node.annotation.op, ast.BitOr))
        for node in tree.body
    ):
        return False
    annotated = [node.target for node in tree.body if isinstance(node, ast.AnnAssign) and node.value is None]
    if len(annotated) == len(tree.body) > len({ast.dump(target) for target in annotated}):
        return False  # `modified:   mkdocs.yml` twice: git's status, as no class annotates a name twice
    if len(annotated) == len(tree.body) and all(
        _SPACED_COLON.match(line) for line in code.splitlines() if line.strip()
    ):
        return False  # `name : yiibai` over `age : 28`: fields printed, a space before each colon
    if all(
        isinstance(node, ast.AnnAssign)
        and node.value is None
        or isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Name)
        for node in tree.body
    ) and re.search(r"^\s*\w+:\S", code, re.M):
        return False  # `groupname:cat`: a name and a value run together, as no Python is written
    # `*p = 30`: a starred name alone, which Python's compiler refuses; C's dereference printed
    if any(isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Starred) for node in tree.body):
        return False
    if any(isinstance(node, ast.Call) and isinstance(node.func, ast.Constant) for node in ast.walk(tree)):
        return False  # `INT_MAX = 2147483647(2^31-1)`: a number "called", a value glossed in notation
    if all(isinstance(node, ast.Assign) for node in tree.body) and _HYPHENATED_VALUE.search(code):
        return False  # `auth_type = scram-sha-256`: a conf file's word, which Python would space as a sum
    if _passes_object_literals(tree):
        return False  # `ga('send', { hitType: 'pageview', page: '/' })`: JavaScript's object, no dict
    only = tree.body[0].value if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr) else None
    if all(_calls_sql_grammar(node) for node in tree.body):
        return False  # `COALESCE([value], ...)`, `numeric(3,2)`: SQL's grammar (not Python's `int(x)`)
    if all(_is_formatted(node) for node in tree.body):
        return True  # `"%s items" % (n,)`: strings formatted Python's old way
    if all(isinstance(node, ast.Expr) and _is_shown_expression(node.value) for node in tree.body) and (
        NOTE_AFTER_CODE.search(code)
    ):
        return True  # `python[-1]  # returns 'n'`, `"a" in "abc"  #True`: expressions shown, each noted
    if all(
        isinstance(node, ast.Expr) and isinstance(node.value, ast.JoinedStr) for node in tree.body
    ) and any(node.value.values for node in tree.body):
        return True  # `f"{len(items)} items"`: f-strings, which only Python writes
    if all(isinstance(node, ast.Expr) for node in tree.body) and any(
        isinstance(node, ast.Slice)
        and (node.lower or node.upper or node.step)
        or isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and (isinstance(node.slice, ast.Slice) or isinstance(node.slice, ast.List) and node.slice.elts)
        for node in ast.walk(tree)
    ):
        return True  # `a[start:end]  # notes`, `g[:]`, `g[[1, 2, 4]]`: slices and numpy's lists of indexes
    if isinstance(only, ast.Attribute) and any(
        isinstance(node, ast.Attribute) and _DUNDER.fullmatch(node.attr) for node in ast.walk(only)
    ):
        return True  # `obj.__class__.__name__`: Python's own attributes
    # `{x: x**2 for x in xs}`, `a if test else b`: a comprehension, a conditional, Python's own
    if isinstance(only, ast.ListComp | ast.SetComp | ast.DictComp | ast.IfExp):
        return True
    if isinstance(only, ast.Constant) and (
        isinstance(only.value, bytes)
        or isinstance(only.value, str)
        and code.lstrip().startswith(_TRIPLE_QUOTES)
    ):
        return True  # `b'data'`, a docstring alone: only Python writes them so
    if isinstance(only, ast.List | ast.Tuple) and any(map(_is_python_constant, ast.walk(only))):
        return True  # `[{"visible": True}]`: JSON and JavaScript write `true`
    if isinstance(only, ast.Set):  # `{"a", "b"}`: a set of strings, which no data format writes
        return all(isinstance(item, ast.Constant) and isinstance(item.value, str) for item in only.elts)
    if isinstance(only, ast.BoolOp | ast.Compare | ast.UnaryOp) and any(
        map(_is_python_constant, ast.walk(only))
    ):
        return True  # `True and False`: Python's own constants, in a test
    if all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Dict) for node in tree.body):
        return all(_is_python_dict(node.value, code) for node in tree.body)  # one dict, or several
    if all(isinstance(node, ast.Expr) for node in tree.body) and _COMMAND_OPTIONS.match(code):
        return False  # `mysql -uroot -p密码 < 数据(x.sql)`: a command's options, no subtractions
    return any(not isinstance(node, ast.Expr) for node in tree.body) or any(
        isinstance(node, ast.Call | ast.Await) for node in ast.walk(tree)
    )


_COMMAND_OPTIONS = re.compile(r"\s*[a-z][\w.-]*(?:[ \t]+-{1,2}[^\W\d]\S*){2,}")
_DUNDER = re.compile(r"__[a-z]\w*__")


def _is_formatted(node):
    value = node.value if isinstance(node, ast.Expr) else None
    return isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod) and _is_format(value.left)


def _is_shown_expression(value):
    """An expression a tutorial shows with what it gives: a lambda, an item or a slice, a string,
    a test of membership or identity, an item compared (pandas' mask, `df['country'] == 'USA'`; no
    bare name, nor names joined as a command's words are)."""
    if isinstance(value, ast.Compare):
        return isinstance(value.left, ast.Subscript) or any(
            isinstance(op, ast.In | ast.NotIn | ast.Is | ast.IsNot) for op in value.ops
        )
    return isinstance(value, ast.Lambda | ast.Subscript) or (
        isinstance(value, ast.Constant) and isinstance(value.value, str)
    )


def _calls_sql_grammar(node):
    """`numeric(6, 4)` as a statement: a call of a name SQL's grammar owns (not Python's `int(x)`)."""
    call = node.value if isinstance(node, ast.Expr) else None
    called = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else ""
    return called.lower() in SQL_GRAMMAR_FUNCTIONS and (called.isupper() or not hasattr(builtins, called))


_CODING_DECLARATION = re.compile(r"\A(?:#![^\n]*\n)?#[^\n]*\bcoding[:=][ \t]*[-\w.]+")
_TRIPLE_QUOTES = ('"""', "'''")
# What a dict written as JSON's shape says only in Python: a note after a value under `#`
# (`"table": "x",  # why`), a string in triple quotes.
PYTHON_ONLY_IN_A_DICT = re.compile(r'^[ \t]*"[^"\n]*":[^\n]*[\w"\]}],?[ \t]+#[ \t]|"""', re.M)


def _is_format(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and "%" in node.value


_JS_CONSTANTS = frozenset(("true", "false", "null", "undefined"))


def _is_object_literal(node):
    """A dict keyed by bare names, two or more, or giving JavaScript's `true`/`null`, its values
    no names (`{X_VALUE: X_SYM}` maps Python's constants): an object literal."""
    if not isinstance(node, ast.Dict) or not node.keys or not all(isinstance(k, ast.Name) for k in node.keys):
        return False
    values = [value for value in node.values if isinstance(value, ast.Name)]
    if any(value.id not in _JS_CONSTANTS for value in values):
        return False
    return len(node.keys) >= 2 or bool(values)


# Statements JavaScript writes otherwise: `import numpy as np`, `def f():`, `for x in xs:`.
_PYTHON_ONLY_STATEMENTS = (
    ast.Import,
    ast.ImportFrom,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.For,
    ast.While,
    ast.With,
)


def _passes_object_literals(tree):
    """A call given object literals: `map.addLayer({ id: 'points', type: 'circle' })` (not in a
    module Python's own statements hold: TensorFlow's `feed_dict={X: x, Y: y}`)."""
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and any(map(_is_object_literal, node.args))
    ]
    return bool(calls) and not any(isinstance(node, _PYTHON_ONLY_STATEMENTS) for node in ast.walk(tree))


def passes_object_literals(code):
    """JavaScript that Python would parse: calls given objects keyed by bare names."""
    tree = python_tree(code)
    return tree is not None and (_passes_object_literals(tree) or bool(_SPACED_OBJECT_ARGUMENT.search(code)))


# One key given an object, braces spaced JavaScript's way: `createClient({ url: 'redis://cache' })`.
_SPACED_OBJECT_ARGUMENT = re.compile(r"\w\(\{ [A-Za-z_$][\w$]*: [^{}\n]*? \}\)")


_PYTHON_FILE_NAMED = re.compile(r"^#\s*[\w./-]+\.py\s*$", re.M)


def sets_lowercase_constants(code):
    """Only `name = 'value'` lines, each name in lower case: a conf file's settings (Python's
    settings modules name theirs in capitals, `DEBUG = True`)."""
    tree = python_tree(code)
    if not tree or not tree.body or "\\" in code or "://" in code or _PYTHON_FILE_NAMED.search(code):
        return False  # `'\xf1'`; a URL (Celery's `broker_url`); `# gunicorn.conf.py` over the lines
    names = [
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    ]
    return (
        len(names) == len(tree.body) == len(set(names))  # a name set twice is a lesson's variable
        and all(name.islower() and len(name) > 1 and not name.startswith("__") for name in names)
        and all(isinstance(node.value, ast.Constant) for node in tree.body)
        and (len(names) >= 3 or not any(_is_python_constant(node.value) for node in tree.body))
    )


_LOWERCASE_SWITCHES = frozenset(("true", "false", "on", "off", "yes", "no"))


def sets_dotted_keys(code):
    """Only `a.b.c = value` lines, one at least switched by a bare `true` or `off`: a properties or conf
    file's dotted keys (`tsd.core.enable_ui = true`), which Python would spell `True`."""
    tree = python_tree(code)
    if not tree or not tree.body:
        return False
    if not all(
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Attribute)
        and isinstance(node.value, ast.Constant | ast.Name)
        for node in tree.body
    ):
        return False
    return any(
        isinstance(node.value, ast.Name) and node.value.id in _LOWERCASE_SWITCHES for node in tree.body
    )


def _is_python_dict(node, code):
    """Quoted keys, in single quotes or over Python's own None/True/False, or values called
    (`_("Label")`, gettext's); JSON writes double quotes and null/true/false, JavaScript no quotes."""
    return (
        bool(node.keys)
        and all(isinstance(key, ast.Constant) for key in node.keys)
        and (
            "'" in code
            or any(isinstance(child, ast.Call) or _is_python_constant(child) for child in ast.walk(node))
            or PYTHON_ONLY_IN_A_DICT.search(code) is not None
        )
    )


def _is_python_constant(node):
    return isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, bool))


def looks_like_python_module(code):
    """Imports and definitions, parsed or not (a post often cuts a class short)."""
    return len(PYTHON_LINES.findall(code)) >= 2


# Output a post shows under the code that printed it, each line set off by `> `.
_SHOWN_OUTPUT = re.compile(r"(?:\n\s*>(?:[ \t][^\n]*)?)+\s*\Z")


def looks_like_python_over_output(code):
    """Python, then what it printed, quoted: `print(m.events.values())` over `> [{'pgh_obj': 1}]`."""
    shown = _SHOWN_OUTPUT.search(code.rstrip() + "\n")
    return bool(shown) and looks_like_python(code[: shown.start()])


# A caption in another alphabet over what a script printed, `输出结果类似如下：`: no comment's `#`.
_OUTPUT_CAPTION = re.compile(rf"^(?=[^\n#]*[{WIDE}])[^\n#]*[:：][ \t]*$", re.M)


def python_over_a_caption(code):
    """Python, then a caption over what it printed (`输出结果类似如下：` over the tags a scraper found)."""
    caption = _OUTPUT_CAPTION.search(code)
    return bool(caption) and caption.start() > 0 and looks_like_python(code[: caption.start()])


# What a printer writes for numpy's, pandas' and torch's values: `array([[1., 0.],`.
_PRINTED_CALL = frozenset(("array", "Index", "tensor", "Series", "DataFrame", "matrix"))


def looks_like_printed_value(code):
    """One value as Python prints it back: numpy's, pandas' or torch's (`array([[1., 0.],`),
    pprint's list of dicts (`[{'name': 'id',` over items set in by one space), or a dict whose
    items wrap to the margin, as no one writes source. Output, not source: text. A dict pprint
    sets in (`{'alg': 'RS256',` over ` 'typ': 'JWT'}`) is as likely written: it stays Python, unless a
    long string in it is cut as pprint cuts one."""
    stripped = code.strip()
    if "#" in stripped or re.search(r",\s*[\]}]\s*$", stripped):
        return False
    tree = python_tree(code)  # the parse detection already asked for, cached
    if not tree or len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return False
    value, wrapped = tree.body[0].value, stripped.splitlines()[1:]
    if isinstance(value, ast.Call):
        return isinstance(value.func, ast.Name) and value.func.id in _PRINTED_CALL
    if isinstance(value, ast.List) and len(value.elts) > 1 and {*map(_called_name, value.elts)} - {None}:
        return len({*map(_called_name, value.elts)}) == 1  # `[ObjectId('5932...'), ObjectId(...)]`
    if isinstance(value, ast.List):
        return stripped.startswith("[{") and bool(wrapped) and all(line.startswith(" ") for line in wrapped)
    if isinstance(value, ast.Dict) and not wrapped:  # `{'ok': 1, 'n': 1}`: a dict's repr, on one line
        return stripped.startswith("{'") and all(
            isinstance(key, ast.Constant) and isinstance(key.value, str) for key in value.keys
        )
    if (
        isinstance(value, ast.Dict)
        and wrapped
        and any(len(wrap[2]) == len(wrap[1]) for wrap in _PPRINT_WRAPPED_STRING.finditer(stripped))
    ):
        return True  # ` 'overview': '...'` over `             '...'`: a long string pprint cut, its parts under its start
    return isinstance(value, ast.Dict) and bool(wrapped) and all(line[:1] in "'\"" for line in wrapped)


_NUMBER = r"-?\d+(?:\.\d+)?"
_PRINTED_LINE = re.compile(rf"[ \t]*(?:(?P<name>[A-Za-z_]\w*)[ \t]*=[ \t]*{_NUMBER}|{_NUMBER})[ \t]*")


def looks_like_printed_assignments(code):
    """`x = 100` over `1`, `2`, `3`; `r = 10` over `r = 20` over `r = 30`: what a program printed,
    a name and its value, or values alone, a line each. Source sets a name once or twice, and
    writes no number alone as a statement."""
    lines = [line for line in code.splitlines() if line.strip()]
    printed = [_PRINTED_LINE.fullmatch(line) for line in lines]
    if len(lines) < 2 or not all(printed):
        return False
    names = [line["name"] for line in printed if line["name"]]
    bare = len(lines) - len(names)
    return bool(names) and (bare >= 1 or max(names.count(name) for name in names) >= 3)


# A key set in by one space, its string value cut into adjacent strings over lines (pprint's wrapping).
_PPRINT_WRAPPED_STRING = re.compile(r"^( '[^'\n]+': )'[^\n]*'\n( +)'", re.M)


def _called_name(node):
    return node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else None
