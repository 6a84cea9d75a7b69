"""What PHP's `var_dump` and `print_r` print: a value's dump, which posts show under the script
that printed it. Its quoted keys and `=>` read as JavaScript's or Python's, and reading it every
other way took 45 ms on a dump of 50 lines: it is output (rule 3), known at once."""

import re

# A dump's lines: Xdebug's (`array (size=10)`, `'error' => string '' (length=0)`, `0 => int 5`),
# PHP's own (`array(2) {`, `["name"]=>`, `string(5) "hello"`, `int(1)`, `bool(true)`, `NULL`),
# print_r's (`Array`, `(`, `[0] => a`, `)`); the file and line Xdebug names above it.
_DUMP_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?:array|object\(\w+\)(?:#\d+)?)[ \t]*(?:\(size=\d+\)|\(\d+\)[ \t]*\{|\[\d+\])|"
    r"(?:'[^'\n]*'|-?\d+|\[(?:\"[^\"\n]*\"|'[^'\n]*'|-?\d+)(?::\w+)?\])[ \t]*=>[^\n]*|"
    r"string[ \t]*(?:'[^'\n]*'[ \t]*\(length=\d+\)|\(\d+\)[ \t]*\"[^\n]*\")|"
    r"(?:int|float|double)[ \t]*(?:-?[\d.eE+-]+|\(-?[\d.eE+-]+\))|bool(?:ean)?[ \t]*(?:true|false|\((?:true|false)\))|"
    r"null|NULL|\}|Array|\(|\)|"
    r"\S[^\n]*\.php:\d+:"
    r")[ \t]*"
)
# What only a dump prints: a size or a length in its own brackets, a typed value.
_DUMP_OWN = re.compile(
    r"\((?:size|length)=\d+\)|\bstring\(\d+\) \"|^[ \t]*(?:int|bool|float)\([^()\n]*\)[ \t]*$|^[ \t]*Array[ \t]*\n[ \t]*\(",
    re.M,
)

_ASIDE = re.compile(r"[ \t]*(?://[^\n]*|\.\.\.|…)[ \t]*")


def looks_like_php_dump(lines):
    """Nine lines in ten at least a dump's, two of them a dump's own; the writer's `//` notes
    and `...` elisions aside."""
    written = [line for line in lines if line.strip() and not _ASIDE.fullmatch(line)]
    dumped = "\n".join(written)
    return (
        len(written) >= 3
        and "=>" in dumped  # (every dump keys its values so: read no further without it)
        and len(_DUMP_OWN.findall(dumped)) >= 2
        and 10 * sum(bool(_DUMP_LINE.fullmatch(line)) for line in written) >= 9 * len(written)
    )
