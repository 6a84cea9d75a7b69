"""What detection reads of a block: its start only, and its code as its writer typed it, less
what a page or an editor put around it (a site's shortcodes, invisible marks, a listing's
numbers, the indentation every line shares)."""

import re
import textwrap

# Detection reads the start of a block only: its first lines, each cut to a length. Python's
# parser raised MemoryError on one long line of prose (about 1,500 words), and a huge block
# would be parsed several times over. Real blocks of benchmarks/detection_accuracy.py run to
# 40,000 characters; their answers are the same read whole or cut to MAX_CHARS. Cut to 4,000
# rather than 8,000, the 27,949 blocks of the tuning sets (79 of them longer) answered the same
# but one (better), and the slowest block took 13 ms instead of 21. Cut to 2,500 rather than
# 4,000 (session 40, when MySQL sessions of 4,000 characters took 21 to 29 ms), the 23,210
# blocks then on hand (243 of them longer) answered the same but two (both better).
MAX_LINES = 200
MAX_LINE_CHARS = 1000
MAX_CHARS = 2500
# A run of spaces is read at most this long: patterns that try a run of spaces every way they
# can split it (`\s*` beside `\s+`) take time that grows with its square. A run of 3,000 spaces
# in a line took 120 ms; aligned columns run to some 40.
MAX_SPACE_RUN = 64
_LEADING_BLOCK_COMMENT = re.compile(
    r"\s*(/\*(?:(?!\*/)[^\n])*\n.*?\*/)", re.S
)  # over lines, its first not closing it
_TOO_LONG_A_RUN = " " * (MAX_SPACE_RUN + 1)
_LONG_SPACE_RUN = re.compile(f"{_TOO_LONG_A_RUN}+")


def detection_sample(code):
    """What detection reads of a block: at most MAX_LINES lines of at most MAX_LINE_CHARS, whole
    lines up to MAX_CHARS in all (the first line, cut, if it alone is longer), each run of
    spaces at most MAX_SPACE_RUN long."""
    if _TOO_LONG_A_RUN in code:
        code = _LONG_SPACE_RUN.sub(" " * MAX_SPACE_RUN, code)
    if len(code) <= MAX_CHARS and code.count("\n") < MAX_LINES:
        return code
    if (header := _LEADING_BLOCK_COMMENT.match(code)) and header.end() > MAX_CHARS // 2:
        # a file's licence over its code: its first line kept, the code read after it
        code = code[: code.index("\n", header.start(1))] + " */\n" + code[header.end() :].lstrip("\n")
    kept, size = [], 0
    for line in code.splitlines()[:MAX_LINES]:
        line = line[:MAX_LINE_CHARS]
        if kept and size + len(line) > MAX_CHARS:
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


def as_written(code):
    """The code less what a page or an editor added to it."""
    # Jekyll's `{% raw %}` only guards the code; an editor's invisible marks (zero-width spaces,
    # soft hyphens in `IN\xadSTALLED_APPS`, word joiners, a byte order mark) are none of it, and
    # its no-break spaces are spaces.
    code = _without_liquid_raw(code).translate(_INVISIBLE)
    code = _NOWEB_CHUNK.sub("", code)  # a chunk's name: none of its code
    code = _COPY_BUTTON.sub("", code)  # a page's "copy code" button, copied along with the code
    if (unmarked := _EXCERPT_MARK.sub("", code)).strip():  # (alone, it is the syntax shown: HTML's)
        code = unmarked  # a blog's `<!--more-->`, its excerpt's end, fallen into the code
    # a chat page's header copied with the code, `jsonCopy code{`: the code after it
    code = _COPIED_UNDER_ITS_LANGUAGE.sub("", code)
    code = _HUGO_SHORTCODE.sub(lambda shortcode: shortcode[1], code)  # `{{% vendor/cli %}} db:dump`
    code = dedented(code)  # a block indented whole (a list item's, a quote's) reads as its lines
    code = without_line_numbers(code)
    code = _DASHED_COMMENT.sub(r"\1--", code)  # `—-` at a line's start: `--` a blog's editor curled
    code = _FULL_WIDTH_PROMPT.sub(r"\1$ ", code)  # `＄ cat /etc/fstab`: a Japanese keyboard's `$`
    code = _FULL_WIDTH_PSQL_PROMPT.sub(_psql_prompt_in_ascii, code)  # `postgres＝♯ \q`: psql's, typed so
    code = _without_step_arrows(code)
    return code.rstrip("\n")  # (its last newline or blank lines are none of it: one text, one reading)


_BARE_ARROW_LINE = re.compile(r"^[ \t]*[↓⬇][ \t]*$\n?", re.M)


def _without_step_arrows(code):
    """A writer's `↓` standing alone between a step and what it gave (`ip addr`, `↓`, what it
    printed; a statement, `↓`, a better one): none of the code. A drawing's arrows, between its
    boxes a line each, are left to it."""
    if "↓" not in code and "⬇" not in code or not _BARE_ARROW_LINE.search(code):
        return code
    parts = _BARE_ARROW_LINE.split(code)
    if not parts[0].strip() or max(len(part.strip().splitlines()) for part in parts) < 2:
        return code  # (`Client` over `↓` over `Server`: a drawing's boxes)
    return _BARE_ARROW_LINE.sub("", code)


_EXCERPT_MARK = re.compile(r"^[ \t]*<!--[ \t]*more[ \t]*-->[ \t]*$\n?", re.M | re.I)
_FULL_WIDTH_PROMPT = re.compile(r"^([ \t]*)＄[ \t]+(?=\S)", re.M)
_FULL_WIDTH_PSQL_PROMPT = re.compile(r"^([ \t]*\w+)[＝=]([♯＃＞])(?=[ \t]|$)", re.M)


def _psql_prompt_in_ascii(prompt):
    return prompt[1] + "=" + ("#" if prompt[2] in "♯＃" else ">")


# A docs site's Hugo shortcode standing for a word (a program, a value), read as the word it
# names: `{{% vendor/cli %}}` a program, `{{< variable "BRANCH" >}}` or `{{< param tag >}}` a value.
_HUGO_SHORTCODE = re.compile(r"\{\{[%<]\s*(?:[\w/-]*/)?(?:(?:variable|param)\s+\"?)?([\w-]+)\"?\s*[%>]\}\}")
# A page's copy button copied along (CSDN's `AI写代码` after the listing's numbers run together).
_COPY_BUTTON = re.compile(r"^[ \t]*(?:复制代码|Copy code|\d*AI写代码)[ \t]*$\n?", re.M)
_COPIED_UNDER_ITS_LANGUAGE = re.compile(r"\A[ \t]*[a-z][\w+#.-]*Copy [Cc]ode[ \t]*(?:\n|(?=\S))")
_RAW_TAG = r"\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}"  # `{% raw %}`, `{%- endraw -%}`
_LIQUID_RAW = re.compile(_RAW_TAG)
_LIQUID_RAW_LINE = re.compile(rf"^[ \t]*{_RAW_TAG}[ \t]*(?:\n|\Z)", re.M)
_LIQUID_RAW_OPENING = re.compile(rf"^([ \t]*){_RAW_TAG}", re.M)


def _without_liquid_raw(code):
    """The code less Jekyll's `{% raw %}` tags: on lines of their own, or inside lines (around a
    workflow's `${{ secrets.X }}`) where no other tag is left; a Jinja template keeps its own
    inside its lines, and loses those a line opens with."""
    if "raw" not in code:
        return code
    code = _LIQUID_RAW_LINE.sub("", code)
    inline = _LIQUID_RAW.sub("", code)
    return inline if "{%" not in inline else _LIQUID_RAW_OPENING.sub(r"\1", code)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff")) | {0xA0: " ", 0x202F: " "}
# Literate programming's (noweb's) chunk lines: `<< name >>=` opens a chunk, `<< name >>` includes one.
_NOWEB_CHUNK = re.compile(r"^[ \t]*<<[ \t]*[^<>\n]*\w[^<>\n]*>>=?[ \t]*$", re.M)
_DASHED_COMMENT = re.compile(r"^([ \t]*)[—–]-", re.M)


def dedented(code):
    """The block less the indentation all its lines share, tabs counted as Python counts them
    (to the next multiple of 8) where they mix with spaces: `\t    name=...` under `    path(`."""
    code = textwrap.dedent(code)
    if "\t" in code and not _UNINDENTED_LINE.search(code):
        code = textwrap.dedent(_INDENTATION.sub(lambda indentation: indentation[0].expandtabs(8), code))
    return code


_UNINDENTED_LINE = re.compile(r"^\S", re.M)
_INDENTATION = re.compile(r"^[ \t]+", re.M)


def without_line_numbers(code):
    """A listing numbered a line each, as a book prints it (` 9  if x:`, `10      y()`): its code,
    the numbers taken off. Only where every line is numbered, one after another, three lines at least."""
    numbers = _LINE_NUMBER.findall(code)
    lines = code.splitlines()
    if len(lines) < 3 or len(numbers) != len(lines):
        return code
    first = int(numbers[0])
    if [int(n) for n in numbers] != list(range(first, first + len(lines))):
        return code
    return dedented(_LINE_NUMBER.sub("", code))


_LINE_NUMBER = re.compile(r"^[ \t]*(\d+)(?=[ \t]|$)", re.M)
