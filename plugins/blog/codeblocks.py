"""A Pygments HTML formatter that frames each code block with a caption and a language label.

Python-Markdown's codehilite hands custom formatters a `lang_str` ("language-sql"); we turn
that into a visible label and a `language-*` class on <code>, and render `title`/`filename`
as a caption. The copy button is added by the theme's script, so without JavaScript the
block is plain, selectable text.
"""

from html import escape
from io import StringIO

from pygments.formatters.html import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

# Short labels for the languages our writers use most; others fall back to the lexer's name.
LANGUAGE_LABELS = {
    "sql": "SQL",
    "postgresql": "SQL",
    "postgres": "SQL",
    "plpgsql": "PL/pgSQL",
    "psql": "psql",
    "postgresql-console": "psql",
    "postgres-explain": "EXPLAIN",
    "explain": "EXPLAIN",
    "python": "Python",
    "py": "Python",
    "pycon": "Python console",
    "bash": "Bash",
    "sh": "Shell",
    "shell": "Shell",
    "console": "Shell session",
    "shell-session": "Shell session",
    "json": "JSON",
    "html": "HTML",
    "html+django": "Django template",
    "django": "Django template",
    "yaml": "YAML",
    "toml": "TOML",
    "ini": "INI",
    "diff": "Diff",
    "javascript": "JavaScript",
    "js": "JavaScript",
    "css": "CSS",
}
UNLABELLED = {"", "text", "plaintext", "none"}


def language_label(alias):
    """The short human label for a lexer alias, or "" for plain text."""
    alias = (alias or "").lower()
    if alias in UNLABELLED:
        return ""
    if alias in LANGUAGE_LABELS:
        return LANGUAGE_LABELS[alias]
    try:
        return get_lexer_by_name(alias).name
    except ClassNotFound:
        return alias


class CodeBlockFormatter(HtmlFormatter):
    """HtmlFormatter that adds a header (caption, language) around Pygments' usual div."""

    def __init__(self, lang_str="", **options):
        self.caption = options.pop("title", None) or options.pop("filename", None) or ""
        options.pop("filename", None)
        options.setdefault("wrapcode", True)
        super().__init__(**options)
        self.lang = lang_str.split("-", 1)[1] if lang_str.startswith("language-") else lang_str

    def format_unencoded(self, tokensource, outfile):
        inner = StringIO()
        super().format_unencoded(tokensource, inner)
        html = inner.getvalue()
        lang = escape(self.lang or "text", quote=True)
        html = html.replace("<code>", f'<code class="language-{lang}">', 1)
        label = language_label(self.lang)
        head = ""
        if self.caption or label:
            caption = f'<span class="code-title">{escape(self.caption)}</span>' if self.caption else ""
            badge = f'<span class="code-lang">{escape(label)}</span>' if label else ""
            head = f'<div class="code-head">{caption}{badge}</div>'
        outfile.write(f'<div class="code-block" data-lang="{lang}">{head}{html}</div>\n')
