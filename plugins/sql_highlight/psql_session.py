"""psql sessions: prompts, the SQL typed after them, backslash commands, and what psql printed.

A statement typed over several lines is lexed as one piece of SQL (so a string or comment may
span lines), with the continuation prompts spliced back in. Lines after an unfinished statement
are read as its continuation even when the writer left their prompts out.
"""

import re

from pygments.token import Generic, Keyword, Name, String, Text

from .classifier import sql_tokens
from .explain_plan import ROW_COUNT, explain_tokens
from .scanner import COMMENTS, scan

# psql's `%R` (`=`, `-`, `(`, a quote, `$`, `^`, `!`) then maybe `%x` (`*`, `!`, `?`) before `#` or `>`:
# `db=#`, `db(#`, `db=*#`; never two of `%R`'s, as `print("#` writes, nor an HTML comment's end
# (`应用在底部-->`), nor Emacs' keys (`M->`, `C-<`). A name may hold the reader's placeholder:
# `course_<username>=>`.
PROMPT = re.compile(
    r"(?P<prompt>(?![MCSAHs]-[<>])(?:[^\W\d]|\d+[^\W\d])(?:[\w.@:/\[\]\-]|<\w+>)*[=\-('\"*$^!][*!?]?[#>])(?<!-->)(?P<space> ?)"
)
_META = re.compile(r"\\[A-Za-z?!+]+[+]?")
_META_ARGUMENTS = re.compile(r"(\s+)|('(?:[^']|'')*'?)|(:['\"]?\w+['\"]?)|(\S+)")
_TRAILING_META = re.compile(r"(?P<meta>\\(?:gx|gset|gexec|gdesc|g|watch|crosstabview)\b.*)$")
_ERROR = re.compile(r"^(?:ERROR|FATAL|PANIC|WARNING|psql: error|psql:[^:]+:\d+: ERROR):")
_NOTE = re.compile(r"^(?:DETAIL|HINT|CONTEXT|NOTICE|INFO|LOG|DEBUG|QUERY|STATEMENT|LINE \d+):|^\s*\^\s*$")
_FOOTER = re.compile(
    ROW_COUNT.pattern + r"|^Time: |^Timing is (?:on|off)\.|^Expanded display is |^(?:INSERT \d+ \d+|"
    r"(?:UPDATE|DELETE|SELECT|MERGE|COPY|FETCH|MOVE) \d+|[A-Z]+(?: [A-Z]+)*)$"
)
# `\x`'s expanded display; with `\pset linestyle unicode`, `┌─[ RECORD 1 ]───┬───┐`.
RECORD_HEADER = re.compile(r"^(?:-\[ RECORD \d+ \]-*(?:[+|]-*)?|┌─\[ RECORD \d+ \]─*(?:┬─*┐?)?)$")
# A result's ruler, ASCII or unicode (`═══╪═══`, `───┼───`).
_SEPARATOR = re.compile(r"^(?:-+(?:[+|]-+)*|[─═]+(?:[┼╪][─═]+)*)$|" + RECORD_HEADER.pattern)
_RECORD = re.compile(r"^-\[ RECORD \d+ \]")


def _is_output_shaped(line):
    stripped = line.strip()
    return bool(_SEPARATOR.match(stripped) or _ERROR.match(stripped) or ROW_COUNT.match(stripped))


def _statement_complete(sql):
    tokens = [t for t in scan(sql) if t.name not in COMMENTS]
    return bool(tokens) and sql[tokens[-1].start : tokens[-1].end] == ";"


def _meta_tokens(start, text):
    m = _META.match(text)
    if not m:
        yield start, Text, text
        return
    yield start, Keyword.Pseudo, m.group()
    for a in _META_ARGUMENTS.finditer(text, m.end()):
        token_type = (
            Text.Whitespace if a.group(1) else String if a.group(2) else Name.Variable if a.group(3) else Name
        )
        yield start + a.start(), token_type, a.group()


def _sql_with_prompts(pieces, prompts):
    """Lex the statement made of `pieces` [(original offset, text)], re-inserting `prompts`
    [(original offset, token type, text)] that stood between them."""
    sql = "".join(text for _, text in pieces)
    boundaries = []  # (sql offset where a piece starts, original offset)
    at = 0
    for original, text in pieces:
        boundaries.append((at, original))
        at += len(text)
    pending = sorted(prompts, key=lambda p: p[0])
    piece = 0
    for offset, token_type, value in sql_tokens(sql):
        while value:
            while piece + 1 < len(boundaries) and boundaries[piece + 1][0] <= offset:
                piece += 1
            original = boundaries[piece][1] + (offset - boundaries[piece][0])
            while pending and pending[0][0] < original:
                yield pending.pop(0)
            piece_end = boundaries[piece + 1][0] if piece + 1 < len(boundaries) else len(sql)
            take = min(len(value), piece_end - offset)
            yield original, token_type, value[:take]
            offset, value = offset + take, value[take:]
    yield from pending


def _output_line(start, line, lines, index, in_plan):
    stripped = line.strip()
    if not stripped:
        if line:
            yield start, Text.Whitespace, line
        return
    if in_plan and not _SEPARATOR.match(stripped) and not _FOOTER.match(stripped):
        yield from ((start + o, t, v) for o, t, v in explain_tokens(line))
        return
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if _ERROR.match(stripped):
        token_type = Generic.Error
    elif _NOTE.match(line):
        token_type = Generic.Emph
    elif _RECORD.match(stripped) or (_SEPARATOR.match(following) and not _SEPARATOR.match(stripped)):
        token_type = Generic.Heading
    elif _FOOTER.match(stripped):
        token_type = Generic.Subheading
    else:
        token_type = Generic.Output
    yield start, token_type, line


def psql_tokens(text):
    lines = text.splitlines(keepends=True)
    bare = [line.rstrip("\r\n") for line in lines]
    offsets = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line)
    pieces, prompts = [], []  # the statement being typed
    in_plan = False
    for index, line in enumerate(lines):
        start = offsets[index]
        body = bare[index]
        newline = line[len(body) :]
        m = PROMPT.match(body)
        continuing = bool(pieces) and not m and not _is_output_shaped(body)
        if m or continuing:
            in_plan = False
            rest_start = m.end() if m else 0
            if m:
                prompts.append((start, Generic.Prompt, m.group("prompt")))
                if m.group("space"):
                    prompts.append((start + m.end("prompt"), Text.Whitespace, m.group("space")))
            rest = body[rest_start:]
            if not pieces and rest.lstrip().startswith("\\"):
                yield from prompts
                prompts = []
                lead = len(rest) - len(rest.lstrip())
                if lead:
                    yield start + rest_start, Text.Whitespace, rest[:lead]
                yield from _meta_tokens(start + rest_start + lead, rest[lead:])
                if newline:
                    yield start + len(body), Text.Whitespace, newline
                continue
            meta = _TRAILING_META.search(rest)
            typed = "".join(p for _, p in pieces) + rest[: meta.start()] if meta else ""
            if meta and typed.count("'") % 2 == 0:
                sql_part, meta_text = rest[: meta.start()], meta.group("meta")
            else:
                sql_part, meta_text = rest, ""
            pieces.append((start + rest_start, sql_part + ("" if meta_text else newline)))
            sql_so_far = "".join(p for _, p in pieces)
            if meta_text or _statement_complete(sql_so_far) or not sql_so_far.strip():
                yield from _sql_with_prompts(pieces, prompts)
                pieces, prompts = [], []
                if meta_text:
                    yield from _meta_tokens(start + rest_start + len(sql_part), meta_text)
                    if newline:
                        yield start + len(body), Text.Whitespace, newline
            continue
        if pieces:  # an unfinished statement followed by output: flush what was typed
            yield from _sql_with_prompts(pieces, prompts)
            pieces, prompts = [], []
        stripped = body.strip()
        if stripped == "QUERY PLAN":
            in_plan = True
        elif ROW_COUNT.match(stripped):
            in_plan = False
        yield from _output_line(start, body, bare, index, in_plan and stripped != "QUERY PLAN")
        if newline:
            yield start + len(body), Text.Whitespace, newline
    if pieces:
        yield from _sql_with_prompts(pieces, prompts)
