"""HTML's signs: tags of its own elements, and what only looks like markup (a command's
placeholders, tags in a script's strings, Apache's sections, React's JSX)."""

import re

from .block_text import MAX_LINE_CHARS
from .detect_block import SQL_NOTE_LINE
from .python_fragments import IPYTHON_INPUT, without_strings
from .shell_signs import looks_like_commands
from .sql_fragments import STRONG_SQL_LINE

# What only an element has, a closing tag or an attribute: `<table>` alone may be a placeholder.
CLOSED_OR_ATTRIBUTED_TAG = re.compile(r"</\w|<\w[\w-]*\s+[\w-]+=|/>")
# Tags of HTML's own elements: `<node>` in a usage line is no tag. A custom element counts by its
# closing tag, an attribute or `/>`: `<your-password>` alone is a placeholder, `<dj-csrf />` a tag.
HTML_TAG = re.compile(
    r"</?(?:html|head|body|title|meta|link|script|style|div|span|p|a|img|br|hr|ul|ol|li|dl|dt|dd|table|"
    r"thead|tbody|tr|td|th|form|input|button|label|select|option|textarea|h[1-6]|nav|header|footer|main|"
    r"section|article|aside|pre|code|em|strong|b|i|small|iframe|svg|path|template|slot|noscript|"
    r"figure|figcaption|picture|source|video|audio|canvas|details|summary|blockquote|sup|sub|"
    r"rect|circle|ellipse|polyline|polygon|"  # SVG's shapes (not `line` or `text`: a usage's placeholders)
    r"[a-z]+-[\w-]+(?=\s[^<>]*=|\s*/>))(?:\s[^<>]*)?/?>|</[a-zA-Z][\w:-]*>|<!DOCTYPE|<!--|"
    # an element's form in a tutorial, its name in Chinese: `<标签名> 内容 </标签名>`, `<标签名 />`
    r"<(?P<named>[^\x00-\x7f\s<>/]+)(?:\s[^<>\n]*)?>[^<>\n]*</(?P=named)>|<[^\x00-\x7f\s<>/]+(?:\s[^<>\n]*)?/>",
    re.I,
)
_NOTE_LINES = re.compile(r"^[ \t]*# [^\n]*$", re.M)
# HTML's comments alone on their lines: notes between commands (`<!-- webpack loader -->` over `npm i`).
_COMMENT_LINES = re.compile(r"^[ \t]*<!--[^\n]*-->[ \t]*$", re.M)
# JavaScript's template literal, `$(\`<div>...</div>\`)`: a page built in a string (cut by the sample maybe).
_TEMPLATE_LITERAL = re.compile(r"`[^`]*(?:`|\Z)")
# `<scheme>://<user>@<host>:<port>/<path>`: a URL's parts named (no element closed in it, as a
# script's is: `<script>location='https://x/?'.concat(document.cookie)</script>`)
_ADDRESS_FORM = re.compile(r"(?!\S*</)\S*://\S*")


def _without_comment_lines(code):
    """HTML's comments on lines of their own taken off, unless nothing else is there (a comment alone is HTML)."""
    rest = _COMMENT_LINES.sub("", code)
    return rest if rest.strip() else code


# A line the writer elided, `...` or a column of `・` (the page's head left out above its markup).
_ELISION_LINES = re.compile(r"^[ \t]*(?:\.{3}|…|・|⋮)[ \t]*\n", re.M)


def opens_with_a_tag(code):
    """The block's first line that is no elision opens with `<`."""
    return _ELISION_LINES.sub("", code).lstrip().startswith("<")


# An element opened on a line longer than detection reads (a data URL, an inline SVG in an
# attribute): the value is still open where the line was cut, its `>` past the cut.
_CUT_ELEMENT = re.compile(
    r"<(?:img|a|div|span|svg|image|input|link|meta|script|iframe|video|audio|source|object|embed|use|path|p)"
    r"\s+(?:[\w:-]+=(?:\"[^\"\n]*\"|'[^'\n]*')\s+)*[\w:-]+=[\"'][^\"'\n]*"
)


def _cut_element(code):
    if len(code) < MAX_LINE_CHARS:
        return False  # (no line of it can have been cut: no copy of the block made to look)
    first = code.lstrip().split("\n", 1)[0]
    return len(first) >= MAX_LINE_CHARS and _CUT_ELEMENT.fullmatch(first) is not None


def is_html(code):
    """Tags, unless each line is a command and the tags the reader's placeholders (`<table>.dump`),
    or the tags are only in `# ` notes (`soup.title` over `# <title>...`: what a lookup gave), or
    the block is SQL under its `--` notes (`select <columns> from <table>;`)."""
    if _cut_element(code):
        return True  # `<img data-src="data:image/png;base64,...` past the line's cut
    tagged = opens_with_a_tag(code) and HTML_TAG.search(code) or len(HTML_TAG.findall(code)) >= 2
    tagged = tagged or _styled_element(code)
    return (
        bool(tagged)
        and bool(
            HTML_TAG.search(_without_comment_lines(_NOTE_LINES.sub("", _TEMPLATE_LITERAL.sub("``", code))))
        )
        and not looks_like_commands(code)
        and not IPYTHON_INPUT.match(code.lstrip())
        and not _ADDRESS_FORM.fullmatch(code.strip())
        and not _APACHE_SECTION.match(code.lstrip())
        and not (SQL_NOTE_LINE.search(code) and STRONG_SQL_LINE.search(code))
    )


# The DOM's lesson: the page's elements, then the script that finds them written under them with no
# script element, `<button id="b">` over `var btn = document.getElementById("b");`.
_DOM_STATEMENT = re.compile(
    r"[ \t]*(?:(?:var|let|const)[ \t]+[\w$]+[ \t]*=[ \t]*)?(?:document|window)\.[\w$]"
)


def markup_over_its_script(lines):
    """Markup, then statements on the document, and no tag among them outside their strings."""
    kept = [line for line in lines if line.strip() and not line.lstrip().startswith("//")]
    script = next((at for at, line in enumerate(kept) if _DOM_STATEMENT.match(line)), 0)
    return (
        script > 0
        and not any("<script" in line.lower() for line in kept)
        and not HTML_TAG.search(without_strings("\n".join(kept[script:])))
    )


def tags_only_in_strings(code):
    """Markup only inside the strings of what is no markup: `RUN echo '<h1>Hi</h1>' > index.html`,
    JSON's `"Output": "<html>..."` (a block that is one string of HTML alone is HTML)."""
    if code.lstrip().startswith("<"):
        return False
    unstrung = without_strings(code)
    return unstrung.strip() != '""' and not is_html(unstrung)


def _styled_element(code):
    """CSS's rules over the element they style, `#my_input { color: red; }` over `<input id=...>`:
    a lesson's page in pieces."""
    *rules, element = re.split(r"\n[ \t]*\n", code.strip())
    return bool(
        rules and all(map(_CSS_RULE.fullmatch, rules)) and element.startswith("<") and HTML_TAG.match(element)
    )


_CSS_RULE = re.compile(r"[^{}<>\n]+\{[^{}]*\}")


# Apache's configuration: a section in angle brackets over its directives (`<VirtualHost *:80>` over
# `ServerName ...`), a syntax of its own, no HTML.
_APACHE_SECTION = re.compile(
    r"<(?i:VirtualHost|Directory|DirectoryMatch|IfModule|Location|LocationMatch|Files|FilesMatch|Proxy)\b[^>\n]*>"
    r"[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[A-Z][A-Za-z]+[ \t]"
)


# React's JSX: a spread or an expression as an attribute's value, `{...register("email")}`, `onSubmit={handle}`,
_JSX = re.compile(
    r"<[A-Za-z][\w.]*(?:\s(?:[^<>\"']|\"[^\"\n]*\"|'[^'\n]*')*?)?\s(?:\{\.\.\.|[A-Za-z][\w-]*=\{)"
)
# ... or a component named through its object, `<ThemeContext.Provider value={theme}>`: no HTML tag
# has a dot in its name, nor a capital after it.
_DOTTED_COMPONENT = re.compile(r"</?[A-Z]\w*\.[A-Z]\w*(?=[\s/>])")


def writes_jsx(code):
    """React's JSX in the block: an attribute's value in braces, or a component named through its object."""
    return bool(_JSX.search(code) or (_DOTTED_COMPONENT.search(code) and "{" in code))
