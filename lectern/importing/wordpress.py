"""What WordPress does to a post's HTML when it shows it, done once at import.

Classic-editor posts are stored without <p>: WordPress adds paragraphs (wpautop) when it renders,
and shortcodes ([caption], [gist]) are expanded then too. Block-editor posts carry their own
<p> and are left as stored. Code has been lifted out before this runs (code_markup).
"""

import html
import re

_BLOCK_TAGS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|"
    "blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|"
    "footer|nav|figure|figcaption|details|menu|summary|iframe|script|noscript|video|audio|object"
)
_OPEN_BLOCK = re.compile(rf"(<(?:{_BLOCK_TAGS})\b[^>]*>)", re.I)
_CLOSE_BLOCK = re.compile(rf"(</(?:{_BLOCK_TAGS})\s*>)", re.I)
_STARTS_BLOCK = re.compile(rf"^\s*</?(?:{_BLOCK_TAGS})\b", re.I)
_ENDS_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^>]*>\s*$", re.I)

_CAPTION = re.compile(
    r"\[(?:caption|wp_caption)(?P<attrs>[^\]]*)\](?P<body>.*?)\[/(?:caption|wp_caption)\]", re.S | re.I
)
_CAPTION_MEDIA = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S | re.I)
_GIST_SHORTCODE = re.compile(r"\[gist\b(?P<attrs>[^\]]*)\](?:(?P<body>[^\[]*)\[/gist\])?", re.I)
_GIST_URL = r"https://gist\.github\.com/[\w-]+/[0-9a-f]+"
_GIST_LINE = re.compile(rf"^\s*(?P<url>{_GIST_URL})/?\s*$", re.M)
_GIST_SCRIPT = re.compile(
    rf"<script\b[^>]*\bsrc=[\"'](?P<url>{_GIST_URL})\.js[^\"']*[\"'][^>]*>\s*</script>", re.I
)


def uses_blocks(text):
    """Block-editor content: WordPress does not run wpautop on it."""
    return "<!-- wp:" in text


def autop(text):
    """Paragraphs from blank lines and <br /> from single newlines, outside block-level tags."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OPEN_BLOCK.sub(r"\n\n\1", text)
    text = _CLOSE_BLOCK.sub(r"\1\n\n", text)
    chunks = [chunk.strip("\n") for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
    out = []
    for chunk in chunks:
        if _STARTS_BLOCK.match(chunk) or _ENDS_BLOCK.search(chunk):
            out.append(chunk)
            continue
        out.append("<p>" + re.sub(r"(?:<br\s*/?>)?[ \t]*\n", "<br />\n", chunk) + "</p>")
    return "\n\n".join(out)


def _gist_link(url):
    name = url.removeprefix("https://gist.github.com/")
    return f'<p><a href="{html.escape(url, quote=True)}">Gist {html.escape(name)}</a></p>'


def _gist_from_shortcode(m):
    attrs, body = m.group("attrs"), (m.group("body") or "").strip()
    url = re.search(_GIST_URL, attrs + " " + body)
    if url:
        return _gist_link(url.group())
    ident = re.search(r"\bid\s*=\s*[\"']?([0-9a-f]+)", attrs) or re.match(r"\s*([0-9a-f]{6,})", body)
    if not ident:
        return m.group()
    return _gist_link(f"https://gist.github.com/{ident.group(1)}")


def expand_gists(text):
    """Gist embeds (oEmbed URL lines, [gist] shortcodes, script tags) as a link to the gist."""
    text = _GIST_SCRIPT.sub(lambda m: _gist_link(m.group("url")), text)
    text = _GIST_SHORTCODE.sub(_gist_from_shortcode, text)
    return _GIST_LINE.sub(lambda m: _gist_link(m.group("url")), text)


def _figure(m):
    media = _CAPTION_MEDIA.match(m.group("body"))
    if not media:
        return m.group("body")
    caption = media.group(2).strip()
    if not caption:
        found = re.search(r"""\bcaption\s*=\s*["']([^"']*)["']""", m.group("attrs"))
        caption = found.group(1) if found else ""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure>{media.group(1).strip()}{figcaption}</figure>"


def expand_captions(text):
    """[caption]<img> Text[/caption] as <figure><img><figcaption>Text</figcaption></figure>."""
    return _CAPTION.sub(_figure, text)


def render(text):
    """A stored post's HTML as WordPress would show it (code already lifted out)."""
    text = expand_gists(expand_captions(text))
    return text if uses_blocks(text) else autop(text)
