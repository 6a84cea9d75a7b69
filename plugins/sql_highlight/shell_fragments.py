"""Commands a post shows alone or glossed rather than run in a script: a program's name with a
word or two, a usage line with the reader's placeholders, commands under or beside `#` notes,
a program's options alone, a command over what it printed. Read after the stronger signs."""

import re

from .shell_signs import (
    ASSIGNMENTS_BEFORE,
    FLAG,
    QUOTED,
    SHELL_WORDS,
    SHORT_SENTENCE,
    is_command_line,
    without_trailing_comment,
)

# A command named alone on its line, maybe given a word or two: `site-build`, `make docs`.
_BARE_COMMAND = re.compile(r"[a-z][a-z0-9_-]*(?: [a-z][a-z0-9_-]*){0,2}")
# A program (no `_` in its name: `log_format "json"` is a setting) and up to eight arguments:
# words, quoted strings, flags, paths, a placeholder in capitals; one of them marked as only
# arguments are (a digit, a slash, `=`, a quote, `_`, a capital), where prose has words alone.
_PROGRAM_WITH_ARGUMENTS = re.compile(
    r"[a-z][a-z\d.-]*(?: +(?:[a-z][\w.:/=-]*|\"[^\"\n]*\"|'[^'\n]*'|-{1,2}[\w-]+(?:=\S+)?|[~./$]\S*|[A-Z_]+)){1,8}"
)
_ARGUMENT_MARK = re.compile(r" \S*[\d/~.=:\"'_A-Z-]")
# A usage line's marks: `[OPTIONS]`, `{ -c | --config }`, `<file>`.
_USAGE_MARK = re.compile(r"[\[{<]")  # outside quotes: `'{"a": 1}'` is a document given


# One line of a program, its subcommands, then the arguments the reader fills in:
# `notesctl feed add [OPTIONS]`, `ruby main.rb [version] <file>`.
# `[--type={pg | all}]`, `{ a | b }`, `[<ip>]`, `<osd_id(s)>`
_PLACEHOLDER_GROUP = r"(?:\[[\w .|=,:{}<>-]+\]|<[\w .-]+(?:\(s\))?>|\{[\w .|-]+\})"
_COMMAND_WITH_PLACEHOLDERS = re.compile(
    rf"[a-z][\w.-]*(?: [a-z][\w./-]*)*(?: +{_PLACEHOLDER_GROUP})+(?: +(?:[\w./=-]+|{_PLACEHOLDER_GROUP}))* *"
)
# A program's subcommand, a placeholder, then what is done to it: `dlt pipeline <name> show`.
_SUBCOMMAND_OF_PLACEHOLDER = re.compile(r"[a-z][\w.-]* [a-z][\w-]* <[\w .-]+> [a-z][\w-]*$")
# ... or a program's subcommands given a placeholder, `mmctl plugin enable <id>`, or one given
# a placeholder of words, `tool upgrade <database_ID>` (not a verb's `deploy <x>`, nor `fsm
# step <node>`, which a manual may write for a step of its own).
_SUBCOMMAND_GIVEN_PLACEHOLDERS = re.compile(
    r"[a-z][\w.-]*(?: [a-z][\w-]*){2,} <[\w .-]+(?:\(s\))?>|[a-z][\w.-]*(?: [a-z][\w-]*)+ <[\w.-]*[ _-][\w .-]*(?:\(s\))?>"
)
# A synopsis's options wrapped onto the lines below, indented under the program.
_WRAPPED_OPTIONS = re.compile(rf"\n[ \t]+(?=(?:{_PLACEHOLDER_GROUP} *)+$)", re.M)  # not `[X] 0001_initial`


# A program in lower case, maybe given arguments (no call's `(`, no assignment's `=`, no key's `:`).
_PROGRAM_LINE = re.compile(
    r"[a-z][\w.-]*;?(?: +[^\s=(:][^\n]*)?"
)  # `sync; echo 1 > ...`: two commands on a line


def _commented_commands(lines):
    """A cheat sheet: two commands or more, each run of them under the comment saying what it does,
    a command after another given flags or a pipe (not Prometheus's metrics, each under its `# HELP`
    and `# TYPE`)."""
    lines = [line.strip() for line in lines if line.strip()]
    commands = [at for at, line in enumerate(lines) if not line.startswith("#")]
    # a label over each run (`# add host`), no sentence: then one program's subcommands may follow
    # each other unflagged
    labelled = not any(line.startswith("#") and _SENTENCE_END.search(line) for line in lines)
    return (
        len(commands) >= 2
        and not any(line.startswith(("# HELP ", "# TYPE ")) for line in lines)
        and all(
            at
            and _PROGRAM_LINE.fullmatch(lines[at])
            and (
                lines[at - 1].startswith("# ")
                or at - 1 in commands
                and (
                    _FLAGGED_OR_PIPED.search(lines[at])
                    or labelled
                    and _subcommand_after_another(lines[at - 1], lines[at])
                )
            )
            for at in commands
        )
    )


def _subcommand_after_another(previous, line):
    """`ceph orch host drain <host>` then `ceph orch ps <host>`: one program's subcommands in a run
    (a word after the program, not a setting's number: redis.conf's `save 300 10`), or a command
    given the reader's `<placeholder>`; no sentence's full stop or capital in them."""
    previous, line = without_trailing_comment(previous), without_trailing_comment(line)
    words, before = line.split(), previous.split()
    return (
        len(words) >= 2
        and (
            len(before) >= 2
            and words[0] == before[0]
            and all(map(_SUBCOMMAND.fullmatch, (words[1], before[1])))
            or bool(_PLACEHOLDER.search(line))
        )
        and not any(_SENTENCE_MARK.search(text) for text in (previous, line))
    )


_SENTENCE_END = re.compile(r"[.。!?][ \t]*$")
_SENTENCE_MARK = re.compile(r"[.!?。](?:\s|$)| [A-Z][a-z]+ [a-z]")
_SUBCOMMAND = re.compile(r"[a-z][a-z-]*")
_PLACEHOLDER = re.compile(r"<[a-z][\w-]*>(?!.*</)")


_FLAGGED_OR_PIPED = re.compile(r" (?:--?[a-z][\w-]*|\|) ")


_WORDS_LINE = re.compile(
    r"[a-z][\w.-]*(?: +(?:[a-z_][\w.:/-]*(?:=[\w.:/-]+)?|\d[\w.:-]*|<[\w .|-]+>|--?[a-z][\w-]*|\"[^\"\n]*\"|'[^'\n]*'|"
    r"\[-{1,2}[a-z][\w-]*(?: <[\w .|-]+>)?\]))+"
)  # a date given, `2024-03-01`; a quoted value, `"chart"`; a choice, `<LOG_BASED|FULL_TABLE>`; a setting, `allowDNS=1`;
# an option the reader may give, `[-p <vhost>]`


def _one_program(lines):
    """Every line runs the same program (not a list of verbs, `deploy <x>` over `rollback <x>`)."""
    return len({line.split(" ", 1)[0] for line in lines}) == 1


_SLASH_NOTE = re.compile(r"[ \t]+//(?:[ \t][^\n]*)?$")


def _one_programs_subcommands(lines):
    """One program a line each, given its subcommands: `notesctl feed list` over `notesctl feed
    show <name>  # a note` (words in lower case, flags, placeholders: no sentence's capital or
    full stop). A note may follow `//` too (`flutter clean  // 清理缓存`): no JavaScript puts
    two names apart by a space."""
    lines = [_SLASH_NOTE.sub("", without_trailing_comment(line)).strip() for line in lines if line.strip()]
    lines = [line for line in lines if not line.startswith("# ")]  # `# For example:` between them
    return (
        len(lines) >= 2
        and _one_program(lines)
        and all(map(_WORDS_LINE.fullmatch, lines))
        and not all(len(_COLUMN_GAP.findall(line)) >= 2 for line in lines)
    )


# `cock number:0   hen number:25   chick ...`: output's columns, each line.
_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)")


# A program in lower case, maybe its arguments (no `=`, no brackets), then a note after `#`:
# `userdel name  # delete the user`, `whoami  # <- current user` (no statement, no key's `:`).
_NOTED_COMMAND = re.compile(
    r"(?!(?i:select|insert|update|delete|create|alter|drop|with)\b)[a-z][\w.-]*"
    r"(?:[ \t]+(?:--?[\w-]+=[^\s#]+|[^\s#=(){}:;][^\s#=(){};]*))*[ \t]+#(?:[ \t]+\S|(?![0-9a-fA-F]{3,8}\b|\d+\b)[^\s#])[^\n]*"
)  # an option given its value too, `--from=<version>`; a note written `#查看`, no issue's `#42` nor a colour's `#fff`


def looks_like_noted_commands(code):
    """A line or more, each a program run with a note after it, the shell's way: given arguments,
    or a known program alone (`whoami  # <- current user`); or a cheat sheet's lines, most noted so,
    the others a program noted alone that another line runs, or a command given flags."""
    lines = [line.strip() for line in code.strip().splitlines() if line.strip()]
    noted = [bool(_NOTED_COMMAND.fullmatch(line)) for line in lines]
    given = [note and " " in line.split("#", 1)[0].strip() for note, line in zip(noted, lines)]
    if bool(lines) and all(
        arguments or note and SHELL_WORDS.match(line) for note, arguments, line in zip(noted, given, lines)
    ):
        return True  # a name alone noted is a listing's (`tsconfig.json  # base`), unless a program's
    run = {line.split()[0] for line, arguments in zip(lines, given) if arguments}
    return sum(given) * 2 >= len(lines) and all(
        arguments
        or (note and line.split()[0] in run)  # `date  #显示当前时间` over `date +"%Y-%m-%d"`
        or (FLAG.search(line) and is_command_line(line))  # `命令 -h / --help`: a placeholder given flags
        for note, arguments, line in zip(noted, given, lines)
    )


_WHERE_PROGRAM = re.compile(r"where[ \t]+[a-z][\w.-]*[ \t]*")
_NOTED_PATH = re.compile(r"[ \t]*#[ \t]*/[\w./-]+[ \t]*")  # `# /usr/bin/zsh`: what `where` printed, noted


def finds_a_program_first(code):
    """Windows' `where node` (the shell's `which`) over commands run after it, or the path it
    printed noted: no SQL's WHERE, which a program's name alone never follows over a command."""
    first, newline, rest = code.strip().partition("\n")
    return (
        bool(newline)
        and bool(_WHERE_PROGRAM.fullmatch(first))
        and all(
            is_command_line(line) or _NOTED_PATH.fullmatch(line) for line in rest.splitlines() if line.strip()
        )
    )


_NOTE_AFTER = re.compile(r"[ \t]+#[^'\"\n]*$", re.M)


_SUBSTITUTION = re.compile(r"\$\(\([^()\n]+\)\)|\$\([a-z][^()\n]*\)")


def looks_like_bare_command(code):
    """One line of two or three lower-case words, or one that joins words (`site-build`), none
    of them SQL: a program run without flags (`make docs`); or a command's line with the reader's
    placeholders. A plain word alone (`ok`) is text."""
    lines = code.strip().splitlines()
    if _commented_commands(lines) or _one_programs_subcommands(lines):
        return True
    line = "\n".join(line for line in lines if not line.startswith("# ")).strip()
    line = _NOTE_AFTER.sub("", line)  # `phalcon create-project store #makes the folders`: the shell's comment
    if SHORT_SENTENCE.fullmatch(line):
        return False  # `jar verified.`: a program's message
    commands = _WRAPPED_OPTIONS.sub(" ", line).splitlines()
    optional = "[" in line or re.search(r"\{[^{}\n]*\|", line)  # `[OPTIONS]`, `{ list | show }`
    optional = optional or _SUBCOMMAND_OF_PLACEHOLDER.match(line)  # `dlt pipeline <name> show`
    optional = optional or all(map(_SUBCOMMAND_GIVEN_PLACEHOLDERS.match, commands))  # `mc rb <alias>`
    if _one_program(commands) and all(map(_COMMAND_WITH_PLACEHOLDERS.fullmatch, commands)) and optional:
        return True  # `[OPTIONS]`: `<node>` alone is also how a manual names what an option is given
    if _SUBSTITUTION.fullmatch(line):
        return True  # `$(command)`, `$(( expression ))`: the shell's substitutions, as its manual names them
    if _PROGRAM_WITH_ARGUMENTS.fullmatch(line) and _ARGUMENT_MARK.search(line):
        return True  # `mc ls local/`, `knife client reregister CLIENT`: arguments no sentence has
    return bool(_BARE_COMMAND.fullmatch(line)) and any(mark in line for mark in " -_")  # under its comment


# A program's long options, given alone as a reference shows one: `--sink=postgresql://host/db`;
# or short ones given a setting or a mapping, as docker's: `-e POSTGRES_DB=notes`, `-v data:/var/lib/pg \`
# (not a requirements file's `-c https://...`).
_OPTION = (
    r"(?:--[a-z][\w-]*(?:[= ][^\s-]\S*)?|-[A-Za-z] (?:'[^'\n]*'|\"[^\"\n]*\"|[^\s-]\S*?(?:=|:(?!//))\S*)|"
    r"-X[a-z]{2}\d+[KkMmGg]?|-XX:[+-]?\w+(?:=\S+)?)"  # the JVM's, `-Xms128M`, `-XX:MaxPermSize=128M`
)
_OPTIONS = re.compile(_OPTION + r"(?:[ \t]+" + _OPTION + r")*(?:[ \t]+\\)?")


def looks_like_options_alone(code):
    """Lines of options and their values, no program named, maybe under `#` notes (`# JDK8` over
    `-Xms128M -Xmx512M`): what a command is given."""
    lines = [line.strip() for line in code.strip().splitlines() if line.strip() and line.lstrip()[0] != "#"]
    return (
        bool(lines)
        and len(lines) <= 8
        and code.count('"') % 2
        == 0  # (`-XX:HeapDumpPath=$LOG_DIR/x"`: a string's end, cut from its variable)
        and all(_OPTIONS.fullmatch(line) for line in lines)
    )


def looks_like_command_then_lines(code):
    """A command or three, a known program's or one given flags or a path, then at once what they
    printed (no blank line between): `psql -f setup.sql` and its messages, a tool and its JSON."""
    lines = [line.strip() for line in code.strip().splitlines() if line.strip()]
    commands = 0
    while commands < min(3, len(lines) - 1) and is_command_line(lines[commands]):
        commands += 1
    if not commands or is_command_line(lines[commands]):
        return False
    first = ASSIGNMENTS_BEFORE.sub("", lines[0]).removeprefix("sudo ")
    # `pg_lsclusters` and its table; not a synopsis, its options (`[ -f FILE ]`) indented under the program.
    following = [line for line in code.strip().splitlines() if line.strip()][1]
    alone = SHELL_WORDS.fullmatch(first) and first != "psql" and not re.match(r"\s+[\[{<-]", following)
    return (
        (" " in first or alone)
        and not any(_USAGE_MARK.search(QUOTED.sub("''", line)) for line in lines[:commands])
        and bool(
            SHELL_WORDS.match(first)
            or lines[0].startswith("sudo ")
            or FLAG.search(first)
            or re.search(r"(?:^|\s)\.{0,2}/\w", first)  # a script run by its path, or given one
        )
    )


# The shell's own forms as a tutorial writes them, placeholders for their parts: `case expression
# in` over `pattern )` and `commands ;;` over `esac`; a test's three spellings, `test expression`,
# `[ expression ]`, `[[ expression ]]`; a command's output substituted, `$(command)`, `` `command` ``.
_CASE_FORM = re.compile(
    r"\s*case[ \t]+\S+[ \t]+in[ \t]*\n(?:[^\n]*\n)*?[^\n]*;;[^\n]*\n(?:[^\n]*\n)*?[ \t]*esac\s*"
)
_TEST_FORM = re.compile(r"[ \t]*(?:test[ \t]+\w+|\[[ \t]+\w+[ \t]+\]|\[\[[ \t]+\w+[ \t]+\]\])[ \t]*")
_SUBSTITUTION_FORM = re.compile(r"[ \t]*(?:\$\([ \t]*\w+[ \t]*\)|`[ \t]*\w+[ \t]*`)[ \t]*")


def writes_shell_forms(code):
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(_CASE_FORM.fullmatch(code)) or (
        len(lines) >= 2
        and (all(map(_TEST_FORM.fullmatch, lines)) or all(map(_SUBSTITUTION_FORM.fullmatch, lines)))
    )
