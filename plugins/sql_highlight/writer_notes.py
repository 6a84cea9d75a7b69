"""What a writer adds around a block's code that is none of its language: a ruler framing it,
`//` notes after its lines or over them, the shell's `#notes` between statements. Detection
reads the block again without them."""

import html
import itertools
import re

from .javascript_signs import JS_SIGNS
from .signs import WIDE, count_matches
from .sql_signs import SQL_START

# A ruler over and under the block, as one blog frames every block.
_FRAMED = re.compile(r"(?:-{20,}|={20,})[ \t]*\n(.*)\n[ \t]*(?:-{20,}|={20,})", re.S)


def _note_after(mark):
    """A note after a line's code in `mark`, a space after it; after a statement's `;`, written
    straight after the mark too (`SHOW ENGINES;	//展现...`, `show create event e1; //e1 ...`); glued
    to its mark, or to a `,` or `;`, in the writer's own letters (`SET a = 0 #关闭`, `MASTER_PORT=3306,//端口`)."""
    return re.compile(
        rf"(?<=\S)[ \t]+{mark}(?:[ \t]|(?=[^\x00-\x7f]))[^\n]*$|(?<=;)[ \t]+{mark}(?=\S)[^\n]*$|(?<=[,;]){mark}(?=[^\x00-\x7f])[^\n]*$",
        re.M,
    )


# `x INTEGER // 4 Bytes`: a note in `//` whatever the code's language; MySQL's `DESC t # its columns`.
_SLASH_NOTE_AFTER = _note_after("//")
_HASH_NOTE_AFTER = _note_after("#")
_ARROWS_NOTE_AFTER = _note_after(">>>")  # `master_port=3306,>>>这个值复制...`: a writer's arrows to a note
SLASH_NOTE_LINE = re.compile(r"^[ \t]*//[^\n]*\n?", re.M)
# A note on a line of its own in the shell's way, `#Создаем ...`, not root's prompt before a statement.
HASH_NOTES = re.compile(
    r"^[ \t]*#(?![ \t]*(?:" + SQL_START.pattern.removeprefix(r"^\s*") + r"))[^\n]*$\n?", re.M | re.I
)
# A `--` note wrapped onto the lines under it without its mark, prose in another alphabet (`-- 含义：
# 当...时，` over `执行statement_list2， 否则...`): CJK's words or punctuation, no `;`, no keyword opening
# it, a keyword's line after it.
_WRAPPED_SQL_NOTE = re.compile(
    rf"(^[ \t]*--[^\n]*\n)((?:(?![ \t]*(?:--|\[|[A-Z]{{2,}}\b))[^\n;{WIDE}]*[{WIDE}][^\n;]*\n)+)"
    r"(?=[ \t]*(?:\[|[A-Z]{2,}\b))",  # the statement's first line straight after: no table under a heading
    re.M,
)
# A caption in another alphabet ending in a colon, on a line of its own over the statement it
# names (`修改密码：` over `set password = ...;`); a note in full-width brackets after a statement.
_WIDE_CAPTION_LINE = re.compile(rf"^(?=[^\n;]*[{WIDE}])[^\n;]*[:：][ \t]*$\n?", re.M)
_WIDE_NOTE_AFTER = re.compile(
    r"(?<=;)[ \t]*(?:（[^\n]*）|[^\x00-\x7f][^\n]*)[ \t]*$", re.M
)  # or glued: `desc t;查看表结构`


# A caption in the writer's letters quoted on a line of its own (`"Аналогичный результат получится:"`,
# `'\`Отобразить всю таблицу\`'`): no string of SQL's stands alone so.
QUOTED_CAPTION = re.compile(r"^[ \t]*([\"'])(?=[^\n]*[^\x00-\x7f])(?:(?!\1)[^\n])*\1[ \t]*$\n?", re.M)


def without_wide_captions(code):
    """The statements without the captions in another alphabet over them and the notes after them."""
    return _WIDE_NOTE_AFTER.sub("", QUOTED_CAPTION.sub("", _WIDE_CAPTION_LINE.sub("", code)))


_LEADING_HASH_LINES = re.compile(r"^(?:[ \t]*#[^\n]*\n|[ \t]*\n)+")


def without_wrapped_sql_notes(code):
    """The block with the lines a `--` note was wrapped onto left out."""
    return _WRAPPED_SQL_NOTE.sub(r"\1", code)


def framed_body(code):
    """What a ruler over and under the block frames, or None."""
    framed = _FRAMED.fullmatch(code.strip())
    return framed.group(1) if framed and framed.group(1).strip() else None


def without_notes_after_sql_lines(code):
    """The block without the notes after its lines, in `//` or MySQL's `#`, where every line so
    noted holds a word in SQL's capitals (`Spaltenname INTEGER // 4 Bytes`, `SHOW TABLES; # ...`);
    and how many there were. (JavaScript's own notes are left, and the block is not read twice
    for them.)"""
    for mark, note in (("//", _SLASH_NOTE_AFTER), ("#", _HASH_NOTE_AFTER), (">>>", _ARROWS_NOTE_AFTER)):
        if mark not in code:
            continue
        noted = [line for line in code.splitlines() if note.search(line)]
        if noted and (
            all(map(_sql_before_its_note, (note.sub("", line) for line in noted)))
            or _KEYWORDS_ATOP.match(code)
        ):
            return note.subn("", code)
    return code, 0


_SQL_CAPITALS = re.compile(
    r"\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WHERE|FROM|AND|OR|NOT|NULL|DEFAULT|TEXT|INTEGER|"
    r"BIGINT|SMALLINT|VARCHAR|CHAR|DECIMAL|NUMERIC|REAL|DOUBLE|BOOLEAN|DATE|TIMESTAMP|PRIMARY|REFERENCES|"
    r"SHOW|DESC|DESCRIBE|USE|TABLES?|DATABASES?|SET|START|COMMIT|ROLLBACK|TRANSACTION)\b|<>|!="
)


def _sql_before_its_note(line):
    """SQL's words in capitals, or a statement ended in any case: `show databases;  // 分号`,
    MySQL's `desc t;`."""
    return bool(
        _SQL_CAPITALS.search(line)
        or (SQL_START.match(line) or _MYSQL_STATEMENT.match(line))
        and line.rstrip().endswith(";")
    )


# A statement's keywords in capitals alone on the block's first line, its options noted under it: `CHANGE MASTER TO`.
_KEYWORDS_ATOP = re.compile(r"\s*(?:[A-Z]{2,}[ \t]+){2,}[A-Z]{2,}[ \t]*\n")
_MYSQL_STATEMENT = re.compile(r"\s*(?i:desc|describe|show|use)\s+[\w`]")


def without_slash_note_lines(code):
    """The block without its `//` lines, where they are the only thing JavaScript would know it by;
    None where it has none, or holds JavaScript's own forms."""
    if not SLASH_NOTE_LINE.search(code):
        return None
    rest = SLASH_NOTE_LINE.sub("", code).strip("\n")
    signed = _ATTRIBUTE_VALUE.sub('=""', rest) if rest.lstrip().startswith("<") else rest
    return rest if rest.strip() and not count_matches(JS_SIGNS, signed) else None


# An attribute's value in markup, `onclick="console.log(2)"`: a handler's script is the element's.
_ATTRIBUTE_VALUE = re.compile(r"=\s*\"[^\"\n]*\"")


def without_leading_hash_lines(code):
    """The block from its first line that is not a `#` note (or blank)."""
    return _LEADING_HASH_LINES.sub("", code)


# A line the writer made bold, Markdown's `**` kept inside the fence: `**pull_policy = "if-not-present"**`.
_BOLD_LINE = re.compile(r"^([ \t]*)\*\*(?=\S)([^*\n]*[^*\s])\*\*[ \t]*$", re.M)


def without_bold_lines(code):
    """The block with its bold lines' marks taken off; None where it has none."""
    plain = _BOLD_LINE.sub(r"\1\2", code)
    return plain if plain != code and plain.strip() else None


# A name the writer gave in their own language where a synopsis has its placeholder: `字段名 字段类型
# not null`, `grant <角色1> to <用户1>`. Ideographs between spaces, commas or angle brackets (not a
# gloss in round ones, `adduser ana (不用设置密码)`), on a line with a word of SQL's and no sentence's
# punctuation, no note's mark (a gloss alone on its line is left to be read as one).
_WIDE_NAME = re.compile(r"(?<![^\s<,])[\u3400-\u9fff]\w*(?![^\s>,;])")
_SENTENCE_MARK = re.compile(r"[，。：；！？、（）]")
_COMMENT_LINE = re.compile(r"[ \t]*(?:#|--|//)")
_NOTE_AFTER_CODE = re.compile(r"[ \t]+(?:#|--)[ \t]")
# A word of SQL's that a synopsis with names to fill holds: `not null`, `constraint`, `grant ... to`.
_SYNOPSIS_WORD = re.compile(
    r"\b(?i:not null|primary key|unique|constraint|references|default|check|grant|revoke|select|insert|update|delete|"
    r"create|alter|drop|rename|table|index|view|from|where|into|values|set|to|on)\b"
)


def with_wide_names_named(code):
    """The block with each such name replaced by `name1`, `name2`, ... in the order they come;
    the block as it is where most of its lines are prose in the writer's letters (a long note on
    transactions naming one savepoint so is no synopsis, and reading it again costs ~12 ms)."""
    written = [line for line in code.split("\n") if line.strip() and not line.lstrip().startswith("--")]
    if 2 * sum(map(_is_wide_prose, written)) > len(written):
        return code
    numbers = itertools.count(1)

    def named(line):
        note = _NOTE_AFTER_CODE.search(line)  # (a note after the code is read as it is)
        code = line[: note.start()] if note else line
        if _SENTENCE_MARK.search(code) or _COMMENT_LINE.match(code) or not _SYNOPSIS_WORD.search(code):
            return line  # (a line of prose or a note is read as it is, and the block once)
        return _WIDE_NAME.sub(lambda _name: f"name{next(numbers)}", code) + line[len(code) :]

    return "\n".join(map(named, code.split("\n")))


_WIDE_LETTER = re.compile(f"[{WIDE}]")


def _is_wide_prose(line):
    """Half its letters or more the writer's wide ones: a sentence, not a statement naming a thing so."""
    letters = len(line) - line.count(" ") - line.count("\t")
    return 2 * len(_WIDE_LETTER.findall(line)) >= letters > 0


# An optional list in a synopsis's brackets, written with full-width commas and an ellipsis
# (`[，字段名2，…]`): a list's ASCII marks, as a reference writes them.
_WIDE_LIST = re.compile(r"\[[^\[\]\n]*[，…][^\[\]\n]*\]")


def with_list_marks_in_ascii(code):
    """The block with a bracketed list's `，` and `…` written `,` and `...`."""
    return _WIDE_LIST.sub(lambda m: m.group().replace("，", ",").replace("…", "..."), code)


# A placeholder in braces named in the writer's own letters, `{프로젝트명}`, `{克隆的路径}`.
_WIDE_PLACEHOLDER = re.compile(r"\{[^{}\n]*[^\x00-\x7f][^{}\n]*\}")


def with_wide_placeholders_named(code):
    """The block with each placeholder in braces named in another script written `{name}`:
    `PROJECT_NAME={프로젝트명}` is then the shell's assignment it shows."""
    return _WIDE_PLACEHOLDER.sub("{name}", code)


# A full-width parenthesis against code's own marks (`'块'）`, `print（x`), not a gloss's in a note (`（粘着位）`).
_WIDE_PARENTHESIS_IN_CODE = re.compile(r"[A-Za-z0-9_'\"\])]）|（[A-Za-z0-9_'\"\[(]")


def with_parentheses_in_ascii(code):
    """The block with full-width parentheses written `(` and `)` where one touches code's marks:
    `print('块'）`, the closing one typed in the writer's own script after a string; the block
    itself where none does."""
    if not _WIDE_PARENTHESIS_IN_CODE.search(code):
        return code
    return code.replace("（", "(").replace("）", ")")


# A key over its mapping whose colon was typed full-width (`spec：` over `  template:`).
_WIDE_KEY_COLON = re.compile(r"^([ \t]*[A-Za-z_][A-Za-z0-9_.-]*)：(?=[ \t]*$)", re.M)
# A comment's mark typed full-width at a line's start (`＃全局配置` over `global:`).
_WIDE_COMMENT_MARK = re.compile(r"^([ \t]*)＃", re.M)


def with_key_colons_in_ascii(code):
    """The block with each key's full-width colon written `:`, and each full-width `＃` opening a
    line written `#`."""
    return _WIDE_COMMENT_MARK.sub(r"\1#", _WIDE_KEY_COLON.sub(r"\1:", code))


# A name to fill in braces, as a reference writes it (`REINDEX INDEX {INDEX_NAME};`, `SET search_path
# TO {schema_name}`): no template's (`{{ x }}`, `{% tag %}`) nor an object's or a JSON string's.
_BRACED_NAME = re.compile(r"(?<![{$])\{([A-Za-z_]\w{0,40})\}(?!\})")


def with_braced_names_named(code):
    """The block with each name in braces written bare; the block itself where it has templates."""
    if "{{" in code or "{%" in code:
        return code
    return _BRACED_NAME.sub(r"\1", code)


# A converter's Markdown escapes kept in code, `unicode\_str`, `s\['key'\]` (a backslash before `_`
# inside a name, which no language's code writes), and its HTML entities (`&lt;`) with them.
_ESCAPED_IN_A_NAME = re.compile(r"\w\\_\w")
_MARKDOWN_ESCAPE = re.compile(r"\\([_\[\]*])")


def without_markdown_escapes(code):
    """The block as written before a converter escaped it for Markdown; the block itself if no
    name in it has `\\_`."""
    if not _ESCAPED_IN_A_NAME.search(code):
        return code
    return html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", code))


_INLINE_CODE_LINE = re.compile(r"[ \t]*`([^`\n]+)`[ \t]*")


def without_inline_code_marks(code):
    """The block's lines out of the backquotes a post wrapped each in (`` `wsl -l -v` ``), the
    writer's `#` notes between them, or others holding no backquote; the block itself where no
    line is so wrapped."""
    lines = [line for line in code.splitlines() if line.strip()]
    if not any(map(_INLINE_CODE_LINE.fullmatch, lines)) or not all(
        _INLINE_CODE_LINE.fullmatch(line) or line.lstrip().startswith("#") or "`" not in line
        for line in lines
    ):
        return code
    return "\n".join(_INLINE_CODE_LINE.sub(r"\1", line) for line in code.splitlines())


_DOTS_LINE = re.compile(r"^[ \t]*(?:\.+|…+)[ \t]*(?:\n|\Z)", re.M)


def without_dotted_lines(code):
    """The block without the lines of dots a writer left where they cut it (`...` over `..` over
    `.`, a script's body fading out)."""
    kept = _DOTS_LINE.sub("", code)
    return kept if kept.strip() else code


_STRUCK_LINE = re.compile(r"^([ \t]*)~~(?=\S)([^~\n]+?)~~[ \t]*$", re.M)


def without_strikethrough(code):
    """The lines a post struck through with Markdown's `~~` (`~~alter table t ...;~~`, a step
    dropped), their marks kept in the fence: the code under them."""
    return _STRUCK_LINE.sub(r"\1\2", code)


# Docusaurus's magic comments, a line of their own: `// highlight-next-line`, `# highlight-start`,
# `<!-- highlight-end -->`, a theme's own (`# highlight-error-next-line`): the site's marks, no code.
_HIGHLIGHT_MARK = re.compile(
    r"^[ \t]*(?:#|//|--|/\*|<!--)[ \t]*[\w-]*highlight[\w-]*-(?:next-line|start|end)[ \t]*(?:\*/|-->)?[ \t]*(?:\n|\Z)",
    re.M,
)


def without_highlight_marks(code):
    """The block without a docs site's marks of the lines to highlight."""
    return _HIGHLIGHT_MARK.sub("", code)


# Hibernate's mark before each statement it logs (`show_sql`), alone on its line or before the statement.
_HIBERNATE_LOG_MARK = re.compile(r"^[ \t]*Hibernate:[ \t]*(?:\n|(?=\S))", re.M)


def without_hibernate_marks(code):
    """The statements Hibernate logged without its `Hibernate:` marks, the writer's paste of its log;
    the block itself where it does not open with one."""
    if not _HIBERNATE_LOG_MARK.match(code):
        return code
    return _HIBERNATE_LOG_MARK.sub("", code)
