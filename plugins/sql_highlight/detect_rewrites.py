"""Detection's first stage: short forms known whole, and the block read again rewritten."""

import re

from .detect_block import SQL_FAMILY
from .dump_signs import looks_like_php_dump
from .signature_signs import parses_as_sql
from .sql_signs import SQL_START
from .text_signs import looks_like_injection
from .writer_notes import (
    framed_body,
    without_bold_lines,
    without_highlight_marks,
    without_notes_after_sql_lines,
)
from .yaml_signs import looks_like_yaml

# A statement opening a line: `BEGIN;` too (not a key named so, `where: {`, a query builder's object).
_SQL_LINE = re.compile(SQL_START.pattern + r"(?![ \t]*:)", re.I | re.M)
_LEADING_BLOCK_COMMENTS = re.compile(r"\s*(?:/\*.*?\*/\s*)+", re.S)  # `/* Copyright ... */`, banners
_QUOTED_PROMPT = re.compile(r"> (?=[A-Za-z][\w.-]*(?:=[>#]|>) \S)")
# A comment's margin, `* ` on every line of the block.
_MARGIN_MARK = re.compile(r"^[ \t]*\*(?: |$)", re.M)
_MARGIN = re.compile(r"(?:[ \t]*\*(?: [^\n]*)?(?:\n|$)|[ \t]*\n)+")
# What a page marks a statement given and the one it becomes with: `[in]`, `[out]`; or one that
# works and one that does not, `✅ SELECT ...` over `❌ SELECT ...`.
_IN_OUT_MARK = re.compile(
    r"^(?:\[(?:in|out|input|output|before|after)\]|[✅❌✔✓✗✘]\ufe0f?)[ \t]*", re.I | re.M
)
# Markdown's table ruler, `| -- |:----:| ---: |`: its cells' alignment under the header.
_TABLE_RULER = re.compile(r"^[ \t]*+\|?(?:[ \t]*+:?-++:?[ \t]*+\|)++[ \t]*+(?::?-++:?[ \t]*+)?$", re.M)
# (`// 父页面` notes over it too; an XML document from its declaration, no label's own, shown as markup)
_HTML_DOCUMENT = re.compile(r"\s*(?://[^\n]*\n\s*)*(?:<!DOCTYPE\s+html\b|<\?xml\s+version=)", re.I)
# A `//` caption naming the page a block is, `// socket.html` over `<script>`: the page is what is shown.
_PAGE_CAPTION = re.compile(r"[ \t]*//[^\n]*?[\w-]\.html?[ \t]*\n(?=\s*<)")
# A template language's tags, which may make a page Django's (or a language no label has).
_TEMPLATE_TAG = re.compile(r"\{[{%#]|<[%?]|\bv-[a-z]+=|\*ng[A-Z]|\[\(ng")
_BARE_PROMPT = re.compile(
    r"(?:\([\w.-]+\) ?)?(?:[\w.-]+@[\w.-]+(?::[\w~/.-]*)? ?|[\w.-]+:~(?:/[\w.-]+(?: [\w.-]+)*)* ?)?\$|"  # `(venv) $`, `joel:~/app$`
    r"(?:\s*\[[\w.-]+@[\w.-]+ [\w~/.-]+\][$#]\s*\n?)+|"  # `[user@host ~]$` over `[user@host ~]#`
    r"(?:\s*[\w.-]+@[\w.-]+:[\w~/.-]*[$#]\s*\n?)+|"  # `test@server:~$` over root's `root@server:/home/test#`
    r"(?:[A-Z]:\\[^\n]*\n)?(?:\([\w.-]+\) ?)?λ"  # cmder's `(venv) λ` under its folder, `D:\site (main -> origin)`
)
# Go's template actions a line each, `{{ if eq .chezmoi.os "darwin" }}` ... `{{ end }}` (chezmoi's,
# Helm's): the file they make is what is shown; Jinja closes its blocks with `{% endif %}`.
_GO_ACTION_LINE = re.compile(
    r"^[ \t]*\{\{-?[ \t]*(?:if|else|else if|end|range|with)\b[^{}\n]*-?\}\}[ \t]*(?:\n|\Z)", re.M
)
_GO_END = re.compile(r"\{\{-?[ \t]*end[ \t]*-?\}\}")
# A Markdown fence around the whole block, as a post on writing Markdown shows one.
_FENCED = re.compile(r"(`{3,}|~{3,})[ \t]*[\w+#.-]*[ \t]*\n(.*)\n[ \t]*\1[ \t]*", re.S)
# A Hugo shortcode's opening and closing lines around what it is given, maybe escaped for its
# documentation (`{{</* echarts */>}}` over YAML, `{{</* /echarts */>}}` under it).
_SHORTCODE_AROUND = re.compile(
    r"\{\{([<%])(?:/\*)?[ \t]*([\w-]+)\b[^\n]*\}\}[ \t]*\n(.*)\n[ \t]*"
    r"\{\{\1(?:/\*)?[ \t]*/\2[ \t]*(?:\*/)?[>%]\}\}",
    re.S,
)
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[^\n]*\n){1,40}?)---[ \t]*(?:\n|\Z)")
_TEMPLATED_PROMPT = re.compile(r"\{\{ ?[\w.]+ ?\}\}[\w/.-]*[$#] \S")
_STRICT_MODE = re.compile(r"([\"'])use strict\1;?")
# A class as its library's reference heads its page, by its dotted name, its signature after it (as
# Python's docs print it: a callable's signature is Python's, tests/test_detect_round112.py).
_REFERENCE_CLASS = re.compile(
    r"(?:[ \t]*#[^\n]*\n)*[ \t]*(?i:class)[ \t]+[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:[ \t]*\((?:[^()]|\([^()]*\))*\))?[ \t]*"
)
_FLOW_PRAGMA = re.compile(r"/\*[ \t]*@flow\b[^*\n]*\*/|//[ \t]*@flow\b[^\n]*")
_HTML_PIECE = re.compile(
    r"<[a-z][a-z0-9]*(?:\s+[a-z][\w-]*(?:=\"[^\"\n]*\")?)*+\s*/?>?|(?:(?:class|id|src|href|alt|width|height|style|rel|placeholder|(?:data|aria)-[\w-]+)"
    r"=\"[^\"\n]*\"[ \t]*(?:\n[ \t]*|$))+"
)
# A snippet included by MkDocs (pymdownx.snippets), `--8<-- "files/init.sql"`: the block shows
# that file, so it is in the file's language.
_SNIPPET_INCLUDE = re.compile(r"[ \t]*-{2}8<-{2}[ \t]+([\"']?)[^\s\"']+\.(\w+)(?::[\w:-]+)?\1[ \t]*")
_LANGUAGE_OF_SUFFIX = {
    "sql": "postgresql",
    "py": "python",
    "sh": "bash",
    "json": "json",
    "yaml": "yaml",
    "yml": "yaml",
    "html": "html",
    "js": "javascript",
    "ini": "ini",
    "cfg": "ini",
    "conf": "ini",
    "c": "c",
    "diff": "diff",
}


def included_language(code):
    """The language of the files a block only includes, if they are all of one."""
    languages = set()
    for line in filter(str.strip, code.splitlines()):
        if not (included := _SNIPPET_INCLUDE.fullmatch(line)):
            return None  # asked of every block: the first line that includes nothing ends it
        languages.add(_LANGUAGE_OF_SUFFIX.get(included.group(2).lower()))
    return languages.pop() if len(languages) == 1 else None


# The licence CSDN appends to what is copied from it: a ruler, `版权声明：...`, `原文链接：...`.
_REPOST_FOOTER = re.compile(r"\n[ \t]*[—-]{8,}[ \t]*\n[ \t]*版权声明[：:]")
_INJECTED_QUOTE = re.compile(r"'[ \t]*(?i:or|and)\b")
_INJECTED_UNION = re.compile(r"[ \t]*-?\d+[ \t]+(?i:union)[ \t]+(?:(?i:all)[ \t]+)?(?i:select)\b")
# A Server-Sent Events stream's fields (`event: token`, `data: {...}`, `id: 3`, `retry: 3000`); a jar's
# manifest, opened by its version.
_EVENT_STREAM_FIELD = re.compile(r"(?:event|data|id|retry):[ \t]?[^\n]*")
_EVENT_STREAM_DATA = re.compile(r"^(?:event|data):", re.M)  # (an `id:` alone is anyone's key)
_JAR_MANIFEST = re.compile(r"\s*Manifest-Version:[ \t]*\d")
# An exercise's example opened by a note that names its input, a note naming its output under it
# with the value given (on its line or the next): no code's notes over the statements they explain.
_EXAMPLE_INPUT = re.compile(r"\s*//[ \t]*(?:输入|(?i:input))[ \t]*[:：]?")
_EXAMPLE_OUTPUT = re.compile(
    r"^[ \t]*//[ \t]*(?:输出|(?i:output))[ \t]*[:：]?[ \t]*(?:\n[ \t]*)?"
    r"(?:-?\d[\d.]*|true|false|null|\"[^\"\n]*\"|\[[^\n]*\])[ \t]*$",
    re.M,
)
# One statement in brackets, as prose quotes it, maybe with brackets of its own inside.
_BRACKETED_STATEMENT = re.compile(
    r"\(\s*((?i:select|insert|update|delete)\b[^()]*(?:\([^()]*\)[^()]*)*)\)\s*;?"
)
# A line marked added, `+import x`, `+ std/locks,` (not `++`, `+=`, `+1`), or removed once one is added.
_ADDED_LINE = re.compile(r"^\+(?![-+=\d])(?=[ \t]*\S)", re.M)
_CHANGED_LINE = re.compile(r"^[+-](?![-+=>\d])(?=[ \t]*\S)", re.M)
_MARKED_LANGUAGES = frozenset(
    ("javascript", "python", "c", "cpp", "json", "html", "html+django", "ini", "yaml")
)


def _without_change_marks(code):
    """The code with its `+` and `-` marks blanked, where some line is marked added and most are
    not marked at all (a post's change shown in place); None otherwise."""
    marked = [line[1:] for line in code.splitlines() if _CHANGED_LINE.match(line)]
    if (
        not marked  # (`+>` is marked added but never blanked: the same code read again, without end)
        or not _ADDED_LINE.search(code)
        or 2 * len(marked) > len([line for line in code.splitlines() if line.strip()])
        or not all(map(_CHANGED_CODE.match, marked))
        or _PLUS_NAMED_KEY.search(code)
    ):
        return None
    return _CHANGED_LINE.sub(" ", code)


# digdag's tasks, YAML's keys named with `+` over their unmarked settings (`+load:` over `  td>: q.sql`):
# an added key's settings would be marked added too.
_PLUS_NAMED_KEY = re.compile(r"^\+[\w.-]+:[ \t]*\n[ \t]+[\w>.-]+:", re.M)


# What a changed line holds: a statement's start, a key, a tag, a closing bracket, a test, a note (not JavaScript's
# unary plus, `+obj // 42`, `+"1";`, nor a list's `+ Kubernetes (infrastructure)`, nor pwntools'
# payload continued a pack a line, `+p64(rdi)`).
_CHANGED_CODE = re.compile(
    r"[ \t]*(?:(?!p(?:8|16|32|64)\()[A-Za-z_$][\w$.]*\*?(?:[(=:.,/\[]|\+\+;|[ \t]+[A-Za-z_$<{\[\"'`]|[ \t]+=[ \t]|[ \t]*$)|"
    r"(?:if|for|while|switch|catch)[ \t]+\(|\.{1,3}[A-Za-z_$][\w$]*[(,]|//|"  # a test or a loop, a method chained, a spread, a note
    r"[\"'][\w-]+[\"'][ \t]*:|<[A-Za-z/!]|[{}\])]|#include|@)"
)  # (a name assigned spaced, `content = loader(content);`)


_JUDGED = re.compile(r"^[ \t]*[×○✗✘✓✔❌⭕][ \t]+(?=\S)", re.M)


# An injection's payload in a URL's parameter: its value, the quote and brackets it closes, then the
# tail it appends to the page's query (`union select ...`, `order by 3`), commented off by `--+`.
_URL_PAYLOAD = re.compile(
    r"[ \t]*\d*[ \t]*\?[ \t]*\w+[ \t]*=[ \t]*-?\w*['\"]?\)*[ \t]*(?P<tail>(?i:union|order[ \t]+by)\b.*)"
)
# Beside them: a note in Chinese, an `or`, the parameter given a bare value to try (`?id=3")--+`).
_WRITERS_LINE = re.compile(r"[^\n]*[\u3000-\u9fff\uff00-\uffef]|[ \t]*or[ \t]*$|[ \t]*\?\w+=\S*[ \t]*$")
_PROBE = re.compile(r"\b\w+\(\)")  # MySQL's probes, `database()`, `user()` (a word PostgreSQL reserves)


def _payloads_in_a_url(lines):
    """Payloads given a page's parameter, each appending SQL that parses after a query's condition,
    maybe among the writer's notes on them."""
    tails = [payload.group("tail").split("--")[0] for payload in map(_URL_PAYLOAD.match, lines) if payload]
    return (
        bool(tails)
        and all(_URL_PAYLOAD.match(line) or _WRITERS_LINE.match(line) for line in lines)
        and all(parses_as_sql(f"SELECT 1 FROM t WHERE a = 1 {_PROBE.sub('1', tail)}") for tail in tails)
    )


def _sql_commented_out(lines):
    """Comments alone, MySQL's two kinds: a `--` note, and statements left out by a `#` (a shell's
    comment never sits beside a `--` one)."""
    lines = [line.strip() for line in lines if line.strip()]
    hashed = [line.lstrip("#") for line in lines if line.startswith("#")]
    return (
        bool(hashed)
        and len(hashed) < len(lines)
        and all(line.startswith(("#", "-- ")) for line in lines)
        and all(SQL_START.match(line) for line in hashed)
    )


def answer(block):
    """The answer for a short form known whole (a bare prompt, front matter, an included file,
    another server's own statements), or for the block read again rewritten (framed, quoted,
    marked `[in]`, under notes, under a heading); None to go on."""
    code = block.code
    if (page := _HTML_DOCUMENT.match(code)) and not _TEMPLATE_TAG.search(
        code, code.find(">", page.end()) + 1
    ):
        return "html"  # a page from its doctype, no template's tags in it: read no further
    if (
        (caption := _PAGE_CAPTION.match(code))
        and (page := code[caption.end() :]).strip()
        and (template := block.read(page)) in ("html", "html+django")
    ):
        return template
    if (
        _EVENT_STREAM_DATA.search(code) and all(map(_EVENT_STREAM_FIELD.fullmatch, block.written))
    ) or _JAR_MANIFEST.match(code):
        return "text"  # Server-Sent Events' `event: token` over `data: {...}`; a jar's MANIFEST.MF: formats of their own
    if looks_like_php_dump(block.written):
        return "text"  # `array (size=10)` over `'status' => int 0`: what PHP's var_dump printed
    if _EXAMPLE_INPUT.match(code) and _EXAMPLE_OUTPUT.search(code):
        return "text"  # `// 输入：n = 10` over `// 输出：12`: an exercise's example, its notes in a language's marks
    if _TABLE_RULER.search(code) and all("|" in line for line in block.written):
        return "text"  # a Markdown table, `| -- |:---:|` under its header: no SQL's `--` comment
    # `× SELECT ... = 10;` over `○ SELECT ... = '10';`: the writer's marks of wrong and right, read without them
    if all(map(_JUDGED.match, block.written)) and (judged := block.read(_JUDGED.sub("", code))) != "text":
        return judged
    if _payloads_in_a_url(block.written):
        return "postgresql"  # `?id=-1' union select 1,database(),3--+`: a statement's tail given to a page's query
    if _sql_commented_out(block.written):
        return "postgresql"  # `#grant all ... to u@'%'` over a `--` note: MySQL's comments alone, one a statement
    if _BARE_PROMPT.fullmatch(code.strip()):
        return "console"  # `$` or `nelle@localhost $` alone: the shell waiting for a command
    if all(_TEMPLATED_PROMPT.match(line) for line in code.splitlines() if line.strip()):
        return "console"  # `{{ cookiecutter.project_name }}$ sam build`: a project template's prompt, its folder to come
    if (front := _FRONT_MATTER.match(code.lstrip())) and looks_like_yaml(front.group(1)):
        page = code.lstrip()[front.end() :]
        if page.strip() and (template := block.read(page)) in ("html", "html+django"):
            return template  # a Jekyll layout, `layout: default` over its HTML and Liquid: the page
        return "yaml"  # a file's front matter, `---` over `name:` and `description:`, over its text
    if (
        "{{" in code
        and _GO_END.search(code)
        and "{{" not in (made := _GO_ACTION_LINE.sub("", code))
        and made.strip()
    ):
        return block.read(made)  # a template's file under Go's actions a line each: the file's language
    if (shortcode := _SHORTCODE_AROUND.fullmatch(code.strip())) and shortcode.group(3).strip():
        return block.read(shortcode.group(3))  # what a Hugo shortcode is given: its language
    if (fenced := _FENCED.fullmatch(code.strip())) and fenced.group(2).strip():
        return block.read(fenced.group(2))  # a fence written out in the block: what it holds
    if _INJECTED_UNION.match(code) and (statements := block.read(f"SELECT {code.strip()}")) in SQL_FAMILY:
        return statements  # `-1 UNION SELECT ...`: an injection's payload, the query's tail it closes
    payloads = [line.strip() for line in block.written]
    if (
        payloads
        and all(map(_INJECTED_QUOTE.match, payloads))
        and all(parses_as_sql(f"SELECT 1 FROM t WHERE a = '{payload}'") for payload in payloads)
    ):
        return "postgresql"  # `'or '1'='1`: injections' payloads, each closing the string it is put in
    if (bracketed := _BRACKETED_STATEMENT.fullmatch(code.strip())) and (
        statements := block.read(bracketed.group(1))
    ) in SQL_FAMILY:
        return statements  # `(select * from t where ... for update)`: a statement prose quotes in brackets
    if (
        _HTML_PIECE.fullmatch(code.strip())
        and not _TEMPLATE_TAG.search(code)
        and not looks_like_injection(code)
    ):
        return "html"  # `<img` begun (its attributes after it, maybe a line each), or its attributes alone: HTML in pieces
    if _REFERENCE_CLASS.fullmatch(code.strip()):
        return "python"  # `CLASS torch.utils.data.DataLoader(batch_size=1, ...)`: Python's docs' signature
    if _FLOW_PRAGMA.fullmatch(code.strip()):
        return "javascript"  # `/*@flow*/` alone: Flow's mark atop a JavaScript file, no SQL's comment
    if _STRICT_MODE.fullmatch(code.strip()):
        return "javascript"  # `"use strict";` alone: JavaScript's directive, no SQL's string
    if included := included_language(code):
        return included
    if framed := framed_body(code):
        return block.read(framed)  # a ruler over and under the block: its frame, no text
    unnoted, notes = without_notes_after_sql_lines(code)
    if notes and unnoted.strip() and (statements := block.read(unnoted)) in SQL_FAMILY:
        return statements  # `x INTEGER // 4 Bytes` a line: a cheat sheet's notes in another language's marks
    if (
        (commented := _LEADING_BLOCK_COMMENTS.match(code))
        and (rest := code[commented.end() :]).strip()
        and _SQL_LINE.search(rest)  # (no statement opens a line: no schema to read again, at its cost)
        and (statements := block.read(rest)) in SQL_FAMILY
    ):
        return statements  # a license in `/* ... */` over a schema: SQL, not C's way of opening a file
    if (unmarked := _without_change_marks(code)) and block.read(unmarked) in _MARKED_LANGUAGES:
        return "diff"  # code with its added lines marked `+` (and removed ones `-`), no diff's headers
    if (footer := _REPOST_FOOTER.search(code)) and code[: footer.start()].strip():
        # a post copied from CSDN, its licence pasted under the code
        return block.read(code[: footer.start()])
    if plain := without_bold_lines(code):  # `**pull_policy = "x"**`: Markdown's bold kept in the fence
        return block.read(plain)
    if (unmarked := without_highlight_marks(code)) != code and unmarked.strip():
        return block.read(
            unmarked
        )  # `# highlight-next-line` over a line: Docusaurus's mark, no code's comment
    if _QUOTED_PROMPT.match(code):  # `> mysql> CREATE TABLE ...`: a quote's mark before the first prompt
        return block.read(code[2:])
    # Marks taken off only where a statement follows one: a test run's `✔ Cest: ...` lines mark
    # none, and the block is not read twice for them.
    marked = code
    if any(SQL_START.match(code[mark.end() :]) for mark in _IN_OUT_MARK.finditer(code)):
        marked = _IN_OUT_MARK.sub("", code)
    if _MARGIN.fullmatch(code):
        marked = _MARGIN_MARK.sub("", code)  # `* CREATE TABLE ...` on each line: a comment's margin
    if marked != code and marked.strip() and (statements := block.read(marked)) in SQL_FAMILY:
        return statements  # `[in] select ...` over `[out] select ...`: a rewrite shown
    return None
