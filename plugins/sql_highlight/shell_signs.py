"""What a shell snippet looks like without its prompt: lines that run programs known to Postgres
and Django posts, or programs given flags, paths and a package manager's verbs."""

import re

from .signs import ELIDED_IN_WORDS
from .sql_signs import SQL_START

# Programs a shell line in a Postgres or Django post starts with, by what they are for.
PROGRAMS = {
    "postgres": "psql pg_\\w+ createdb dropdb createuser dropuser initdb clusterdb reindexdb vacuumdb pgbench "
    "pgbackrest barman repmgr patroni patronictl pgbouncer pgcli pgbadger postgrest pg_autoctl "
    "timescaledb-tune etcd etcdctl redis-server redis-cli sqlite3 sqlite-utils datasette",
    "python": "pip3? pipx uv poetry pdm hatch python[\\d.]* [Dd]jango-admin(?:\\.py)? manage\\.py pytest tox nox "
    "daphne uvicorn gunicorn uwsgi celery virtualenv mkvirtualenv workon pyenv conda ruff black flake8 "
    "mypy coverage sphinx-build mkdocs invoke llm",
    "packages": "sudo apt apt-get yum dnf brew snap dpkg rpm apk zypper pacman port npm npx yarn pnpm node nvm pm2 nrm "
    "go cargo nix gem bundle rake cpanm emerge archinstall opkg uci",
    "system": "systemctl service journalctl crontab su useradd usermod userdel groupadd groupdel passwd chpasswd "
    "newusers pwconv pwunconv grpconv chage modprobe sysctl "
    "reboot shutdown poweroff grub2-set-default grub2-mkconfig update-grub "
    "a2enmod a2dismod a2ensite a2dissite apachectl "
    "ulimit mount umount free uptime ps kill pkill pgrep top htop iostat vmstat lsof strace nohup watch "
    "dd losetup lsblk blkid fdisk parted mkfs(?:\\.\\w+)? xfs_growfs resize2fs hostnamectl timedatectl zfs zpool lvs pvs vgs lvcreate "
    "ip ifup ifdown nmcli netctl wifi-menu ethtool iw iwctl wpa_supplicant wpa_passphrase wpa_cli setenforce getenforce setsebool getsebool cfdisk "
    "updatedb mlocate dhclient lspci lsusb nvidia-smi nvidia-detect userdel groupdel groupmod",
    "files": "cd pwd pushd popd ls cat echo printf export source eval ln touch open nano vim? vimtutor emacs mkdir rmdir rm cp mv tar gzip gunzip "
    "unzip zip chmod chown du df find which whereis env printenv time tail head grep sed awk sort xargs tee less diff "
    "sha256sum sha1sum md5sum ll more tree 7z mkfifo tr stat apropos "
    "date(?=[\\t\\x20]+[-+]|[\\t\\x20]*(?:[;|&]|$))",  # `date +%F`, `date;`, `date` alone: not the word opening a sentence
    "network": "curl wget http https ssh ssh-add ssh-keygen ssh-copy-id scp rsync openssl nc ncat ping dig "
    "ovs-vsctl ovs-ofctl ovs-appctl ovs-dpctl",
    "build": "g?make cmake gcc clang git gitk tig aclocal autoconf automake autoreconf libtoolize",
    "cloud": "docker docker-compose docker-machine nerdctl buildah skopeo podman kubectl kubeadm crictl kind minikube helm oc heroku gcloud aws az azure terraform "
    "ansible ansible-playbook vagrant fly flyctl jq gsutil yc juju stern hadoop hdfs",
    "builtins": "alias unalias bindkey setopt unsetopt autoload zmodload zstyle compdef exit logout clear sleep trap ulimit umask wait "
    "history fc unset readonly expr bash sh zsh \\.(?=[\\t\\x20]+(?:\\.{0,2}/|~/|\\$|\\w))",  # `. ./env.sh`: a script sourced
    # Tools of the same readers' other days; no word that opens an English sentence (`file`, `date`).
    "databases": "mysql mysqldump mysqladmin mysqlbinlog mysqlcheck mysqldumpslow mysqlimport mysqlpump mysqlshow "
    "mysqlsh mongo mongosh mongod mongos mongodump cqlsh clickhouse-client pgloader pg_activity pgcenter "
    "pgmetrics pgcopydb pgsync pgslice sqitch flyway liquibase dbmate sqlc wal-g wal-e pspg",
    "python tools": "pipenv twine pre-commit flit jupyter ipython locust cookiecutter alembic isort pylint inv fab "
    "pyright maturin deactivate lsvirtualenv rmvirtualenv scrapy",
    "languages": "ruby rails irb java javac jshell jar jenv mvn gradle sbt dotnet php phpize composer deno bun perl rustc rustup tsc "
    "Rscript R(?=[\\t\\x20]+CMD\\b)",  # `R CMD javareconf`: R's own commands (not the letter opening a sentence)
    "debugging": "gdb lldb perf valgrind ltrace jps jstack jmap jstat ldd objdump readelf hexdump xxd cmp uniq wc "
    "base64 uname whoami lscpu dmesg ifconfig netstat iptables ufw traceroute nslookup telnet ftp sftp "
    "sysbench fio stress stress-ng pidstat mpstat envdir chgrp pstack nm ngrok chsh firewalld firewall-cmd systemd "
    "journald ldconfig kinit klist kdestroy "
    "adb fastboot",
    "web": "hugo hexo jekyll gatsby ng vue cnpm vite webpack eslint prettier code gh hg svn nx turbo gulp grunt forever "
    "jhipster yo",
    "data": "airflow kafka-topics kafka-console-producer kafka-console-consumer kafka-server-start zookeeper-server-start "
    "spark-submit spark-shell pyspark beeline dbt",
    "platforms": "consul vault nomad packer eksctl istioctl argocd skaffold k9s kubectx doctl supabase "
    "vercel netlify wrangler pulumi",
    "desktop": "wsl xwininfo xprop xrandr xdotool xset xinput xmodmap xhost startx gsettings dconf pbcopy pbpaste screencapture "
    "nvidia-smi xcode-select xcodebuild xcrun roscore rosrun roslaunch rostopic catkin_make",
}
SHELL_WORDS = re.compile(
    "^(?:" + "|".join(" ".join(PROGRAMS.values()).split()) + ")(?:\\.exe)?(?=\\s|$)"
    r"(?![ \t]+(?:[-+*/%|&^]|<<|>>|\*\*|//)?=(?:[^=]|$))"
)  # `redis-cli.exe` too; not a name given a value, `top -= 1`, `id = 3` (the shell's `=` takes no space)
# A program by its path: absolute, from home or here, in a project's bin/ or scripts/, or a
# script (`tests/run.py --fast`; a path alone may be a file named in a listing; a folder's,
# `/posts/2024/`, runs nothing; nor does a note after `//`).
COMMAND_WORD = re.compile(
    # (a space escaped in its path too: `/Applications/Google\ Chrome.app/Contents/MacOS/Google\ Chrome`)
    r"^(?:\./|~/|/(?!/)|(?:[\w.-]+/)*(?:bin|sbin|scripts?|tools|node_modules/\.bin|vendor/bin)/)(?:[\w./-]|\\ )*[\w.-](?=\s|$)|"
    r"^(?!\d)[\w.-]+\.(?:py|sh)(?=\s|$)|^[\w.-]+/[\w./-]+\.(?:py|sh) +\S"
)
_PROSE_ARROW = re.compile(r"\s[→⇒]\s")
# `registry=x docker buildx bake`: variables given to one command.
ASSIGNMENTS_BEFORE = re.compile(
    r"^(?:[A-Za-z_]\w*=(?:'[^']*'|\"[^\"]*\"|[^\s'\"])* +)+(?=(?:[a-z]|\.?/)[\w./-]*(?: |$))"
)
_ENV_ASSIGNMENT = re.compile(r"^(?:export )?[A-Z_][A-Z0-9_]*=\S")
FLAG = re.compile(r"\s--?[A-Za-z][\w-]*(?:=\S*)?(?=\s|$)")
# `zip function.zip main.py`, `pkg install x`: a lower-case program given a file, a path or an
# address, or a package manager's verb (a name and a version alone, `golang 1.18.1`, is asdf's list).
_PROGRAM_ARGUMENTS = re.compile(
    r"^(?!(?:host\w*|local) )(?![a-z](?![\w-]*install)[\w-]* +v?\d+(?:\.\d+)+$)[a-z][\w-]*(?: +(?:[\w@%+=,:-]+|<[\w -]+>))*? +(?:[\w@%+=,:*-]*[./][\w./@%+=,:*-]+|(?:install|add|remove|upgrade|"
    r"update|run|init|connect|test|build|exec|start|stop|restart|status|create|delete|deploy|serve|push|pull)\b)"
    r"(?: +[\w./@%+=,:*'\"<>-]+)*$"
)


# A tool's namespaced subcommand, maybe after a verb: `tool db:migrate`, `tool new app:config`.
_SUBCOMMAND = re.compile(r"^[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[a-z][\w-]+:[a-z][\w.-]+(?:\s+\S+)*\s*$")


# Output sent to a file by descriptor or appended: `2>>error.log`, `&>all.log`, `>> out.txt`; or
# written to a path, `> ~/.complete.bash` (`a > b` alone compares).
_REDIRECT = re.compile(r"\s(?:[12&]>>?|>>)\s*[\w./$~-]+(?=\s|$)|\s>\s*(?:~|\.{0,2})/[\w./$~-]+(?=\s|$)")


# A comment after a command: ` # once only`.
def without_trailing_comment(line):
    """The line less a `# note` after its command, the note's own quotes or not: the first
    ` # ` outside the command's quotes opens it."""
    for found in re.finditer(r"\s+#\s", line):
        before = line[: found.start()]
        if before.strip() and before.count("'") % 2 == 0 and before.count('"') % 2 == 0:
            return before
    return line


_SOURCED = re.compile(r"\. +(?:~|\.{0,2})/[\w./~-]+\s*$|\. +[\w.-]+/(?:bin|Scripts)/activate\s*$")


# A program's banner, its version: `pgbench (17.2)`, `psql (PostgreSQL) 15.6`; top's first line, `top - 15:04:32 up 627 days`.
VERSION_BANNER = re.compile(r"[\w.-]+ \((?:\d|[A-Z]\w*\) \d)|top - \d{1,2}:\d\d:\d\d up ")


def joined_continuations(text):
    """A command carried over lines by `\\` at their ends, read as one line."""
    return _CONTINUATION.sub(" ", text)


_CONTINUATION = re.compile(r"[ \t]*\\\n[ \t]*")


# The shell's history recalled: `!!`, `!$`, `!42:2`, `!git` (an event, maybe a word of it), or
# the last command corrected, `^wrold^world`.
_HISTORY_EXPANSION = re.compile(
    r"(?:!(?:!|[$^*]|-?\d+|[A-Za-z][\w.-]*|(?=:))|\^[^^\s]+\^[^^\n]*\^?)"
    r"(?::(?:\d+(?:-\d*)?|[$^*htreqpx&]|g?s/[^/\n]*/[^/\n]*/?|g&))*"
)  # its modifiers after it, a word's number, `:&` (the last substitution again), `:gs/old/new/`


# `/opt/python@3.12/bin/pip` is taken as it is; `~/.pgrx/17.*/pgrx-install/bin/psql`, a program by
# a path with a folder globbed, ends in a name the path's own slashes lead to.
_GLOBBED_PROGRAM = re.compile(r"[\w.~-]*(?:/[\w.*-]+)+/[\w.-]+")
_SUBSHELL = re.compile(r"\(\s*([^()]+?)\s*\)(?:\s*(?:\||&&)\s*(\S.*))?")


_FIRST_WORD = re.compile(r"(?:\\ |[^ ])*")
_IN_THE_BACKGROUND = re.compile(r"(?<![&\s])[ \t]*(?<!&)&[ \t]*$")


# A few words in lower case, the last ended by a full stop: a program's message (`jar verified.`),
# not a command named by its first word.
SHORT_SENTENCE = re.compile(r"[a-z]+(?: [a-z]+){0,4}\.")


def is_command_line(line):
    """A line that runs a program: a known one, a script by its path, or a word given flags."""
    line = re.sub(r"^(?:\([\w./-]+\)|\[sudo\]) ", "", line.strip())  # `(env) `, `(branch) `, `[sudo] `
    if _PROSE_ARROW.search(line):
        return False  # `models.py → database directly`: a note's arrow, which no shell's line writes
    if _HISTORY_EXPANSION.fullmatch(line):
        return True
    line = _IN_THE_BACKGROUND.sub("", line)  # `mysqld_safe --skip-grant-tables&`: run in the background
    if _ENV_ASSIGNMENT.match(line) and ASSIGNMENTS_BEFORE.match(line):
        return True  # the environment set for a program run: `APP_DEBUG=1 notesctl build`
    line = ASSIGNMENTS_BEFORE.sub("", line)
    if line.startswith("sudo "):  # any program, run as root (`sudo !!` too)
        return bool(re.match(r"sudo +(?:-\w+ +(?:\w+ +)?)*(?:[\w./-]+|!)", line))
    if _ENV_ASSIGNMENT.match(line) and re.search(r"['\"$]", line):
        return True  # a shell's assignment quotes or expands; a .env file's does not
    if VERSION_BANNER.match(line) or SHORT_SENTENCE.fullmatch(line):
        return False  # a program's banner, or its message (`jar verified.`): the shell would refuse it
    if _SOURCED.match(line):
        return True  # `. ~/.pip-tools-complete.bash`: the shell reads a file in
    if not line.startswith("(") and len(commands := QUOTED.sub("''", line).split("; ")) > 1:
        return all(map(is_command_line, commands))  # `mamonsu export x; mamonsu upload y`
    first = _FIRST_WORD.match(line).group()  # its spaces escaped (`Google\ Chrome`) part of it
    if re.fullmatch(r"\$\{?[A-Z_][A-Z0-9_]*\}?/[\w./-]+", first):
        return True  # a program by its path under a variable: `$VENV/bin/pserve`
    if not re.match(r"^[\w./~-](?:[\w./~@+-]|\\ )*$", first) and not _GLOBBED_PROGRAM.fullmatch(first):
        subshell = _SUBSHELL.fullmatch(line)  # `(cd web && make)`, `( echo a; echo b ) | sort`
        return (
            bool(subshell)
            and is_command_line(subshell[1].split(";")[0])
            and (not subshell[2] or is_command_line(subshell[2]))
        )
    return bool(
        SHELL_WORDS.match(line)
        or COMMAND_WORD.match(line)
        or FLAG.search(line)
        or _PROGRAM_ARGUMENTS.match(line)
        or _SUBCOMMAND.match(line)
        or _REDIRECT.search(line)
    )


# A usage table's marks: `<placeholder>`, or columns aligned by runs of spaces.
_USAGE = re.compile(r"\S {2,}\S|<[\w.-]+>|\[[A-Z]+\]")


def _same_program(line, programs):
    """A line run by a program other lines run, or that program's tool alone (`emerge-webrsync`)."""
    first = line.split()[0]
    tool = re.fullmatch(r"[a-z]+-[a-z]+", line.strip()) and first.split("-")[0] in programs
    return (first in programs or bool(tool)) and not _USAGE.search(line.strip())


ELIDED_LINE = re.compile(
    rf"^\s*(?:\.{{3,}}|…+\.*|[～〜]|{ELIDED_IN_WORDS})\s*$"
)  # what a post left out: `...`, `….`, `～` (Japanese), `（中略）`
# A name the block exports, and a line giving a name its value (spaces around `=` as a writer slips).
_EXPORTED = re.compile(r"^[ \t]*export[ \t]+([A-Za-z_]\w*)[ \t]*$", re.M)
_ASSIGNED_NAME = re.compile(r"[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*\S")
# `archive_command='cp %p /archive/%f'`: a variable set, its value quoted, no space around `=`.
_QUOTED_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=(?:'[^'\n]*'|\"[^\"\n]*\")\s*$")
# A key pressed between commands, `Ctrl+b d` (tmux's prefix, then a key): what is typed, no command.
_KEY_PRESS = re.compile(r"^\s*(?:ctrl|alt|cmd|shift|meta)\s*[+-]\s*\S+(?:\s*[+-]\s*\S+)*(?:\s+\S)?\s*$", re.I)


def looks_like_commands(code):
    """A few lines, each a command (or its `\\` continuation, a variable it sets, or a comment; a
    `...` for what the post leaves out): a shell snippet."""
    lines = [
        line
        for line in code.splitlines()
        if line.strip()
        and not line.lstrip().startswith("#")
        and not ELIDED_LINE.match(line)
        and not _KEY_PRESS.match(line)
    ]
    if not lines or len(lines) > 12:
        return False
    exported = set(_EXPORTED.findall(code))  # `JAVA_HOME = /usr/java` over `export JAVA_HOME`: its variable
    lines = [
        without_trailing_comment(line)
        for line in lines
        if not _QUOTED_ASSIGNMENT.match(line)
        and not ((assigned := _ASSIGNED_NAME.match(line)) and assigned[1] in exported)
    ]
    programs = {line.split()[0] for line in lines if is_command_line(line)}
    continued = False
    for line in lines:  # a line that runs a program another line gives flags to is a command too
        if not continued and not is_command_line(line) and not _same_program(line, programs):
            return False
        continued = line.rstrip().endswith("\\")
    return bool(programs)


_SCRIPT_RUN = re.compile(r"\./[\w.-]+\.(?:py|sh)(?: [^\n]*)?")


def looks_like_command_then_output(code):
    """Commands (a known program's first), a blank line, then what they printed: `kubectl get
    pods` and its table, `manage.py runserver` and its log."""
    run, _, printed = code.strip().partition("\n")
    if _SCRIPT_RUN.fullmatch(run.strip()) and printed.strip() and not looks_like_commands(printed.strip()):
        return True  # `./race.py` over what it printed, a blank line between or not
    if _captioned_command_then_output(code.strip().splitlines()):
        return True
    head, blank, rest = code.strip().partition("\n\n")
    commands = [line for line in head.splitlines() if not line.lstrip().startswith("#")]
    if not blank or not rest.strip() or not commands or len(commands) > 3:
        return False
    first = ASSIGNMENTS_BEFORE.sub("", commands[0].strip())
    return bool(SHELL_WORDS.match(first.removeprefix("sudo "))) and looks_like_commands(head)


# The writer's mark over what a command printed: `# Output:`, `# prints`, `# 输出结果`.
_OUTPUT_NOTE = re.compile(
    r"[ \t]*#[ \t]*(?:(?i:output|result|prints?|gives)|输出(?:结果)?|结果|返回(?:信息|结果|值)?)[ \t]*[:：]?[ \t]*"
)


def _captioned_command_then_output(lines):
    """`# Проверка` over one known program's command (or `# Output` under it) and what it printed
    (rule 2); an editor's command (`crontab -e`) is followed by what is typed into the file, no
    output."""
    captions = 0
    while captions < len(lines) and lines[captions].lstrip().startswith("#"):
        captions += 1
    noted_under = len(lines) > 2 and _OUTPUT_NOTE.fullmatch(lines[1])  # `wc -l < f` over `# 输出结果`, `7`
    if not (captions or noted_under) or captions >= len(lines) - 1:
        return False
    run, printed = (
        lines[captions].strip(),
        [line for line in lines[captions + 1 :] if not _OUTPUT_NOTE.fullmatch(line)],
    )
    program = ASSIGNMENTS_BEFORE.sub("", run).removeprefix("sudo ")
    return (
        bool(SHELL_WORDS.match(program))
        and not _OPENS_AN_EDITOR.match(program)
        and looks_like_commands(run)
        and not looks_like_commands("\n".join(printed).strip())
        and not any(line.lstrip().startswith("#") or SQL_START.match(line) for line in printed)
    )


_OPENS_AN_EDITOR = re.compile(r"(?:crontab -e|vim?|nano|visudo|vipw)\b")


# `NAME=value`, the value quoted, bare or a placeholder (`<your key>`), maybe a comment after it.
_SHELL_VARIABLE = re.compile(
    r"^(?:export )?(?:[A-Z_][A-Z0-9_]*|(?:https?|ftp|no|all)_proxy)="
    r"(?:\"[^\"]*\"|'[^']*'|<[^<>\n]*>|\[[A-Za-z][^\[\]\n]*\]|[^\s\"'<>\[]|,[ \t](?=\S))*(?:\s+#.*)?\s*$"
)  # `https_proxy=` is lower-case by custom; `[a long string]`, `[DB NAME]` a value the reader fills in; a .env
# file's list, `ALLOWED_HOSTS=127.0.0.1, localhost`
# A lower-case name given a quoted value with no space around `=`, as rc.conf writes it:
# `postgresql_enable="YES"` (not a class's dotted path, `handler="app.auth.Login"`: Python's).
_QUOTED_SETTING = re.compile(r"[a-z_]\w*=\"(?!\w+(?:\.\w+)+\")[^\"\n]*\"(?:\s+#.*)?")
# An array, its items apart by spaces alone: `hosts=("db 1" "db 2")`, `plugins=(git)` (Python's
# items take commas). A run of spaces at least between items, so that a long word is not split
# into items a thousand ways before the match fails (`f=(a_long_name, Other.NAME)`: 0.3 s, once).
_ARRAY_ITEM = r"(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s()\"',]+)"
_SHELL_ARRAY = re.compile(
    rf"^\w+\+?=\(\s*{_ARRAY_ITEM}(?:\s+{_ARRAY_ITEM})*\s*\)(?:\s+#.*)?$"
)  # `+=(` appends
# An array written a few items a line, `certs=(` over its items over `)`: read as one line.
_ARRAY_OVER_LINES = re.compile(r"^\w+=\([ \t]*\n(?:[ \t]+[^\s,()=#][^,()=\n]*\n)+[ \t]*\)[ \t]*$", re.M)


def looks_like_shell_variables(code):
    """Upper-case names given values with no space around `=`, or arrays: a file the shell
    sources, or a .env file (LABELLING.md, rule 4, calls both bash). Python puts spaces there."""
    code = _ARRAY_OVER_LINES.sub(lambda array: " ".join(array.group().split()), code)
    code = re.sub(r"\\\n", "", code)  # a value carried over lines: `URL="https://.../\` over its rest
    lines = [line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    strict = [
        _SHELL_VARIABLE.match(line) or _SHELL_ARRAY.match(line) or _QUOTED_SETTING.fullmatch(line)
        for line in lines
    ]
    if not lines:  # every line commented: `#LIBVIRTD_ARGS="--listen"`, a sysconfig file's settings left off
        commented = [line.strip()[1:] for line in code.splitlines() if line.strip()]
        return bool(commented) and all(_COMMENTED_OUT.fullmatch(line) for line in commented)
    if all(strict):
        return bool(lines)
    runs = [_QUOTED_ASSIGNMENT_RUN.fullmatch(line) for line in lines]
    several = sum(bool(run) and line.count("=") >= 2 for line, run in zip(lines, runs, strict=True))
    assigned = sum(bool(ok or run) for ok, run in zip(strict, runs, strict=True))
    if several >= 2 and assigned >= len(lines) - 1 and len(lines) >= 4:
        return True  # `red='\e[31m'    grn='\e[32m'`: quoted values set a few a line (one example among them)
    # A .env file's lists apart by spaces, `ALLOWED_HOSTS=localhost 127.0.0.1 [::1]`, fewer than its others.
    loose = [line for line, ok in zip(lines, strict, strict=True) if not ok]
    return bool(loose) and 2 * len(loose) < len(lines) >= 3 and all(map(_ENV_LIST.fullmatch, loose))


_QUOTED_ASSIGNMENT_RUN = re.compile(
    r"[A-Za-z_]\w*=(?:'[^'\n]*'|\"[^\"\n]*\")(?:[ \t]+[A-Za-z_]\w*=(?:'[^'\n]*'|\"[^\"\n]*\"))*"
)
_COMMENTED_OUT = re.compile(r"[A-Z][A-Z0-9_]*=(?:\"[^\"\n]*\"|'[^'\n]*')")
_ENV_LIST = re.compile(r"[A-Z][A-Z0-9_]*=[\w.:\[\]-]+(?: [\w.:\[\]-]+)+")


def runs_with_variables(lines):
    """Each line a command given variables first, `LD_PRELOAD='...' /usr/bin/steam %U` (which
    Python would read as a string divided by names)."""
    lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(ASSIGNMENTS_BEFORE.match(line) and is_command_line(line) for line in lines)


# A command whose last argument opens a quote (maybe a JSON document's `{`) the last line closes,
# arguments quoted whole before it or not (`curl -H 'Content-Type: ...' -d '{`).
_INLINE_SCRIPT = re.compile(r"^(?:[^'\"\n]|'[^'\n]*+'|\"[^\"\n]*+\")*?\s-?-?\w*\s*(['\"])[{\[]?\s*$")


def looks_like_inline_script(lines):
    """`python -c '` or `curl -d '{` over lines: a command given a script or a document,
    whatever its language; the shell's."""
    lines = [line for line in lines if line.strip()]
    m = _INLINE_SCRIPT.match(lines[0]) if lines else None
    return bool(m and m.group(1) in lines[-1] and is_command_line(lines[0][: m.start(1)].rstrip()))


FILE_MODE = re.compile(r"[-dlcbps][-rwxsStT]{9}[.+@]?\s")  # what `ls -l` prints first: `drwxr-x---`
ASSIGNMENT = re.compile(r"[A-Za-z_]\w*=\S")  # the shell's `name=value`, no spaces
QUOTED = re.compile(r"'[^'\n]*'|\"(?:[^\"\\\n]|\\.)*\"")
