"""Configuration files no label has (LABELLING.md, rule 4): a crontab, pg_hba.conf, an fstab, nginx's,
Apache's, redis.conf, logrotate's, Sphinx's, Fluent Bit's and Logstash's files, an exporter's
metrics; each is text, however much it looks like the shell or ini."""

import re

from .shell_signs import ELIDED_LINE, QUOTED, joined_continuations

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
    r"run-shell|source-file)[ \t]+\S|run[ \t]+(?:-b[ \t]+)?['\"]|"  # (tmux's `run -b '...'`, a quoted command)
    r"(?:exec_always|bindsym|bindcode|for_window|exec[ \t]+--no-startup-id)[ \t]+\S|"  # i3's config
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
        and any("=" in line for line in joined)  # (`source vars` alone: the shell's, a file sourced)
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
