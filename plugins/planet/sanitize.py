"""Every piece of outside HTML made safe with nh3 (an allowlist), before it reaches a page or feed.

- Only the tags and attributes below survive; script, style, iframe, object, embed, form, svg,
  math and the like go with their content; base, meta and link elements, event handlers, style
  and class attributes never survive; comments (and CDATA tricks, which are comments in HTML) go.
- Links keep http, https and mailto URLs only (no javascript:, vbscript: or data:, however they
  are written with entities); relative URLs are resolved against the entry's base; every link
  gets rel="nofollow noopener".
- Images from other hosts become links to the image (the planet page loads nothing from another
  host until a reader asks); headings are moved under the entry's own heading; <pre> can take
  keyboard focus, so that a reader can scroll it.
- Summaries are cut at a word count without breaking tags.

Titles and author names are text: html_to_text and clean_text make them so, and the templates
escape them.
"""

import re
from html import escape, unescape

import nh3

TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
}
ATTRIBUTES = {
    "a": {"href", "hreflang", "title"},
    "abbr": {"title"},
    "bdo": {"dir"},
    "blockquote": {"cite"},
    "del": {"cite", "datetime"},
    "img": {"src", "alt", "width", "height"},
    "ins": {"cite", "datetime"},
    "ol": {"start", "reversed"},
    "q": {"cite"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope"},
    "time": {"datetime"},
}
# Removed together with everything inside them.
CLEAN_CONTENT_TAGS = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "noscript",
    "template",
    "svg",
    "math",
    "form",
    "button",
    "select",
    "textarea",
    "title",
    "head",
    "base",
    "meta",
    "link",
    "audio",
    "video",
    "canvas",
    "noembed",
    "xmp",
    "plaintext",
}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener"
VOID = {"area", "br", "col", "hr", "img", "wbr", "source", "track", "input", "embed"}

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
# nh3's output is canonical: values always double-quoted with `"` escaped, `<` escaped in text.
_TAG = r'<(/?)({names})\b((?:[^>"]|"[^"]*")*)>'
_REWRITTEN = re.compile(_TAG.format(names="a|img|h[1-6]|pre"))
_TOKEN = re.compile(_TAG.format(names="[a-zA-Z][a-zA-Z0-9]*") + r"|([^<]+)")


def strip_control(text):
    """`text` without control characters, lone surrogates or noncharacters (XML cannot hold them)."""
    return _CONTROL.sub("", text or "")


def clean_text(text):
    """Plain text on one line: control characters gone, runs of white space made one space."""
    return _SPACE.sub(" ", strip_control(text)).strip()


def html_to_text(html):
    """The text of an HTML fragment (tags, scripts and comments gone), as plain text."""
    return clean_text(unescape(nh3.clean(strip_control(html), tags=set(), attributes={})))


def safe_url(url):
    """`url` if it is an absolute http(s) URL, else None."""
    url = (url or "").strip()
    return url if re.match(r"(?i)^https?://[^\s/?#]+", url) and not _CONTROL.search(url) else None


def _attributes(text):
    return {name: unescape(value) for name, value in _ATTRIBUTE.findall(text)}


def _image_label(attributes):
    alt = clean_text(attributes.get("alt", ""))
    return f"[Image: {alt}]" if alt else "[Image]"


def _rewrite(html, keep_image):
    """Images from elsewhere as links (or text inside a link), headings demoted, <pre> focusable."""
    depth = 0

    def one(match):
        nonlocal depth
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name == "a":
            depth = max(0, depth + (-1 if closing else 1))
            # A link whose URL was refused keeps its text, without a rel that needs an href.
            return match.group(0) if closing or "href=" in rest else "<a>"
        if name == "pre":
            return "</pre>" if closing else '<pre tabindex="0">'
        if name.startswith("h"):
            return f"<{closing}h{min(6, int(name[1]) + 2)}>"
        attributes = _attributes(rest)
        src = safe_url(attributes.get("src"))
        if src and keep_image(src):
            return match.group(0)
        label = escape(_image_label(attributes))
        if depth or not src:
            return f'<span class="planet-image">{label}</span>'
        return f'<a class="planet-image" href="{escape(src)}" rel="{LINK_REL}">{label}</a>'

    return _REWRITTEN.sub(one, html)


def sanitize_html(html, base=None, keep_image=lambda src: False):
    """Safe HTML for the planet page and feeds, from any outside HTML."""
    if not html:
        return ""
    base = safe_url(base)
    cleaned = nh3.clean(
        strip_control(html),
        tags=TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
        url_relative=("rewrite_with_base", base) if base else "deny",
    )
    # html5ever decodes entities such as &#x1b; after the first pass: strip what they gave too.
    return strip_control(_rewrite(cleaned, keep_image)).strip()


def truncate_html(html, words):
    """(html cut after `words` words with every open tag closed, whether it was cut)."""
    stack, count, out = [], 0, []
    for match in _TOKEN.finditer(html):
        text = match.group(4)
        if text is None:
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                if name in stack:
                    while stack and stack.pop() != name:
                        pass
            elif name not in VOID and not match.group(3).rstrip().endswith("/"):
                stack.append(name)
            out.append(match.group(0))
            continue
        pieces = re.split(r"(\s+)", text)
        for index, piece in enumerate(pieces):
            if piece and not piece.isspace():
                count += 1
                if count > words:
                    out.append("".join(pieces[:index]).rstrip() + "…")
                    out.extend(f"</{name}>" for name in reversed(stack))
                    return "".join(out), True
        out.append(text)
    return "".join(out), False
