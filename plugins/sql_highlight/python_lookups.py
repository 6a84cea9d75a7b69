"""Python read a lookup at a time, as lessons on a library show it: attribute chains and
subscripts a line each, each maybe over a note or a value marked `> ` of what it gives; booleans
joined in Python's words; a literal written over lines. None of these parse as anything else's,
but each is too short for Python's own signs."""

import ast
import re

from .python_parse import python_tree

# A value a lookup gave, marked `> ` or `=> ` under it by the writer (Node's REPL marks its input
# with `> `, never a value).
_MARKED_VALUE = re.compile(
    r"=?>[ \t]+(?:-?\d[\d.]*|'[^'\n]*'|\"[^\"\n]*\"|<[^\n]*>|True|False|None|\[[^\n]*\]|\{[^\n]*\}|\([^\n]*\))[ \t]*"
)


def over_values_marked(code):
    """The block without its `> ` (or `=> `) lines where each holds a value; None where there are
    none or one is no value."""
    marked = [line for line in code.splitlines() if line.startswith((">", "=>"))]
    if not marked or code.lstrip().startswith("=>") or not all(map(_MARKED_VALUE.fullmatch, marked)):
        return None  # (a value under what gives it: never the block's first line)
    return "\n".join(line for line in code.splitlines() if not line.startswith((">", "=>")))


# Names joined by dots, lower-case, the last no file's suffix nor a domain's: an attribute chain.
_NOT_AN_ATTRIBUTE = r"(?:py|sql|txt|md|json|ya?ml|html?|js|ts|css|conf|ini|cfg|toml|env|log|csv|tf|xml|sh|lock|com|org|net|io|dev)\Z"
_ATTRIBUTE_CHAIN = re.compile(rf"[a-z_]\w*(?:\.[a-z_]\w*)*\.(?!{_NOT_AN_ATTRIBUTE})[a-z_]\w*")


def _looked_up_a_line_each(code):
    """Attributes looked up a line each, each through an object's member (`model.out_linear.weight`
    over `model.out_linear.bias`): not files named a line each (`gflags.h` over `gflags.cc`), nor
    Java's packages."""
    lines = [line.strip() for line in code.strip().splitlines() if line.strip()]
    return len(lines) > 1 and all(
        _ATTRIBUTE_CHAIN.fullmatch(line) and line.count(".") >= 2 and not _REVERSED_DOMAIN.match(line)
        for line in lines
    )


def _lookups_over_what_they_give(code):
    """Members looked up, each over a `#` note of what it gives (`soup.title` over `# <title>...`,
    `tag['class']` over `# u'boldest'`): a lesson on a Python library, read a lookup at a time."""
    lines = [line.strip() for line in code.strip().splitlines() if line.strip()]
    lookups = [at for at, line in enumerate(lines) if not line.startswith("#")]
    return bool(lookups) and all(
        (_ATTRIBUTE_CHAIN.fullmatch(lines[at]) or _SUBSCRIPTED_NAME.fullmatch(lines[at]))
        and at + 1 < len(lines)
        and lines[at + 1].startswith("# ")
        for at in lookups
    )


_REVERSED_DOMAIN = re.compile(
    r"(?:org|com|net|io|edu|gov|dev|de|cn|uk|fr|jp)\."
)  # Java's packages: `org.lectern.reader`


_SUBSCRIPTED_NAME = re.compile(r"[A-Za-z_]\w*(?:\.\w+)*(?:\[(?:\"[^\"\n]*\"|'[^'\n]*'|-?\d+)\])+")
# An item's comma, then a closing bracket alone on its line; or a note on a line of its own.
_WRITTEN_LITERAL = re.compile(r",[ \t]*(?:#[^\n]*)?\n[ \t]*[\]})]|^[ \t]+#", re.M)


def _is_one_literal(tree):
    return len(tree.body) == 1 and isinstance(
        getattr(tree.body[0], "value", None), ast.List | ast.Tuple | ast.Dict | ast.Set
    )


_BOOLEAN = r"(?:not[ \t]+)?(?:True|False)"
_BOOLEAN_LINE = rf"[ \t]*{_BOOLEAN}(?:[ \t]+(?:and|or)[ \t]+{_BOOLEAN})*[ \t]*(?:#[^\n]*)?"
_BOOLEAN_LINES = re.compile(rf"{_BOOLEAN_LINE}(?:\n{_BOOLEAN_LINE})*")


def looks_like_lookups(code):
    """`request.user.email`, attributes a line each through an object's member, or members each
    over a `#` note of what they give: Python's lookups, no file's nor a host's name."""
    return (
        bool(_ATTRIBUTE_CHAIN.fullmatch(code.strip()))
        or _looked_up_a_line_each(code)
        or _lookups_over_what_they_give(code)
    )


def looks_up_each_line(code):
    """Each line that is no `#` note an attribute chain (`comment.pk`)."""
    return all(
        _ATTRIBUTE_CHAIN.fullmatch(line.strip())
        for line in code.splitlines()
        if line.strip() and line[0] != "#"
    )


def is_subscripted_name(code):
    """A notebook cell's `grades["Ege"]`, `names[0]`: an item looked up."""
    return bool(_SUBSCRIPTED_NAME.fullmatch(code.strip()))


# A frame filtered by a test on its own columns, pandas' boolean mask: `df[df['age'] > 25]`,
# `df.loc[(df['a'] > 1) & (df['b'] == 'x')]`.
_FRAME_FILTERED = re.compile(r"[ \t]*(\w+)(?:\.loc)?\[[ \t(~]*\1\[[^\n]*\][ \t]*(?:#[^\n]*)?")


def filters_frames(code):
    """Each line that is no `#` note a frame filtered by its own columns, and Python parses them."""
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(map(_FRAME_FILTERED.fullmatch, lines)) and bool(python_tree(code))


def writes_one_literal(code):
    """A list or a dict written over lines, a comma after its last item or notes: no printer's."""
    return bool(_WRITTEN_LITERAL.search(code)) and bool(tree := python_tree(code)) and _is_one_literal(tree)


def joins_booleans(code):
    """`True and True` over `not True`: Python's booleans, in capitals, and its words."""
    return bool(_BOOLEAN_LINES.fullmatch(code.strip())) and bool(re.search(r"\b(?:and|or|not)\b", code))
