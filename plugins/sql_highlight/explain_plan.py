"""EXPLAIN output, line by line: plan nodes, costs and timings, and the SQL inside conditions."""

import re

from pygments.token import Generic, Keyword, Name, Number, Operator, Punctuation, Text

from .classifier import sql_tokens

# Labels whose value is an SQL expression.
EXPRESSION_LABELS = {
    "filter",
    "index cond",
    "recheck cond",
    "hash cond",
    "merge cond",
    "join filter",
    "one-time filter",
    "sort key",
    "group key",
    "output",
    "presorted key",
    "cache key",
    "order by",
    "tid cond",
    "run condition",
    "index filter",
    "hash key",
    "partition key",
    "storage filter",
}
_DETAIL = re.compile(r"^(?P<indent>\s*)(?P<label>[A-Z][A-Za-z -]*?):(?P<space>\s*)(?P<rest>.*)$")
_NODE = re.compile(
    r"^(?P<indent>\s*)(?P<arrow>->\s+)?(?P<node>[A-Z][A-Za-z -]*?)(?P<target>(?: (?:using|on|of) .*?)?)(?P<stats>\s+\(.*)?$"
)
_STATS = re.compile(
    r"(\(|\)|(?:actual |never executed)|[a-z][a-z ]*=|[\d.]+(?:\.\.[\d.]+)?|\s+|[A-Za-z_][\w-]*|.)"
)
_TARGET_WORDS = re.compile(r"(\s+)|(using|on|of|ONLY)\b|([^\s]+)")
_UNITS = {"ms", "kB", "MB", "GB", "B"}
ROW_COUNT = re.compile(r"^\(\d+ rows?\)$")  # psql's "(3 rows)" under a result
_HEADER_RULE = re.compile(r"^\s*-{3,}\s*$")


def _stats(start, text):
    pos = 0
    for m in _STATS.finditer(text):
        part = m.group()
        if part.isspace():
            token_type = Text.Whitespace
        elif part in "()":
            token_type = Punctuation
        elif part.endswith("="):
            token_type = Name.Attribute
        elif part[0].isdigit() or part[0] == ".":
            token_type = Number
        elif part.strip() in ("actual", "never executed") or part[0].isalpha() and part in _UNITS:
            token_type = Keyword
        else:
            token_type = Text
        yield start + pos, token_type, part
        pos += len(part)


def _line(start, line):
    """Tokens for one line of a plan (without its newline)."""
    if not line.strip():
        if line:
            yield start, Text.Whitespace, line
        return
    stripped = line.strip()
    if stripped == "QUERY PLAN" or _HEADER_RULE.match(line) or ROW_COUNT.match(stripped):
        yield start, Generic.Heading if stripped == "QUERY PLAN" else Generic.Output, line
        return
    detail = _DETAIL.match(line)
    node = _NODE.match(line)
    if detail and not (node and node.group("stats")):
        label = detail.group("label")
        offset = start
        for group, token_type in (("indent", Text.Whitespace), ("label", Name.Label)):
            if detail.group(group):
                yield offset, token_type, detail.group(group)
                offset += len(detail.group(group))
        yield offset, Punctuation, ":"
        offset += 1
        if detail.group("space"):
            yield offset, Text.Whitespace, detail.group("space")
            offset += len(detail.group("space"))
        rest = detail.group("rest")
        if label.lower() in EXPRESSION_LABELS:
            for o, token_type, value in sql_tokens(rest):
                yield offset + o, token_type, value
        else:
            yield from _detail_value(offset, rest)
        return
    if not node:
        yield start, Text, line
        return
    offset = start
    if node.group("indent"):
        yield offset, Text.Whitespace, node.group("indent")
        offset += len(node.group("indent"))
    if node.group("arrow"):
        yield offset, Operator, "->"
        yield offset + 2, Text.Whitespace, node.group("arrow")[2:]
        offset += len(node.group("arrow"))
    yield offset, Name.Function, node.group("node")
    offset += len(node.group("node"))
    for m in _TARGET_WORDS.finditer(node.group("target") or ""):
        token_type = Text.Whitespace if m.group(1) else Keyword if m.group(2) else Name
        yield offset + m.start(), token_type, m.group()
    offset += len(node.group("target") or "")
    if node.group("stats"):
        yield from _stats(offset, node.group("stats"))


def _detail_value(offset, rest):
    """Values such as `shared hit=4 read=2`, `0.123 ms`, `quicksort  Memory: 25kB`."""
    yield from _stats(offset, rest)


def explain_tokens(text):
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield from _line(pos, body)
        if len(line) > len(body):
            yield pos + len(body), Text.Whitespace, line[len(body) :]
        pos += len(line)
