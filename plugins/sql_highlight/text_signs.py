"""Text no label has: a diagram drawn in characters, a log or a program's printout, its help, an
injection payload (a file in a syntax of its own is config_files')."""

import re

from .python_parse import python_tree
from .shell_signs import FILE_MODE, QUOTED
from .vocabulary import SQL_KEYWORDS

_BOX_DRAWING = re.compile(r"[├└│┌┐┘┬┴┼─]{1}")
# A log line's time first: `2024-05-01 10:00:00`, `[01/May/2024 10:00:00]`, `May  1 10:00:00`, Airflow's
# `[2023-07-27, 12:52:37 UTC]` (a comma after the date).
_TIMESTAMP = re.compile(
    r"^\s*(?:(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|TRAC|TRACE|FATA|FATAL)\s?|\[[A-Z]\w*\]\s)?\[?(?:\d{4}[-/]\d\d[-/]\d\d,?[ T]\d\d:\d\d|\d\d/[A-Z][a-z]{2}/\d{4}[ :]\d\d:\d\d|"
    r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d\d:\d\d:\d\d[.,]\d{3,6}\s)"
)  # or a time of day to the millisecond alone: git's trace, `21:19:29.447332 git.c:775  trace: ...`


def _is_ascii_diagram(code):
    """Boxes and arrows drawn in `+`, `-`, `|`, `/`: half of what is written, over three lines."""
    ink = len(code) - sum(map(code.count, " \t\n"))
    return code.count("\n") >= 2 and ink >= 20 and sum(map(code.count, "+-|/\\")) >= 0.5 * ink


# A string in triple quotes, over lines: a prompt or a docstring a program holds.
_TRIPLE_QUOTED = re.compile(r'("""|\'\'\')(?:(?!\1).)*+\1', re.S)


_STATEMENT_OVER_NOTES = re.compile(r"[^#\s][^\n]*;[ \t]*(?:\n[ \t]*#[^\n]*)+")


def looks_like_drawing(code, lines):
    """A tree or a diagram drawn in characters (not rules drawn in a code file's comments, nor
    a tree held in a program's string in triple quotes, a prompt's steps drawn in it)."""
    if _STATEMENT_OVER_NOTES.fullmatch(code.strip()):
        return False  # `SHOW COLLATION ...;` over its result table in `#` notes: the code, its answer noted
    if _TREE_RUN.search(code):
        return False  # `tree .git/objects` over the tree it drew: a command and its output (rule 2)
    if _TRIPLE_QUOTED.search(code):
        code = _TRIPLE_QUOTED.sub('""', code)
        lines = code.splitlines()
    drawn = [  # (a string's box characters are what a program prints: `print(prefix + "├── " + name)`)
        line for line in lines if _BOX_DRAWING.search(QUOTED.sub("''", line)) and not _COMMENT.match(line)
    ]
    if drawn and all(map(_COMMENT_MARK.match, drawn)) and _code_lines(lines) >= 3:
        drawn = []  # `# ┌──────┐` over `# │ Lambda │`: a box drawn in a program's comments, under its code
    arrows = sum(bool(_ARROW_LINE.fullmatch(line)) for line in lines)  # `↓` between a flow's steps
    branches = sum(bool(_BRANCHES.fullmatch(line)) for line in lines)  # a tree's `/   \` between its levels
    # (a diagram is asked of the block less its comments' rulers: `# ------` over a configuration's section)
    return (
        len(drawn) >= 2
        or arrows >= 2
        or branches >= 2
        or _is_ascii_diagram(_COMMENT_RULER.sub("", code))
        or _is_listed_tree(lines)
        or _is_commit_graph(lines)
        or _is_banner(lines)
    )


_BANNER_MARKS = frozenset("_|/\\()'`.,<>-=")


def _is_banner(lines):
    """A name spelt in large letters of strokes, as a program's start-up banner draws it: four
    lines or more of strokes alone in a row, three of them of two kinds or more."""
    run = drawn = 0
    for line in lines:
        marks = set(line) - {" ", "\t"}
        if marks and marks <= _BANNER_MARKS:
            run, drawn = run + 1, drawn + (len(marks) >= 2)
            if run >= 4 and drawn >= 3:
                return True
        else:
            run = drawn = 0
    return False


# A history's commits drawn along their branches: `A---B---H ← master` over `\` and `C---D`.
_COMMITS_LINE = re.compile(r"[ \t]*\w{1,8}(?:-{2,}\w{1,8})*[ \t]*(?:(?:←|<-+)[ \t]*[\w./-]+)?[ \t]*")
_FORK_LINE = re.compile(r"[ \t]*[\\/|][ \t]*")


def _is_commit_graph(lines):
    drawn = [line for line in lines if line.strip()]
    return (
        len(drawn) >= 3
        and all(_COMMITS_LINE.fullmatch(line) or _FORK_LINE.fullmatch(line) for line in drawn)
        and (sum(bool(_COMMITS_LINE.fullmatch(line)) and "--" in line for line in drawn) >= 2)
    )


_TREE_RUN = re.compile(
    r"^[ \t]*(?:sudo[ \t]+)?tree(?:[ \t]+[-\w./~]+)*[ \t]*\n(?:[ \t]*\n)?[^\n]*\n[ \t]*[├└│|]", re.M
)
_COMMENT_MARK = re.compile(r"[ \t]*(?:#|--|//)")


def _code_lines(lines):
    return sum(1 for line in lines if line.strip() and not _COMMENT_MARK.match(line))


_COMMENT_RULER = re.compile(r"^[ \t]*#[ \t]*[-=*#]{5,}(?:[ \t]+#)?[ \t]*$", re.M)  # (`# ---- #` closed too)


_BRANCHES = re.compile(
    r"[ \t]*+(?=[^/\\\n]*+[/\\])[/\\|](?:[ \t]++[/\\|])++[ \t]*+"
)  # a middle child's `|` too


_ARROW_LINE = re.compile(
    r"\s*(?:[↓↑⬇⬆⇓⇩]\s*(?:\S.*)?|\|\||\\/|[vV^])\s*"
)  # drawn in ASCII too: `||` over `\/`, a `v` alone under a `|`


# A file or a folder as an item of a list: `- img/`, `- css\`, `  - favicon.ico`.
_LISTED_PATH = re.compile(r"^([ \t]*)- (?:[\w.-]+[/\\]|[\w-]*\.[\w.-]*[A-Za-z]\w*)[ \t]*$")


def _is_listed_tree(lines):
    """A folder's tree drawn as a nested list of its files and folders (a YAML list names no folder)."""
    items = [_LISTED_PATH.match(line) for line in lines if line.strip()]
    return (
        len(items) >= 3
        and all(items)
        and any(item.group().rstrip().endswith(("/", "\\")) for item in items)
        and any(item.group(1) for item in items)
    )


_COMMENT = re.compile(
    r"\s*(?:#|--|//|/\*|<!--)[\s├└│┌┐┘┬┴┼─]*\w"
)  # (a stylesheet's `/* ── Navbar ── */` too)


# A program's help: `-c, --client=NUM   number of clients`, an option and, spaced off, its meaning
# (its name a word: `--  Permet de ...` is SQL's note, set off by two spaces).
_OPTION_HELP = re.compile(r"^\s*(?:-\w,?\s+)?--?\w[\w-]*(?:[= ]?[A-Z<\[][\w<>\[\]=-]*)?\s{2,}[A-Za-z(]")


def looks_like_help(lines):
    """Options described one a line, spaced off as `--help` prints them: text, not commands (but
    under the command that printed them, `pg_rewind --help`, a command and its output: bash)."""
    entries = [line for line in lines if line.strip()]
    options = sum(bool(_OPTION_HELP.match(line)) for line in entries)
    around = sum(bool(_AROUND_OPTIONS.match(line)) for line in entries)
    asked = bool(entries) and re.search(r"(?:\s--help|\s-h|\shelp)\s*$", entries[0])
    sections = {line.strip() for line in entries if _MAN_SECTION.match(line)}  # two of them, not one twice:
    if len(sections) >= 2 or any(map(_MAN_HEADER.match, entries)):  # BigQuery's `OPTIONS` under each model
        return not asked  # a manual's page: `CP(1)   User Commands   CP(1)`, its NAME and SYNOPSIS
    return options >= 2 and 2 * options >= len(entries) - around and not asked


_MAN_HEADER = re.compile(r"\s*([A-Z][\w.-]*\(\d\w*\))\s{2,}\S.*\S\s{2,}\1\s*$")
_MAN_SECTION = re.compile(r"(?:NAME|SYNOPSIS|DESCRIPTION|OPTIONS|EXIT STATUS|SEE ALSO|ENVIRONMENT)\s*$")


# What argparse prints around the options: its headings, an option whose description starts on
# the next line, a description's wrapped lines aligned far in, the usage line's own.
_AROUND_OPTIONS = re.compile(
    r"(?:positional arguments|optional arguments|options):$|usage: [\w.-]+ \[|"
    r"\s*-\w(?: [A-Z_]+)?, --[\w-]+(?: [A-Z_]+)?$|[ \t]{12,}\S"
)


# A line `ps -ef` prints: user, pid, parent's pid, cpu, start, terminal, time, command.
_PROCESS = re.compile(r"^\S+\s+\d+\s+\d+\s+\d+\s+[\d:]+\s+(?:pts/\d+|tty\w*|\?)\s+[\d:]+\s+\S")


# A line `ls -l` prints: mode, links, owner, group, size, a date in any language, the name.
_LISTED_FILE = re.compile(
    "^" + FILE_MODE.pattern + r"\s*\d+\s+\S+\s+\S+\s+[\d,.]+[KMG]?\s+\S+\s+\S+\s+\S+\s+\S|^total \d"
)


# Ansible's printed results: `web1 | SUCCESS => {`, `fatal: [web1]: FAILED! => {...}`, `TASK [name] ***`.
_ANSIBLE_RESULT = re.compile(
    r"^(?:[\w.-]+ \| (?:SUCCESS|CHANGED|FAILED!|UNREACHABLE!) =>|(?:ok|changed|fatal|skipping): \[[\w.-]+\]|(?:TASK|PLAY(?: RECAP)?) \[[^\]\n]*\] \*+)"
)


# A generator's question answered, as Inquirer prints it: `? Project name: my-api`.
_QUESTION_ASKED = re.compile(r"[ \t]*\? [A-Za-z][^\n]*")


_SLOW_LOG_HEADER = re.compile(r"# (?:Query_time: [\d.]+ +Lock_time: |User@Host: \S)")


def is_slow_query_log(lines):
    """MySQL's slow query log: each statement under its `# Query_time:` and `# User@Host:` lines."""
    return sum(bool(_SLOW_LOG_HEADER.match(line)) for line in lines) >= 2


def _wrapped_at_one_width(lines):
    """Every line but the last cut at one width, 60 characters or more: a terminal's wrapping of
    what it printed (a log line of 300 characters shown as five of 80), no writer's lines."""
    width = len(lines[0])
    return (
        len(lines) >= 2
        and width >= 60
        and all(len(line) == width for line in lines[1:-1])
        and len(lines[-1]) <= width
    )


def looks_like_log(lines):
    """A log: it opens with a time, as do a quarter of its lines at least (a server's message may
    run on over lines: `DETAIL:  Process 1170 waits ...`); or lines of one printed shape each
    (`ps`'s processes, `ls -l`'s files, pods, `id`, a glossary); or an HTTP message's headers."""
    lines = [line for line in lines if line.strip() and not _ELLIPSIS_LINE.fullmatch(line)]  # `...`: cut
    unwound = [line for line in lines if not _STACK_TRACE_LINE.match(line)]
    if len(lines) - len(unwound) >= 2 and (not unwound or looks_like_log(unwound)):
        return True  # an exception's stack frames, a log line over them or not: what the program printed
    if lines and _ANSIBLE_RESULT.match(lines[0]):
        return True  # what Ansible printed, its JSON results under its hosts' names
    if is_slow_query_log(lines):
        return True
    asked = sum(bool(_QUESTION_ASKED.fullmatch(line)) for line in lines)
    if lines and _QUESTION_ASKED.fullmatch(lines[0]) and 2 * asked >= len(lines):
        return True  # a generator's questions answered, what it created after them
    if _DIAGNOSTIC.match(next((line for line in lines if not line.startswith("#")), "")):
        return True  # a compiler's diagnostics (a note over them), a program's abort: what they printed
    timed = sum(bool(_TIMESTAMP.match(line)) for line in lines)
    return (
        bool(lines)
        and bool(_TIMESTAMP.match(lines[0]))
        and (timed == len(lines) or timed >= 2 and 4 * timed >= len(lines) or _wrapped_at_one_width(lines))
        or any(all(map(shape.match, lines)) for shape in _PRINTED_LINES)
        or _traced_constructors(lines)
        or any(map(_INTERFACE_HEADER.match, lines))
        or _two_aligned_columns(lines)
        or all(map(_HTTP_HEADER.match, lines))
        and sum(bool(_KNOWN_HEADER.match(line)) for line in lines) >= 2
        or len(lines) == 1
        and bool(_KNOWN_HEADER.match(lines[0]) and _HEADER_AS_SENT.match(lines[0]))
    )


_ELLIPSIS_LINE = re.compile(r"[ \t]*(?:\.{3,}|…)[ \t]*")
# A Java (or Node) stack trace's lines: its frames, `Caused by:`, `... 2 more`, the exception named.
_STACK_TRACE_LINE = re.compile(
    r"[ \t]+at [^\s(]+ ?\(.*\)(?:[ \t]+~?\[[^\]\n]*\])?[ \t]*$|[ \t]*\.\.\. \d+ (?:more|common frames omitted)|"
    r"(?:Caused by|[ \t]*Suppressed): |Exception in thread |(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)(?::|$)|"
    # a thread dump's threads, states and locks: `"main" #1 prio=5 ...`, `java.lang.Thread.State: BLOCKED`
    r"\"[^\"\n]+\"(?:[ \t]+#\d+)?(?:[ \t]+daemon)?[ \t]+prio=|[ \t]+java\.lang\.Thread\.State: |"
    r"[ \t]+(?:- )?(?:waiting (?:on|for|to lock)|locked|parking to wait for|blocked on) |"
    # ... their frames and locks where a post took their indentation off: `at java.lang.Object.wait(Native Method)`
    r"at (?:[\w$]+\.)+[\w$<>]+\((?:[\w$]+\.java:\d+|Native Method|Unknown Source)\)[ \t]*$|"
    r"- (?:waiting (?:on|for|to lock)|locked|parking to wait for) <0x"
)
# A compiler's diagnostic (`app.cc:15:21: error: ...`), maybe as a build tool prefixes it on Windows
# (`[build] D:/src/login.cpp:186: undefined reference to ...`), the linker's; C++'s runtime abort.
_DIAGNOSTIC = re.compile(
    r"(?:\[[\w-]+\][ \t]+)?(?:[A-Za-z]:)?[\w./+-]+\.(?:c|cc|cpp|cxx|h|hpp|go|rs|java|ts|a|o|obj)(?:\([\w.-]+\))?:"
    r"(?:\d+(?::\d+)?:[ \t](?:fatal[ \t])?(?:error|warning|note):|(?:\d+:)?[ \t](?:undefined reference to|In function)[ \t])|"
    r"terminate called after throwing an instance of "
)
# A glossary, each name glossed after an arrow, no `#` before it: `/etc   <- system configuration`,
# `chmod 644     <- normal text files` (a command's note is after `#`).
_GLOSSED = re.compile(r"\s*[^\s#][^#\n]*?\s<-\s+\S")
# An HTTP message's headers: `content-type: application/json`, `x-process-time: 0.07 s`, CORS'
# `Access-Control-Allow-Origin: *`.
_HTTP_HEADER = re.compile(r"\s*[A-Za-z][\w-]*:[ \t]")
_KNOWN_HEADER = re.compile(
    r"\s*(?i:content-(?:type|length|encoding)|date|server|cache-control|etag|vary|allow|location|set-cookie|"
    r"connection|transfer-encoding|last-modified|expires|user-agent|accept(?:-[\w-]+)?|authorization|access-control-[\w-]+):[ \t]"
)
# A header's name as HTTP sends it, its words capitalised and joined by `-` (`Access-Control-Max-Age:`):
# one such line alone is a header, where `server: db1` alone may be YAML's.
_HEADER_AS_SENT = re.compile(r"\s*[A-Z][a-z]+(?:-[A-Z][a-z]*)+:[ \t]")
# What `id` prints: `uid=1000(app) gid=1000(app) groups=...`.
_IDS = re.compile(r"\s*uid=\d+\([\w.-]+\)(?:\s+gid=\d+\([\w.-]+\))?")
# The pods `kubectl get pods` lists: name, ready containers, status, restarts, age (its header too).
_POD_ROW = re.compile(
    r"^(?:NAME\s+READY\s+STATUS\b.*|[\w.-]+\s+\d+/\d+\s+[A-Z][\w:]+\s+\d+(?:\s+\([^()\n]*\))?\s+\d+[smhdy]\w*)\s*$"
)


def _two_aligned_columns(lines):
    """Three lines or more of two words each, the second column aligned (`root       /root` over
    `daemon     /sbin`): what awk or cut printed; no command pads its argument into a column."""
    pairs = [_TWO_COLUMNS.fullmatch(line) for line in lines]
    return len(lines) >= 3 and all(pairs) and len({pair.start(2) for pair in pairs}) == 1


_TWO_COLUMNS = re.compile(r"[ \t]*([\w./:@~-]+) {2,}([\w./:@~-]+)[ \t]*")  # words and paths, no code's marks
# A network interface as `ifconfig` or `ip addr` prints it: `eth0: flags=4163<UP,BROADCAST>  mtu 1500`,
# `2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc ...`; no file or script writes that line.
_INTERFACE_HEADER = re.compile(r"(?:\d+: )?[\w.@-]+: (?:flags=\d+)?<[A-Z_,-]*>\s+mtu \d+")
# Lines a program prints (or a glossary is written in), one shape to a block.
# ... or a library's functions by their signatures, each glossed in another alphabet after a colon:
# `iterator erase(iterator it):删除向量中迭代器指向元素`, `bool empty() const:判断向量是否为空`.
_GLOSSED_SIGNATURE = re.compile(
    r"\s*[^\s:;-][^\n:;]*?[A-Za-z_][A-Za-z0-9_]*\([^()\n]*\)(?:[ \t]*const)?[ \t]*[:：][ \t]*[\u4e00-\u9fff]"
)  # (not a statement's `-- COUNT(): 返回...` note, nor a placeholder's `目录(文件):`)
_PRINTED_LINES = (_PROCESS, _LISTED_FILE, _POD_ROW, _IDS, _GLOSSED, _GLOSSED_SIGNATURE)
# What a C++ lesson's program prints as its constructors and destructors run: `Point()`, `~Line()`,
# `Point()1,2`, among names and values it prints too (`MigrantWorker`, `100`, `Rect-calcArea`);
# nothing is called on such a line (no `;`).
_TRACED_CONSTRUCTOR = re.compile(r"[ \t]*~?[A-Z]\w*\(\)[\w, ]*[ \t]*")
_PRINTED_NAME = re.compile(r"[ \t]*~?[\w-]+(?:\(\))?[\w, ]*[ \t]*(?://[^\n]*)?")


def _traced_constructors(lines):
    """Two constructors traced at least, and every line a name printed: a program's output, not C++."""
    return sum(bool(_TRACED_CONSTRUCTOR.fullmatch(line)) for line in lines) >= 2 and all(
        map(_PRINTED_NAME.fullmatch, lines)
    )


# An injection payload, what a tester types into a form: a script or a handler that first breaks
# out of where the page put the input (`"><script>`, `</textarea><script>`, `--!><script>`, `');`),
# or hides from a filter (`<scriPt>`, a long s, its code in entities), or calls with a tester's marker
# (`alert(/xss/)`, `alert('XSS')`). A page's own script does none of these.
_BREAKS_OUT = re.compile(r"\s*(?:[\"']\s*/?>|</[A-Za-z]+\s*(?:>|\n\s*>)|--!?>|\\?[\"']\)?;)")
_HIDDEN_SCRIPT = re.compile(
    r"<(?!script\b|SCRIPT\b|Script\b)[sSſ][cC][rR][iI][pP][tT]>|<[sſ]?[cſ]ript>\s*(?:&#x?[0-9a-fA-F]+;)+\s*</[sſ]?[cſ]?ript>|[ſ]|"
    r"\(\s*(?:/(?i:xss)/|([\"'])(?i:xss)\1)\s*\)"
)
_RUNS_SCRIPT = re.compile(r"<[sſ][cſ]?ript\b|\bon[a-z]+\s*=|\balert\s*[(`]", re.I)


def looks_like_injection(code):
    """A payload of a few lines: breaking out then running a script, or a script hidden so."""
    lines = [line for line in code.splitlines() if line.strip()]
    return (
        0 < len(lines) <= 3
        and bool(_RUNS_SCRIPT.search(code))
        and bool(_BREAKS_OUT.match(code) or _HIDDEN_SCRIPT.search(code))
    ) or (0 < len(lines) <= 8 and bool(_URL_CARRYING_A_TAG.search(code)))


# A URL alone whose query carries a tag, URL-encoded or not (`?name=%3Cscript%3E...`): a reflected XSS
# payload, whatever is shown under it.
_URL_CARRYING_A_TAG = re.compile(
    r"^[ \t]*https?://[^\s?]*\?\S*=\S*(?:%3C|<)(?:script|img|svg|iframe)\b", re.I | re.M
)  # (a URL on a line of its own: `curl "http://...?q=<script>"` is a command sending one)


# Pseudocode, a textbook's algorithm: a `function name(args):` header (JavaScript opens a brace,
# Python says `def`), a test against `null` before a colon (Python's is None), `for i from a to b:`,
# `for i <- 1 to n do`.
_PSEUDOCODE_LINE = re.compile(
    r"^[ \t]*(?:(?:function|procedure|algorithm)[ \t]+\w+[ \t]*\([^()\n]*\)[ \t]*:|"
    r"(?:if|while|else if|elif)[ \t].*\bis(?:[ \t]+not)?[ \t]+null\b[^\n]*:|for[ \t]+\w+[ \t]+from[ \t].+[ \t]to[ \t].*:|"
    r"for[ \t]+\w+[ \t]*(?:<-|←|:=)[ \t]*[^\n]+[ \t]to[ \t][^\n]+[ \t]do)[ \t]*$",
    re.M | re.I,
)


def looks_like_pseudocode(code):
    return bool(_PSEUDOCODE_LINE.search(code)) and python_tree(code) is None  # Python's parser refuses it


# A puzzle's example, LeetCode's way: `Input: nums = [2,7]` over `Output: [0,1]` (Python's parser
# would take each as a variable annotated), maybe an `Explanation:`.
_EXAMPLE_LINE = re.compile(r"[ \t]*(?:Input|Output|Explanation|输入|输出|解释)[ \t]*[:：][^\n]*")


def looks_like_puzzle_example(lines):
    written = [line for line in lines if line.strip()]
    return (
        len(written) >= 2
        and written[0].lstrip().startswith(("Input", "输入"))
        and all(map(_EXAMPLE_LINE.fullmatch, written))
    )


# A cheat sheet: headings in capitals at the margin (`ROUTES`, `AUTH (OAuth2 + JWT)`, `OOP — FIRST`),
# what each covers indented under it; a heading of SQL's words alone (`DECLARE`, `BEGIN`) is no heading.
_CAPITALS_HEADING = re.compile(
    r"([A-Z][A-Z0-9.+*/& -]*[A-Z0-9.+*])(?:\s*(?:[—–]|\s-\s)[^\n]*|\s*\([^()\n]*\))*\s*"
)


def looks_like_cheat_sheet(lines):
    written = [line for line in lines if line.strip()]
    headings = [match for line in written if (match := _CAPITALS_HEADING.fullmatch(line))]
    named = [
        heading
        for heading in headings
        if re.search(r"[A-Z]{2}", heading.group(1))
        and not all(word.lower() in SQL_KEYWORDS for word in re.findall(r"[A-Za-z]+", heading.group(1)))
    ]
    body = len(written) - len(headings)
    indented = sum(line[:1].isspace() for line in written)
    return len(named) >= 3 and body > 0 and indented >= 0.9 * body


# A grammar's rules, BNF's and EBNF's, its symbols capitalised: `AddExp: MulExp { '+' MulExp }`,
# a rule's alternatives a line each under it (`    | AddExp '+' MulExp`). What YAML cannot write
# marks it: a quoted terminal beside a bare symbol (`'fn' Ident`), braces after braces
# (`{FuncDef} {VarDecl}`), an alternative's bar opening a line.
_GRAMMAR_RULE = re.compile(r"[A-Z][\w-]*[ \t]*(?::|::=|->|→)(?:[ \t]+\S.*)?")
_GRAMMAR_ALTERNATIVE = re.compile(r"[ \t]*\|[ \t]+\S.*")
_GRAMMAR_MARK = re.compile(
    r"(?<![\w'])'[^'\s]{1,4}'[ \t]+[A-Z]|(?<![!\w])[A-Z]\w*[ \t]+'[^'\s]{1,4}'(?![\w'])|[{(][ \t]*'[^'\s]{1,4}'[ \t]+[A-Z|]|"
    r"(?<!\})\}[ \t]+\{(?!\{)|^[ \t]+\|[ \t]+[A-Z'\"(]",
    re.M,
)  # (not a YAML tag's value, `!Base64 '80'`)


# A production opening the block, BNF's or a reference's: `<select statement> ::=`, `atom ::= identifier`
# (a statement's synopsis over its productions is the statement's).
_PRODUCTION = re.compile(r"(?:<[\w .-]+>|[A-Za-z_][\w-]*)[ \t]*::=")


def looks_like_grammar(lines):
    written = [line for line in lines if line.strip()]
    return (
        bool(written)
        and bool(_PRODUCTION.match(written[0].strip()))
        or (
            any(_GRAMMAR_RULE.fullmatch(line) for line in written)
            and all(
                _GRAMMAR_RULE.fullmatch(line) or _GRAMMAR_ALTERNATIVE.fullmatch(line) or line[:1].isspace()
                for line in written
            )
            and bool(_GRAMMAR_MARK.search("\n".join(written)))
        )
    )


# A schema sketched as an ER diagram's tool writes it: `TABLE Orders {` over `  id: varchar <<PK>>`
# over `}`, each field named with a colon, as no SQL names a column.
_SKETCHED_TABLE = re.compile(r"[ \t]*(?i:table|entity)[ \t]+[\w\"]+[ \t]*\{[ \t]*")
_SKETCHED_FIELD = re.compile(r"[ \t]*\(?[\w\" ,]+\)?[ \t]*:[ \t]*\w[^\n]*")


def looks_like_schema_sketch(lines):
    written = [line for line in lines if line.strip()]
    return (
        any(map(_SKETCHED_TABLE.fullmatch, written))
        and any(map(_SKETCHED_FIELD.fullmatch, written))
        and all(
            _SKETCHED_TABLE.fullmatch(line) or _SKETCHED_FIELD.fullmatch(line) or line.strip() == "}"
            for line in written
        )
    )
