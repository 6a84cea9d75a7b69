"""C's figures in a course's way (an operating systems lesson's producer and consumer, a loop
waiting on a flag): braced statements JavaScript writes alike, save a form only C writes or a
habit of C's. Asked of a block already read as JavaScript."""

import re

from .alternation import Alternatives
from .c_statements import C_LIBRARY_CALL
from .javascript_signs import JS_CLASS_OR_FUNCTION
from .signs import COUNTED_LOOP
from .sql_slips import one_letter_off

# Words JavaScript (and TypeScript) opens a line with before another name: not a type declaring it.
_SCRIPT_WORDS = (
    r"(?:let|var|const|val|return|throw|typeof|delete|void|await|yield|new|break|continue|case|import|"
    r"export|debugger|else|do|in|of|instanceof|async|static|get|set|default|type|interface|enum|"
    r"namespace|declare|abstract|readonly|public|private|protected|function|func|fn|fun|def|sub|proc|"
    r"class|extends|goto|package|use|for|if|while|switch|catch|with)\b"
)
_C_ONLY = Alternatives(
    r"^[ \t]*goto[ \t]+[A-Za-z_]\w*[ \t]*;|"  # a jump to a label, which JavaScript has no statement for
    # a name declared by its type, `item v;`, `semaphore chopstick[5];`, `boolean flag = false;`
    r"^[ \t]*(?!"
    + _SCRIPT_WORDS
    + r")[A-Za-z_]\w*[ \t]+\**[ \t]*[A-Za-z_]\w*(?:\[\w*\])*[ \t]*(?:;|=(?!=)[^\n]*;[ \t]*$)|"
    # a function defined by the type it returns, `boolean testset (i) {`
    r"^[ \t]*(?!" + _SCRIPT_WORDS + r")[A-Za-z_]\w*[ \t]+\**[ \t]*[A-Za-z_]\w*[ \t]*\([^():\n]*\)[ \t]*\{|"
    # the system's own calls, a process forked and a program run in it, `main`'s arguments
    r"(?<![.\w])(?:fork[ \t]*\([ \t]*\)|(?:execv[pe]?|execl[pe]?|waitpid|pthread_\w+)[ \t]*\()|(?<![.\w])argv[ \t]*\[",
    re.M,
)
# C's habits: a loop waiting on a flag with an empty body (`while (count == 0);`, or its `;` on a
# line of its own), a loop forever on `1`, a semaphore waited on and signalled.
_EMPTY_BODY = re.compile(
    r"^[ \t]*while[ \t]*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)[ \t]*(?:\n[ \t]*)?;", re.M
)
_FOREVER_ON_ONE = re.compile(r"\bwhile[ \t]*\([ \t]*1[ \t]*\)")
_SEMAPHORE = re.compile(
    r"^[ \t]*(?P<call>wait|signal)[ \t]*\([^()\n]*(?:\([^()\n]*\))?[^()\n]*\)[ \t]*;", re.M
)
# JavaScript's own: its declarations, functions, arrows, what only its runtimes offer.
# Java's own too, which declares as C does: its package, imports, annotations, members' access.
_SCRIPT_ONLY = re.compile(
    r"\b(?:var|let|const)[ \t]+[A-Za-z_$]|=>|"
    r"^[ \t]*(?:package|import)[ \t]+[\w.*]+[ \t]*;|^[ \t]*@[A-Z]\w*|\b(?:public|private|protected)[ \t]+\w",
    re.M,
)
_OPENING_WORD = re.compile(r"^[ \t]*([a-z]+)[ \t]", re.M)
_COMMENT_OR_STRING = re.compile(
    r"/\*.*?\*/|//[^\n]*|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`[^`]*`", re.S
)


def writes_c_only(code):
    """A form only C writes, or one of its habits (`wait(mutex);` with `signal(mutex);` counts
    as one), outside comments and strings, and nothing JavaScript or Java writes alone."""
    bare = _COMMENT_OR_STRING.sub(lambda m: "''" if m.group()[:1] in "\"'`" else "", code)
    if JS_CLASS_OR_FUNCTION.search(bare) or _SCRIPT_ONLY.search(bare) or _slips_on_a_script_word(bare):
        return False
    return bool(
        _C_ONLY.search(bare)
        or C_LIBRARY_CALL.search(bare)
        or _EMPTY_BODY.search(bare)
        or _FOREVER_ON_ONE.search(bare)
        or {m.group("call") for m in _SEMAPHORE.finditer(bare)} == {"wait", "signal"}
    )


def _slips_on_a_script_word(code):
    """`ar x = f();`, `returrn res;`: JavaScript's declaring word misspelt, no type of C's."""
    return any(
        one_letter_off(m.group(1), word)
        for m in _OPENING_WORD.finditer(code)
        for word in ("var", "let", "const", "return")
    )


# A prototype as Microsoft's reference gives it, each parameter a line with its annotation in
# brackets (`  [in, optional] LPVOID lpAddress,`), which no other language writes.
_ANNOTATED_PROTOTYPE = re.compile(
    r"(?:[A-Za-z_]\w*[ \t]+)+\**[A-Za-z_]\w*\([ \t]*\n"
    r"(?:[ \t]+\[[a-z_]+(?:,[ \t]*[a-z_]+)*\][ \t]+(?:const[ \t]+)?[A-Za-z_]\w*[ \t*]+[A-Za-z_]\w*,?[ \t]*\n)+"
    r"[ \t]*\);[ \t]*"
)
# Control without braces over statements ended by `;` (a lesson's `while (a!=b)` over `if (a>b)`
# over `a=a-b;`): each line a test, a loop's head, `else`, `do`, or a statement.
_CONTROL_HEAD = r"(?:(?:else[ \t]+)?if|while|for)[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)|else|do"
_BRACELESS_LINE = re.compile(
    r"[ \t]*(?:" + _CONTROL_HEAD + r")[ \t]*|[ \t]*(?:" + _CONTROL_HEAD + r"[ \t]*)?"
    r"[A-Za-z_][\w\[\]]*[ \t]*(?:[-+*/%]?=[^=;\n][^;\n]*|\+\+|--|\((?:[^()\n]|\([^()\n]*\))*\))[ \t]*;[ \t]*"
)
_CONTROL_LINE = re.compile(r"[ \t]*" + _CONTROL_HEAD + r"[ \t]*$")


# A function braced without its type (a lesson's `Fibo(n) {`), its body counting C's way.
_UNTYPED_FUNCTION = re.compile(
    r"[ \t]*[A-Za-z_]\w*[ \t]*\([^()\n]*\)[ \t]*\{[ \t]*\n(?:[^\n]*\n)*[ \t]*\}[ \t]*"
)


_DEREFERENCED = r"\(\*+[A-Za-z_]\w*\)(?:\[[^\]\n]*\]|(?:\.|->)[A-Za-z_]\w*)*"
_DEREFERENCED_STATEMENT = re.compile(rf"{_DEREFERENCED}[ \t]*[-+*/]?=[ \t]*[^;\n]*;")


# A variable declared with one of Win32's types, its name in Hungarian notation: `DWORD dwFlags = 0;`.
_WINDOWS_TYPED = re.compile(
    r"(?:LPC?T?STR|LPC?W?STR|LPC?VOID|DWORD|BOOL|BYTE|WORD|UINT|HANDLE|HWND|HINSTANCE|HINTERNET|HRESULT|"
    r"INTERNET_PORT)[ \t]+\**[a-z]\w*[ \t]*(?:=|;)"
)


def looks_like_c_fragment(code):
    """A prototype in Microsoft's annotated way, braceless control over `;`-ended statements, or
    a function braced without its type whose loop counts C's way."""
    if _ANNOTATED_PROTOTYPE.fullmatch(code.strip()):
        return True
    if _UNTYPED_FUNCTION.fullmatch(code.strip()) and COUNTED_LOOP.search(code):
        return True
    if _DEREFERENCED_STATEMENT.fullmatch(code.strip()):
        return True  # `(*pp)[1] = (*pp)[2];`: a pointer dereferenced in brackets, C's alone
    if _WINDOWS_TYPED.match(code.lstrip()) and code.rstrip().endswith(";"):
        return True  # `LPCTSTR lpszAgent = "x";` over Win32's calls: a variable of Windows' own types
    lines = [line for line in code.splitlines() if line.strip()]
    return (
        len(lines) >= 3
        and any(_CONTROL_LINE.match(line) for line in lines)
        and all(_BRACELESS_LINE.fullmatch(line) for line in lines)
    )


# A template called alone on its lines, a note after each (`saturate_cast<uchar>(288)  //返回255`):
# C++'s, where Python would read comparisons divided by the note's words.
_TEMPLATE_CALL_LINE = re.compile(
    r"[ \t]*[A-Za-z_][\w.]*<[A-Za-z_]\w*\*?>\([^()\n]*\)[ \t]*;?[ \t]*(?://[^\n]*)?"
)


# A class's member named by its scope, a line each under `//` notes (`allocator::size_type;`): C++'s
# `::`, which no other language here ends with `;` so.
_SCOPED_NAME_LINE = re.compile(
    r"[ \t]*[A-Za-z_]\w*(?:<[\w, ]*>)?(?:::~?[A-Za-z_]\w*)+[ \t]*;[ \t]*(?://[^\n]*)?"
)
_NOTE_LINE = re.compile(r"[ \t]*//[^\n]*")


def calls_templates_alone(code):
    """Templates called, or members named by their scope, alone on their lines: C++'s."""
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and (
        all(_TEMPLATE_CALL_LINE.fullmatch(line) for line in lines)
        or all(_SCOPED_NAME_LINE.fullmatch(line) or _NOTE_LINE.fullmatch(line) for line in lines)
        and any(_SCOPED_NAME_LINE.fullmatch(line) for line in lines)
    )
