"""A shell session as posts show it: the prompt before each command (`$ `, `% `, root's `# `, a
themed shell's glyph), told apart from a comment's `# ` and from a script's lines."""

import ast
import re

from .mysql_client import MYSQL_PROMPT
from .python_parse import python_tree
from .python_slips import looks_like_python_with_a_slip
from .shell_signs import ASSIGNMENT, COMMAND_WORD, FILE_MODE, FLAG, SHELL_WORDS, is_command_line
from .signs import CJK_LETTERS

# A prompt before a command: `$ `, `% `, `# ` for root, maybe after a path or `user@host`.
# A themed shell's prompt marks: `❯`, `➜`, `»`, `›`, `λ`, `⚡`, any arrow or a triangle (`→`, `➤`, `▶`), or a glyph
# of its font's own (Unicode's private use); not the status marks of a program's output (`●`, `✓`, `⚠`).
# A two-line prompt's second, drawn from a corner: `╰─○ `, Kali's `└─$ ` (a tree's `└── ` draws no mark), a
# rounded corner alone before a command, `╰─ brew install` (no tree rounds its corners).
# A user's name, a mark, the home folder and a mark: `hwchiu➜~» `; a folder and its branch before a
# mark, `~/1mu(1803) » `; agnoster's powerline, its segments split by its font's arrow (U+E0B0): a
# failed status `✘`, root's `⚡`, user@host, the folder, a git branch after its glyph (U+E0A0).
_THEMED_MARKS = (
    "»›❯λ\u2601\u26a1\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u25b6\u25b8\u25ba\ue000-\uf8ff"
)
_FLOW_ARROW = re.compile(
    r"[ \t]*[\u2190-\u21ff] "
)  # an arrow of Unicode's Arrows block, not a theme's dingbat
_CONSOLE = re.compile(
    r"^(?:\[\d{1,2}:\d\d(?::\d\d)?\] ?)?(?:\([\w./*@-]+(?:\|[A-Z]+)?\) {0,2})?(?:[○●◉◎] (?=["
    + _THEMED_MARKS
    + r"]))?(?:(?:\[[\w@.:~/ -]+(?: \([\w./-]+\))?\] ?|[\w.-]+:~(?:/[\w.-]+(?: [\w.-]+)*)+|(?![\d.]+%)[\w@.:~/-]*|[\w.-]+@(?:\*+|[\w.-]+\*?):[\w~/.-]* ?|[\w.-]+@[\w.-]+ {1,2}[\w~/.-]+ {0,2}|(?:ba|z|k|tc|c)?sh )[$%#] |(?!(?i:select|insert|update|delete|with)\b)[\w.:~/-]+ (?:[\w.-]+|\[[\w./-]+\])\$ |> |["
    + _THEMED_MARKS
    + r"] +|[/~][\w./-]*(?:\([\w.*/-]+\))? ["
    + _THEMED_MARKS
    + r"] +|(?:[/~][\w./-]*|[\w.-]+) [\U0001F300-\U0001FAFF]+ ["  # `~ 🦑🍺 ❯ `: a folder, the writer's emoji
    + _THEMED_MARKS
    + r"] +|[\w.-]+(?:/[\w.-]+)* \[[\w./-]+[\u25cf\u271a\xb1*]?\] ["  # `devops/docker [master●] » `: a folder, its branch
    + _THEMED_MARKS
    + r"] +(?=\S)|[ \t]*(?:\u2718 +)?(?:\u26a1 +)?[\w.-]+@[\w.-]+ [\ue0b0-\ue0b3] [~/][\w./-]* [\ue0b0-\ue0b3] (?:\ue0a0 [\w./-]+(?: [\xb1\u271a\u25cf]+)? [\ue0b0-\ue0b3] )?|[\w.-]+["
    + _THEMED_MARKS
    + r"]~[\w/.-]*["
    + _THEMED_MARKS
    + r"] +|[/~][\w./-]* # (?=[a-z])|[\w.-]+@[\w.-]+[^\s:]{0,2} ?:[~/][^\s]* » (?=[\w./~])|[\w.-]+@[\w.-]+:[~/][\w./-]*\|["
    + _THEMED_MARKS
    + r"] +(?=\S)|[\w.-]+:[/~][\w./-]* [#$] (?=[a-z])|(?:[\w.-]+> ?)+\$ |bash> |shell>[#$] ?(?=[\w./~])|[╰└]─+[^\w\s─]{1,2} |╰─+ (?=[a-z])|[\w.-]+@[\w.-]+:[\w~/.-]*[$#](?=[a-z]{2,}\b)|\[[\w.-]+@[\w.-]+ [^\]\n]*\][$#](?=[a-z]{2,}\b|\.{1,2}/)|"
    r"\[[\w.-]+@[\w.-]+(?: [^\]\n]*)?\] (?="  # `[root@study yum.repos.d] pwd`, `[user2@pc] kill`: the prompt's `#` lost, a known program after it
     + SHELL_WORDS.pattern.removeprefix("^") + r")|"
    r"\${3} (?=[a-z])|\$: (?="  # `$$$ ` as one writer sets it; `$: npm init`, another's, a known program after it
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|>> (?="  # `>> apt-get install unzip`: a writer's doubled mark, a known program after it
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|>(?=\./[\w.-]+ +[a-z-])|>(?="  # `>./consul agent`, `>curl ...`, `>` with no space
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|(?=[\w@.:~/-]*[A-Za-z])[\w@.:~/-]{1,40} ?(?:[$%>] |>(?=[a-z]))(?=\./[\w.-]|"  # `shell> ./manage.py migrate`
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|\$(?=\./[\w.-]|"  # `$pip install x`, `$sudo ...`, `$./test.sh`: no space after it
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|"
    r"[\w.-]+: [~/][\w/.-]* \([\w./-]+\)\$ |[\w.-]+@[\w.-]+(?: [\w~/.()-]+)?: (?=\./[\w.-]|"
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")| [$%] (?="  # `ines: ~/repo (master)$ `; ` % ` indented
    + SHELL_WORDS.pattern.removeprefix("^")
    + r")|~ (?="  # a themed zsh's `➜  ~ ` with its arrow lost
    + SHELL_WORDS.pattern.removeprefix("^")
    + r"))(?=\S)",
    re.M,
)  # `> ` as some set it  # `[user@host dir]$ ` too; a themed shell's `❯ ` (or its font's own glyph); `user@host:~$sudo`; a host masked, `jake@***:~$ `; `root@host:~ # `; `backend> $ `; a book's `user@bash: ` (`root@arch tests: `); a dirty branch's `(main*)$ `, a merge's `(master|MERGING) $ `; zsh's `user@host ~ % ` (or `user@host ~/dir  $ `, two spaces before its mark); `bash> `; `(venv) dir user$ ` (a time before it, `[0:18:35] user:gcc $ `; not `select status$ as ...`, an Oracle-style name); `mysite>python ...`; `~ » ` (a theme's mark after the folder); `[root@host /dir/] # `; Android's shell, `PD1901:/ # `


# A root prompt before a program and its arguments, one at least shaped as no English word is
# (`pgsql-ha`, `--all`, `key=value`, a path): `# pcs resource disable pgsql-ha`, not `# see below`.
_ROOT_COMMAND = re.compile(  # its `#` doubled too, as some notes write it: `## ps -l` (not a synopsis, `## chmod [-R] ...`,
    # here: a block opening `## ` before a known program is _DOUBLED_ROOT's, synopses and all;
    # nor a locale's name, `# en_US.UTF-8 UTF-8`: a program's is in lower case)
    r"^(?:# |## (?![^\n]*\[-?\w+\]))(?:[a-z][a-z0-9_.-]*(?: [^\s#]+)*? [\w.,:@+]*[-=/][\w.,:@+=/-]*|(?:/|\./|~/)[\w./-]+)(?: [^\s#]+)*\s*$"
)


# Root's prompt doubled, as some notes write it, before a known program: its synopsis too
# (`## chmod [-R] xyz file`), the options glossed under it.
_DOUBLED_ROOT = re.compile("## (?=" + SHELL_WORDS.pattern.removeprefix("^") + ")")
# What root asks alone, its answer on the next line: `# pwd` over `/data`.
_ASKS_ALONE = re.compile(r"(?:pwd|ls|whoami|id|hostname|uptime|date|uname|free|df)[ \t]*")


# Root's prompt with its space lost, a known program given its arguments: `#yum install openssl`,
# `#mysqldump -uroot -p db > db.sql ## 备份`. Every line so (a script's commented-out command sits
# among lines that run).
_GLUED_ROOT_COMMAND = re.compile("#(?=" + SHELL_WORDS.pattern.removeprefix("^") + r")\S+ +\S")


# A file named over its content (`# /etc/pgbackrest.conf`): no program to run.
_FILE_NAMED = re.compile(
    r"\.(?:conf|ini|cfg|ya?ml|json|toml|properties|py|sql|txt|env|xml|md|html?|service|socket|timer)"
    r"(?:\s+\([^()\n]*\))?\s*$|"  # `# /etc/teleport.yaml (on the host)`: where it goes, noted
    r"/\.\w[\w.-]*\s*$|"  # `~/.bashrc`; systemd's units
    r"^~/\.\w[\w.-]*/[\w.-]+\s*$|"  # a file in a dot-folder of home: `~/.aws/config`, `~/.ssh/config`
    r"^/etc/[\w./-]+(?:\s+\([^()\n]*\))?\s*$"  # a configuration's file: `# /etc/freeradius/mods-enabled/rest`, `# /etc/ansible/hosts (or yours)`
)


# After `$ ` or `% `, any program (`$ pwmigrate diff`, `$ $HOME/bin/pg_ctl stop`): no comment uses
# them. Not a template's line statements, `% for item in posts:` (Jinja's, Mako's).
_ANY_PROGRAM = re.compile(
    r"(?:[A-Z_][A-Z0-9_]*=\S*\s+)*"  # the environment set for it: `$ PGPASSWORD=x pgschema dump`
    r"(?!(?:for|if|elif|else|end\w*|block|set|macro|call|include|extends|import|with)\b)(?:(?:[a-z_./~]|\$[A-Z{]|<[\w.-]+>/)[\w./~${}\\-]*|\[\[?)(?:\s|$)"
)  # or the shell's test: `$ [ -f app.db ] && echo found`; Windows' `venv\Scripts\activate.bat`


_ROOT_AT_HOST = re.compile(
    r"@\S*:[\w~/.-]*# $|^\[[\w.-]+@[\w.-]+(?: [^\]\n]*|~[^\]\n]*)?\] ?# ?$|^shell># ?$"
)  # root's prompt with its host (`[root@db etc]# `, `[root@db /usr/] # `, `[root@db~]# `), or after the MySQL manual's
# `shell>` (`shell># make install`): no comment's `# `
# A theme's folder between its mark and the command, two spaces after it: `☁  Blog  cd blog`.
_FOLDER_BEFORE_COMMAND = re.compile(r"[\w.-]+ {2,}(?=[a-z])")
_PROMPT_MARK = re.compile(f"[$%{_THEMED_MARKS}]")  # a prompt's last mark, after which any program runs


# The shell's own loops and tests on one line: `for f in *.bin; do ...; done`.
_SHELL_LOOP = re.compile(r"(?:for \w+ in |while |until |if |select \w+ in ).*; (?:do|then)\b")
# Or over lines, its `do` on the next, after the shell's continuation prompt: `$ for f in *.pdb`.
_LOOP_HEAD = re.compile(r"(?:for \w+ in |while |until )\S")
_WINDOWS_SCRIPT = re.compile(
    r"\.\\(?:[\w.-]+\\)+[\w.-]+(?=\s|$)"
)  # a script run from a folder here, Windows' way
_LOOP_BODY = re.compile(r"(?:> )?\s*do\s*$")


_OUTPUT_FILE = re.compile(r"[\w.~-]*/[\w./~-]*\.(?:log|txt|out|err)(?:[ \t]+[12]?>&[12])?(?:[ \t]*&)?[ \t]*")


# A note opened by a label in words, a capital first, then a colon: no program is named so.
_LABELLED_NOTE = re.compile(r"[A-Z][a-z]+(?: [a-z]+)*:(?: |$)")


def console_lines(lines):
    """Lines after a shell's prompt. A root prompt `# ` is a comment's mark as well: there, a
    program alone (`# minikube`, a heading) or a comment of a Python module is no command."""
    found, read_whole = [], {}

    def whole_block_is(test):  # asked once a block, not once a line: a long block's lines are many
        if test not in read_whole:
            read_whole[test] = test(lines)
        return read_whole[test]

    if all(_ROOT_COMMAND.match(line) or _GLUED_ROOT_COMMAND.match(line) for line in lines if line.strip()):
        return [line for line in lines if line.strip()]  # commands only, each after root's prompt
    written = [line for line in lines if line.strip()]
    if written and _DOUBLED_ROOT.match(written[0]):
        return [
            line for line in written if _DOUBLED_ROOT.match(line)
        ]  # `## ls [-al] dir` over its options glossed
    for at, line in enumerate(lines):
        if MYSQL_PROMPT.match(line) or line.startswith("//"):
            continue  # `mysql> exit`: MySQL's client quit, no shell's `>` prompt; `//domain->ip`: a note
        prompt = _CONSOLE.match(line)
        command = line[prompt.end() :] if prompt else ""
        if prompt and prompt.group() == "$ " and command.startswith("$ "):
            command = command[2:]  # `$ $ java -jar ...`: the prompt pasted with the command, twice
        if prompt and prompt.group() == ">> " and _echoed_by_the_command_above(lines[:at]):
            continue  # `make` over `>> gcc -c test.c`: what make ran, marked by the writer, no prompt
        if prompt and prompt.group() == "> " and _OUTPUT_FILE.fullmatch(command):
            continue  # `> /home/u/app.log 2>&1 &`: a command's output sent on, its line broken before `>`
        if not prompt or not (
            SHELL_WORDS.match(command)
            or _runs_with_output(command, lines[at + 1 :])
            or _answered_not_found(command, lines[at + 1 :])
            or (
                _PROMPT_MARK.fullmatch(prompt.group().strip()[-1:])
                and (_ANY_PROGRAM.match(command) or _FOLDER_BEFORE_COMMAND.match(command))
            )
            or (_ROOT_AT_HOST.search(prompt.group()) and _ANY_PROGRAM.match(command))  # `root@db:~# tree`
            or (
                prompt.group() in ("> ", "bash> ")
                and (is_command_line(command) or _SUBCOMMAND.fullmatch(command))
            )
            or (prompt.group().endswith(("> ", ">")) and COMMAND_WORD.match(command))  # `shell> ./manage.py`
            or (prompt.group() == "> " and _WINDOWS_SCRIPT.match(command))  # `> .\env\Scripts\activate`
            or _SHELL_LOOP.match(command)
            or _LOOP_HEAD.match(command)
            and _LOOP_BODY.match(lines[at + 1] if at + 1 < len(lines) else "")
        ):
            continue
        if prompt.group().strip() == "#" and _PRINTS_A_FILE.fullmatch(command) and _printed(lines[at + 1 :]):
            found.append(line)  # `# cat .env` over the file: root's command, whatever the file holds
            continue
        if prompt.group() == "# " and _ASKS_ALONE.fullmatch(command) and _printed(lines[at + 1 : at + 2]):
            found.append(line)  # `# pwd` over `/data`: root's question, what it printed under it
            continue
        if prompt.group() == "# " and _answered_not_found(command, lines[at + 1 :]):
            found.append(line)  # `# cron` over `bash: cron: command not found`: the shell's answer names it
            continue
        if (
            prompt.group().strip() == "#"
            and (
                (
                    " " not in command.strip()
                    and (not command.startswith(("/", "./", "~/")) or _FILE_NAMED.search(command))
                )
                or re.fullmatch(r"[\w./~-]+\s+\([^()\n]*\)\s*", command)
                and _FILE_NAMED.search(command)
                or whole_block_is(_is_python_module_text)
                or whole_block_is(_is_python_with_a_slip)  # a sentence left among its lines
                or whole_block_is(_is_script)
                or _runs_on_a_sentence(command, lines[at - 1] if at else "")
                or _NOTE_IN_ANOTHER_SCRIPT.match(command)  # `# pnpm 会自动链接`: a program named in a note
                or _LABELLED_NOTE.match(command)  # `# Default value: -Xmx1g`: a label, then what it names
                or not (
                    SHELL_WORDS.match(command)
                    or COMMAND_WORD.match(command)
                    or FLAG.search(command)
                    or any(map(_TREE_DRAWN.match, lines[at + 1 :]))
                    and _runs_with_output(command, lines[at + 1 :])
                )
            )
        ):
            continue  # `# add this line to app.conf` is a comment; `# hostname --fqdn` is root's command
        found.append(line)
    written = [line for line in lines if line.strip()]
    if found and found[0] != written[0] and all(_FLOW_ARROW.match(line) for line in found):
        return []  # `Pull chart` over `→ diff chart`: steps joined by arrows, no themed prompt
    return found


def _echoed_by_the_command_above(above):
    """The written lines above end in a command run without a prompt, maybe under `>> ` lines it
    echoed (`make` over `>> gcc ...` over `>> gcc ...`)."""
    for line in reversed([line for line in above if line.strip()]):
        if line.startswith(">> "):
            continue
        return not _CONSOLE.match(line) and not line.startswith("#") and is_command_line(line.strip())
    return False


# A file printed whole, `cat .env`, `tail -n 20 /var/log/x.log`.
_PRINTS_A_FILE = re.compile(
    r"(?:cat|head|tail)(?:[ \t]+-\w+(?:[ \t]+\d+)?)*[ \t]+[\w~.-]*[/.][\w./~-]+[ \t]*"
)


# The shell's answer to a program it lacks: `bash: cron: command not found`, `sh: 1: cron: not found`.
_NOT_FOUND = re.compile(
    r"[ \t]*(?:ba|z|da)?sh:(?:[ \t]+\d+:)?[ \t]+(?:command not found:[ \t]+)?([\w.-]+)(?::[ \t]+(?:command )?not found)?[ \t]*"
)


def _answered_not_found(command, after):
    """The next line written is the shell's answer that the command's program is not found."""
    answer = _NOT_FOUND.fullmatch(_next_written(after))
    return bool(answer) and answer[1] == command.split(None, 1)[0] and "not found" in answer[0]


def _next_written(after):
    """The first line after a command that is not blank, or ""."""
    return next((line for line in after if line.strip()), "")


def _printed(after):
    """The next line written is no comment: what a command printed."""
    following = _next_written(after)
    return bool(following) and not following.lstrip().startswith("#")


# Words ending in a colon, no flag nor path among them: a note over the lines that follow.
_NOTE_OVER_WHAT_FOLLOWS = re.compile(r"[a-z][\w'-]*(?:[ \t]+[\w'.,()-]+){3,}:[ \t]*")
# The lines `tree` draws: `# tree apps/` over them is root's command and its output.
_TREE_DRAWN = re.compile(r"(?:[│|]\s+)*[├└]── ")


# A program given a subcommand or two after `> `, `> app serve --port 80` aside: `> emmett develop`.
_SUBCOMMAND = re.compile(r"[a-z][\w.-]* [a-z][\w-]*(?: [a-z][\w-]*)?\s*")


_NOTE_IN_ANOTHER_SCRIPT = re.compile(rf"\S+\s+(?:\d[\w.]*\s+)?[{CJK_LETTERS}]")  # `# python 3 中 ...` too
_NOTED_IN_CJK = re.compile(rf"[ \t]*#[^\n]*[{CJK_LETTERS}]")


def commented_out_commands(written, console):
    """Every line commented, notes among the commands: a script's commands left out of it (`#
    Nightly backup (disabled)` over `# pg_dump ...`). Not notes in another alphabet among them
    (`# 使用 timedatectl ...` under `# timedatectl set-ntp true`): root's prompt, as Arch Linux's
    guides write it, the writer's notes beside it."""
    notes = [line for line in written if line not in console]
    return (
        bool(console)
        and bool(notes)
        and all(line.lstrip().startswith("#") for line in written)
        and not any(map(_NOTED_IN_CJK.match, notes))
    )


def _runs_on_a_sentence(command, above):
    """`# invoke 'systemctl daemon-reload' after editing this file.` under a comment's `... from
    systemd,`: a sentence, begun on the line above or ended by its full stop, or words ending in a
    colon over what follows (`# echo each file's name first:`)."""
    return (
        bool(re.search(r"[a-z]['\")]?\.$|[a-z]\. [A-Z][a-z]", command.rstrip()))
        or (above.startswith("#") and above.rstrip().endswith(","))
        or bool(_NOTE_OVER_WHAT_FOLLOWS.fullmatch(command))
    )


def _runs_with_output(command, after):
    """A program the list of known ones lacks (`hostname --fqdn`), run: what it printed follows,
    a line that is neither a comment nor a command."""
    following = _next_written(after)
    return bool(
        is_command_line(command)
        and _printed(after)
        and not _CONSOLE.match(following)
        and not is_command_line(following)
    )


def _is_script(lines):
    """A command opens the block, maybe under comments, no prompt before it: its `# ` lines are
    the script's comments."""
    lines = [line for line in lines if line.strip()]
    if any(
        line.startswith("# ") and is_command_line(line[2:]) and FILE_MODE.match(listed)
        for line, listed in zip(lines, lines[1:])
    ):
        return False  # `# ls -l x` over the line it listed (`-rwsr-x---. 1 root ...`): root ran it, no script's comment
    for at, line in enumerate(lines):
        if line.startswith("#"):
            comment = line[1:].strip()
            if comment.endswith("\\"):
                continue  # a command quoted in comments, `# docker run \` over its options: a usage
            if (
                " " in comment
                and is_command_line(comment)
                and not _opens_a_script(
                    [later for later in lines[at + 1 :] if not _COMMENT_LINE.match(later)]
                )
            ):
                return False  # a command after root's prompt opens the block, its output under it
            continue
        return _opens_a_script(lines[at:])
    return False


def _opens_a_script(lines):
    """The first line runs a command, or a tool the list lacks given its subcommand (`hub clone
    dotfiles`) with known commands after it, or two of the three lines after it run commands
    (`temp; cd dir` over `source env/bin/activate` over `pip install x`: no program prints so)."""
    first, later = (lines[0] if lines else ""), [line for line in lines[1:] if not line.startswith("#")]
    return (
        _is_script_line(first)
        or bool(_SUBCOMMAND_RUN.fullmatch(first) and any(map(_is_script_line, later[:3])))
        or sum(map(_runs_a_known_program, later[:3])) >= 2
    )


def _runs_a_known_program(line):
    """A script's line that runs a program the list knows, given arguments, or assigns: not a
    path or a table's row that a program printed."""
    return bool(
        (SHELL_WORDS.match(line) and " " in line.strip()) or ASSIGNMENT.match(line)
    ) and _is_script_line(line)


_SUBCOMMAND_RUN = re.compile(r"[a-z][\w-]* [a-z][\w-]*(?: [^\s#]+)*\s*")


def _is_script_line(line):
    """A command or an assignment, no prompt before it, and no line `ls` prints (`drwxr-x---`,
    names in spaced columns)."""
    return (
        bool(line)
        and not _CONSOLE.match(line)
        and not FILE_MODE.match(line)
        and not _COLUMNS.match(line)
        and bool(
            is_command_line(line)
            or ASSIGNMENT.match(line)
            or _SHELL_FUNCTION.match(line)
            or _SHELL_TEST.match(line)
            or _SHELL_LOOP.match(line)
            or _CASE_OPENED.fullmatch(line)
        )
    )


_CASE_OPENED = re.compile(r"case[ \t]+\S+[ \t]+in[ \t]*")  # `case $- in`, a .bashrc's first test


_SHELL_TEST = re.compile(
    r"\s*\[\[?\s.*\s\]\]?\s*(?:&&|\|\||;\s*then\b)"
)  # `[[ -s "$HOME/.profile" ]] && source ...`


_COMMENT_LINE = re.compile(r"#(?: |#*\s*$)")  # `# note`, or `#` and `##` alone: a comment's frame
# A shell function's header: `function name () {`, `name() {`.
_SHELL_FUNCTION = re.compile(r"\s*(?:function\s+[\w:-]+\s*(?:\(\s*\))?|[\w:-]+\s*\(\s*\))\s*\{?\s*$")


# What `ls` prints without `-l`: three names or more a line, spaced apart.
_COLUMNS = re.compile(r"^\S+(?: {2,}\S+){2,}\s*$")


def _is_python_with_a_slip(lines):
    return looks_like_python_with_a_slip("\n".join(lines))


def _is_python_module_text(lines):
    """Python's statements under the comments; names alone (`supervision`, a host's) are not."""
    tree = python_tree("\n".join(lines))
    return bool(tree) and any(
        not isinstance(statement, ast.Expr) or isinstance(statement.value, ast.Call)
        for statement in tree.body
    )
