"""JSON as posts show it: cut out of a larger document, with comments, trailing commas, `...`
for what was left out, or one object a line (JSON Lines). Strict JSON is tried first."""

import json
import re

from .block_text import MAX_CHARS, MAX_LINE_CHARS
from .python_fragments import with_brackets_closed
from .python_signs import PYTHON_ONLY_IN_A_DICT
from .server_settings import CONTROL_FILE_KEYS, SERVER_SETTINGS
from .signs import ELIDED_IN_WORDS

_COMMENT = re.compile(
    r'("(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?\*/|^#[^\n]*(?=\n[\[{])|(?<=[,\[{"\d])[ \t]+[#＃][^\n]*$',
    re.S | re.M,
)  # `# payload` over `{`; a `# note` after a value (Docker's daemon.json annotated)
_TRAILING_COMMA = re.compile(r'("(?:[^"\\\n]|\\.)*")|,(\s*[\]}])')
_ELIDED = re.compile(
    rf"^\s*(?:\.{{3,}}|…|[:⋮]|\.{{3}}[\w ]+\.{{3}}|{ELIDED_IN_WORDS}),?\s*$", re.M
)  # `...your config...`, a `:` line too, `（中略）`
# One line of a JSON document: a key and a value (or the value's opening), an item, a bracket.
_VALUE = r'(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|[\[{])'
_JSON_LINE = re.compile(
    r'^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE + r".*|" + _VALUE + r"[^:]*|[\]}][\]}, ]*|,)\s*$"
)
_VERTICAL_ROW = re.compile(r"\A\s*\*{5,} \d+\. row \*{5,}\n[ \t]*\w+:[ \t]*(?=[\[{])")
_NOTE_LINE = re.compile(r"^[ \t]+#[^\n]*$", re.M)
_JSON_LITERAL = re.compile(
    r"[:\[,]\s*(?:(?:true|false|null|number|boolean)\b|\"string\"(?=\s*[,\]}\n]))"
)  # what Python would not know
# (a reference's synopsis names a value's type, `"cpu": number`, `"name": "string"`: no Python's value)
_KEY_LINE = re.compile(r'^\s*"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE)
_PYTHON_CONSTANT_VALUE = re.compile(r'"\s*:\s*(?:True|False|None)\s*,?\s*$', re.M)
# A value the reader is told the type of, `"id": <int>`, or one left out, `"trigger": ...`: any
# value of JSON's stands for it.
_PLACEHOLDER_VALUE = re.compile(
    r'(?<=")(\s*:\s*)(?:<[a-z_][\w|-]*>|\.\.\.|…|(?:number|boolean|integer|string|object|long|double)\b)(?=\s*[,}\n])'
)  # (a reference's synopsis names a value's type where it stands: `"cpu": number`)
# A value as MongoDB's shell writes it in a document: `ObjectId("...")`, `NumberLong(5)`, `new Date()`,
# `/foobar/i` (any of JSON's values stands for it).
_MONGO_VALUE = re.compile(
    r'(?<=")(\s*:\s*)(?:(?:ObjectId|NumberInt|NumberLong|NumberDecimal|ISODate|Timestamp|BinData|UUID)\([^()\n]*\)|'
    r"new Date\([^()\n]*\)|/(?:[^/\\\n]|\\.)+/[gimsuy]*)(?=\s*[,}\n])"
)
_NUMBERS_ROW = re.compile(r"\s*\[\s*-?[\d.]+(?:\s*,\s*-?[\d.]+)*\s*\]\s*")  # `[0, 1, 1]`: a matrix's row
_ELIDED_ITEMS = re.compile(
    r"\[\s*(?:\.\.\.|…)\s*\]|\{\s*(?:\.\.\.|…)\s*\}|,[ \t]*(?:\.\.\.|…)[ \t]*(?=[}\]])"
)  # `[...]`, `{...}`: items left out; `"id": 1, ...}`: the rest left out on the line


def _loads(text):
    try:
        json.loads(text)
        return True
    except (ValueError, RecursionError):  # the second: nested deeper than Python's stack
        return False


def _loads_listed(text):
    """Objects a list holds, written without its brackets: `{"role": ...},` over `{"role": ...}`."""
    return text.lstrip()[:1] == "{" and _loads("[" + text.strip().rstrip(",") + "]")


def _broken_by_the_page(code):
    """JSON a page or the sample broke: wrapped at a width inside its strings, each line but the
    last ending in two spaces (Markdown's line break); or a document longer than detection reads
    (on one line, or over lines cut at a line's end), whose cut is all that keeps it from parsing."""
    lines = code.strip("\n").splitlines()
    if len(lines) >= 2 and lines[0].lstrip()[:1] in "[{" and all(line.endswith("  ") for line in lines[:-1]):
        return _loads("".join(line.strip() for line in lines))
    if len(lines) >= 2 and lines[0].lstrip()[:1] in "[{" and (rejoined := _strings_rewrapped(lines)):
        return _loads(rejoined) or _loads_listed(
            rejoined
        )  # `"Quarter the tomatoes, dice` over `the cheese.",`: a string wrapped by hand
    text = code.strip()
    if "\n" in text and len(text) >= MAX_CHARS - MAX_LINE_CHARS and _JSON_OPENING.match(text):
        return _cut_short(text)  # a document over lines longer than detection reads, cut at a line's end
    if "\n" in text or len(text) < MAX_LINE_CHARS or not _JSON_OPENING.match(text):
        return False
    return _cut_short(text)


def _cut_short(text):
    """JSON that parses up to where it was cut: inside a string, or at its end."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:  # cut inside a string, or at the end of a token
        return (
            error.pos >= len(text) - 2
            or error.msg.startswith("Unterminated string")
            and '"' not in text[error.pos + 1 :]
        )
    except RecursionError:
        return False
    return True


def _strings_rewrapped(lines):
    """The lines with each string a writer wrapped over lines joined back, or None where no
    string was wrapped (or one never closes)."""
    joined, held = [], None
    for line in lines:
        held = line if held is None else f"{held} {line.strip()}"
        if len(_QUOTE.findall(held)) % 2 == 0:
            joined.append(held)
            held = None
    return "\n".join(joined) if held is None and len(joined) < len(lines) else None


_QUOTE = re.compile(r'(?<!\\)"')
_JSON_OPENING = re.compile(r'\[?\{\s*"')


# The slips a lesson shows JSON with: keys unquoted, strings in single quotes, `undefined`.
_UNQUOTED_KEY = re.compile(r'("(?:[^"\\\n]|\\.)*")|(?<=[{,\s])([A-Za-z_$][\w$]*)(?=\s*:)')


def _mended(document):
    quoted = re.sub(r"'((?:[^'\\\n]|\\.)*)'", r'"\1"', document)
    keyed = _UNQUOTED_KEY.sub(lambda m: m.group(1) or f'"{m.group(2)}"', quoted)
    return re.sub(r"\bundefined\b", "null", keyed)


def looks_like_json(code):
    """JSON as written (below), or as a page or the sample broke it: every caller, the heading's
    short cut among them, asks the same question."""
    return _reads_as_json(code) or _broken_by_the_page(code)


def _reads_as_json(code):
    """Strict JSON, JSON lines, or JSON loosened (comments, trailing commas, `...`, a fragment of
    keys); Python's dicts say True and None and quote with ', so they do not pass."""
    if PYTHON_ONLY_IN_A_DICT.search(code) and not _JSON_LITERAL.search(code):
        return False  # a note after a value under Python's `#`, a string in triple quotes (not beside `true`)
    if _JSON_LITERAL.search(code):
        code = _NOTE_LINE.sub("", code)  # `# ...` on a line of its own inside JSON's (a synopsis annotated)
    code = _VERTICAL_ROW.sub("", code)  # MySQL's `\G` row over one column's JSON: the trace it holds
    code = _ELIDED_ITEMS.sub(
        lambda elided: "" if elided.group()[0] == "," else elided.group()[0] + elided.group()[-1],
        _PLACEHOLDER_VALUE.sub(r"\1null", _MONGO_VALUE.sub(r"\1null", code)),
    )
    stripped = _ELIDED.sub("", code).strip().removesuffix(",")  # `...` first, `},` last: cut out of a list
    start = _COMMENT.sub(lambda m: m.group(1) or "", stripped).lstrip()[:1]
    if not start or start not in '[{"':
        return False  # a comment may come first: `/* one partition */`
    if stripped[0] in "[{" and _loads(stripped):
        return True
    lines = [line for line in stripped.splitlines() if line.strip() and not _ELIDED.match(line)]
    if (
        len(lines) > 1
        and all(line.lstrip()[:1] in "[{" and _loads(line) for line in lines)
        and not all(map(_NUMBERS_ROW.fullmatch, lines))
    ):
        return True  # JSON Lines, maybe cut short by `...` (not a matrix printed a row a line)
    # Comments out, then `...` (so that `},` before it is a trailing comma), then trailing commas.
    loose = _TRAILING_COMMA.sub(
        lambda m: m.group(1) or m.group(2),
        _ELIDED.sub("", _COMMENT.sub(lambda m: m.group(1) or "", stripped)),
    ).strip()
    if (
        loose[:1] in "[{"
        and _loads(loose)
        or _loads("{" + loose.rstrip().rstrip(",") + "}")
        or _loads_listed(loose)
    ):
        return True
    if (
        loose[:1] in "[{"
        and stripped != code.strip()
        and _loads(with_brackets_closed(loose.rstrip().rstrip(",")))
    ):
        return True  # cut short after `...`: what is left, closed
    documents = re.split(r"\n\s*\n", loose.strip())
    if len(documents) > 1 and all(doc.strip()[:1] in "[{" and _loads(doc) for doc in documents):
        return True  # documents one after another, between blank lines
    if len(documents) > 1 and all(
        doc.strip()[:1] == '"' and _loads("{" + doc.strip().rstrip(",") + "}") for doc in documents
    ):
        return True  # a settings file's entries shown one way, then another: `"key": [...]` twice
    if (
        len(documents) > 1
        and stripped != loose  # the writer's notes on each: `// ❌ keys unquoted`, `// ✅`
        and all(doc.strip()[:1] in "[{" and (_loads(doc) or _loads(_mended(doc))) for doc in documents)
        and any(_loads(doc) for doc in documents)
    ):
        return True  # a lesson's JSON written wrong, then right
    # Cut short, or a piece of a larger document: nothing but JSON's lines, and some keyed.
    lines = [line for line in loose.splitlines() if line.strip()]
    keyed = sum(bool(_KEY_LINE.match(line)) for line in lines)
    if _PYTHON_CONSTANT_VALUE.search(loose) or _CALL_WITH_KEYWORD.search(_STRING.sub('""', loose)):
        return False  # `"is_inactive": True,`, `"messages": [Message(content=q)]`: a dict of Python's
    return keyed >= 1 and sum(bool(_JSON_LINE.match(line)) for line in lines) >= 0.9 * len(lines)


_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_CALL_WITH_KEYWORD = re.compile(r"[A-Za-z_]\w*\([^()\n]*?\b[a-z_]\w*=(?!=)")  # Python's keyword argument


_DATED = re.compile(r"\s*\[?\d{4}-\d\d-\d\d[T ]\d")


def looks_like_json_with_asides(code):
    """JSON a post broke in a few places (a line of the writer's over it, a note after a value
    in another language's comment, an item's `-` left in): three keyed lines or more, three
    quarters of its lines JSON's, and nothing of Python's. Asked where nothing else took the block."""
    lines = [line for line in code.splitlines() if line.strip()]
    if "{" not in code or PYTHON_ONLY_IN_A_DICT.search(code) or _PYTHON_CONSTANT_VALUE.search(code):
        return False
    if (noted := _NOTES_UNDER_A_VALUE.search(code)) and _notes_on_its_keys(
        code[: noted.start()], noted.group()
    ):
        return True  # a value whole, then the writer's notes under it in `#` on what its keys are given
    if any(_DATED.match(line) for line in lines):
        return False  # a log's line, its payload printed after it: output
    keyed = sum(bool(_KEY_LINE.match(line)) for line in lines)
    return keyed >= 3 and sum(
        bool(_JSON_LINE.match(line) or _ELIDED.match(line)) for line in lines
    ) >= 0.75 * len(lines)


def _notes_on_its_keys(value, notes):
    """Whether each note names a key of the JSON value above it (`# replicas: the brokers' ids`),
    as a note on what to fill in does; not one on the next step (`# restart the service`)."""
    keys = {key.lower() for key in _JSON_KEY.findall(value)}
    notes = [line.lower() for line in notes.splitlines() if line.strip()]
    return bool(keys) and all(any(key in line for key in keys) for line in notes) and looks_like_json(value)


_JSON_KEY = re.compile(r"\"([^\"\n]{2,})\"[ \t]*:")
_NOTES_UNDER_A_VALUE = re.compile(r"(?<=[}\]])[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*#[^\n]*(?:\n|$)(?:[ \t]*\n)*)+\Z")


# `name = value`, the name a server setting's (server_settings.py) or any dotted name (an
# extension's own, `pg_stat_statements.max`; a section's key, `sqlalchemy.url`): Python would set
# an attribute.
_SETTING_LINE = re.compile(r"^\s*([a-z_]\w*(\.[a-z_]\w*)?)\s*=\s*(?!(?:True|False|None)\b)(\S.*)$")
# Values Python would not write: a switch (`on`, `true`: Python's is `True`), a word left bare
# (`backup_method = postgres`, `project = PROJECT_ID`: a name defined nowhere in the block), or
# choices as a manual lists them (`compression = gzip | lz4 | none`; not numbers or'd, `n = 5 | 3`).
_CONF_VALUE = re.compile(
    r"(?:on|off|true|false|yes|no|[a-z][a-z_]*|[A-Z][A-Z_]+|(?![\d \t|]+$)[\w.-]+(?:\s*\|\s*[\w.-]+)+|"
    r"'\$(?:libdir|system|extdir|sharedir)\b[^']*')\s*(?:#.*)?"  # PostgreSQL's own path macros
)


def looks_like_server_settings(lines):
    """Lines of postgresql.conf or of a tool's own `name = value` file (each line checked by the
    caller): a server setting named, a dotted name, or a value Python would not write."""
    settings = [_SETTING_LINE.match(line) for line in lines if line.strip() and line.lstrip()[0] not in "#;"]
    named = {m.group(1) for m in settings if m}  # `t = s` under `s = [...]`: Python's names, bound above
    return bool(settings) and any(
        m
        and (
            m.group(2)
            or m.group(1) in SERVER_SETTINGS
            or m.group(1) in CONTROL_FILE_KEYS
            or (_CONF_VALUE.fullmatch(m.group(3)) and m.group(3).strip() not in named)
        )
        for m in settings
    )
