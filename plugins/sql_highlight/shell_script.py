"""Whether a block reads as the shell's script: its syntax counted, its commands, its documents."""

import re

from .alternation import Alternatives
from .shell_signs import (
    SHELL_WORDS,
    SHORT_SENTENCE,
    VERSION_BANNER,
    is_command_line,
    looks_like_commands,
)
from .signs import count_matches

# A command handed a document, `cat <<EOF`: not C++'s stream, `std::cout << "at " << ptr` at a line's end.
HEREDOC = re.compile(
    r"^(?!\s*(?:std::)?c(?:out|err|log)\b)(?:(?!<<)[^\n])*(?<!<)<<-?\s*(?!\w+>>)['\"]?([A-Za-z_]\w*)['\"]?(?:\s*(?:>>?|\|)[^\n]*)?\s*$",
    re.M,
)


_SHELL_SYNTAX = Alternatives(
    # a trap set on a signal, a body of the null command alone, a variable unset, `echo -e`, a
    # special parameter (`$!`, `$?`, `${$}`), a variable (not AngularJS's `$scope.order.amount`,
    # `$http.get(`, nor Vue's `this.$el`: an object's member), a heredoc's word (not a log's
    # `<<Manager#get:150>>`, nor a shift, `1<<n`)
    r"^\s*trap\s+\S+\s+(?:EXIT|ERR|INT|TERM|HUP|QUIT|DEBUG|RETURN|SIG[A-Z]+)\b|\{[ \t]*\n[ \t]*:[ \t]*\n[ \t]*\}|"
    r"\$[!?#@](?=[\s;)\"'}|]|$)|\$\{[$!#?@]\}|"
    r"^\s*\w+=\$\(|(?:^\s*|;\s*)(?:fi|done|esac|then|do)\s*$|(?<!\.)\$(?:\{[!#]?\w+|\w+(?![\w($]|\.[A-Za-z_]\w*[.(=\s]))|^\s*(?:if|while|until)\s+\[|;\s*then\b|;\s*do\b|"
    r"(?<![\d)\]])(?<![\d)\]] )<<-?\s*['\"]?(?!\d)\w+['\"]?(?![^\s>]*>>)|\$'(?:[^'\\\n]|\\.)*'|^\s*(?:set [-+]\w+|export \w+=|source |local \w+|unset (?:-[fv] )?\w+|echo -[neE]+ )|^[ \t]*[\w-]+[ \t]*\(\)[ \t]*\{|&&|\|\||2>&1|\\$|"
    r"^[ \t]*[^\s()]+\)[^\n]*;;[ \t]*$|"  # a `case` branch: `build) invoke build ;;`
    # a loop's head, `do` ending it with no `;` before (its form, `while condition do`); arithmetic, `(( i++ ))`
    r"^[ \t]*(?:while|until|for)\b[^\n]*[^;\s][ \t]+do[ \t]*$|^[ \t]*\(\([ \t][^\n]*[ \t]\)\)[ \t]*$|"
    r"^[ \t]*\[\[[ \t][^\n]*?(?:[ \t](?:=~|==?|!=)[ \t]|-[a-zA-Z]{1,2}[ \t])[^\n]*[ \t]\]\]|"  # a test, `[[ "$s" =~ [0-9] ]]`
    r"\|\s*(?:grep|awk|sed|sort|uniq|head|tail|wc|xargs|tee|cut|tr|gzip|psql|jq|less)\b|"
    r"\$\([a-z][\w.-]* [^()\n]+\)|"  # a command's output substituted: `$(mamonsu template id x)`
    r"^[ \t]*function[ \t]+[\w:-]+[ \t]+\(\)[ \t]*\{|^[ \t]+[A-Z_][A-Z0-9_]*=[\"'$\w]",  # `function f () {`, `  PS1="..."`
    re.M,
)


def shell_syntax(code):
    code = _LOGIC_IN_A_CALL.sub("()", _SQL_PARAMETERS.sub("", code))
    code = _LOGIC_OPENING_A_LINE.sub(r"\n\1", code)
    code = _TEMPLATE_ARGUMENT.sub(_dollars_out, _QUOTED_STATEMENT.sub(_dollars_out, code))
    return count_matches(_SHELL_SYNTAX, code)


def _dollars_out(match):
    return match.group().replace("$", "")


# A statement's parameters, `VALUES ($1, $2)`, in another language's string: no shell's variables;
# nor `$1` in a statement quoted whole, `"DELETE FROM items WHERE id = $1"`.
_SQL_PARAMETERS = re.compile(r"\(\$\d+(?:,\s*\$\d+)+\)")


# `||` or `&&` among a call's arguments, `console.log(123 || 456)`: the shell joins commands so, and
# calls nothing with brackets glued to a name.
_LOGIC_IN_A_CALL = re.compile(r"(?<![$\w])[A-Za-z_][\w.]*\([^()\n]*(?:\|\||&&)[^()\n]*\)")
# ... or opening a line the one above did not continue with `\`: an expression's operands over
# lines (`return ((a < 2)` over `|| (b > 12));`), where the shell would find no command before it.
_LOGIC_OPENING_A_LINE = re.compile(r"(?<!\\)\n([ \t]*)(?:\|\||&&)")


_QUOTED_STATEMENT = re.compile(r"([\"'`])(?:SELECT|INSERT|UPDATE|DELETE)\b[^\"'`\n]*\1")


# A template literal handed to a call, `` console.log(`${this.name}`) ``: the shell calls nothing so.
_TEMPLATE_ARGUMENT = re.compile(r"\(\s*`[^`\n]*`")


def without_heredocs(code):
    """The script without the documents its commands are handed (`<<EOF` to `EOF`)."""
    kept, closing = [], None
    for line in code.splitlines():
        if closing:
            closing = None if line.strip() == closing else closing
            continue
        kept.append(line)
        if opened := HEREDOC.search(line):
            closing = opened.group(1)
    return "\n".join(kept)


def is_bash(code, lines):
    shell_hits = shell_syntax(code) + sum(
        bool(SHELL_WORDS.match(line))
        and not VERSION_BANNER.match(line)
        and not SHORT_SENTENCE.fullmatch(line)
        for line in map(str.strip, lines)
    )
    return (
        shell_hits >= 2
        or (shell_hits and len(lines) <= 2)
        or looks_like_commands(code)
        or bool(_SHELL_DEFINITION.search(code))
        or _grouped_commands(lines)
    )


def _grouped_commands(lines):
    """Commands in a group of the shell's, `{` and `}` on lines of their own (a guide's way to
    run them as one paste)."""
    lines = [line.strip() for line in lines if line.strip()]
    return len(lines) > 2 and lines[0] == "{" and lines[-1] == "}" and all(map(is_command_line, lines[1:-1]))


# What only the shell defines so: a function at a line's start, `name() {` (JavaScript's and C's
# want a keyword or a type before it), an array of words, `fruits=(apple banana)`.
_SHELL_DEFINITION = re.compile(
    r"^[A-Za-z_][\w-]*\(\)[ \t]*\{[ \t]*$|^[A-Za-z_]\w*\+?=\([^,()\n]*\)[ \t]*$|^@test +\"[^\"\n]*\" *\{[ \t]*$|"
    r"^[A-Za-z_][\w-]*[ \t]*\(\)[ \t]*\{[ \t]+[^\n]*;[ \t]*\}[ \t]*$|"  # on one line: `greet () { echo hi; }`
    r"^[ \t]*function[ \t]+[\w:-]+[ \t]*\{[ \t]*$",  # the keyword without brackets: `function finish {`
    re.M,
)  # and a Bats test, `@test "name" {`, a function of the shell's with a name in words
