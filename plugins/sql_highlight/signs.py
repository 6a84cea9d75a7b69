"""What several languages' rules share: the shell's prompt, Django's template tags, a count of
matches kept for the block detection asks about more than once."""

import functools
import re

# `$ cmd` (or `(venv) user@host:~/dir$ cmd`) first: a prompted shell session. Themed shells
# draw `❯` or `➜`; zsh's `%` counts after a virtualenv's name or `user@host`. A virtualenv's
# name, or a git branch's (`(feature/search) $ `), may come first.
SHELL_PROMPT = re.compile(
    r"^\s*(?:\([\w./-]+\) {0,2})?(?:[\w.-]+@[\w.-]+:?)?[\w~/.-]*\$ +[\w./~\"'\\(<-]|^\s*[❯➜»] +[\w./~\"'-]|"
    r"^[\w.-]+@[\w.-]+:[\w~/.-]*[$#](?=[a-z]{2,}\b)|"  # `user@host:~$sudo ...`, typed against the prompt
    r"^[A-Z]:\\[^<>:\n]*>(?=[a-z]{2,}\b)|"  # Windows' `C:\Users\me>ssh ...`
    r"^\[[\w.-]+@[\w.-]+(?: [\w~/.-]+)?\](?=[a-z][\w.-]*[ \t]+\S)|"  # `[root@host]docker ps`: its `#` and space lost
    r"^\[[\w.-]+@[\w.-]+ [\w~/.-]+\][$#] +\S|^[\w.-]+@[\w.-]+:[\w~/.-]*# +[\w./~\"'-]|^(?!(?:import|export|let|const|var) )[\w@.:~/-]+ \$ +[\w./~\"'-]|"  # `~/blog $ make` (not `import $ from`)
    r"^[\w.-]+@[\w.-]+% +[\w./~\"'-]|"  # zsh's `user@host% `  # `[user@host dir]$ `, as Red Hat's bash sets it
    r"^% +(?![^\n]*%\})[A-Za-z_./~]|"  # zsh's and csh's bare prompt (not a template tag that lost its `{`)
    r"^\$> +[\w./~\"'-]|"  # `$> make`, as some write it
    r"^[\w.-]+:[\w~/.-]+ [\w.-]+\$ +[\w./~\"'-]|"  # macOS's `host:dir user$ `
    r"^(?:ba|z|k|tc|c)?sh(?:-[\d.]+)? ?[$%#] +[\w./~\"'-]|"  # the shell's name: `bash % `, `sh-4.4# `
    r"^\s*(?:\([\w.-]+\) ?|[\w.-]+@[\w.-]+ )[\w~/.-]* % +[\w./~\"'-]"
)
# A macro in capitals given names in PascalCase (or `...`), a line of its own: C's preprocessor, as
# `BEGIN_EXPORT_CLASS(ClassType, ...)` (SQL's manuals name a function's arguments `expr`, `str`).
MACRO_CALL = re.compile(
    r"\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\((?:[A-Z][A-Za-z0-9]*[a-z]\w*|\.\.\.)(?:,\s*(?:[A-Z][A-Za-z0-9]*[a-z]\w*|\.\.\.))*\)\s*"
)


def macro_calls_alone(lines):
    """Every (written) line a macro called, `ADD_PROPERTY(Property)`: C's preprocessor, not
    Python's nor SQL's calls."""
    return bool(lines) and all(map(MACRO_CALL.fullmatch, lines))


# A name the reader fills in, in any alphabet: `<password_hash>`, `<任意の関数>`, `<path/to/file>`.
PLACEHOLDER = re.compile(r"<[^\W\d][\w./…-]*>")
# What a post left out, said in Japanese or Chinese (or English) on a line of its own: `（中略）`,
# `(省略)`, `(snip)`.
ELIDED_IN_WORDS = r"[（(](?:中略|略|省略|前略|後略|以下略|snip|snipped)[）)]"
# (Each alternative opens on its `{`, what it looks behind for after it: the engine passes over a
# position without a `{` at once.)
DJANGO_TEMPLATE = re.compile(  # not Nikola's and Hugo's shortcodes, `{{% raw %}}`
    r"\{(?<!\{\{)%-?\s*(?:load|block|endblock|extends|include|for|endfor|if|endif|url|static|csrf_token|with|"
    r"trans|blocktrans|translate|blocktranslate|comment|\w+)\b(?:[^%\n]|%(?!\}))*%\}|"
    r"\{(?<!\{\{)%-?[ \t]*\w+\b[^%\n]*\n(?:[^%\n]*\n){0,30}?[^%\n]*-?%\}|"  # a tag over lines
    r"\{(?<![\${'\"]\{)\{-?\s*\.\s*-?\}\}|"  # Go's dot alone, `{{ . }}`
    r"\{(?<!\$\{)(?<!['\"]\{)\{\s*\.[A-Za-z_][\w.]*\s*(?:\|[^{}\n]*)?\}\}|"  # Go's, `{{ .Name }}` (a quoted one is a command's format)
    r"\{(?<!\$\{)\{-?\s*\$?[A-Za-z_][\w.]*(?:\[[^\[\]{}\n]*\])*\s*(?:\([^{}\n]*\)\s*)?(?:\|[^{}\n]*)?-?\}\}|"
    r"\{(?<![\${]\{)\{ (?:\"[^\"\n]*\"|'[^'\n]*')[^{}\n]* \}\}|"  # an expression on a string: `{{ "Hi %s" % name }}`
    r"\{(?<![\${]\{)\{ [a-z_]\w* (?:'[^'{}\n]*'?|\"[^\"{}\n]*\"?|[A-Za-z_][\w.]*) ?\}\}|"  # a tag and its argument, oTree's `{{ static 'a.png' }}`
    r"(?m:^[ \t]*\{# [^\n]* #\}[ \t]*$)|"  # a comment tag on a line of its own: `{# begin content #}`
    r"\{(?<![\${]\{)\{\s*-?\d+(?:\.\d+)?\s*\|[ \t]*[a-z_]\w*(?::[^{}\n]*)?\s*\}\}"  # a number through a filter, `{{ 4|add:6 }}`
)  # `{{ name|filter }}`, a call, `{{ script(version=2) }}`, an item, `{{ config['DEBUG'] }}`; `${{ x }}` is GitHub Actions' own


def looks_like_django_template(code):
    return bool(DJANGO_TEMPLATE.search(code))


@functools.lru_cache(maxsize=8)  # detection counts the same block's signs more than once
def count_matches(pattern, code):
    return len(pattern.findall(code))


NOTE_AFTER_CODE = re.compile(r"\S[ \t]+#[^\n]*$", re.M)  # a note in `#` after code on its line
WIDE = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"  # CJK's ideographs and punctuation, full-width forms: a class's ranges
CJK_LETTERS = (
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # Japanese's kana, CJK's ideographs, Hangul: a class's ranges
)
COUNTED_LOOP = re.compile(r"\bfor[ \t]*\([^;\n]*;[^;\n]*;[^)\n]*\)")  # C's loop, `for (i = 2; i <= n; i++)`
# A class's access specifier on a line of its own, `public:`: C++'s, never JavaScript's.
ACCESS_SPECIFIER_LINE = re.compile(r"^[ \t]*(?:public|private|protected)[ \t]*:[ \t]*(?://[^\n]*)?$", re.M)
# A call into Python's data and science libraries by their names or their usual aliases,
# `sns.boxplot(`, `sklearn.preprocessing.StandardScaler(`: no C, nor JavaScript, names them so.
PYTHON_LIBRARY_CALL = re.compile(
    r"^[ \t]*(?:sklearn|seaborn|sns|numpy|np|pandas|pd|scipy|torch|tensorflow|tf|keras|matplotlib|plt|cv2)(?:\.\w+)+[ \t]*\(",
    re.M,
)
PYTHON_COMMENT = re.compile(r"(?:^|[ \t])#.*$", re.M)  # a note after `#` (strings emptied first, if any)
