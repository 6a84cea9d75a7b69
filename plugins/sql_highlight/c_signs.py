"""C's and C++'s signs: their declarations and preprocessor lines, and what only C++ writes, as
posts quote PostgreSQL's sources and extensions' code; told from SQL and JavaScript's classes.
C's statements a line each (calls, declarations alone) are c_statements'."""

import re

from .alternation import Alternatives
from .c_statements import BLOCK_COMMENT, C_COMMENTS, DOUBLE_QUOTED
from .javascript_signs import JS_CLASS_OR_FUNCTION
from .plpgsql_signs import BLOCK_ENDS
from .signs import ACCESS_SPECIFIER_LINE

C_INCLUDE = re.compile(r"^\s*#\s*include\s*[<\"]", re.M)
CPP_SIGNS = Alternatives(
    r"\bstd::|^\s*#\s*include\s*<(?:iostream|vector|string|memory|map|algorithm)>|^\s*template\s*<|"
    r"^\s*namespace\s+\w+|^\s*using\s+namespace\b|\bnullptr\b|^\s*class\s*(?:\w+\s*)?(?::\s*public\b[^{]*)?\{|"
    # A class's member named (`Decimal::MAX_WIDTH`), `auto &x =`, a template called (`Cast<T>(`).
    r"\b[A-Z][a-z]\w*::[A-Za-z_]\w*|\bauto(?:\s+|\s*[&*]\s*)\w+\s*=|\b\w+<[A-Z]?\w+>\(",
    re.M,
)
_C_PARAMETER = r"(?:const\s+)?(?:(?:struct|enum|unsigned)\s+)?\w+(?:\s*\*+\s*|\s+)\w+"  # `const char *name`, `struct walfile* wf`
C_SIGNS = Alternatives(
    r"\bFILE[ \t]*\*[ \t]*\w+[ \t]*[;=(]|"  # stdio's stream: `FILE * fp;`, `FILE *fopen(...)`
    # a function of a library's type declared taking nothing, `EVP_MD_CTX *EVP_MD_CTX_new(void);`
    r"^[ \t]*[A-Za-z_]\w*[ \t]*\*+[ \t]*[A-Za-z_]\w*[ \t]*\([ \t]*void[ \t]*\)[ \t]*[;{]|"
    r"^[ \t]*[A-Za-z_]\w*_t[ \t]*\*+[ \t]*[A-Za-z_]\w*[ \t]*\([^()\n]*\)[ \t]*;|"  # or of a `_t` type, `flb_ctx_t *flb_create();`
    # or given typed parameters, a pointer among them or returned (`GtkWidget *gtk_image_new(const gchar
    # *filename);`): no other language declares so
    r"^[ \t]*(?:(?:const|static|extern|unsigned)[ \t]+)*[A-Za-z_]\w*(?=[^\n]*\*)[ \t*]+[A-Za-z_]\w*[ \t]*\("
    r"(?:[ \t]*(?:const[ \t]+)?[A-Za-z_]\w*[ \t*]+[A-Za-z_]\w*[ \t]*,)*[ \t]*(?:const[ \t]+)?[A-Za-z_]\w*[ \t*]+[A-Za-z_]\w*[ \t]*\)[ \t]*;|"
    # a function table called through a pointer to it, JNI's `(*env)->GetFieldID(env, ...)`; JNI's
    # exported function, `JNIEXPORT void JNICALL`; a Win32 prototype, a parameter a line in its capitals
    # (`BOOL WriteFile(` over `  HANDLE hFile,` ... `);`)
    r"\(\*[A-Za-z_]\w*\)->[A-Za-z_]\w*[ \t]*\(|^[ \t]*JNIEXPORT[ \t]+\w+|"
    # C99's designated initialisers, an array's `[EXIT_REASON_X] = handle_x,` and a struct's `.next_asid = 1,`
    # inside braces (no script's object writes its keys so); an array of pointers to functions declared
    r"^[ \t]+\[[A-Z_][A-Z0-9_]*\][ \t]*=[ \t]*[&\w][^;\n]*,[ \t]*(?:/[/*][^\n]*)?$|"
    r"^[ \t]+\.[a-z_]\w*[ \t]*=[ \t]*[^=\s][^;\n]*,[ \t]*(?:/[/*][^\n]*)?$|"
    r"\([ \t]*\*[ \t]*[A-Za-z_]\w*\[\]\)[ \t]*\([^()\n]*\)|"
    # a value cast to a pointer as it is passed, `(dvoid **)&svchp`, `(text *)user`; a pointer declared
    # from a call, `MYSQL *conn = mysql_init(NULL);`
    r"[(,][ \t]*\((?:const[ \t]+|CONST[ \t]+)?[A-Za-z_]\w*[ \t]*\*+\)[ \t]*[&A-Za-z_(]|"
    r"^[ \t]*[A-Za-z_]\w*[ \t]+\*[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*[A-Za-z_]\w*\([^;\n]*\)[ \t]*;|"
    # a definition in K&R's old style, its parameters named, then typed a line each before its body
    # (`send(to, from, count)` over `register short *to, *from;` over `{`)
    r"^[ \t]*(?:[A-Za-z_]\w*[ \t]+\**)?[A-Za-z_]\w*[ \t]*\([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*\)[ \t]*\n"
    r"(?:[ \t]*(?:register|int|char|short|long|unsigned|float|double|struct[ \t]+\w+)\b[^;\n{}()]*;[ \t]*\n)+[ \t]*\{|"
    r"^[A-Z][A-Z0-9_]*[ \t]+(?:WINAPI[ \t]+)?[A-Za-z_]\w*\([ \t]*\n(?:[ \t]+(?:_\w+_[ \t]+)?[A-Z][A-Z0-9_]*[ \t]+\w+,?[ \t]*\n)+\);|"
    # a macro called as the kernel's are: a name reserved to the implementation, `__MAP(2, __SC_DECL, ...)`,
    # or one given C's types among its arguments, `SYSCALL_DEFINEx(2, _kill, pid_t, pid, int, sig)`
    r"^[ \t]*__[A-Z][A-Z0-9_]*[a-z]?\(|^[ \t]*[A-Z][A-Z0-9_]*[a-z]?\([^()\n]*,[ \t]*(?:\w+_t|int|long|char)[ \t]*,[^()\n]*\)|"
    # a function on a type typedef'd in lower case, returned and taken: `ll qmul(ll a, ll b, ll p) {`
    r"^[ \t]*(?P<typedef>(?!(?:int|char|long|short|float|double|void|bool|unsigned|signed)\b)[a-z]\w{0,5})[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*(?P=typedef)[ \t]+[A-Za-z_]\w*"
    r"(?:[ \t]*,[ \t]*[a-z]\w*[ \t]+[A-Za-z_]\w*)*[ \t]*\)[ \t]*\{|"
    # a loop declaring its counter with a type of C's: `for (unsigned int s = n / 2; s > 32; s >>= 1) {`
    r"\bfor[ \t]*\([ \t]*(?:unsigned[ \t]+|long[ \t]+)*(?:int|long|size_t|char|short)[ \t]+[A-Za-z_]\w*[ \t]*=|"
    # C99's own boolean type, `_Bool`; a function taking `(void)` after its name, whatever comes
    # before it (CodeVisionAVR's `interrupt [TIM0_COMP] void isr(void)`)
    r"\b_Bool\b|\bvoid[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*void[ \t]*\)|"
    # Win32's calling conventions, `LRESULT CALLBACK WndProc(...)`; `sizeof` given a name without
    # brackets; a value stored through a pointer at a line's start, `*pstr[0] = 'X';`
    r"\b(?:WINAPI|CALLBACK|APIENTRY)[ \t]+[A-Za-z_]\w*[ \t]*\(|\bsizeof[ \t]+[A-Za-z_]\w*(?:\[\w*\])?[ \t]*[);]|"
    r"^[ \t]*\*[A-Za-z_]\w*(?:\[\w+\])?[ \t]*=[ \t]*(?:'|\"|-?\d)[^\n]*;[ \t]*$|"
    # a pointer dereferenced in a condition, `if (*ptr1 < *ptr2)`: no script has a unary `*`
    r"\b(?:if|while)[ \t]*\([ \t]*\*[A-Za-z_]\w*|"
    # an array declared and given its values in braces, `GLfloat vertices[] = {` (a script's has no type)
    r"^[ \t]*(?:(?:const|static|unsigned)[ \t]+)*[A-Za-z_]\w*[ \t]+\**[A-Za-z_]\w*(?:\[\w*\])+[ \t]*=[ \t]*\{|"
    # a call's result cast to a pointer and assigned: `p2 = (char *)mmap(...)`
    r"\b[A-Za-z_]\w*[ \t]*=[ \t]*\((?:const[ \t]+)?(?:unsigned[ \t]+)?(?:void|char|int|long|short|float|double|struct[ \t]+\w+|\w+_t)[ \t]*\*+[ \t]*\)[ \t]*[A-Za-z_]\w*[ \t]*\(|"
    # Keil C51's own: an interrupt's handler, a port's bit named (`sbit led = P1^0;`)
    r"^[ \t]*void[ \t]+\w+[ \t]*\([ \t]*(?:void)?[ \t]*\)[ \t]+interrupt[ \t]+\d+|^[ \t]*sbit[ \t]+\w+[ \t]*=?[ \t]*P\d\^\d[ \t]*;|"
    r"^\s*(?:typedef\s+(?:struct|enum|union|\w+)|(?:enum|struct|union)\s*\w*\s*\{\s*(?:/\*.*)?$|enum\s+\w+\s*\{\s*\w+\s*=\s*-?\w+\s*,|"
    r"static\s+(?:\w+\s+)+\**\w+\s*\((?:void\b|\w+\s+\**\w+)|"  # `static __always_inline int f(void *ctx)`
    r"PG_FUNCTION_INFO_V1\(|PG_MODULE_MAGIC;|#\s*define\s+\w+|#\s*if(?:n?def\s+[A-Z_]\w*\s*$|\s+!?defined\s*\())|"
    r"^(?:static\s+|extern\s+|const\s+|unsigned\s+|inline\s+|long\s+(?=long|int|double))*(?:void|int|char|long|double|float|bool|unsigned|"
    r"size_t|\w+_t|u?int(?:8|16|32|64)|Datum|struct\s+\w+|(?!(?:Select|Insert|Update|Delete|With|Create)\b)[A-Z][A-Z]?[a-z]\w*)(?:\s+\**|\s*\*+)\s*(?!(?:IN|AS|ON|OVER|FILTER|EXISTS|ANY|ALL|VARCHAR|CHAR|CHARACTER|NUMERIC|DECIMAL|TIMESTAMP|TIME|FLOAT|BIT)\b)\w+\s*"
    r"\((?![^()\n]*\b\d+[ \t]+[a-z])(?:[^;{()\n]|\([^;{()\n]*\)|\n(?![ \t]*\n))*\)\s*\{?\s*(?://[^\n]*|/\*[^\n]*\*/\s*)?$|"  # its parameters over no blank line, a note after (no count of things, `(policy ACCEPT 9 packets)`: iptables' listing)
    r"^[A-Za-z_]\w*\((?:void|[^;{)]*\w\s+\**\w[^;{)]*)\)[ \t]*\n\{[ \t]*$|"  # PostgreSQL's style: the type
    # on the line above, parameters declared (`print(response.content)` over a printed `{` calls); none
    # declared, the type must be there: the shell's `_pip_completion()` over `{` is a function too
    r"^[A-Za-z_][\w \t]*\**[ \t]*\n[A-Za-z_]\w*\(\s*\)[ \t]*\n\{[ \t]*$|"
    r"^\s*(?:static\s+)?(?:const\s+)?(?:(?:un)?signed\s+)?(?:long\s+(?=long|int|double))?(?:int|char|long|short|double|float|bool|size_t|\w+_t|\w+_type|Datum|Oid)(?:\s+\**|\*+\s*)"
    r"\w+(?:\[[\w*+ ]*\])*\s*(?:=[^;,=\n]++(?=,))?(?:,\s*\**\w+(?:\[\d*\])*\s*(?:=[^;,=\n]++(?=,))?)*"
    r"(?:(?:=[^;=\n]+|=[ \t]*[A-Za-z_]\w*\([^;=()]*(?:\([^;=()]*\)[^;=()]*)*\))?(?:;|(?<=\})\s*$)|"
    r"=\s*\{\s*(?://.*)?$|=\s*\{[^;\n]*\}\s*;)|"  # a call's arguments over lines too; `int a, b;`, `int i, sum = 0, n = 100;`, `uint8_t caches[256] = {`, `int a[] = { [9] = 1 };`
    # A function defined on one line: `float sub(float a, float b) { return a - b; }`.
    r"^[ \t]*(?:static[ \t]+)?(?:unsigned[ \t]+|long[ \t]+)*(?:void|int|char|long|double|float|short|bool|size_t)[ \t]+\**[A-Za-z_]\w*"
    r"[ \t]*\((?:[ \t]*(?:const[ \t]+)?(?:int|char|long|double|float|short|bool|size_t|void|struct[ \t]+\w+)[ \t]*\**[ \t]*\w*[ \t]*,?)*\)[ \t]*\{[^{}\n]*\}[ \t]*$|"
    # An enum, struct or union declared on one line; a function pointer called; an address passed.
    r"^\s*(?:enum|struct|union)\s+\w+\s*(?:\{[^}\n]*\}\s*\w*\s*;|\w+(?:\[\d*\])*\s*[=;])|\(\*\w+\)\s*\(|"
    # A type's name after the brace closing its members (a `typedef`, `} redisClient;`); a pointer to an array.
    r"^\}[ \t]*[A-Za-z_]\w*[ \t]*;|\b(?:int|char|long|short|double|float)[ \t]*\(\*[ \t]*\w+\)[ \t]*\[\w*\][ \t]*;|"
    # The JVM's class file's structures as its specification writes them, C's way (`ClassFile {` over
    # `u4 magic;`, `field_info fields[fields_count];`).
    r"^(?:[A-Za-z_]\w*+[ \t]*+)?\{[ \t]*+\n[ \t]++(?:u[124]|\w+_info)[ \t]++[A-Za-z_]\w*+(?:\[[^\]\n]*+\])?;|"
    r"(?:[A-Za-z0-9_]\(|,)\s*&(?![A-Z]\))\w+(?:\[\w+\])?\s*[,)]|\bfor\s*\(\s*(?:int|size_t|unsigned|long)\s+\w+\s*=|"  # an address passed (no menu's accelerator, `Github(&G)`); a typed loop counter
    r"^(?:void|int|char|long|bool|double|float)\s+\**\w+\(\s*(?:void)?\s*\);|"  # a prototype without parameters
    # A prototype, each parameter typed (`int f(struct walfile* wf, char* path);`), over lines too, GNU's space
    # before its parameters too (`void thread_yield (struct thread *t);`).
    r"^(?:(?:static|extern|const)\s+)*(?:void|int|char|long|bool|double|float|size_t|\w+_t|struct\s+\w+)"
    r"(?:\s*\*+\s*|\s+)\w+[ \t]?\((?:\s*" + _C_PARAMETER + r"\s*,)*\s*" + _C_PARAMETER + r"\s*\);|"
    # An address taken into a pointer, `p = &a;`, `p = &arr[0];` (no other language takes one so).
    r"^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*&[A-Za-z_]\w*(?:\[[^\]\n]*\])?[ \t]*;|"
    # A pointer declared with its type, maybe constant itself (`int* const p = &a;`), to a struct too;
    # a variable of a named type given a value (`QString p = "x";`).
    r"^\s*(?:const\s+)?(?:void|int|char|long|short|double|float|unsigned|size_t|\w+_t|struct\s+\w+)\s*\*+\s*(?:const\s+)?\w+\s*=|"
    r"^\s*[A-Z]\w*[a-z]\w*\s+[a-z_]\w*\s*=\s*[^=\n]*;\s*(?://.*)?$|"
    # A function's prototype: each parameter a type, then a name (`reset(MemoryContext context);`).
    r"^\w+\(\s*(?:const\s+)?(?:[A-Z][a-z]\w*|void|int|char|long|bool|size_t|\w+_t)\s+\**[a-z_]\w*"
    # (a directive's condition after it: `# elif` alone is a shell script's note)
    r"(?:\s*,\s*(?:const\s+)?\w+\s+\**[a-z_]\w*)*\s*\);|\b(?<![$@])[a-z_]\w*->(?!(?:true|false)\b)[a-z_]\w*(?![\w'\"(#]|-\w)|^#\s*(?:(?:ifdef|ifndef|elif)[ \t]+\S|endif\b|pragma\b)|"
    r"^\s*(?:static|extern|__thread|_Thread_local)\s+(?:const\s+)?(?:struct\s+)?\w+(?:\s+\**|\s*\*+)\s*\w+\s*[=;(\[]|\w->\w+\s*=|\bsizeof\s*\(|"
    # A variable of a named type given a value (`ReconcileResult r = reconcile(pos);`), a result
    # thrown away (`(void) r;`), PostgreSQL's error reports, a condition's body on the next line
    # (braces of their own, or one statement without them).
    r"^[ \t]*(?:const[ \t]+)?(?:[A-Z][a-z]+[A-Z]\w*[ \t]+\**|(?:[A-Z][a-z]+[A-Z]\w*|char|int)[ \t]+\*[ \t]*)[a-z_]\w*"
    r"(?:\[\d*\])*[ \t]*=[ \t]*(?:[^;\n]+;[ \t]*(?:/[/*].*)?$|\w+\([^)\n]*$|\{[ \t]*$)|^\s*\(void\)\s*\w|"
    r"\b(?:ereport|elog)\s*\(\s*(?:ERROR|WARNING|NOTICE|LOG|FATAL|PANIC|DEBUG\d)\b|"
    r"\b(?:fprintf|fputs|printk|malloc|calloc|realloc|memcpy|memset|strn?cpy|strn?cmp)\([^\n]*\);|"  # C's library called, a kernel's printk (not ltrace's log)
    # A function defined over `void` or a parameter declared a pointer or const, whatever its own
    # type's name (`sds sdsnew(const char *init) {`, `sds sdsempty(void) {`; not Go's `func f(p *T) {`).
    r"^(?!(?:func|fn|function|def|return|else|static_assert)\b)[A-Za-z_]\w*[ \t]+\**[A-Za-z_]\w*[ \t]*"
    r"\((?:[ \t]*void[ \t]*|(?:[^()\n]*,)?[ \t]*(?:const[ \t]+[A-Za-z_]\w*[ \t]*\**|[A-Za-z_]\w*[ \t]*\*+)[ \t]*[A-Za-z_]\w*"
    r"[ \t]*(?:,[^()\n]*)?)\)[ \t]*\{[ \t]*$|"
    # A comment as C's sources open one, `/*` alone then ` * ` lines (a listing's line numbers before).
    r"^[ \t]*(?:\d+[ \t]+)?/\*[ \t]*\n[ \t]*(?:\d+[ \t]+)?\*(?:[ \t]|$)|"
    # A test's line then its statement or brace; no Python's `and`/`or` between its conditions.
    r"^\s*(?:if|while|for|switch)\s*\((?![^\n]*\b(?:and|or)\b).*\)[ \t]*\n\s*(?:\{[ \t]*$|return\b[^;\n]*;|\w+\([^;\n]*\);?[ \t]*$)",
    re.M,
)

_SQL_TYPMOD_TYPES = (
    r"(?:numeric|decimal|n?varchar|n?char|character|bit|varbit|timestamptz|timestamp|timetz|time|interval|float|"
    r"vector|halfvec|sparsevec|geometry|geography)"
)  # PostgreSQL's types given modifiers in a cast: `price::numeric(10, 2)`
_NAMESPACE_CALL = r"[a-z_]\w*::(?!" + _SQL_TYPMOD_TYPES + r"\b)[a-z_]\w*\([^$\n]*;"  # `os::cpu_count();`

# What only C++ writes, on a line of its own too: `std::`, `nullptr`, the global namespace
# (`new ::rpc::server(port)`), a pointer declared from
# `new`, a class declared ahead, a class's function called (`QDir::homePath()`).
_EXTERN_C = r"\bextern[ \t]*\"C\""  # C++'s linkage, `extern "C"`, `extern"C"` as some write it
_PARAMETER = r"[ \t]*(?:const[ \t]+)?[A-Za-z_][\w:]*[ \t*&]+[A-Za-z_]\w*[ \t]*"  # `int w`, `const char *s`
CPP_STRONG = Alternatives(
    # C++17's `if` or `switch` with a typed declaration before its condition, `if (int i = find(); i != 0)`
    r"\b(?:if|switch)[ \t]*\([ \t]*(?:const[ \t]+)?(?:auto|int|char|long|short|double|float|bool|unsigned|size_t)[ \t]*[&*]?[ \t]*[A-Za-z_]\w*[ \t]*=[^;\n]*;|"
    # an object constructed with literal arguments as it is declared, `Json json("x.json", true);`
    # (C, Java, JavaScript and Python write no type before a call; SQL's `CALL p(1);` is no type)
    r"^[ \t]*(?![A-Z0-9_]+\b|(?i:call|exec|execute|perform)\b)[A-Z]\w*[ \t]+[a-z_]\w*[ \t]*\([ \t]*(?:\"|'[^'\n]'|-?\d|true\b|false\b)[^;\n]*\)[ \t]*;|"
    # a pointer initialised in brackets, `const char* p("text");`, `int* p(&n);`: C++'s direct initialisation
    r"^[ \t]*(?:const[ \t]+)?(?:char|int|long|short|float|double|wchar_t|void)[ \t]*\*[ \t]*(?:const[ \t]+)?[A-Za-z_]\w*[ \t]*\([ \t]*(?:\"|&|nullptr\b)|"
    # an array of a built-in type allocated on the heap, `A[0] = new int[5];` (no script news an `int`;
    # Java's and C#'s declare the array's type first, `int[] a = new int[5];`); `new (nothrow) int [5]` too
    r"^(?![^\n]*\w\[\][ \t]+\w)[^\n]*?\bnew(?:[ \t]*+\([ \t]*+nothrow[ \t]*+\))?[ \t]++(?:unsigned[ \t]+)?(?:int|char|short|long|float|double|bool)[ \t]*\[|"
    # RTTI's `typeid(*p)`; a destructor, `Hash::~Hash()`; a struct's static member, `struct s { static int n; }` (C's struct has none)
    r"\btypeid[ \t]*\(|\b[A-Za-z_]\w*::~[A-Za-z_]\w*[ \t]*\(|^[ \t]*(?:struct|class)[ \t]+\w+[ \t]*\{[^{}]*?\n[ \t]*static[ \t]+(?:const[ \t]+)?\w+[ \t*&]+\w+[ \t]*[;=]|"
    r"\bstd::|\bnullptr\b|\btypedef[ \t]+class\b|\)[ \t]*const[ \t]*(?:override[ \t]*)?\n?[ \t]*\{|\b(?:new|return)[ \t]+::[A-Za-z_]|=[ \t]+::[A-Za-z_]|^\s*[A-Za-z_][\w:]*\s*\*\s*\w+\s*=\s*new\s+[A-Za-z_]|^\s*class\s+\w+\s*;|"
    # a scoped enum, a coroutine's own words, a user-defined literal, a concept, a lambda (`[] {`,
    # `[&](int x) {`; no grammar's `[=] {DEFAULT`)
    r"\benum[ \t]+class[ \t]+\w|\bco_(?:await|return|yield)\b|\boperator[ \t]*\"\"|^[ \t]*concept[ \t]+[\w-]+[ \t]*=|\[&?\][ \t]*\{|\[[&=]?\][ \t]*\([^()\n]*\)[ \t]*(?:->[^{\n]*)?\{|"
    # a header without `.h`, C++'s or Qt's (`<QtGui/QWindow>`), Boost's `.hpp`; GCC's header of C++'s whole library
    r"^\s*#\s*include\s*<[\w/]+\.hpp>|"
    r"\b[A-Z]\w*::[a-z]\w*\(|^\s*#\s*include\s*<\w+(?:/\w+)*>|^\s*#\s*include\s*<bits/stdc\+\+\.h>|"
    # C's headers as C++ wraps them, quoted too: `#include "cstring"`
    r"^[ \t]*#[ \t]*include[ \t]*\"c(?:assert|ctype|errno|float|limits|locale|math|setjmp|signal|stdarg|stddef|stdint|stdio|stdlib|string|time|wchar|wctype)\"|"
    # a reference declared, `int& ref()`, `typedef const _InputArray& InputArray;`; the console's
    # stream called, `cout.put(c)`
    r"^\s*(?:typedef\s+)?(?:const\s+)?[\w:<>]*\w>?&\s+[A-Za-z_]\w*\s*[(=;,)]|\bcout\.\w+\(|"
    r"\bfor[ \t]*+\([ \t]*+(?:const[ \t]++)?[\w:<>]++[ \t]*+&[ \t]*+\w++[ \t]*+:[ \t]*+[\w.]++[ \t]*+\)|"  # range-for by reference
    r"[(,]\s*(?:const\s+)?(?:(?:unsigned|signed|long|short)\s+)*[A-Za-z_][\w:]*(?:<[^<>\n]*>)?&\s+[A-Za-z_]\w*\s*[,)]|"  # a parameter's: `(Shape& s)`, `(long long& x)`
    r"[(,]\s*(?:const\s+)?[A-Za-z_][\w:]*(?:<[^<>\n]*>)?&\s*\)|"  # or unnamed in a prototype: `void f( object& );`
    r"(?:^|;)\s*(?:const\s+)?(?:int|char|double|float|long|short|bool|unsigned)\s+(?:\w+\s*,\s*)*&\s*\w+\s*[=;]|"  # `const int &r = n;`, `int &r;` (an error shown), `int x, &xa = x;`
    # a reference to a constant, `int const & c = a;`, `f(Segment const & s)`; a const member
    # function declared, `size_t size() const;`; a definition's parameters left unnamed, `void foo(int, double) {}`
    r"^\s*[A-Za-z_]\w*\s+const\s*&\s*\w+\s*=|[(,]\s*[A-Za-z_]\w*\s+const\s*&\s*\w+\s*[,)]|\w\s*&\s*const\s+\w+\s*=|"
    r"\)[ \t]*const[ \t]*;|^\s*[A-Za-z_]\w*\s+\w+\s*\((?:\s*(?:int|double|char|float|long|bool)\s*,)+\s*(?:int|double|char|float|long|bool)\s*\)\s*\{|"
    r"\b(?:static|const|reinterpret|dynamic)_cast\s*<|\b(?:cout|cerr|clog)\s*<<|\bcin\s*(?:>>|\.)|"  # casts, streams
    r"\bdecltype\s*\(|^\s*(?:(?:static|inline)\s+)*constexpr\s|^\s*virtual\s+[\w:]+|\boperator(?<!create operator)(?<!CREATE operator)\s*(?:[-+*/%^&|~!=<>]{1,3}|\(\)|\[\])\s*\(|"
    r"\b(?:vector|unordered_map|unique_ptr|shared_ptr|initializer_list)<\w|"  # the standard library's templates without `std::`
    # a type deduced, `auto b = ci;` (C's `auto` is a storage class no one writes); the library's exceptions thrown
    r"^[ \t]*(?:const[ \t]+)?auto[ \t]+[A-Za-z_]\w*[ \t]*=|\bthrow[ \t]+(?:std::)?(?:runtime|logic|length|domain|overflow|range|underflow)_error\b|"
    r"\bthrow[ \t]+(?:std::)?(?:invalid_argument|out_of_range|bad_alloc)\b|"
    # a function's exception specification, `int g(int) throw(int, char);`; a handler of any, `catch(...)`
    # (not a promise's `.catch(...)`, its callback elided)
    r"\)[ \t]*throw[ \t]*\([\w \t,:]*\)[ \t]*[;{]|\bcatch(?<!\.catch)[ \t]*\([ \t]*(?:\.\.\.|…)[ \t]*\)|"
    # a template function called with its types given or deduced, `func<int>(a);`, `func<>(a);`; a
    # prototype giving a parameter its default, `int f(int w, int flag = 0);` (C has neither)
    r"\b(?<![.$])(?<!new )[a-z_]\w*<(?:[\w:]+(?:[ \t]*,[ \t]*[\w:]+)*)?>\([^()\n]*\)[ \t]*;|"
    r"^[ \t]*(?:[A-Za-z_][\w:]*[ \t*&]+){1,3}[A-Za-z_]\w*[ \t]*\((?:"
    + _PARAMETER
    + r"(?:[ \t]*=[ \t]*[^,()=\n]+)?,)*"
    + _PARAMETER
    + r"[ \t]*=[ \t]*[^,()=\n]+\)[ \t]*;|"
    # a template declared, `template<class InIt, class Fun>`, or specialised, `struct traits<Shape> {`;
    # files' streams, `ifstream fin(...)`, `ios::beg`
    r"^\s*template\s*<\s*(?:class|typename)\b|^[ \t]*(?:struct|class)[ \t]+\w+[ \t]*<[^<>\n]+>[ \t]*\{|\b(?:[io]?fstream)[ \t]+[A-Za-z_]\w*[ \t]*[;(]|\bios(?:_base)?::[a-z]|"
    # a reference declared, `Base & r = derived;`, `register int &i = lnk[x];` (C's `a & b = c`
    # assigns to nothing), or to an array, `int (&a)[100]`; a base class's method called,
    # `p->Base::update()`
    r"^[ \t]*(?:register[ \t]+)?[A-Za-z_]\w*[ \t]+&[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*[A-Za-z_]\w*(?:\[[^\]\n]*\])?[ \t]*;|\([ \t]*&[ \t]*\w+[ \t]*\)[ \t]*\[|->[ \t]*[A-Z]\w*::\w|"
    # its containers declared or constructed, `stack<TreeNode *> s;`, `stack<int, list<int>> s;`,
    # `pair<int, string>(1, "a")` (Java's are capitalised), its smart pointers (`auto_ptr<int> p(...)`);
    # C++'s linkage, `extern"C"`
    r"\b(?:stack|queue|deque|priority_queue|set|multiset|map|multimap|unordered_set|list|pair|"
    r"auto_ptr|unique_ptr|shared_ptr|weak_ptr)"
    r"<[\w \t*,:]+(?:<[\w \t*,:]+>[\w \t*,:]*)?>[ \t]*(?:[A-Za-z_]\w*[ \t]*[;=({]|\()|" + _EXTERN_C + r"|"
    r"[(,=]\s*\[[&=]?\]\s*\(|^[ \t]*\[[&=]?\][ \t]*\([^()\n]*\)[ \t]*(?:mutable[ \t]*)?(?:->[ \t]*[\w:<>*& \t]+?[ \t]*)?\{|=[ \t]*\[[&=]?[ \t]*[A-Za-z_]\w*(?:[ \t]*,[ \t]*[&=]?[ \t]*[A-Za-z_]\w*)*\][ \t]*\(|\bString\s*\([^()\n]*\)\s*\+|\+\s*String\s*\(|"  # a lambda (alone at a line's start too, `[] (int x) -> int {`); Arduino's String objects added
    # A variable initialized in braces or constructed from literals, `Pod p{1, 2};`, `int a{ ld }, b;`, `int a[]{1, 2};`,
    # `Point p(1, 2);`, `BLEService ACC("1001");` (no `=`: C's initializer has one, and C's prototype
    # declares types); a structured binding, `auto [x, y] =`; an array deleted, a destructor.
    r"^[ \t]*(?:(?:static|const)[ \t]+)*(?:struct[ \t]+[A-Za-z_]\w*|(?!(?:enum|union|struct|typedef)\b)[A-Za-z_]\w*)[ \t]+[A-Za-z_]\w*(?:\[[^\]\n]*\])*[ \t]*\{[^{}\n;]*\}[ \t]*[;,]|"
    r"^[ \t]*(?=[A-Z]\w*[a-z])[A-Z]\w*[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*(?:-?\d[\w.]*|\"[^\"\n]*\")(?:[ \t]*,[ \t]*(?:-?\d[\w.]*|\"[^\"\n]*\"|[A-Z]\w*))*[ \t]*\)[ \t]*;|"
    r"\bauto\s*&{0,2}\s*\[\s*\w+(?:\s*,\s*\w+)+\s*\]\s*=|\bdelete\s*\[\]|^\s*~[A-Z]\w*\s*\(\s*\)|"
    r"^\s*(?:struct\s+)?(?P<constructed>[A-Z]\w*)\s+\w+\s*=\s*(?P=constructed)\s*\(|"  # `Point p = Point(1, 2);`: its constructor
    r"^[ \t]*[A-Za-z_]\w*(?:->\w+)*[ \t]*=[ \t]*new[ \t]+[A-Za-z_]\w*[ \t]*;|"  # `head = new student;`: no JavaScript's `()`
    r"\bnew[ \t]+[A-Za-z_][\w:]*[ \t]*\*+[ \t]*\[|"  # an array of pointers made, `new Object3D*[n]`: no Java's nor C's
    # a default argument in a typed declaration: `void draw(int x, int y = 2)`
    r"^\s*(?:void|int|char|double|float|bool|long)\s+\w+\s*\([^()=\n]*\b(?:int|char|double|float|bool|long)\s+\w+\s*=[^=]|"
    r"[(,，]\s*(?:const\s+)?(?:int|char|double|float|long|short|bool|unsigned)\s*&\s*\w*\s*[,)]|"  # `(const int &)`
    r"\bfor\s*\(\s*(?:const\s+)?auto\b|"  # a range's loop: `for (auto &v : a)`
    r"^\s*(?:const\s+)?string\s+\w+\s*(?:\[\d*\]\s*)?[(=;]|[(,]\s*(?:const\s+)?string(?:\s*&\s*|\s+)\w+\s*[,)]|"  # the standard library's string, `using namespace std;`'s
    r"<<\s*endl\b|"  # a stream's line ended
    # a class's object by reference, `(const Person &p1, ...)`; a range's ends, `sort(v.begin(), v.end())`;
    # a comparator's template, `greater<>()`; CUDA's kernels and their memory, C++'s kin
    r"[(,]\s*(?:const\s+)?[A-Z]\w*\s+&[a-z_]\w*\s*[,)]|\(\s*\w+\.c?begin\(\)\s*,\s*\w+\.c?end\(\)|"
    r"\b(?:greater|less)<[\w \t]*>\(\)|^[ \t]*(?:__(?:global|device|host)__[ \t]+)+[\w*]+|\b__shared__[ \t]+\w|"
    r"<[ \t]*[a-z_]\w*\.size\(\)|\.(?:push_back|emplace_back|pop_back)\(|"  # a container's size bounding a loop; a vector's end
    # Qt's own words in a class: a signal emitted, its signals' and slots' sections
    r"^[ \t]*(?:Q_)?emit[ \t]+[A-Za-z_]\w*[ \t]*\(|^[ \t]*(?:Q_SIGNALS|(?:public|private|protected)[ \t]+(?:slots|Q_SLOTS))[ \t]*:|"
    # a constructor's members initialized before its body: `Point(int a) : x(a), y(0) { }`
    r"^[ \t]*(?:\w+::)?[A-Za-z_]\w*[ \t]*\([^()\n]*\)[ \t]*:[ \t]*[A-Za-z_]\w*[ \t]*[({][^(){}\n]*[)}]"
    r"(?:[ \t]*,[ \t]*[A-Za-z_]\w*[ \t]*[({][^(){}\n]*[)}])*[ \t]*\{|"
    # A namespace's template named, `gdb::unique_ptr<char>`; its function called as a statement,
    # `return os::cpu_count();`, `auto x = di::make().create<app>();`, `void* x = os::malloc(n, t);` (not SurrealQL's
    # `string::is_email($value)`, which takes its `$`, nor a cast to a type with its modifiers).
    r"\b[a-z_]\w*::[a-z_]\w*<\w+>|^[ \t]*" + _NAMESPACE_CALL + r"|\breturn[ \t]+" + _NAMESPACE_CALL + r"|"
    r"^[ \t]*[\w:<>]+(?:[ \t]*\*+[ \t]*|[ \t]+)\w+[ \t]*=[ \t]*" + _NAMESPACE_CALL + r"|"
    r"\b[a-z_]\w*::[A-Z][a-z]\w*\(|"  # a namespace's function in CamelCase: `_com_util::ConvertString(`
    # a type's alias (`using command = variant<a, b>;`), a struct inheriting, a function defaulted
    r"^\s*using\s+\w+\s*=\s*[\w:]+|^\s*(?:struct|class)\s+\w+\s*:\s*(?:public|private|protected)\s+\w|\)\s*=\s*(?:default|delete)\s*;|"
    r"\.\w+<(?:bool|int|double|float|char|long|size_t|unsigned)>\s*\(|"  # a template's call: `p.get<int>(`
    # a namespace aliased or unnamed, `namespace Q = a::b;`, `namespace {`; an rvalue reference declared,
    # `int &&r = 42;`, `string&& move(string &&t)`
    r"^\s*namespace\s+\w+\s*=\s*[\w:]+\s*;|^\s*namespace\s*\{|"
    r"\b(?:int|char|double|float|long|short|bool|auto|string|std::\w+)\s*&&\s*[A-Za-z_]\w*\s*[=(;,)]|"
    r"\bPYBIND11_MODULE\s*\(|\bQ(?:t|[A-Z][A-Za-z]+)::[A-Z]\w*|"  # pybind11's module; Qt's constants (`Qt::WA_x`, `QLocale::China`)
    # A class's function defined outside it, `void klassVtable::initialize(bool check) {` (its brace
    # maybe below; no PHP's `$` parameters, no Rust's `match Foo::new(x) {`); a member as a reference
    # gives it, a line alone, `double TangoPoseData::timestamp`; a class opening on an access label.
    r"^[ \t]*+(?!(?:function|sub|def|fn|func|return|else|new|delete|throw|case|if|while|for|match|switch|let|pub|impl|unsafe)\b)"
    r"(?:[A-Za-z_][\w<>,:*&]*+[ \t]++)++[*&]*+[A-Za-z_]\w*+::~?[A-Za-z_]\w*+[ \t]*+"
    r"\((?:[^()$\n]|\([^()$\n]*+\))*+\)[ \t]*+(?:const[ \t]*+)?(?:\{|$)|"
    r"^[ \t]*+(?:const[ \t]++)?(?:(?:unsigned|signed|long|short)[ \t]++)*+(?:void|bool|char|int|long|float|double|short|"
    r"size_t|u?int(?:8|16|32|64)_t|[A-Z][a-z]\w*?[A-Z]\w*+)(?:[ \t]*+\*++[ \t]*+|[ \t]++)[A-Z]\w*+::~?[A-Za-z_]\w*+(?:\[\d*\])?[ \t]*+$|"
    r"^[ \t]*+(?:class|struct)[ \t]++\w++[^;{\n]*+\{[ \t]*+\n(?:[ \t]*+(?://[^\n]*+)?\n)*+[ \t]*+(?:public|private|protected)[ \t]*+:(?!:)|"
    # a struct that names itself as C cannot inside it: its constructor, `bign(){`, or a pointer to
    # itself without `struct`, `node* next;`
    r"\bstruct[ \t]+(?P<selfnamed>[A-Za-z_]\w*)[ \t]*\{[^{}]*?\n[ \t]*(?P=selfnamed)[ \t]*"
    r"(?:\([^()\n]*\)[ \t]*\{|\*+[ \t]*[A-Za-z_]\w*[ \t]*;)",
    re.M,
)
# A function's declaration or definition: its type, its name, its parameters (each taken whole, possessively:
# a list that ends otherwise, `const char *format, …);`, fails at once, not after trying every split of it).
_DECLARED = re.compile(
    r"^\s*(?:(?:static|inline|extern|const|unsigned)\s+)*(void|int|char|double|float|bool|long|short|string)"
    r"[\s*&]+([A-Za-z_]\w*)\s*\(((?:\s*+(?:const\s+)?[A-Za-z_]\w*+\b[^(),]*+,?)++)\)"
    r"\s*[;{]?\s*(?://.*)?$",
    re.M,
)


def _parameter_type(parameter):
    """`const int &n` -> `const int&`; `int` stays `int` (no name given); `int *a` and `int* a` are
    one type, however spaced."""
    words = re.sub(r"\s*([*&])\s*", r"\1", parameter.strip())
    if _TAGGED_TYPE.fullmatch(words):
        return words  # `struct Crate`, no name given: the tag is the type's
    last = re.search(r"\b([A-Za-z_]\w*)$", words)
    return words[: last.start()].strip() if last and last[1] not in _TYPE_WORDS else words


_TAGGED_TYPE = re.compile(r"(?:const[ \t]+)?(?:struct|enum|union)[ \t]+[A-Za-z_]\w*[*&]*")
_TYPE_WORDS = frozenset("int char double float bool long short string unsigned signed".split())


def _overloads(code):
    """One function declared with two lists of parameters' types, its type the same: an overload,
    which C cannot write (`int isprime(int);` over `int isprime(int n)` is one function)."""
    lists = {}
    for returned, name, parameters in _DECLARED.findall(code):
        if name == "main":
            continue  # `int main(void)` beside `int main(int argc, char **argv)`: a lesson's two forms (C++ overloads no main)
        types = tuple(map(_parameter_type, parameters.split(",")))
        lists.setdefault((returned, name), set()).add(types)
    return any(_differ(a, b) for found in lists.values() for a in found for b in found)


def _differ(a, b):
    """Two lists of parameters' types one function could not have in C. One the other's start, with
    a type of C's own after it, may be a manual's optional argument (POSIX's `open` with `mode_t mode`
    or without); with a basic type after it (`area(int w)`, `area(int w, int h)`), an overload."""
    short, long = sorted((a, b), key=len)
    if long[: len(short)] != short:
        return True
    return len(long) > len(short) and all(_BASIC_TYPE.fullmatch(t) for t in long[len(short) :])


_BASIC_TYPE = re.compile(r"(?:const[ \t]*)?(?:int|char|double|float|bool|long|short|string)[*&]*")


_GUARDED_LINKAGE = re.compile(_EXTERN_C)


# A function defined, its header on a line: a type (words, maybe a pointer), its name, its
# parameters, then its body's `{`; not a condition (`if (a &b) {`: no type before it).
_DEFINED_HEADER = re.compile(
    r"^[ \t]*+(?:[A-Za-z_]\w*+[ \t]++)++\**+[A-Za-z_]\w*+[ \t]*+\(([^()\n]*+)\)[ \t]*+\{", re.M
)
_BY_REFERENCE = re.compile(r"[ \t]*+(?:const[ \t]++)?[A-Za-z_]\w*+[ \t]*+&[ \t]*+[A-Za-z_]\w*+[ \t]*+")


def _takes_references(code):
    """A function defined taking a parameter by reference (`bool Push(SqStack &S, int x) {`): C++'s,
    whatever else of C the textbook writes around it."""
    return any(
        any(map(_BY_REFERENCE.fullmatch, header.group(1).split(",")))
        for header in _DEFINED_HEADER.finditer(code)
    )


# A `#` line that is no preprocessor's directive: a Python or shell note, whose words are none of C++'s
# (`# 空序列 [](空列表)` names a list, no lambda).
_HASH_NOTE_LINE = re.compile(
    r"^[ \t]*#(?![ \t]*(?:include|define|undef|ifn?def|if|elif|else|endif|pragma|error|warning|line)\b)[^\n]*",
    re.M,
)


def looks_like_cpp(code):
    if JS_CLASS_OR_FUNCTION.search(DOUBLE_QUOTED.sub('""', code)) and not ACCESS_SPECIFIER_LINE.search(code):
        return False  # (not what a string says: `cout << "===copy===";` holds no JavaScript; nor
        # does a class with `public:` in it, which JavaScript's cannot hold)
    if "#" in code:
        code = _HASH_NOTE_LINE.sub("", code)
    if "__cplusplus" in code:  # a C header's `#ifdef __cplusplus` over `extern "C" {`: C's own
        code = _GUARDED_LINKAGE.sub("", code)
    if "//" in code or "/*" in code:  # C++'s names in a comment, `// see Status::ok()`: no code of C++'s
        code = _STRING_OR_COMMENT.sub(lambda m: m.group() if m.group().startswith('"') else "", code)
    if "::" in code:  # nor in a string, `_paq.push(["CrashAnalytics::setSampleRate", 50]);`
        code = _QUOTED_SCOPE.sub('""', code)
    return (
        bool(CPP_STRONG.search(code))
        or bool(_OUT_OF_LINE_CONSTRUCTOR.search(code))
        or _overloads(code)
        or _takes_references(code)
        or bool(
            ACCESS_SPECIFIER_LINE.search(code) and _TYPED_PARAMETERS.search(code)
        )  # `public:` over `Sale(double cost)`
        or (
            bool(CPP_SIGNS.search(code)) and (bool(C_INCLUDE.search(code)) or _BRACE.search(code) is not None)
        )
    )


# A string in quotes (either kind) naming something with `::` in it, on one line.
_QUOTED_SCOPE = re.compile(r"\"[^\"\n]*::[^\"\n]*\"|'[^'\n]*::[^'\n]*'|‘[^’\n]*::[^’\n]*’")


# A class's constructor or destructor defined outside it: `CChildFrame::CChildFrame()`.
_OUT_OF_LINE_CONSTRUCTOR = re.compile(
    r"^[ \t]*(\w+)::~?\1[ \t]*\([^()\n]*\)[ \t]*(?:\n[ \t]*)?[:{]", re.M
)  # (its body or its initializers after it: a program's printout names it alone)
_BRACE = re.compile(r"(?<!\$)\{")  # a block's brace, not the shell's `${opt-dir}` in a build's log
# A call's first parameter typed, `Sale(double cost, ...)`: a declaration's, no call's.
_TYPED_PARAMETERS = re.compile(r"\w\((?:const[ \t]+)?[A-Za-z_]\w*[ \t*&]+[A-Za-z_]\w*[ \t]*[,=)]")


# A class's access specifiers alone, their notes taken off: `public:  // seen from outside` a line each.
_ACCESS_ALONE = re.compile(r"(?:(?:public|private|protected)[ \t]*:\s*){2,}")


def lists_access_specifiers(code):
    """A class's access specifiers a line each, maybe noted: C++'s, which YAML would take for keys."""
    return bool(_ACCESS_ALONE.fullmatch(C_COMMENTS.sub("", code).strip()))


# What C cannot write in code that otherwise reads as C: a name in a scope (`llvm::cryptoutils->x`,
# `SelectInst::Create(...)`; C has no `::`), an enum given its underlying type (`enum e: int16_t {`) or scoped,
# a class's access on a line of its own (`public:`), a string streamed (`log << "read failed"`: C
# shifts no string), an exception tried, caught or thrown, an object deleted.
_C_TYPE_WORD = r"(?:int|char|float|double|long|short|unsigned|signed|void|const|struct|enum|union|bool)\b"
_CPP_IN_C = re.compile(
    r"\b[A-Za-z_]\w*::~?[A-Za-z_]\w*|^[ \t]*enum[ \t]+(?:class[ \t]+)?\w+[ \t]*:[ \t]*\w+[ \t]*\{|"
    r"^[ \t]*enum[ \t]+(?:class|struct)[ \t]+\w+|"  # a scoped enum, `enum class Status;`
    r"[=(,+*/^-][ \t]*(?:size_t|int|long|unsigned|double|float|char)\([ \t]*[A-Za-z_]\w*[ \t]*\)|"  # a functional cast, `size_t(v)`
    r"^[ \t]*(?:public|private|protected)[ \t]*:[ \t]*$|"
    # a variable initialised in brackets, `float sum(0), t(drand48());`, or an object constructed
    # in a function's body, `  Vec3f color(grey, grey, grey);` (C declares no parameters so);
    # a class's getter or setter called, `h.getNormal()`, `camera->getTMin()`
    r"^[ \t]*(?:const[ \t]+)?(?:int|float|double|long|char|bool|unsigned|short|size_t)[ \t]+[A-Za-z_]\w*[ \t]*\([ \t]*-?\d[\w.]*[ \t]*\)[ \t]*[,;]|"
    r"^[ \t]+(?!(?i:select|call|exec|execute|perform|return|delete|update|insert|print|echo)\b)(?=[A-Z]\w*[a-z])[A-Z]\w*[ \t]+[a-z_]\w*[ \t]*"
    r"\([ \t]*(?!"
    + _C_TYPE_WORD
    + r")[a-z_]\w*(?<!_t)(?:[ \t]*,[ \t]*(?!"
    + _C_TYPE_WORD
    + r")[a-z_]\w*(?<!_t))*[ \t]*\)[ \t]*;|"
    r"(?:\.|->)(?:get|set)[A-Z]\w*[ \t]*\(|"
    # the standard library's containers and strings asked through a member, `str2.length()`, `v.push_back(x)`
    r"\b[a-z_]\w*\.(?:length|size|empty|c_str|substr|push_back|pop_back|emplace_back|begin|end)\(|"
    r"<<[ \t]*\"\"|\"\"[ \t]*<<|"
    # a template declared or specialised, `template <class T>`, `#define NULL_TMPL template<>`; an
    # instance of one named by typedef, `typedef __malloc_alloc_template<0> malloc_alloc;`
    r"\btemplate[ \t]*<|\btypedef[ \t]+[A-Za-z_]\w*<[^<>\n]+>[ \t]*\w+[ \t]*;|"
    r"=[ \t]*\[[&=]?\][ \t]*(?:\([^()\n]*\)[ \t]*)?(?:->[ \t]*\w+[ \t]*)?\{|"  # a lambda, `= [&] -> int {`
    r"^[ \t]*(?:try[ \t]*\n?[ \t]*\{|\}?[ \t]*catch[ \t]*\([^()\n]*\)[ \t]*\{?|throw[ \t]+[\w\"(])|"
    r"^[ \t]*delete(?:[ \t]*\[\])?[ \t]+[A-Za-z_]\w*(?:->\w+)*[ \t]*;|"  # a node freed, `delete temp;`
    # an object allocated to a name declared before (`_eden = new ContiguousSpace();`; Java's and C#'s
    # declare it there, `List data = new List();`)
    r"^[ \t]*[A-Za-z_][\w.]*(?:->\w+)*[ \t]*=[ \t]*new[ \t]+[A-Za-z_][\w:]*[ \t]*\(|"
    r"\b[A-Z]\w*<[ \t]*(?:bool|char|int|long|float|double|[A-Z]\w*)[ \t]*\*?[ \t]*>[ \t]+[A-Za-z_]\w*[ \t]*[;=({]|"  # `Foo<bool> foo;`
    r"^[ \t]*[a-z]+[A-Z]\w*<[ \t]*[A-Za-z_]\w*[ \t]*>[ \t]+[A-Za-z_]\w*[ \t]*[;(]|"  # a smart pointer's, `nsCOMPtr<nsIFile> dir;`
    # a template called, `img.at<Vec3f>(y, x)`; a reference to a pointer declared, `int *&r = p;`
    r"\b[a-z_]\w*<[A-Za-z_]\w*\*?>\(|^[ \t]*(?:const[ \t]+)?(?:int|char|float|double|long|short|bool|void|[A-Z]\w*)[ \t]*\*[ \t]*&|"
    # a parameter given its default, `Mat(const IplImage* img, bool copyData=false);` (C's take none)
    r"(?<!\bfor)(?<!\bfor )(?<!\bif)(?<!\bif )(?<!\bwhile)(?<!\bwhile )\((?:[^()\n]*,)?[ \t]*(?:const[ \t]+)?[A-Za-z_]\w*[ \t]*[*&]*[ \t]+[*&]*[A-Za-z_]\w*[ \t]*=(?!=)[ \t]*[\w.\"'-]+[ \t]*[,)]",
    re.M,
)
_STRING_OR_COMMENT = re.compile(DOUBLE_QUOTED.pattern + "|" + C_COMMENTS.pattern, re.S)


def c_or_cpp(code):
    """Code read as C: "cpp" where, outside its strings and comments, it writes what only C++ does."""
    bare = _STRING_OR_COMMENT.sub(lambda m: '""' if m.group().startswith('"') else "", code)
    return "cpp" if _CPP_IN_C.search(bare) else "c"


def looks_like_c(code):
    if "#" in code:  # `# DATEDIFF(d1,d2) d1->d2 之间`: a note in the shell's way, no directive of C's
        code = _HASH_NOTE_LINE.sub("", code)
    if "/*" in code:  # a parameter's note, `/* point location {z,y,x} [dim] */`: none of the code's shape
        code = BLOCK_COMMENT.sub(" ", code)
    return (
        bool(C_INCLUDE.search(code) or C_SIGNS.search(code) or _noted_parameters(code))
        and not JS_CLASS_OR_FUNCTION.search(DOUBLE_QUOTED.sub('""', code))  # (Lua's `require(` in a C string)
        and not BLOCK_ENDS.search(code)  # PL/pgSQL's `END IF;`: `defs->key` is hstore's operator there
    )


_LINE_NOTES = re.compile(r"[ \t]*//[^\n]*")
_OPENED_PARAMETERS = re.compile(
    r"^[ \t]*(?:[A-Za-z_]\w*[ \t]+\**)+[A-Za-z_]\w*[ \t]*\([ \t]*$", re.M
)  # `int epoll_ctl(`


def _noted_parameters(code):
    """C's signs once `//` notes are set aside, where a declaration opens its parameters over lines
    (a prototype's parameters noted a line each, `int epoll_ctl(` over `int epfd, // its fd`)."""
    return (
        "//" in code
        and bool(_OPENED_PARAMETERS.search(code))
        and bool(C_SIGNS.search(_LINE_NOTES.sub("", code)))
    )
