"""What YAML looks like, and what only looks like it: prose under `Label:` headers, lists of
points in words, Python's annotations, logs."""

import functools
import itertools
import re

import yaml

from .python_fragments import DEFINITION_HEADER
from .shell_signs import QUOTED
from .signs import ELIDED_IN_WORDS
from .yaml_prose import holds_words_not_data

# A key may be a doc's `<placeholder>`: `<upstream_model>:` over its fields.
YAML_LINE = re.compile(
    r"^\s*(?:-\s+)?(?:\.?[\w\"'][\w\"' ./@$*\\-]*(?:::?\w[\w-]*)*|\+\w[\w.-]*|[a-z][\w_]*>|:[a-z_]\w*|<<|<\w[\w-]*>|/(?!/)[\w{}.-]*(?:/[\w{}.-]*)*|[a-z][\w+.-]*://[\w./@{}~%*-]+):(?:\s|$)|^\s*-(?:\s|$)|^---\s*(?:#.*)?$|^\s*#|^\s*[?:](?:\s|$)"
)  # a route as a key too: OpenAPI's `/pets/{id}:` (not a `//file:` note), a URL, Sling's `file://a.csv:`; Puppet's Hiera keys, `profile::db::port:`; GitLab's `test:unit:`; PHP's classes, `App\Entity\User:`; digdag's tasks and operators, `+load:` over `td>:`; Ruby's symbols, Sidekiq's `:concurrency:`; a complex key's `? ` and its value's `: `


# Python's annotated assignment, `posts: list[Post] = fetch()`: a YAML value is no `x = y`.
ANNOTATED_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*:\s*[\w.\[\], |]+\s=\s\S")
# What a post leaves out of a manifest: `...`, `[...]`, `... snipped ...`, `（中略）`.
YAML_ELISION = re.compile(rf"^\s*(?:\.{{3,}}|…|\[\.\.\.\]|\.\.\. [\w ]+ \.\.\.|{ELIDED_IN_WORDS})\s*$")
LOG_LINE = re.compile(
    r"^\s*(?:ERROR|NOTICE|WARNING|DETAIL|HINT|LOG|FATAL|PANIC|INFO|DEBUG|STATEMENT|CONTEXT)\b"
    r"(?!:\s*(?:true|false|\d+)\s*$)"  # a setting of that name, `DEBUG: true`, is none
)
BLOCK_SCALAR = re.compile(
    r"^(\s*)(?:(?:-\s+)?[\w\"' ./-]+:|[-?:])\s*[|>][-+]?\d*\s*(?:#.*)?$"
)  # `- |` an item's, `? |` a key's
# A key with its value on the lines below: a mapping, or a plain scalar over several lines. One
# word, none of Python's (`else:`), and no heading of prose (`Application Options:`).
OPEN_KEY = re.compile(r"^(\s*)(?:-\s+)?(?!(?:else|try|finally|except)\s*:)[\w.-]+:\s*$")


def _indent(line):
    return len(line) - len(line.lstrip())


# A key given a quoted scalar its line does not close (`html: '<!DOCTYPE html>`), and its close.
_QUOTE_OPENED = re.compile(r"^\s*(?:-\s+)?[\w.-]+:[ \t]+(['\"])(?:(?!\1)[^\\]|\\.|\1\1)*$")
_CLOSING_QUOTE = {"'": re.compile(r"(?<!')'(?:'')*[ \t]*$"), '"': re.compile(r'(?<!\\)"[ \t]*$')}


def _without_block_scalars(code):
    """The lines of a YAML document without the text of its `key: |` scalars (scripts, HTML) or
    of its plain scalars that run over lines (a query under `sql:`)."""
    kept, inside, open_key, quote = [], None, None, None
    lines = code.splitlines()
    last_close = {}  # where a quote last closes a line, found once a scalar opens with it: it closes before
    for at, line in enumerate(lines):
        if quote is not None:  # a quoted scalar over lines, `html: '<!DOCTYPE html>` to its closing `'`
            if _CLOSING_QUOTE[quote].search(line):
                quote = None
            continue
        opened = _QUOTE_OPENED.match(line)
        if opened and opened.group(1) not in last_close:
            closing = _CLOSING_QUOTE[opened.group(1)]
            last_close[opened.group(1)] = max(
                (later for later, text in enumerate(lines) if closing.search(text)), default=-1
            )
        if opened and last_close[opened.group(1)] > at:
            quote = opened.group(1)
            kept.append(line[: opened.start(1)] + quote * 2)  # the key kept, its value read as given
            continue
        if inside is not None:
            if not line.strip() or _indent(line) > inside:
                continue
            inside = None
        if open_key is not None and line.strip() and _indent(line) > open_key:
            # a flow sequence or mapping opened under its key, `command:` over `[`, is no plain scalar
            flow = line.lstrip().startswith(("[", "{")) and not line.rstrip().endswith(":")
            if not flow and not YAML_LINE.match(line) and not YAML_ELISION.match(line):
                continue  # a plain scalar's line holds no `key: ` (YAML would read a mapping)
            open_key = None
        m = BLOCK_SCALAR.match(line)
        if m:
            inside = len(m.group(1))
        if line.strip():
            open_key = len(m.group(1)) if (m := OPEN_KEY.match(line)) else None
        kept.append(line)
    return kept


# One setting whose value only YAML writes so: a lower-case boolean or null, a number, a string.
YAML_SCALAR_SETTING = re.compile(
    r'^[\w-]+(?:\.[\w-]+)*:\s+(?:true|false|null|~|-?\d+(?:\.\d+)?|"[^"]*"|\'[^\']*\'|\{[\w-]+: [^{}\n]*\}|'
    r"\d{4}-\d\d-\d\d(?:[tT ][\d:.]+(?:[zZ]|[+-]\d\d:\d\d)?)?[ \t]+#.*)\s*(?:\s#.*)?$"
)  # a comment after it too: `max-pool-size: 10  # connections`; a dotted key, `system.rate-limit: 500`;
# a date or a time, YAML's timestamp, noted so (`date: 2016-09-22  # ISO 8601`; a log prints no note)
# ... or a key in a config file's case (`site_name`, `mountDir`, `DB_HOST`; not a message's `ERROR`,
# `error`) given a value Python's annotation never names: a path, a URL, an image, `{}`, a flow
# list, a placeholder, a word in lower case, a title.
YAML_PLAIN_SETTING = re.compile(
    r"^(?:- )?(?!(?:error|warning|fatal|note|hint|detail|info|debug)\b)"
    r"(?:[a-z][a-zA-Z0-9]*(?:[_-][a-zA-Z0-9]+)*(?:\.[a-zA-Z][a-zA-Z0-9]*(?:[_-][a-zA-Z0-9]+)*)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|"
    r"[a-z][\w-]*(?:\.[\w-]+)+/[a-z][\w.-]*):[ ]+"  # an annotation's key, `nginx.ingress.kubernetes.io/rewrite-target`
    r"(?:\{\}|\[[^\[\]]*\]|<\w+>|(?:https?://|/|\.|~/)\S*|[\w.-]+(?:/[\w.:@-]+)+|"
    r"\d[\d_]*(?:\.\d+)?(?:[KMGT](?:i|B|iB)?|ms|[smhd])?|\d+(?:\.\d+){3}|[a-z][\w.-]*:[\w.-]+|"  # `5_000`, `10Gi`, `10MB`, `30s`, an address; an image's tag
    r"(?:TRACE|DEBUG|INFO|WARN|ERROR|OFF)|"  # a logger's level, Spring's `logging.level.root: DEBUG`
    r"(?!(?:str|int|float|bool|bytes|list|dict|set|tuple|object|type)\b)[a-z][\w.-]*|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}|[A-Za-z][\w-]*(?:\.[\w-]+)+)[ \t]*(?:[ \t]#[^\n]*)?$"
)  # a dotted key, Elasticsearch's `network.host: 0.0.0.0`, and a note after the value too


def _scalar_continuations(lines, flows=False):
    """Which lines go on a plain scalar, indented under an item's or a key's value: `- apt-get
    install` over `curl` and `git` a line each; with `flows`, the lines inside a flow collection a
    line opened too (`anchors: [` over `[10, 13],` lines: its items)."""
    going_on = [False] * len(lines)
    depth = 0
    quote = None  # a quoted scalar over lines (`content: '` over HTML over `'`), until its quote closes
    for at in range(1, len(lines)):
        line, above = lines[at], lines[at - 1]
        opened = quote is None and _OPENS_QUOTED.match(above)
        if opened or quote:
            quote = quote or opened[1]
            going_on[at] = True
            if quote in line:
                quote = None
            continue
        if flows:
            bare = _NOTE_AFTER.sub("", QUOTED.sub("''", above))
            depth = max(0, depth + bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}"))
        going_on[at] = depth > 0 or (
            len(line) - len(line.lstrip()) > len(above) - len(above.lstrip())
            and _SCALAR_LINE.fullmatch(line) is not None
            and (going_on[at - 1] or YAML_LINE.match(above) is not None)
            and not above.lstrip().startswith(
                "#"
            )  # `# list branches` over `  git branch`: no scalar goes on under a note
        )
    return going_on


_NOTE_AFTER = re.compile(r"(?:^|[ \t])#[^\n]*")
# A key's value opening a quote its line does not close: a quoted scalar going on over lines.
_OPENS_QUOTED = re.compile(r"[ \t]*+(?:- )?[\w.-]++:[ \t]++(['\"])[^'\"\n]*+$")


_SCALAR_LINE = re.compile(r"[ \t]+[^\s:#\-{}\[\]=>,()][^:#=>,()]*")


def _code_line_end(line):
    """`;`, `{` or ` \\` ending a line; a `key: value;` line of plain words (a statement held
    as a value, `grant: GRANT ... ;`) is YAML's."""
    if line.rstrip().endswith(("{", " \\")):
        return True
    return line.rstrip().endswith(";") and not (YAML_LINE.match(line) and not re.search(r"[(){}]", line))


# Python's compound statements open with a keyword and end with `:`, as a YAML key would.
# (`with:` alone is a key: Python's `with` takes something to enter.)
_COMPOUND_STATEMENT = re.compile(
    r"^\s*(?:(?:async\s+)?(?:with|for|while|if|elif)\s[^:]*|try\s*|except\b[^:]*):\s*(?:#.*)?$"
)
_TOP_KEY = re.compile(r"^([^\s:#-][^:]*):(?:\s|$)")


_TREE_ITEM = re.compile(r"([ \t]*)- [\w.@-]+/?(?:[ \t]+//[^\n]*)?")
_FILE_NAME = re.compile(r"- [\w@-]+\.[a-z]{1,5}\b")


def _drawn_as_a_list(lines):
    """A folder's tree written as a nested list of names (`- src` over `  - main.ts // the app`):
    files and folders, no values."""
    items = [_TREE_ITEM.fullmatch(line) for line in lines if line.strip()]
    return (
        len(items) >= 3
        and all(items)
        and len({item.group(1) for item in items}) >= 2
        and any(_FILE_NAME.search(line) for line in lines)
    )


def _repeats_a_key(lines):
    """A key given twice at the top of one document: YAML keeps the last, a writer never means it
    (unless comments or list items set the copies apart: alternatives shown, a list mis-indented)."""
    if any(line.lstrip().startswith(("#", "- ")) for line in lines):
        return False
    seen = set()
    for line in lines:
        if line.startswith("---"):
            seen = set()
            continue
        m = _TOP_KEY.match(line)
        if m and m.group(1) in seen:
            return True
        if m:
            seen.add(m.group(1))
    return False


# Keys of words with their values aligned: `System Id    : 74`, `Latest checkpoint location:    0/D04FD00`,
# `CPU     : 27%` (a top-level key: YAML may align a mapping's own).
_ALIGNED_COLON = re.compile(r"^\s*\w+(?: [\w()/'-]+)+(?: {2,}: |: {3,}\S)|^\w+ {2,}: \S")


# A key of several words, unquoted: YAML allows it, but configuration never writes it.
_SPACED_KEY = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"{\[-][^:'\"{}\[\]]*?[^\s:] [^\s:][^:'\"{}\[\]]*:(?:\s|$)")


_DESCRIBED = re.compile(r"^\s*[A-Z][A-Za-z]*(?: [A-Z][a-z]+)*: {2,}\S")


_SCHEMA_MODELINE = re.compile(r"#\s*yaml-language-server:")


# A docstring's section in Google's style: `Args:` over `path (str): The file to read`.
_DOCSTRING_SECTION = re.compile(r"(?:Args|Arguments|Parameters|Returns|Yields|Raises|Attributes):\s*$")
_DOCUMENTED_PARAMETER = re.compile(r"\s+\*{0,2}\w+ \([\w.,\[\] |]+\): \S")


# A key or an item indented with tabs, which YAML refuses and a post's editor puts in (not a
# Makefile's recipe under its target: no `key:` or `- ` opens it).
_SCRIPT_VALUE = re.compile(
    r":[ \t]+[^\n#]*?(?:[ \t](?:\|\||&&)[ \t]|\bprocess\.env\.)"
)  # a script's expression as a value
_TABBED_ENTRY = re.compile(r"^(\t+)(?= *(?:- |# |\+?[\w.-]+:(?!:)))", re.M)  # (dbt's `+materialized:` too)


def _keyed_lines(lines, flows=False):
    """How many lines are a key's, an item's, or go on a scalar (or a flow collection, with `flows`)."""
    return sum(
        bool(YAML_LINE.match(line)) or going_on
        for line, going_on in zip(lines, _scalar_continuations(lines, flows), strict=True)
    )


# Spring Cloud Gateway's shortcut items: a predicate or filter's name in CamelCase, `=`, its arguments.
_GATEWAY_ITEM = re.compile(r"[ \t]*- [A-Z][A-Za-z]+=\S")


_LIVE_KEY = re.compile(r"([a-z][\w-]*):[ \t]+\S")


# A list's item written without the space after its dash, a key's line under it: `-id: route`.
_UNSPACED_ITEM = re.compile(r"^([ \t]*)-(?=[A-Za-z_][\w.-]+:[ \t])", re.M)  # (not an option's `-b:` glossed)
# ... and, where one is, its other items so typed (`-Path=/api/**`, a gateway's predicate).
_UNSPACED_ITEM_OR_VALUE = re.compile(r"^([ \t]*)-(?=[A-Za-z_][\w.-]*(?::[ \t]|=))", re.M)


_GIT_FATAL = re.compile(r"^fatal: [A-Z]", re.M)


def _with_block_scalars_untabbed(code):
    """A block scalar's lines indented by tabs, as an editor left a script under `- |`: indented
    by spaces under its indicator, as YAML wants them (its indent takes no tab)."""
    lines = code.split("\n")
    under = None  # the indent the scalar's lines take, while inside one
    for at, line in enumerate(lines):
        if under is not None and (tabs := re.match(r"\t+", line)):
            lines[at] = " " * (under + 2 * (len(tabs[0]) - 1)) + line[len(tabs[0]) :]
        elif under is not None and not line.strip():
            continue
        elif scalar := BLOCK_SCALAR.match(line):
            under = len(scalar[1]) + 2 + (2 if line.lstrip().startswith("-") else 0)
        else:
            under = None
    return "\n".join(lines)


def looks_like_yaml(code):
    """Mostly `key: value` and `- item` lines, and a mapping or list to YAML's own parser (or
    nothing but such lines: a manifest cut short in a post does not parse)."""
    if "\t" in code:
        code = _with_block_scalars_untabbed(code)
    untabbed = _TABBED_ENTRY.sub(lambda entry: "  " * len(entry[1]), code)
    if untabbed != code and _yaml_documents(untabbed) is not None:
        code = untabbed  # a tab for YAML's indent, as a writer types it, where YAML then reads the lines
    elif untabbed != code and looks_like_yaml(untabbed):
        return True  # tabs and `name:zhangsan` both: YAML as the spaces read it
    if (
        _UNSPACED_ITEM.search(code)
        and _yaml_documents(spaced := _UNSPACED_ITEM_OR_VALUE.sub(r"\1- ", code)) is not None
    ):
        code = spaced  # `-id: route` for `- id: route`, a list's item typed without its space
    lines = [line for line in _without_block_scalars(code) if line.strip() and not YAML_ELISION.match(line)]
    head = next((line for line in lines if not line.lstrip().startswith("#")), "")  # under its comments
    if (
        not lines
        or LOG_LINE.match(lines[0])
        or DEFINITION_HEADER.match(head)
        or re.match(r"\s*(?:async\s+)?(?:def|class)\s+\w+\s*[(:]", head)  # `def f(x): ...` on one line
        or _COMPOUND_STATEMENT.match(head)
        or lines[0].startswith("Usage:")
        or _GIT_FATAL.search(code)  # `git@github.com: Permission denied (publickey).` over git's `fatal:`
        or _MIGRATIONS_REPORT.match(head)
        or (_DOCSTRING_SECTION.match(head) and any(map(_DOCUMENTED_PARAMETER.match, code.splitlines())))
        or re.match(
            r"\s*(?:[Ee]rror|ERROR|[Ww]arning|WARNING|[Ff]atal|FATAL|[A-Z]\w*(?:Error|Exception|Warning)): ",
            head,
        )
    ):
        return False
    if _UNSEPARATED_FLOW.search(code):
        return False  # `Security filter chain: [` over names a line each, no commas: a list printed (YAML would fold them into one)
    if _C_DIRECTIVE.search(code):
        return (
            False  # `#define POLLIN_SET (...)` over `/* Ready for reading */`: C's preprocessor, no comment
        )
    if _TAGGED_DOCUMENT.match(code.lstrip()) or _TAGGED_VALUE.match(code.lstrip()):
        return True  # `--- !!set` over `? item`, `ordered: !!omap` over its pairs: YAML's own tags
    if _SCHEMA_MODELINE.match(code.lstrip()):
        return True  # `# yaml-language-server: $schema=...`: the editor's mark, in YAML files only
    if _OBJECT_HEAD.match(code):
        return True  # `apiVersion:v1` over `kind:Service`: Kubernetes' object, a space left out or not
    if _drawn_as_a_list(lines):
        return False  # `- project` over `  - app` over `    - main.ts`: a folder's tree, no data
    if _repeats_a_key(lines):
        return False  # `Consumer 1: hello` twice: lines printed, not a mapping
    top = [line for line in lines if not line[:1].isspace() and not line.startswith("#")]
    if len(top) >= 2 and all(re.match(r"\d[\w.-]*[ \t]*:\s", line) for line in top):
        return False  # `2.1.2: 2.46`, `0: {element: div}`, `0x0C : EP`: results by version, index or offset, printed
    if all(map(_GATEWAY_ITEM.match, lines)):
        return True  # `- Path=/api/**`, `- After=2020-...`: a gateway's predicates and filters, YAML's items
    if len(lines) == 1 and BLOCK_SCALAR.match(lines[0]) and code.count("\n") >= 2:
        return True  # `config: |` over the document it holds: YAML's own syntax
    if len(lines) == 1 and (YAML_SCALAR_SETTING.match(lines[0]) or YAML_PLAIN_SETTING.match(lines[0])):
        return True  # `key: true`: Python's annotation names a type, never `true` or `"text"`
    live = [line for line in lines if not line.lstrip().startswith("#")]
    if not live and sum(bool(_COMMENTED_SETTING.match(line)) for line in lines) >= 2:
        return True  # `# state.backend: filesystem` under its note, twice: a YAML file's settings left out
    if (
        len(live) == 1
        and (key := _LIVE_KEY.match(live[0]))
        and re.search(rf"^#[ \t]*{re.escape(key[1])}:[ \t]+\S", code, re.M)
    ):
        return True  # `#scheme: Muse` over `scheme: Gemini`: a setting's choices, the others commented out
    keyed = _keyed_lines(lines)
    if (
        keyed < max(2, 0.6 * len(lines)) <= (flowing := _keyed_lines(lines, flows=True))
        and lines
        and YAML_LINE.match(lines[0])
        and _yaml_documents(_ALIAS.sub(r"\1\2{}", "\n".join(lines))) is not None
    ):
        keyed = (
            flowing  # flow collections over lines, where YAML's parser reads the block (asked last: its cost)
        )
    if not lines or keyed < max(2, 0.6 * len(lines)) or not YAML_LINE.match(lines[0]):
        return False
    if sum(bool(_ALIGNED_COLON.match(line)) for line in lines) >= 2:
        return False  # `Server Name     : main`: a report's aligned fields, not YAML's keys
    if sum(bool(_DESCRIBED.match(line)) for line in lines) >= 3 and all(
        re.match(r"\s*[A-Z]", line) for line in lines if YAML_LINE.match(line)
    ):
        return False  # `Name:         backup-example`: `kubectl describe` prints, in capitals, aligned
    if 2 * sum(bool(_SPACED_KEY.match(line)) for line in lines) >= keyed:
        return False  # `Started At:  2020-10-26`, `- Scanned rows: 85,000`: a report, or notes
    entries = [line for line in lines if not line.lstrip().startswith("#")]
    if entries and all(line.rstrip().endswith(",") for line in entries):
        return False  # `'KEY': False,` on each line: a dict's entries, Python's or JavaScript's
    if 2 * sum(line.rstrip().endswith(",") for line in entries) > len(entries) and any(
        map(_SCRIPT_VALUE.search, entries)
    ):
        return False  # `host: process.env.MAIL_HOST || 'smtp',` over `secure: true`: an object's entries
    in_items = keyed >= 0.8 * len(lines) >= 8  # a CI job's `- curl ... \` script items among many keys
    if any(
        (_code_line_end(line) and not (in_items and line.rstrip().endswith("\\")))
        or ANNOTATED_ASSIGNMENT.match(line)
        for line in entries
    ):  # (a comment may end so)
        return False  # C's and JavaScript's line ends, and the shell's continuation
    documents = _yaml_documents(_ALIAS.sub(r"\1\2{}", "\n".join(lines)))
    if documents is None:  # a manifest cut short, or slipped on a line in twenty (`payment:\``)
        return len(lines) >= 4 and len(lines) - keyed <= len(lines) // 20
    documents = [document for document in documents if document is not None]
    if len(documents) > 1:  # `--- # a note` between Kubernetes' objects
        return all(isinstance(document, dict | list) for document in documents)
    parsed = documents[0] if documents else None
    if holds_words_not_data(parsed, lines):
        return False  # a query's clauses named, a lesson's points or steps, an exercise, names described in prose
    return isinstance(parsed, dict | list)


# A bracket opened at a line's end over three names or more a line each, no comma between, then closed.
_UNSEPARATED_FLOW = re.compile(r"\[[ \t]*\n(?:[ \t]*[^\s,\[\]{}:#][^,\[\]{}:#\n]*\n){3,}[ \t]*\]")
# C's preprocessor's directives, a macro named in capitals (not a note, `# define admin secret ...`).
_C_DIRECTIVE = re.compile(
    r"^#[ \t]*(?:define[ \t]+[A-Z_][A-Z0-9_]*(?:\(|[ \t]|$)|include[ \t]*[<\"]|ifn?def[ \t]+[A-Z_][A-Z0-9_]*[ \t]*$|"
    r"endif[ \t]*$|pragma[ \t]+once\b)",
    re.M,
)
# A setting commented out (`#jobmanager.web.address: 0.0.0.0`), no prose's `# Note: see below`.
_COMMENTED_SETTING = re.compile(
    r"[ \t]*#[ \t]*(?=[a-z])(?:"
    + YAML_SCALAR_SETTING.pattern.lstrip("^")
    + "|"
    + YAML_PLAIN_SETTING.pattern.lstrip("^")
    + ")"
)
_TAGGED_VALUE = re.compile(
    r"[A-Za-z_][\w-]*:[ \t]+!!(?:(?:omap|set|pairs|map|seq|binary|timestamp)[ \t]*\n|(?:python|perl|ruby|php|java|js)/\w)"
)  # or a language's own type, `ssh_pty: !!perl/scalar:JSON::PP::Boolean 1`
_TAGGED_DOCUMENT = re.compile(
    r"(?:%(?:TAG|YAML)[ \t]+[^\n]+\n)*---[ \t]+!!?[A-Za-z][\w:/.-]*[ \t]*\n|"  # its directives over it, `%TAG !dex! ...`
    r"!!?[a-z][\w;/.-]*[ \t]*\n[A-Za-z_][\w-]*:[ \t]+\S|"  # a document's own tag over its mapping, `!table` over `size: 25`
    r"!!(?:seq|map|set|omap)[ \t]*[\[{][ \t]*\n[ \t]*!!(?:int|str|float|bool|null)\b"  # a flow collection typed item by item
)
_OBJECT_HEAD = re.compile(
    r"\s*(?:(?:#[^\n]*|---[ \t]*)\n\s*)*apiVersion:[ \t]*[\w./-]+[ \t]*\n[ \t]*kind:[ \t]*[A-Z]\w*[ \t]*$|"
    r"\s*kind:[ \t]+[A-Z][a-z]+[A-Z]\w*\s*\Z|"
    r"\s*version:[ \t]*(['\"]?)\d[\d.]*\1[ \t]*\nservices:[ \t]*$",  # a compose file's head, `version:'3'` too
    re.M,
)  # (under notes or `---` too); or its kind alone, `kind: DaemonSet` (a CamelCase kind: no
# Python's annotation names a type so, `kind: str`)


@functools.lru_cache(maxsize=8)  # detection asks of the same block more than once; its parse is the cost
def _yaml_documents(text):
    """The documents YAML's parser reads in the text (not to be changed), or None where it fails."""
    if text.count("{") + text.count("[") > _FLOW_DEPTH_READ and _nests_deeper(text, _FLOW_DEPTH_READ):
        return None  # `{{ {{ {{ ...` hundreds deep: no file a reader writes, and the parser's time grows as its square
    try:
        return tuple(yaml.load_all(text, Loader=_AppTagsLoader))
    except (yaml.YAMLError, ValueError, RecursionError):
        return None


_FLOW_DEPTH_READ = 64


def _nests_deeper(text, depth):
    """Brackets and braces opened more than `depth` deep at some point (quotes not heeded)."""
    level = 0
    for mark in _FLOW_MARK.findall(text):
        level = level + 1 if mark in "[{" else max(0, level - 1)
        if level > depth:
            return True
    return False


_FLOW_MARK = re.compile(r"[\[\]{}]")


# An alias, `<<: *default`, whose anchor a post's excerpt left out: undefined to the parser.
_ALIAS = re.compile(r"([:-])([ \t]+)\*[\w.-]+[ \t]*$", re.M)
# What Django's `makemigrations` and `migrate` print, nested like YAML's mappings.
_MIGRATIONS_REPORT = re.compile(r"(?:Migrations for '[\w.]+'|Operations to perform|Running migrations):$")
# An action of Go's templates, which Django and Jinja never write: a field from the dot
# (`{{ .Values.image }}`), a named template included, or a control word over the dot's data.
_GO_ACTION = re.compile(
    r"\{\{-?\s*(?:\.[A-Za-z$]|\$\.|(?:include|template|toYaml|tpl)\s|(?:if|range|with)\s+(?:not\s+)?\.|end\s*-?\}\})[^\n]*?\}\}"
)
# Jinja's variable as a key's value, maybe quoted: `name: {{ item }}`, `path: "{{ root }}/app"`.
_JINJA_VALUE = re.compile(r"^([^\n{]*:[ \t]+[\"']?)\{\{ ?[\w.|() '\[\]-]+ ?\}\}", re.M)
_GO_ACTION_LINE = re.compile(r"^[ \t]*\{\{-?[^\n]*?-?\}\}[ \t]*\n?", re.M)


def looks_like_templated_yaml(code):
    """A Helm chart's template, or an Ansible task's with Jinja's variables (`name: {{ item }}`):
    YAML once Go's actions or the variables are taken out (LABELLING.md keeps it YAML)."""
    if _JINJA_VALUE.search(code) and "{%" not in code and looks_like_yaml(_JINJA_VALUE.sub(r"\1x", code)):
        return True
    if not _GO_ACTION.search(code):
        return False
    return looks_like_yaml(_GO_ACTION.sub("x", _GO_ACTION_LINE.sub("", code)))


def looks_like_yaml_then_a_command(lines):
    """A YAML file, then `# run` over what to do with it (`docker-compose up`): the file is what is shown."""
    head = _before_a_closing_note(lines)
    return bool(head) and looks_like_yaml(head)


def _before_a_closing_note(lines):
    """The lines above a note at the margin that only a line or three follow, none of them a
    `key:` line (`# run` over `docker-compose up`), where those lines are six or more: a file,
    then what to do with it."""
    written_above = 0
    for i, line in enumerate(lines):
        if line.startswith("#") and written_above >= 6:
            below = (
                later for later in itertools.islice(lines, i + 1, None) if later.strip() and later[:1] != "#"
            )
            after = list(itertools.islice(below, 4))  # four at most: more is no closing command
            if 1 <= len(after) <= 3 and not any(map(_KEY_LINE_BELOW.match, after)):
                return "\n".join(lines[:i])
        written_above += bool(line.strip())
    return None


_KEY_LINE_BELOW = re.compile(r"\s*(?:- )?[\w.-]+:(?:\s|$)")


class _AppTagsLoader(yaml.SafeLoader):
    """YAML's safe loader, reading an application's own tags (`!ENV [CI, false]`) as nothing."""


_AppTagsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
