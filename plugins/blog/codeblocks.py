"""A Pygments HTML formatter that frames each code block with a caption and a language label.

Python-Markdown's codehilite hands custom formatters a `lang_str` ("language-sql"); we turn
that into a visible label and a `language-*` class on <code>, and render `title`/`filename`
as a caption. The copy button is added by the theme's script, so without JavaScript the
block is plain, selectable text.
"""

from html import escape
from io import StringIO

from pygments.formatters.html import HtmlFormatter, _get_ttype_class
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


_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
_stylesheets = {}  # (style, class prefix) -> (ttype2class, class2style)
_css_classes = {}  # token type -> CSS class, for the fast path


def _css_class(token_type):
    css = _css_classes.get(token_type)
    if css is None:
        css = _css_classes[token_type] = _get_ttype_class(token_type)
    return css


class CodeBlockFormatter(HtmlFormatter):
    """HtmlFormatter that adds a header (caption, language) around Pygments' usual div.

    Plain blocks (no line numbers, no highlighted lines) take a fast path that writes one span
    per run of same-class tokens; Pygments' line-by-line machinery is only needed for the rest.
    The per-style stylesheet Pygments builds for every block is computed once per style.
    A long line scrolls sideways, so the code's <pre> takes keyboard focus (tabindex="0") for
    keyboard users to scroll it too (WCAG 2.1.1).
    """

    def __init__(self, lang_str="", **options):
        # Set by sql_highlight's markdown_detect when the language was detected, not written.
        self.detected = bool(options.pop("lectern_detected", None))
        self.caption = options.pop("title", None) or options.pop("filename", None) or ""
        options.pop("filename", None)
        options.setdefault("wrapcode", True)
        super().__init__(**options)
        self.lang = lang_str.split("-", 1)[1] if lang_str.startswith("language-") else lang_str

    def _create_stylesheet(self):
        key = (self.style, self.classprefix)
        cached = _stylesheets.get(key)
        if cached is None:
            super()._create_stylesheet()
            _stylesheets[key] = (dict(self.ttype2class), dict(self.class2style))
        else:
            self.ttype2class, self.class2style = dict(cached[0]), dict(cached[1])

    def _plain(self, tokensource):
        """The highlighted code as one string: runs of same-class tokens in one span."""
        parts = []
        run_class, run = None, []
        for token_type, value in tokensource:
            css = _css_class(token_type) if not self.classprefix else self._get_css_class(token_type)
            if css != run_class and run:
                text = "".join(run).translate(_ESCAPE)
                parts.append(f'<span class="{run_class}">{text}</span>' if run_class else text)
                run = []
            run_class = css
            run.append(value)
        if run:
            text = "".join(run).translate(_ESCAPE)
            parts.append(f'<span class="{run_class}">{text}</span>' if run_class else text)
        return "".join(parts)

    def format_unencoded(self, tokensource, outfile):
        lang = escape(self.lang or "text", quote=True)
        if (
            not self.linenos
            and not self.hl_lines
            and not self.nowrap
            and not self.full
            and not self.noclasses
        ):
            html = (
                f'<div class="{self.cssclass}"><pre tabindex="0"><span></span>'
                f'<code class="language-{lang}">{self._plain(tokensource)}</code></pre></div>\n'
            )
        else:
            inner = StringIO()
            super().format_unencoded(tokensource, inner)
            html = inner.getvalue().replace("<code>", f'<code class="language-{lang}">', 1)
            for opening in (f'<div class="{self.cssclass}"><pre>', '<td class="code"><div><pre>'):
                html = html.replace(opening, opening[:-1] + ' tabindex="0">', 1)
        label = language_label(self.lang)
        head = ""
        if self.caption or label:
            caption = f'<span class="code-title">{escape(self.caption)}</span>' if self.caption else ""
            badge = f'<span class="code-lang">{escape(label)}</span>' if label else ""
            head = f'<div class="code-head">{caption}{badge}</div>'
        source = ' data-lang-source="detected"' if self.detected else ""
        outfile.write(f'<div class="code-block" data-lang="{lang}"{source}>{head}{html}</div>\n')
