"""Text no label has: a diagram drawn in characters, a log, the lines of a file in a syntax of
its own (a crontab, pg_hba.conf: LABELLING.md, rule 4)."""

import re

from .python_parse import python_tree
from .shell_signs import ELIDED_LINE, FILE_MODE, QUOTED, joined_continuations
from .vocabulary import SQL_KEYWORDS

_BOX_DRAWING = re.compile(r"[├└│┌┐┘┬┴┼─]{1}")
# A log line's time first: `2024-05-01 10:00:00`, `[01/May/2024 10:00:00]`, `May  1 10:00:00`, Airflow's
# `[2023-07-27, 12:52:37 UTC]` (a comma after the date).
_TIMESTAMP = re.compile(
    r"^\s*(?:(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|TRAC|TRACE|FATA|FATAL)\s?|\[[A-Z]\w*\]\s)?\[?(?:\d{4}[-/]\d\d[-/]\d\d,?[ T]\d\d:\d\d|\d\d/[A-Z][a-z]{2}/\d{4}[ :]\d\d:\d\d|"
    r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d\d:\d\d:\d\d[.,]\d{3,6}\s)"
)  # or a time of day to the millisecond alone: git's trace, `21:19:29.447332 git.c:775  trace: ...`
# A crontab's schedule before its command: `0 3 * * * /usr/local/bin/backup`, `@reboot x`.
_CRONTAB_SCHEDULE = (
    r"(?:@(?:reboot|hourly|daily|weekly|monthly|yearly)|(?:[\d*/,-]+[ \t]+){4}[\d*/,-]+)[ \t]+\S"
)
_NO_LABELS_SYNTAX = re.compile(
    # a DNS zone's resource record, or its synopsis: `www  IN  CNAME  host.`, `name [ttl] [IN] MX ...`
    r"^[ \t]*(?:[\w.*@-]+[ \t]+)?(?:\[?\w+\]?[ \t]+)?\[?IN\]?[ \t]+(?:A|AAAA|NS|MX|CNAME|PTR|TXT|SRV|SOA|DS|DNSKEY|CAA)[ \t]+\S|"
    r"^[ \t]*(?:[\w%@.-]+[ \t]+ALL[ \t]*=|(?i:defaults)[:@>!][\w-]+[ \t]+!?\w)|"  # sudoers' rules: `app ALL=NOPASSWD: ...`
    r"^\s*(?:" + _CRONTAB_SCHEDULE + "|"
    r"(?:local|host|hostssl|hostnossl)[ \t]+\S+[ \t]+\S+(?:[ \t]+\S+){0,2}[ \t]+"  # an address, maybe its mask
    r"(?:trust|reject|md5|password|scram-sha-256|peer|ident|cert|ldap|pam|gss|sspi|radius|bsd|oauth)\b|"
    r"(?:/dev/\S+|UUID=\S+|LABEL=\S+|tmpfs|proc|sysfs|devpts|[\w.-]+:/\S*|/[\w./-]+(?=[ \t]+none[ \t]+swap\b))[ \t]+(?:/\S*|none|swap)[ \t]+(?:ext[234]|xfs|btrfs|swap|tmpfs|nfs4?|vfat|zfs)[ \t]+\S|"
    r"[\w.-]+[ \t]{2,}\d{1,3}(?:\.\d{1,3}){3}[ \t]*$|nameserver[ \t]+[\d.:a-fA-F]+[ \t]*$|"  # resolv.conf's
    r"(?:deb|deb-src)[ \t]+(?:\[[^\]\n]*\][ \t]+)?\w+://\S+[ \t]+\S|"
    r"(?:recursive-include|recursive-exclude|global-include|global-exclude|graft|prune)[ \t]+\S|"
    r"(?:set(?:-option|-window-option|w)?[ \t]+-[a-zA-Z]*[gw][a-zA-Z]*|(?:un)?bind(?:-key)?(?![ \t]+-[fxXqupPsSvVlm]\b)|"
    r"run-shell|source-file)[ \t]+\S|"
    r"[A-Z][\w-]*(?:::[\w-]+)+[ \t]+\"[^\"\n]*\";|"
    r"-?(?:auth|account|password|session)[ \t]+(?:required|requisite|sufficient|optional|include|substack|\[[^\]\n]*\])[ \t]+\S|"
    r"(?:User-agent|Disallow|Allow|Sitemap|Crawl-delay):[ \t]*\S*[ \t]*$|"  # robots.txt's rules
    r"\$(?=[A-Z]\w*[a-z])[A-Za-z]+(?:[ \t]+\S.*)?$|"
    # rsyslog's selectors, a facility's messages sent somewhere: `kern.* /dev/console` (not `mkfs.ext4 /dev/sda2`)
    r"(?:[\w*]+,)*(?:\*|auth|authpriv|cron|daemon|ftp|kern|lpr|mail|mark|news|security|syslog|user|uucp|local[0-7])"
    r"\.[!=]*[\w*]+(?:[;,][\w*]+\.[!=]*[\w*]+)*[ \t]+-?[/@:~]\S*|"
    # an NFS export, its path then hosts given options: `/srv/share  host1(rw,sync)`; debconf's
    # answers, a preseed's: `d-i passwd/username string ada`
    r"/[\w./-]*(?:[ \t]+[\w.*/:-]+\([\w,=]+\))+[ \t]*$|"
    r"(?:d-i[ \t]+[\w.+-]+|[\w-]+[ \t]+[\w.+-]+/[\w/.+-]+)[ \t]+(?:string|boolean|select|multiselect|password|note|seen|title)(?:[ \t]|$))"
)  # an fstab's: device (a swap file's path too), mount point, file system, options; hosts and their addresses in columns;
# apt's sources; a MANIFEST.in's commands; tmux's settings (`set -g`: the
# shell's `set` has no -g; its `bind -f` reads readline's file); apt's own settings,
# `Acquire::http::Proxy "...";`; rsyslog's directives (`$ModLoad imudp`: CamelCase, where the
# shell's variables are in capitals) and its rules, `local0.*  /var/log/haproxy.log`; PAM's
# rules, `session required pam_mkhomedir.so`


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
    if _DIAGNOSTIC.match(next((line for line in lines if not line.startswith("#")), "")):
        return True  # a compiler's diagnostics (a note over them), a program's abort: what they printed
    timed = sum(bool(_TIMESTAMP.match(line)) for line in lines)
    return (
        bool(lines)
        and bool(_TIMESTAMP.match(lines[0]))
        and (timed == len(lines) or timed >= 2 and 4 * timed >= len(lines))
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


# nginx's configuration: `directive args;` lines in `server { ... }` and `location / { ... }` blocks.
_NGINX_LINE = re.compile(
    r"^\s*(?:(?:[A-Za-z_][\w-]*|'[^'\n]*'|!?\d[\d.:/]*)(?:\s+(?:[^;{}#]|\$\{\w+\})+?)?\s*(?:\{\s*\}|[;{]|\{(?:\s*[a-z_\d!][\w.:/-]*(?:\s+[^;{}#]+?)?\s*;)+\s*\};?)|\};?)"
    r"\s*(?:(?:#|//).*)?$"
)  # a map's `'' x;`; a block on one line, `location ~ /\. { deny all; }`; BIND's `match-clients { a; };`,
# its addresses a line each (`192.168.0.0/24;`) or in a block (`listen-on {10.0.0.2;};`); a map's
# keys, `US no;`; a block left empty, `if (...) {}`; a variable braced in an argument, `access_${logdate}.log`
_NGINX_BLOCK = re.compile(
    r"^\s*(?:(?:server|location|upstream|http|events|stream)\b[^{;]*|map[ \t]+\$\w+[ \t]+\$\w+[ \t]*|(?:view|zone|acl|masters)[ \t]+(?:\"[^\"\n]*\"|[\w.-]+)[^{;]*|options[ \t]*|if\s*\(\s*!?-?[a-z]?\s*\$\w+[^{;]*\))\s*\{\s*$",
    re.M,
)  # a condition on nginx's variables: `if ($http_x_forwarded_proto = "http") {`


# A setting's line, an arrow, the same setting changed: `bind 127.0.0.1   ->   bind 0.0.0.0`.
_EDIT_SHOWN = re.compile(r"[ \t]*([A-Za-z_][\w.-]*)[ \t][^\n]*?[ \t]->[ \t]+\1[ \t]")
_BRACE_BELOW = re.compile(r"[ \t]*\n[ \t]*\{[ \t]*$", re.M)


# Apache's configuration: `ProxyPass /app/ http://...`, `<VirtualHost *:443>`; a directive alone
# may be a word (`Require all granted`), but half are CamelCase or sections, as no prose is.
_APACHE_LINE = re.compile(
    r"^\s*(?:</?[A-Z][A-Za-z]+(?:\s[^<>]*)?>|[A-Z][A-Za-z0-9]*(?:\s+[^\s=(].*[^.:])?)\s*$"
)
_APACHE_OWN = re.compile(
    r"^\s*(?:</?[A-Z][A-Za-z]+(?:\s[^<>]*)?>|(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z])[A-Za-z0-9]*\b)"
)  # `SSLEngine on`


_PATH = re.compile(
    r"~?(?:/(?:[\w.@-]|\\ )+)+/?|[a-z][\w+.-]*://\S+"  # (a space escaped in a name: `Slide\ Deck.app`)
)  # `./run.sh` runs it; an address: `postgres://u:$PASSWORD@h/db`
_PROGRAMS_FOLDER = re.compile(r"(?:^|/)s?bin/")


# Prometheus's text format: `# TYPE pg_up gauge` over `pg_up{instance="db1"} 1`.
_METRIC_HEADER = re.compile(r"# (?:HELP|TYPE) [a-zA-Z_:][\w:]* ")
_METRIC_SAMPLE = re.compile(
    r"\s*[a-zA-Z_:][\w:]*(?:\{[^{}\n]*\})? [-+]?(?:[\d.]+(?:e[-+]?\d+)?|NaN|[-+]?Inf)(?: \d+)?\s*"
)


_CAPITALS_SECTION = re.compile(r"\[[A-Z][A-Z_]*\][ \t]*")
_SPACED_KEY = re.compile(r"[ \t]+[A-Za-z_][\w.]*[ \t]+[^\s=:]")


# nginx's own directives, which say a file is nginx's without a block around them.
_NGINX_OWN = re.compile(
    r"\s*(?:log_format|access_log|error_log|proxy_pass|proxy_set_header|server_name|add_header|try_files|"
    r"fastcgi_pass|client_max_body_size|worker_processes|worker_connections|ssl_certificate(?:_key)?)\s|"
    r"\s*(?:rewrite[ \t]+\S+[ \t]+\S+(?:[ \t]+(?:last|break|redirect|permanent))?|set[ \t]+\$\w+[ \t]+\S[^\n]*)[ \t]*;"
)  # (`rewrite ^(.*) https://x$1 permanent;`, `set $year $1;`: a rewrite, a variable set, ended)
# redis.conf's and sentinel.conf's own directives, `name value` with no `=`: `appendonly yes`,
# `save 900 1`, `sentinel monitor mymaster 10.0.0.1 6379 2` (its `dir` and `port` are anyone's).
_REDIS_OWN = re.compile(
    r"\s*(?:append(?:only|fsync|filename)|auto-aof-rewrite-[a-z-]+|dbfilename|requirepass|masterauth|replicaof|"
    r"slaveof|repl-[a-z-]+|min-(?:replicas|slaves)-[a-z-]+|maxmemory(?:-[a-z-]+)?|cluster-[a-z-]+|"
    r"(?:hash|list|zset|set)-max-[a-z-]+|sentinel|rdbcompression|stop-writes-on-bgsave-error|"
    r"no-appendfsync-on-rewrite|lazyfree-[a-z-]+|notify-keyspace-events|slowlog-[a-z-]+|protected-mode|"
    r"daemonize|databases|supervised|tcp-keepalive|tcp-backlog)[ \t]+\S|"
    r"\s*(?:save[ \t]+\d+[ \t]+\d+|loglevel[ \t]+(?:debug|verbose|notice|warning))[ \t]*$"
)
_LOGROTATE_HEAD = re.compile(r"\s*[/~][\w./*{},-]*(?:\s+[/~][\w./*{},-]*)*\s*\{\s*(?:#.*)?")
_LOGROTATE_WORD = re.compile(
    r"\s*(?:daily|weekly|monthly|yearly|hourly|rotate|compress|nocompress|delaycompress|missingok|notifempty|"
    r"ifempty|dateext|dateformat|create|copytruncate|sharedscripts|postrotate|prerotate|endscript|size|"
    r"maxsize|minsize|maxage|olddir)\b"
)
_DIRECTIVE_LINE = re.compile(r"\s*[a-z][a-z0-9-]*(?:[ \t]+[^\s=]\S*)+\s*")
_LOGSTASH_SECTION = re.compile(r"\s*(?:input|filter|output)\s*\{\s*$")
_LOGSTASH_SETTING = re.compile(r"\s*[\w@\[\]]+\s*=>\s*\S")


# Sphinx's (the search server's) configuration: `source src1 : base {`, `index rt`, `searchd {` over
# `key = value` lines, a query continued by `\`.
_SPHINX_SECTION = re.compile(
    r"[ \t]*(?:(?:source|index)[ \t]+\w+(?:[ \t]*:[ \t]*\w+)?|indexer|searchd|common)[ \t]*\{?[ \t]*"
)
_SPHINX_LINE = re.compile(r"[ \t]*(?:[a-z_]\w*[ \t]*=[^\n]*|\{|\})[ \t]*")
_CRONTAB_LINE = re.compile(r"\s*" + _CRONTAB_SCHEDULE)


def _entries(lines):
    """A file's lines that say something: no blank line, no `#` comment."""
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def is_crontab(lines):
    """A crontab's schedule lines, comments aside."""
    entries = _entries(lines)
    return bool(entries) and all(map(_CRONTAB_LINE.match, entries))


def looks_like_unlabelled_file(lines):
    """A crontab's, pg_hba.conf's, nginx's, Apache's or redis.conf's lines, comments aside; or paths or
    addresses alone, places named (`/var/lib/postgresql/data`, a line each), not programs run
    from a `bin/`."""
    entries = _entries(lines)
    if entries and any(map(_METRIC_HEADER.match, lines)) and all(map(_METRIC_SAMPLE.fullmatch, entries)):
        return True  # what an exporter serves, postgres_exporter's: no program reads it back
    if (
        entries
        and all(map(_DIRECTIVE_LINE.fullmatch, entries))
        and 2 * sum(bool(_REDIS_OWN.match(line)) for line in entries) >= len(entries)
    ):
        return True  # redis.conf's or sentinel.conf's directives: a syntax no label has (rule 4)
    if (
        entries
        and _LOGROTATE_HEAD.fullmatch(entries[0])
        and sum(bool(_LOGROTATE_WORD.match(line)) for line in entries) >= 3
    ):
        return True  # logrotate's `/var/log/app/*.log {` over `daily`, `rotate 7`: a syntax no label has
    if entries and all(map(_EDIT_SHOWN.match, entries)):
        return True  # `dir ./  ->  dir /data`: a file's line and what it is to become, prose's arrow between
    joined = joined_continuations("\n".join(entries)).splitlines()  # a crontab's line over lines
    if (
        entries
        and _SPHINX_SECTION.fullmatch(entries[0])
        and all(_SPHINX_SECTION.fullmatch(line) or _SPHINX_LINE.fullmatch(line) for line in joined)
    ):
        return True  # Sphinx's `source src1 {` over `sql_host = localhost`: ini's keys braced, a syntax no label has
    if entries and all(_NO_LABELS_SYNTAX.match(line) for line in joined):
        return True
    if entries and all(
        _PATH.fullmatch(line.strip()) and not _PROGRAMS_FOLDER.search(line) for line in entries
    ):
        return True
    if (
        entries
        and _CAPITALS_SECTION.fullmatch(entries[0])
        and all(_CAPITALS_SECTION.fullmatch(line) or _SPACED_KEY.match(line) for line in entries)
        and sum(bool(_SPACED_KEY.match(line)) for line in entries) >= 2
    ):
        return True  # Fluent Bit's `[INPUT]` over `    Name   tail`: its keys and values set apart by spaces
    directives = [  # `...` elides; BIND's notes are `//` lines
        line for line in entries if not ELIDED_LINE.match(line) and not line.lstrip().startswith("//")
    ]
    directives = re.sub(r"\n\s+(?=['\"])", " ", "\n".join(directives))  # `log_format`'s strings
    directives = _BRACE_BELOW.sub(" {", directives)  # `server` over `{`: a block's head, its brace below it
    unquoted = QUOTED.sub("''", directives).splitlines()  # a string's `;` and braces are none of nginx's
    if unquoted and _LOGSTASH_SECTION.match(unquoted[0]) and any(map(_LOGSTASH_SETTING.match, unquoted)):
        return True  # Logstash's pipeline: `input {` over `tcp {` over `port => 8002`
    if (
        _NGINX_BLOCK.search(directives)
        or any(map(_NGINX_OWN.match, unquoted))
        or _NGINX_BLOCK.search("\n".join(unquoted))  # `if ($t ~ "^(\d{4})") {`: its pattern's braces quoted
    ):
        missed = sum(not _NGINX_LINE.match(line) for line in unquoted)  # one `;` forgotten in a long one
        return (
            missed == 0
            or missed == 1
            and len(unquoted) >= 8
            or all(
                _NGINX_OWN.match(line) or _NGINX_LINE.match(line) for line in unquoted
            )  # each `;` left out
        )
    return (
        len(entries) >= 2
        and all(_APACHE_LINE.match(line) for line in entries)
        and 2 * sum(bool(_APACHE_OWN.match(line)) for line in entries) >= len(entries)
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
# Python says `def`), a test against `null` before a colon (Python's is None), `for i from a to b:`.
_PSEUDOCODE_LINE = re.compile(
    r"^[ \t]*(?:(?:function|procedure|algorithm)[ \t]+\w+[ \t]*\([^()\n]*\)[ \t]*:|"
    r"(?:if|while|else if|elif)[ \t].*\bis(?:[ \t]+not)?[ \t]+null\b[^\n]*:|for[ \t]+\w+[ \t]+from[ \t].+[ \t]to[ \t].*:)[ \t]*$",
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
    r"(?<![\w'])'[^'\s]{1,4}'[ \t]+[A-Z]|[A-Z]\w*[ \t]+'[^'\s]{1,4}'(?![\w'])|[{(][ \t]*'[^'\s]{1,4}'[ \t]+[A-Z|]|"
    r"(?<!\})\}[ \t]+\{(?!\{)|^[ \t]+\|[ \t]+[A-Z'\"(]",
    re.M,
)


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
