"""Python 3.12's syntax read as 3.11's parser can: detection must not call a block text because
the parser it runs on is older than the code."""

import ast

from hypothesis import given
from hypothesis import strategies as st

from sql_highlight.python_parse import as_python_311

NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda name: (
        name
        not in {
            "type",
            "if",
            "in",
            "is",
            "or",
            "and",
            "not",
            "for",
            "def",
            "del",
            "as",
            "else",
            "try",
            "with",
            "while",
            "from",
            "class",
            "pass",
            "elif",
            "async",
            "await",
            "break",
            "raise",
            "yield",
            "assert",
            "global",
            "import",
            "lambda",
            "return",
            "except",
            "finally",
            "continue",
            "nonlocal",
        }
    )
)


def test_twelves_forms_parse():
    for code in (
        "type Seat = tuple[str, int]",
        "type Pair[T] = tuple[T, T]",
        "def first[T](xs: list[T]) -> T:\n    return xs[0]",
        "class Box[T]:\n    item: T",
        'print(f"{"a" + "b"}")',
        'print(f"Rooms: {", ".join(\n    rooms\n)}")',
        "print(f'{f'{f'{1 + 2}'}'}')",
    ):
        ast.parse(as_python_311(code))


@given(st.lists(NAMES, min_size=1, max_size=4), st.sampled_from(['"', "'"]))
def test_an_f_string_nesting_its_quotes_is_emptied_and_the_rest_kept(names, quote):
    fields = "".join(f"{{{quote}{name}{quote}}}" for name in names)
    code = f"label = f{quote}{fields}{quote}\nrest = {names[0]}"
    assert as_python_311(code) == f"label = f{quote}{quote}\nrest = {names[0]}"


TOKENS = [
    "type",
    "def",
    "class",
    "f",
    "x",
    "T",
    " ",
    "    ",
    "\n",
    "=",
    "1",
    "[",
    "]",
    "(",
    ")",
    ":",
    ",",
    '"',
    "'",
    "{",
    "}",
    "#",
]


@given(st.lists(st.sampled_from(TOKENS), max_size=30).map("".join))
def test_what_311_parses_still_parses(code):
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return
    ast.parse(as_python_311(code))
    if "f'" not in code and 'f"' not in code:
        assert as_python_311(code) == code
