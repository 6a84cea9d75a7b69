"""Detection's first stage: short forms known whole, and the block read again rewritten."""

import re
import textwrap

from .data_signs import looks_like_json, looks_like_json_with_asides
from .detect_block import ASIDE_LINES, SQL_FAMILY
from .dump_signs import looks_like_php_dump
from .ini_signs import INI_SECTION, looks_like_ini
from .ipython_signs import (
    CELL_MAGIC,
    cells_headed_by_their_numbers,
    ipython_lines_over_output,
    looks_like_ipython_lines,
    python_shell_then_inputs,
)
from .javascript_signs import JS_CLASS_OR_FUNCTION
from .other_servers_sql import sql_server_batches, sql_server_statements
from .python_parse import python_tree
from .shell_signs import SHELL_WORDS
from .signature_signs import parses_as_sql
from .signs import ELIDED_IN_WORDS, WIDE
from .sql_fragments import STRONG_SQL_LINE
from .sql_signs import SQL_START
from .text_signs import is_crontab, looks_like_injection
from .writer_notes import (
    framed_body,
    without_bold_lines,
    without_highlight_marks,
    without_leading_hash_lines,
    without_notes_after_sql_lines,
)
from .yaml_signs import looks_like_yaml, looks_like_yaml_then_a_command

# `    Name  tail`: a key and its value set apart by spaces alone (Fluent Bit's files), no ini.
# A line naming what follows: a file's name alone, an HTTP request; and what may follow it.
_HEADING_LINE = re.compile(
    r"\s*(?:(?:~?/|\.{1,2}/)?(?:[\w.-]+/)*[\w.-]+\.(?:conf|json|ya?ml|ini|toml|cfg|env)|(?:GET|POST|PUT|PATCH|DELETE) /\S*|"
    r"(?!(?:def|class|if|elif|else|for|while|with|try|except|async|match|case)\b)[^\W\d](?=[\w/.,'-]*+ )[\w/.,' -]*+:|"
    r"[A-Z][a-z]+:|"
    r"[A-Z][\w.-]*(?: [\w.-]+){0,2} (?:config(?:uration)? )?file|"  # `NexT config file`: which file it is
    r"\S[^\n]*\n[ \t]*(?:-{4,}|={3,}))"  # a caption over a ruler (not YAML's `---`): `config.yml` over `----`
    r"[ \t]*\n"  # or a phrase introducing it: `What pgtune suggests:`
)
# A statement opening a line: `BEGIN;` too (not a key named so, `where: {`, a query builder's object).
_SQL_LINE = re.compile(SQL_START.pattern + r"(?![ \t]*:)", re.I | re.M)
_LEADING_BLOCK_COMMENTS = re.compile(r"\s*(?:/\*.*?\*/\s*)+", re.S)  # `/* Copyright ... */`, banners
# A mark before a line's SQL: a step's number in brackets, the order a SELECT's clauses run in
# (`(5)SELECT`), or a word in another alphabet and a colon (`语法：SELECT`, what the form is).
_STEP_MARK = re.compile(
    r"^([ \t]*)(?:\(\d{1,2}\)|(?i:step)[ \t]*\d{1,2}>|[^\x00-\x7f\s：:]{1,6}[：:]|SQL(?=[ \t]))[ \t]*(?=[A-Za-z])",
    re.M,
)  # ... or the language's own name, `SQL insert into ...`
# A note giving what the line above it gives: `# 结果：5`, `# result: 4`.
_RESULT_NOTE = re.compile(
    r"^[ \t]*#[ \t]*(?:结果|返回|输出|(?i:results?|returns?|output))[ \t]*[:：][^\n]*$\n?", re.M
)
# A mark before a statement's opening, at least once (`(5)SELECT`), not marks over captions alone.
_MARKED_SQL_LINE = re.compile(_STEP_MARK.pattern + SQL_START.pattern.removeprefix(r"^\s*"), re.M | re.I)
# An editor opened on a file, on the first line or under notes: `sudo vim /etc/app.yaml`, `vim
# $ES_HOME/config/x.yml`, `# 修改要管理的机器` over `vim /etc/ansible/hosts`.
_EDITOR_OPENED = re.compile(
    r"(?:[ \t]*#[^\n]*\n)*[ \t]*(?:sudo[ \t]+)?(?:vim?|nvim|nano|emacs|gedit)[ \t]+[\w~/.\\${} -]+?[ \t]*\n"
)
# Captions in Chinese over a file or under it, no code's marks in them (`PHP composer安装依赖项`), and how such
# a file opens: YAML's `---` or a key (not a list's item: a caption over a list is prose), an ini
# section, a JSON object.
_CAPTION_LINE = re.compile(r"[ \t]*(?=[^\n]*[\u4e00-\u9fff])[^\n:=#{}()<>|\[\]]+[:：]?")  # `请求体:` too
_CAPTIONS_ON_TOP = re.compile(rf"\A(?:{_CAPTION_LINE.pattern}\n)+")
_DOCUMENT_OPENING = re.compile(
    r"[ \t]*(?:---[ \t]*\n|[A-Za-z_][\w.-]*:[ \t\n]|\[[\w .-]+\][ \t]*\n|\{[ \t]*(?:\n|\"))"
)
_CRONTAB_OPENED = re.compile(r"[ \t]*(?:sudo[ \t]+)?crontab[ \t]+(?:-u[ \t]+\w+[ \t]+)?-e[ \t]*\n")
_DOCUMENTS = frozenset(("json", "yaml", "ini"))
_EDITED_FILES = _DOCUMENTS | {"bash"}  # what an editor is opened on: a document, or the shell's file


def _without_captions_below(code):
    """The code above the captions that close it (blank lines aside), or None when none does."""
    lines = code.rstrip().splitlines()
    kept = len(lines)
    while kept and (_CAPTION_LINE.fullmatch(lines[kept - 1]) or not lines[kept - 1].strip()):
        kept -= 1
    return "\n".join(lines[:kept]) + "\n" if 0 < kept < len(lines) else None


# SQL Server's variable declared, `DECLARE @since date`; psql's statement after its `# ` prompt.
_TSQL_VARIABLE = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:USE\s+\[?\w+\]?\s*;?[ \t]*\n\s*)?DECLARE\s+@\w+\s+(?:AS\s+)?[A-Za-z]\w*", re.I
)  # under notes or the database chosen, `declare @x as nvarchar(1000)` too
# A routine created SQL Server's way: `CREATE OR ALTER`, or its parameters named with `@`.
_TSQL_ROUTINE = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*CREATE\s+(?:OR\s+ALTER\s+(?:FUNCTION|PROC(?:EDURE)?|VIEW|TRIGGER)\b|"
    r"(?:FUNCTION|PROC(?:EDURE)?)\s+[\w.\[\]]+\s*\(?\s*@\w+\s+[A-Za-z])",
    re.I,
)
# A statement put out of use by `#` (not a caption that introduces what follows: `# Execute the following:`).
_HASHED_STATEMENT = re.compile(
    r"^[ \t]*#[ \t]*" + SQL_START.pattern.removeprefix(r"^\s*") + r"(?![^\n]*:[ \t]*$)", re.M | re.I
)
# A document handed to a command, `<<EOF` ending a line (or before where the output goes: `> file`,
# `| psql`); group 1 is the word that closes it. (`x << 3` shifts; `<<<<<<< HEAD` marks a merge's conflict)
_MYSQL_LOAD_DATA = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*LOAD\s+DATA\s+(?:LOCAL\s+)?INFILE\s+(?:'|\w+\s+INTO\s+TABLE\b)", re.I
)  # its file named, or a name to fill in: `load data local infile file_path into table t`
# MySQL's partitions, the tail of its CREATE TABLE: `PARTITION BY RANGE (c) (PARTITION p0 VALUES
# LESS THAN (100), ...)`, which PostgreSQL writes otherwise (its names maybe the reader's, in Chinese).
_MYSQL_PARTITIONS = re.compile(
    r"\s*partition[ \t]+by[ \t]+(?:range|list|hash|key)(?:[ \t]+columns)?[ \t]*\([^()\n]*\)[ \t]*\(?\s*"
    r"partition[ \t]+\S+[ \t]+values[ \t]+(?:less[ \t]+than|in)\b",
    re.I,
)
# Databricks' and Delta Lake's own statements, in capitals: `OPTIMIZE t ZORDER BY (c)`, `APPLY
# CHANGES INTO live.t FROM ...`, `RESTORE t TO VERSION AS OF 3`, `SHOW GRANTS ON t`.
_LAKEHOUSE_STATEMENT = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:OPTIMIZE\s+[\w.`]+\s*(?:;|$|\s+(?:WHERE|ZORDER\s+BY)\b)|"
    r"APPLY\s+CHANGES\s+INTO\s+[\w.`]+\s+FROM\b|RESTORE\s+(?:TABLE\s+)?[\w.`]+\s+TO\s+(?:TIMESTAMP|VERSION)\b|"
    r"SHOW\s+GRANTS\s+(?:ON\s+)?[\w.`]+\s*;?\s*$|CONVERT\s+TO\s+DELTA\s)"
)
# SQL Server's own variables a script reads, `IF @@rowcount < 1000 BREAK;` (none of them printed alone).
_SERVER_VARIABLE = re.compile(
    r"\b(?:IF|WHILE|AND|OR|SET\s+@\w+\s*=)\s*@@(?i:rowcount|error|trancount|fetch_status)\b", re.I
)
# A transaction's synopsis: `BEGIN` over the reader's `<queries>` over `COMMIT | ROLLBACK`.
_TRANSACTION_SYNOPSIS = re.compile(
    r"\s*BEGIN(?:\s+TRANSACTION)?;?[ \t]*\n(?:[ \t]*(?:<[^<>\n]+>|\.\.\.)[ \t]*;?[ \t]*\n)+"
    r"[ \t]*(?:COMMIT|ROLLBACK|END)(?:[ \t]*\|[ \t]*(?:COMMIT|ROLLBACK))*;?\s*",
    re.I,
)
_FROM_A_FILE = re.compile(r"(?i:from)\s+'[^'\n]+\.(?:json|csv|parquet|tsv)'\s*;?")
# Queries a line each in brackets, a set operation between them: `(SELECT ... FROM ...)` over `UNION`.
_BRACKETED_QUERY = r"[ \t]*\([ \t]*(SELECT\b[^\n]*?)[ \t]*\)[ \t]*;?[ \t]*"
_PARENTHESISED_SELECT = re.compile(f"^{_BRACKETED_QUERY}$", re.M | re.I)
_SET_OPERATION_LINES = re.compile(
    f"(?:{_BRACKETED_QUERY}\\n\\s*(?:UNION|INTERSECT|EXCEPT)(?:[ \\t]+ALL)?[ \\t]*\\n\\s*)+{_BRACKETED_QUERY}",
    re.I,
)
_WINDOW_CALL = re.compile(
    r"\s*(?:\w+|<[^<>\n]+>)\s*\([^()\n]*\)\s+OVER\s*(?:\(\s*\[?\s*(?:PARTITION|ORDER)\s+BY\b|\(\s*\w+\s*\)|\w+\s*;?\s*$)",
    re.I,
)  # or its window named, `OVER (window_spec)`, `OVER w`; the function a placeholder, `<функция>() OVER (`
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
# A script's inline metadata (PEP 723), or Python's tools' directives alone (`# pyright: strict`):
# comments only, but the top of a Python file.
_SCRIPT_METADATA = re.compile(r"^# /// script[ \t]*$", re.M)
_TOOL_DIRECTIVE = r"#[ \t]*(?:pyright|mypy|pylint|type|fmt|ruff)[ \t]*:[^\n]*"
_TOOL_DIRECTIVES = re.compile(f"{_TOOL_DIRECTIVE}(?:\n+{_TOOL_DIRECTIVE})*")
# IPython's prompts, numbered or not (`In : Drink.objects.count()` over `Out: 8`), the first of a
# block under its notes: python (rule 7).
_IPYTHON_IN = re.compile(r"^In ?(?:\[\d*\])? ?: +\S", re.M)
_IPYTHON_OUT = re.compile(r"^Out ?(?:\[\d*\])? ?:", re.M)
_NUMBERED_OUT = re.compile(r"^Out ?\[\d+\] ?:", re.M)


def _input_over_ipython_output(code):
    """A call, then IPython's `Out[3]:` and what it showed: the cell's input copied without its `In [3]:`."""
    out = _NUMBERED_OUT.search(code)
    return bool(out) and bool(code[: out.start()].strip()) and python_tree(code[: out.start()]) is not None


# The cell magics that run their body in another language (None: the body tells, `%%sql`).
_CELL_LANGUAGES = {"sql": None, "bash": "bash", "sh": "bash", "html": "html", "javascript": "javascript"}
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


def _included_language(code):
    """The language of the files a block only includes, if they are all of one."""
    languages = set()
    for line in filter(str.strip, code.splitlines()):
        if not (included := _SNIPPET_INCLUDE.fullmatch(line)):
            return None  # asked of every block: the first line that includes nothing ends it
        languages.add(_LANGUAGE_OF_SUFFIX.get(included.group(2).lower()))
    return languages.pop() if len(languages) == 1 else None


def _may_be_a_document(code):
    """Whether detection could answer json, yaml or ini for the block: asked first, as it is
    cheap, before a heading's rest is read whole."""
    code = textwrap.dedent(code)
    first = next(line for line in code.splitlines() if line.strip())
    return bool(
        looks_like_json(code)
        or looks_like_json_with_asides(code)
        or looks_like_yaml(code)
        or looks_like_ini(code)
        or INI_SECTION.match(first)
        or _included_language(code)
        or looks_like_yaml_then_a_command(code.splitlines())
    )


_ELISION = (
    rf"[ \t]*(?:\[(?:\.{{3}}|…)\]|\.{{3,}}|…|{ELIDED_IN_WORDS})[ \t]*"  # what a post left out: `[...]`, `...`
)
_ELISION_LINE = re.compile(rf"^{_ELISION}(?:\n|\Z)", re.M)
# What elided code must hold to be read again: a statement's strong start or a PL/pgSQL body's word opening a line,
# psql's prompt (a name before it: no build's `==> app`), a plan's arrow before its node (a pandas index printed, `...` between its rows, or a GC log's
# `from space 512K` lines, is read once).
_MAY_HOLD_SQL = re.compile(
    rf"{STRONG_SQL_LINE.pattern}|^[ \t]*(?:IF|ELSE|ELSIF|ELSEIF|LOOP|WHILE|FOR|CASE|RETURN|RAISE|PERFORM|END|DECLARE)\b|\w=[#>]|->[ \t]+[A-Z]",
    re.I | re.M,
)
_C_FOR = re.compile(r"^[ \t]*for[ \t]*\(", re.M)
_TRAILING_ELISIONS = re.compile(rf"(?:\n{_ELISION})+\s*\Z")
# The licence CSDN appends to what is copied from it: a ruler, `版权声明：...`, `原文链接：...`.
_REPOST_FOOTER = re.compile(r"\n[ \t]*[—-]{8,}[ \t]*\n[ \t]*版权声明[：:]")
# A writer's gloss on a line of its own, a sentence in another alphabet (`如果expr1为null，返回expr2`:
# no bracket, comma, quote nor column of code's), or a mark that two forms are the same (`<==>`,
# `<=等价于=>`); a statement, or a function's synopsis in capitals (`IFNULL(expr1,expr2)`, `CASE ...`), left.
_GLOSS_LINE = re.compile(
    rf"^[ \t]*(?:[{WIDE}](?=[^\n]*[{WIDE}])[^\n()\[\]{{}};,'\"`|+]*|[{WIDE}]|<?=+>?(?:[{WIDE}]+<?=+>?)?)[ \t]*(?:\n|\Z)",
    re.M,
)
_HTML_NOTE = re.compile(r"[ \t]*<!--.*?-->", re.S)  # a note in HTML's comment, over lines too
_GLUED_PLACEHOLDER = re.compile(r"^([ \t]*(?i:select|insert|update|delete))(?=[\u4e00-\u9fff])", re.M)
_CAPITAL_CALL = re.compile(r"^[ \t]*(?:[A-Z][A-Z_]+ ?\((?:[\w \t,\[\].|*<>]*)\)[ \t]*;?[ \t]*$|CASE\b)", re.M)


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
    ):
        return None
    return _CHANGED_LINE.sub(" ", code)


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
    if included := _included_language(code):
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
    if (
        _MARKED_SQL_LINE.search(code)  # (so the marks taken off change the block)
        and (statements := block.read(_STEP_MARK.sub(r"\1", code))) in SQL_FAMILY
    ):
        return statements  # `(5)SELECT ...` over `(1)FROM ...`, `语法：SELECT ...`, `step 1> UPDATE ...`: the writer's marks before SQL
    if (
        _RESULT_NOTE.search(code)
        and (shown := _RESULT_NOTE.sub("", code)).strip()
        and (statements := block.read(shown)) in SQL_FAMILY
    ):
        return statements  # `COUNT(*)` over `# 结果：5`: what it gives, noted (rule 8's, in `#`)
    # Other servers' own statements PostgreSQL's parser refuses: MySQL's `LOAD DATA INFILE` and partitions, DuckDB's
    # `from 'x.json'`, Databricks'; a transaction's synopsis; SQL Server's `IF @@rowcount ...` by a statement.
    if (
        _MYSQL_LOAD_DATA.match(code)
        or _MYSQL_PARTITIONS.match(code)
        or _FROM_A_FILE.fullmatch(code.strip())
        or _LAKEHOUSE_STATEMENT.match(code)
        or _TRANSACTION_SYNOPSIS.fullmatch(code)
        or _SERVER_VARIABLE.search(code)
        and STRONG_SQL_LINE.search(code)
    ):
        return "postgresql"
    if _SET_OPERATION_LINES.fullmatch(code.strip()):
        return block.read(_PARENTHESISED_SELECT.sub(r"\1", code))  # `(SELECT ... FROM ...)` over `UNION`
    if _WINDOW_CALL.match(code):
        return "postgresql"  # `function() OVER ([PARTITION BY c] [ORDER BY c])`: a window function's synopsis
    if _TSQL_VARIABLE.match(code) or _TSQL_ROUTINE.match(code):
        return "postgresql"  # SQL Server's variable declared first, `DECLARE @since date = ...`: its statements follow
    if sql_server_statements(code):
        return "postgresql"  # SQL Server's own statements, `EXEC sp_rename 'a', 'b';`, and SQL beside them
    if (batches := sql_server_batches(code)) and all(block.read(batch) in SQL_FAMILY for batch in batches):
        return "postgresql"  # SQL Server's batches, `GO` under each: its statements are what is read
    if (unmarked := _without_change_marks(code)) and block.read(unmarked) in _MARKED_LANGUAGES:
        return "diff"  # code with its added lines marked `+` (and removed ones `-`), no diff's headers
    elided = _ELISION_LINE.sub("", code) if _ELISION_LINE.search(_TRAILING_ELISIONS.sub("", code)) else code
    if (
        elided != code
        and _MAY_HOLD_SQL.search(elided)
        and not JS_CLASS_OR_FUNCTION.search(elided)  # `this.x`, `constructor(`: a script's, never SQL's
        and not _C_FOR.search(
            elided
        )  # `for (i = 8; ...)`: C's loop, where `for` opened a line (PL/pgSQL's takes no bracket)
        and (statements := block.read(elided)) in SQL_FAMILY
    ):
        return (
            statements  # `[...]` over `UPDATE orders`: what a post left out (one at the end is read as it is)
        )
    if (
        _GLUED_PLACEHOLDER.search(code)
        and (statements := block.read(_GLUED_PLACEHOLDER.sub(r"\1 ", code))) in SQL_FAMILY
    ):
        return (
            statements  # `select语句 into outfile '...'`: SQL's verb, its statement named in Chinese after it
        )
    if (
        "<!--" in code
        and (unnoted := _HTML_NOTE.sub("", code)) != code
        and STRONG_SQL_LINE.search(unnoted)
        and (statements := block.read(unnoted)) in SQL_FAMILY
    ):
        # `show databases;  <!--注意有个S-->`: the writer's notes in HTML's comments, the SQL read without them
        return statements
    glossed = _GLOSS_LINE.sub("", code) if _GLOSS_LINE.search(code) else code
    if (
        glossed != code
        and glossed.strip()
        and not code.lstrip().startswith("<")  # (a page's tags, `select 标签` in its comment: no SQL's gloss)
        # (a script's notes in another alphabet: read once)
        and (STRONG_SQL_LINE.search(glossed) or _CAPITAL_CALL.search(glossed) or SQL_START.match(glossed))
        and (statements := block.read(glossed)) in SQL_FAMILY
    ):
        return statements  # `IFNULL(expr1,expr2)` over its gloss, `<==>` between two statements: the SQL
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
    if cell := CELL_MAGIC.match(code):  # a notebook cell's magic over its body
        language = _CELL_LANGUAGES.get(cell.group(1), "python")  # `%%capture`, `%%time`: Python's
        body = code[cell.end() :]
        return block.read(body) if language is None and body.strip() else language or "python"
    if (
        looks_like_ipython_lines(code)
        or ipython_lines_over_output(code)
        or (_IPYTHON_OUT.search(code) and _IPYTHON_IN.match(without_leading_hash_lines(code)))
        or _input_over_ipython_output(code)
        or _SCRIPT_METADATA.search(code)
        or _TOOL_DIRECTIVES.fullmatch(code.strip())
        or python_shell_then_inputs(code)
        or cells_headed_by_their_numbers(code)
    ):
        return "python"
    noted = (
        ASIDE_LINES.match(code) and not _HASHED_STATEMENT.search(code) and ASIDE_LINES.sub("", code).lstrip()
    )
    session = noted and SQL_START.match(noted) and block.read(noted)
    if session in ("psql", "postgres-explain", "postgresql"):
        return session  # `# Session 1` over statements and their results; notes over statements (read once)
    heading = None if block.under_a_heading else _HEADING_LINE.match(code)
    if heading and code[heading.end() :].strip() and _may_be_a_document(code[heading.end() :]):
        rest = block.read(code[heading.end() :], under_a_heading=True)
        if rest in _DOCUMENTS:
            return rest  # `powa-collector.conf`, its path or `POST /api/posts/` over the document
    opened = _EDITOR_OPENED.match(code)
    if (
        opened
        and code[opened.end() :].strip()
        and (document := block.read(code[opened.end() :])) in _EDITED_FILES
    ):
        # `vi ~/.docker/daemon.json` over the file: what is typed into it (rule 4's file; a sysconfig
        # file's `NAME="value"` lines are the shell's, as a .env file's)
        return document
    if (
        (captions := _CAPTIONS_ON_TOP.match(code))
        and _DOCUMENT_OPENING.match(rest := code[captions.end() :])
        and (document := block.read(rest)) in _DOCUMENTS
    ):
        return document  # `判断jenkins是否运行失败` over a playbook: the writer's caption, then the file
    if (
        (rest := _without_captions_below(code)) is not None
        and _DOCUMENT_OPENING.match(rest)
        and (document := block.read(rest)) in _DOCUMENTS
    ):
        return document  # a file, then `这里移除 ...` under it: the writer's note on it
    if (crontab := _CRONTAB_OPENED.match(code)) and is_crontab(code[crontab.end() :].splitlines()):
        return "text"  # `crontab -e` over the schedule typed into it: a crontab's syntax, no label's (rule 4)
    if (
        all(_NUMBERED_LINE.match(line) for line in code.splitlines() if line.strip())
        and (";" in code or _numbered_statements(block.written))  # not clauses named in the order they run
        and (statements := block.read(_NUMBERED_LINE.sub("", code))) in SQL_FAMILY
    ):
        return statements  # `1. select user from user;` over `2. flush privileges;`: a list's numbers, each a statement's
    if (
        all(_NUMBERED_STEP.match(line) for line in code.splitlines() if line.strip())
        and (unnumbered := _NUMBERED_STEP.sub("", code))
        # a known program run: no re-read for nothing
        and any(map(SHELL_WORDS.match, unnumbered.splitlines()))
        and block.read(unnumbered) == "bash"
    ):
        return "bash"  # `1.export PATH=...` over `2.cd ~/ #note`: steps numbered, each a command
    return None


_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,3}[.)、][ \t]+(?=\S)", re.M)


def _numbered_statements(written):
    """Each line a statement whole after its number, written as SQL is (`1. update account set
    balance=balance-100 where id=1`): not `1. Update the file`, nor a clause's name, `2. FROM <t>`."""
    rests = [_NUMBERED_LINE.sub("", line) for line in written]
    return all(
        SQL_START.match(rest) and not rest.split(None, 1)[0].istitle() and len(rest.split()) >= 4
        for rest in rests
    )


_NUMBERED_STEP = re.compile(r"^[ \t]*\d{1,2}[.)、][ \t]*(?=[^\W\d])", re.M)  # the number glued on too: `1.cd`
