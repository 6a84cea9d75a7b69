"""C's statements a line each, as posts quote PostgreSQL's sources and C lessons: calls (maybe
assigned), declarations and prototypes; told from SQL's calls, which name nothing `heapBlk` and
format no `%d`."""

import re

from .signs import PYTHON_LIBRARY_CALL, macro_calls_alone
from .vocabulary import SQL_GRAMMAR_FUNCTIONS

DOUBLE_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')  # a string in double quotes, its escapes kept in it
C_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
BLOCK_COMMENT = re.compile(r"/\*[^\n]*?\*/")  # (on one line: a licence's over lines stays)


# Calls as statements, maybe assigned (`recptr = XLogInsert(RM_BTREE_ID, info);`), comments aside;
# named as C names things (`heapBlk`, `XLogInsert`) or printing through a format (`"%lld"`).
_CALL_STATEMENTS = re.compile(
    r"(?:\s*(?:[a-z_]\w*(?:->\w+)?\s*=\s*)?[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)?[ \t]?\([^;{}]*\)\s*;)+\s*"
)  # a member's function too, Arduino's `Serial.println(WiFi.localIP());`
# C's library called, as a lesson on it calls it (`printf ("%d", n);` with GNU's space too).
C_LIBRARY_CALL = re.compile(
    r"\b(?:[sf]?n?printf|f?puts|[sf]?scanf|putchar|getchar|malloc|calloc|free|memcpy|memset|strn?cpy|strlen)[ \t]?\("
)


def calls_c_library(code):
    """Call statements only, C's library among them (`printf ("%d\\n", n);`): C, never the shell's
    printf nor JavaScript's calls."""
    return bool(C_LIBRARY_CALL.search(code)) and looks_like_c_calls(code)


_C_NAMING = re.compile(
    r"\b[a-z]+[A-Z]\w*|\b[A-Z][A-Za-z]*[a-z][A-Z]\w*\(|\"[^\"\n]*%l{0,2}[dsuxf]|[(,]\s*\"[^\"\n]*\"\s*,"
)  # or handed a string in double quotes, which SQL keeps for names: `set_config_option("x.y", buf, ...)`


def looks_like_c_calls(code):
    """Function calls alone, as a post quotes PostgreSQL's sources: `SELECT x = f(y)` would parse,
    but SQL names nothing `heapBlk` and formats no `%d`. Nor does SQL call a function as a
    statement of its own (`fd = dup(0);`) unless it hands it a string (`current_setting('x');`):
    a fragment cut from a SELECT, where C's single quotes hold one character, or calls a function
    SQL's grammar names (`total = coalesce(words, 0);`). Handed `...`, the calls are a schema's
    outline: `pg_class(oid, relname, ...);`. Or macros a line each, `ADD_FUNCTION(Function)`."""
    if macro_calls_alone([line for line in code.splitlines() if line.strip()]):
        return True
    bare = C_COMMENTS.sub("", code)
    lines = [line for line in bare.splitlines() if line.strip()]
    heads = 0  # `struct gpio_desc *red;` over the calls that set it: C's pointers, declared first
    while (
        heads < len(lines)
        and _DECLARATION.fullmatch(lines[heads])
        and re.search(r"\*|\bstruct\b", lines[heads])
    ):
        heads += 1
    if 0 < heads < len(lines):
        bare = "\n".join(lines[heads:])
    if not _CALL_STATEMENTS.fullmatch(bare) or PYTHON_LIBRARY_CALL.search(bare):
        return False  # (`seaborn.boxplot(x, y);`: Python's, a `;` after it)
    called = {name.lower() for name in _CALLED.findall(bare)}
    if called <= _PYTHON_BUILTINS:
        return False  # `print("Hello World");`: Python's, its `;` allowed; C prints with printf
    if _SCRIPTS_CALL.search(DOUBLE_QUOTED.sub('""', bare)) and not _C_ONLY_CALLING.search(bare):
        return False  # `addressInfo = orientServer.classInfo('Address');`: a script's object, a string in single quotes
    if _C_NAMING.search(bare):
        return True
    return not (_NO_C_CALL.search(bare) or called & SQL_GRAMMAR_FUNCTIONS)


_CALLED = re.compile(r"([A-Za-z_]\w*)\s*\(")
_PYTHON_BUILTINS = frozenset(("print", "input"))


# A method of an object named in camel case (Arduino's objects are capitalised: `Serial.println`), or
# a string of several characters in single quotes, which hold one character in C (`'\\n'` is one).
_SCRIPTS_CALL = re.compile(
    r"\b[a-z]+[A-Z]\w*\.[a-z]\w*\s*\(|'(?!\\(?:.|[0-7]{1,3}|x[0-9A-Fa-f]+)')[^'\n]{2,}'"
    r"|\(\s*\["  # ... or an array's literal handed to it, `_paq.push(["trackPageView"]);`
)
_C_ONLY_CALLING = re.compile(r"->|[(,]\s*&\w|\"[^\"\n]*%l{0,2}[dsuxf]|\bsizeof\b")
_NO_C_CALL = re.compile(r"'[^'\n]{2,}'|^\s*[A-Z]+\s*\(|\.\.\.", re.M)  # `EXPLAIN(`: SQL's word


# A declaration on a line of its own, its type first (PL/pgSQL names first): `register int value;`,
# `struct Student a, b;`, `enum {Sun, Mon} day;`,
# `int fileno(FILE*);`, `inline int twice(int n) {}`; the kernel's and GCC's own words before it,
# `asmlinkage long sys_kill(int pid, int sig);`, `__thread int hits;`.
_DECLARATION = re.compile(  # (an offset noted before it, `/*0x0c0 */ DWORD Mask;`; Windows' typedefs in capitals)
    r"\s*(?:/\*[^*\n]*\*/\s*)?(?:(?:static|extern|inline|register|auto|const|unsigned|signed|volatile|asmlinkage|__thread|_Thread_local)\s+)*"
    r"(?:int|char|void|long|double|float|short|size_t|ssize_t|FILE|bool|\w+_t|struct\s+\w+|[A-Z][A-Z0-9_]*(?=\s+\**[A-Z][a-z])|"
    r"(?:enum|struct|union)\s*(?:\w+\s*)?\{[^{}\n]*\})(?:\b|(?<=\}))(?:\s+(?:int|long|double|char))?"
    r"\s*\**\s*(?:restrict\s+)?\w+(?:\s*+,\s*+\**+\s*+\w++)*+\s*(?:\([^()]*\))?\s*(?:;|\{\s*\})\s*(?://.*|/\*.*\*/)?"
)


# ... or a prototype as a manual's synopsis heads it, its `;` left off, where a pointer or a `_t`
# type says C (not Java's method): `pid_t waitpid(pid_t pid, int *status, int options)`.
_TYPED = r"\s*+(?:(?:const|struct|unsigned|signed)\s++)*+\w++\s*+\**+\s*+\w*+(?:\[\])?+\s*+"
_UNENDED_PROTOTYPE = re.compile(
    r"\s*(?:(?:static|extern|const|unsigned|struct)\s+)*(?:int|char|void|long|double|float|size_t|ssize_t|FILE|\w+_t)"
    rf"\s*\**\s*\w+\s*\((?:{_TYPED},)*+{_TYPED}\)\s*"
)
_C_ONLY_TYPING = re.compile(r"\*|\b\w+_t\b")


def _declares(line):
    return bool(
        _DECLARATION.fullmatch(line) or _UNENDED_PROTOTYPE.fullmatch(line) and _C_ONLY_TYPING.search(line)
    )


def declares_alone(code):
    """C's declarations and prototypes, nothing else, a line each (a note in `/* */` aside)."""
    if "/*" in code:
        code = BLOCK_COMMENT.sub(" ", code)
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and all(map(_declares, lines))


# A reference's list of functions as Doxygen lays it out: each prototype alone on its line, no `;`,
# its return type maybe after an export macro (`NATS_EXTERN natsStatus`), a pointer among its typed
# parameters; under each, an indented line saying what it does.
_LISTED_PROTOTYPE = re.compile(
    r"(?:[A-Z][A-Z0-9_]*[ \t]+)?(?:const[ \t]+)?[A-Za-z_]\w*[ \t]*\**[ \t]+\**[A-Za-z_]\w*[ \t]*\("
    r"[^()\n]*\b[A-Za-z_]\w*[ \t]*\*+[ \t]*[A-Za-z_]\w*[^()\n]*\)[ \t]*"
)
_DESCRIPTION = re.compile(r"[ \t]+[A-Z][^\n]*")


def lists_documented_prototypes(lines):
    """Prototypes a line each, two at least, each maybe over an indented sentence describing it."""
    written = [line for line in lines if line.strip()]
    prototypes = sum(1 for line in written if _LISTED_PROTOTYPE.fullmatch(line))
    return prototypes >= 2 and all(
        _LISTED_PROTOTYPE.fullmatch(line) or _DESCRIPTION.fullmatch(line) for line in written
    )
