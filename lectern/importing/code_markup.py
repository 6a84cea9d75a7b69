"""Code blocks in an old blog's HTML: found in every markup WordPress and its plugins left, with
the language they declare mapped to our aliases.

Old posts mark code in a dozen ways (SyntaxHighlighter shortcodes and brushes, Crayon, Prism,
highlight.js, Gutenberg blocks, bare <pre>). Each is lifted out of the HTML before anything
else touches it, so paragraph rules and the HTML-to-Markdown converter never see code text.
"""

import contextlib
import html
import json
import re
from dataclasses import dataclass

from pygments.lexers import find_lexer_class_by_name
from pygments.util import ClassNotFound

from sql_highlight.detect import detect_language

SQL_FAMILY = ("postgresql", "plpgsql", "psql", "postgres-explain")

# Labels that say nothing about the language (WordPress classes, "plain text" brushes).
JUNK_LABELS = {
    "",
    "wp-block-code",
    "wp-block-preformatted",
    "notranslate",
    "plain",
    "plaintext",
    "text",
    "txt",
    "none",
    "nohighlight",
    "no-highlight",
    "code",
    "prettyprint",
    "linenums",
    "syntax",
    "highlight",
}

# Declared names (SyntaxHighlighter brushes, Crayon ids, Prism and highlight.js classes) to our aliases.
ALIASES = {
    "sql": "postgresql",
    "pgsql": "postgresql",
    "postgres": "postgresql",
    "postgresql": "postgresql",
    "plpgsql": "plpgsql",
    "psql": "psql",
    "explain": "postgres-explain",
    "py": "python",
    "python": "python",
    "python3": "python",
    "py3": "python",
    "django": "python",
    "pycon": "pycon",
    "bash": "bash",
    "sh": "bash",
    "shell": "bash",
    "zsh": "bash",
    "console": "console",
    "shell-session": "console",
    "shellsession": "console",
    "terminal": "console",
    "js": "javascript",
    "jscript": "javascript",
    "javascript": "javascript",
    "json": "json",
    "html": "html",
    "xhtml": "html",
    "markup": "html",
    "htmldjango": "html+django",
    "html+django": "html+django",
    "jinja": "html+django",
    "jinja2": "html+django",
    "xml": "xml",
    "css": "css",
    "yaml": "yaml",
    "yml": "yaml",
    "ini": "ini",
    "conf": "ini",
    "cfg": "ini",
    "diff": "diff",
    "patch": "diff",
    "c": "c",
    "cpp": "cpp",
    "c++": "cpp",
    "java": "java",
    "php": "php",
    "ruby": "ruby",
    "rb": "ruby",
    "go": "go",
    "golang": "go",
    "perl": "perl",
    "pl": "perl",
    "mysql": "mysql",
    "tsql": "tsql",
    "powershell": "powershell",
    "ps": "powershell",
    "csharp": "csharp",
    "c#": "csharp",
    "c-sharp": "csharp",
    "docker": "docker",
    "dockerfile": "docker",
    "nginx": "nginx",
    "rust": "rust",
    "typescript": "typescript",
    "ts": "typescript",
}

# SyntaxHighlighter's shortcodes: [sourcecode language="sql"], [code lang="x"], and one per brush.
_SHORTCODE_TAGS = (
    "sourcecode",
    "source",
    "code",
    *sorted({k for k in ALIASES if re.fullmatch(r"[a-z]+", k)}),
)
SHORTCODE = re.compile(
    r"\[(?P<tag>" + "|".join(_SHORTCODE_TAGS) + r")(?P<attrs>(?:[\s=][^\]]*)?)\]"
    r"(?P<body>.*?)\[/(?P=tag)\]",
    re.S | re.I,
)
_SHORTCODE_LANGUAGE = re.compile(r"""\b(?:language|lang)\s*=\s*["']?([\w#+.-]+)""", re.I)

# A <pre> (pre never nests), with the Gutenberg block comments around it when there are some.
PRE = re.compile(
    r"(?:<!--\s*wp:(?:code|preformatted|syntaxhighlighter/code)(?P<block>\s+\{.*?\})?\s*/?-->\s*)?"
    r"<pre\b(?P<attrs>[^>]*)>(?P<inner>.*?)</pre\s*>"
    r"(?:\s*<!--\s*/wp:(?:code|preformatted|syntaxhighlighter/code)\s*-->)?",
    re.S | re.I,
)
_CODE_WRAPPER = re.compile(r"^\s*<code\b(?P<attrs>[^>]*)>(?P<inner>.*)</code>\s*$", re.S | re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_BREAK = re.compile(r"<br\s*/?>\n?", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class CodeBlock:
    code: str
    declared: str | None  # the label the old post gave, as written (None: none, or junk)
    language: str  # our alias, "text" for none
    detected: bool  # the language came from detection, not from the post


def attributes(text):
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTRIBUTE.finditer(text)
    }


def code_text(inner, *, markup=True):
    """Code as its author typed it: tags of highlighting plugins dropped, <br> (Blogger) as newlines,
    entities decoded, no-break spaces as spaces, one newline after the opening tag dropped (as HTML does)."""
    if markup:
        inner = _TAG.sub("", _BREAK.sub("\n", inner))
    text = html.unescape(inner).replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    if text.startswith("\n"):
        text = text[1:]
    return text.rstrip("\n")


def _labels_from_attributes(attrs):
    """Candidate labels, strongest first, from a <pre> or <code>'s attributes."""
    found = []
    for name in ("lang", "data-lang", "data-language", "language"):
        if attrs.get(name):
            found.append(attrs[name])
    classes = attrs.get("class", "")
    for pattern in (r"brush\s*:\s*([\w#+-]+)", r"\blang\s*:\s*([\w#+-]+)", r"\b(?:language|lang)-([\w#+-]+)"):
        found += re.findall(pattern, classes, re.I)
    found += [token for token in re.split(r"[\s;]+", classes) if token.lower() in ALIASES]
    return found


def declared_label(pre_attrs, code_attrs="", block_json=None):
    """The language an old post declared for a block, or None."""
    candidates = []
    if block_json:
        with contextlib.suppress(ValueError, AttributeError):
            candidates.append(str(json.loads(block_json).get("language") or ""))
    candidates += _labels_from_attributes(attributes(code_attrs)) + _labels_from_attributes(
        attributes(pre_attrs)
    )
    for label in candidates:
        if label and label.strip().lower() not in JUNK_LABELS:
            return label.strip()
    return None


def shortcode_label(tag, attrs):
    if tag.lower() in ("sourcecode", "source", "code"):
        m = _SHORTCODE_LANGUAGE.search(attrs) or re.match(r"\s*=?\s*[\"']?([\w#+.-]+)", attrs)
        label = m.group(1) if m else None
    else:
        label = tag
    return label if label and label.lower() not in JUNK_LABELS else None


def _known_to_pygments(name):
    try:
        find_lexer_class_by_name(name)
        return True
    except ClassNotFound:
        return False


def choose_language(code, declared):
    """Our alias for a block: the declared label mapped (SQL refined by content into psql, EXPLAIN or
    PL/pgSQL where the block is one), else detection. Returns (language, detected)."""
    if declared:
        key = declared.lower()
        alias = ALIASES.get(key) or (key if _known_to_pygments(key) else None)
        if alias in SQL_FAMILY:
            refined = detect_language(code)
            return (refined if refined in SQL_FAMILY else alias), False
        if alias == "bash" and _looks_like_session(code):
            return "console", False
        if alias:
            return alias, False
    return detect_language(code), True


def _looks_like_session(code):
    first = next((line for line in code.splitlines() if line.strip()), "")
    return bool(re.match(r"^[\w@.:~/-]*[$#%] \S", first))


def code_block(code, declared):
    language, detected = choose_language(code, declared)
    return CodeBlock(code=code, declared=declared, language=language, detected=detected)


def from_pre(m):
    """A CodeBlock from a PRE match."""
    inner, code_attrs = m.group("inner"), ""
    wrapped = _CODE_WRAPPER.match(inner)
    if wrapped and "<code" not in wrapped.group("inner").lower():
        inner, code_attrs = wrapped.group("inner"), wrapped.group("attrs")
    block_json = (m.group("block") or "").strip() or None
    return code_block(code_text(inner), declared_label(m.group("attrs"), code_attrs, block_json))


def from_shortcode(m):
    """A CodeBlock from a SHORTCODE match: its body is raw text (entities decoded, tags kept)."""
    return code_block(
        code_text(m.group("body"), markup=False), shortcode_label(m.group("tag"), m.group("attrs"))
    )


def fence(code, language):
    """A fenced block that holds `code` whole: longer than any run of backticks in it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    marks = "`" * max(3, longest + 1)
    label = "" if language in (None, "text") else language
    return f"{marks}{label}\n{code}\n{marks}"
