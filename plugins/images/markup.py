"""The images of a post's HTML, rewritten for the browser: width and height from the file, lazy
loading below the first screen, a `<figure>` for a titled image alone in its paragraph, and a
`srcset` of resized copies (WebP in a `<picture>`, the original format in the `<img>`) for a raster
image wider than the content column.

Plain text in, plain text out; what a `src` refers to is the caller's `lookup`. Only `<img>` tags
are touched, found by a tag pattern that respects quoted attribute values; code blocks hold
`&lt;img`, never a tag. The rest of the HTML is left byte for byte.

Resized copies are named in the HTML before they exist, as `{static}/images/x.png::x.768w.webp`
(the original's link, then the copy's file name beside it): Pelican resolves the original's link
for each page, and `resolve_srcsets` puts the copy's name beside what it resolved to.
"""

import html
import re
from dataclasses import dataclass

from .dimensions import Dimensions

TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)
ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
LONE_IMAGE = re.compile(r"""<p>\s*(<img\b(?:[^>"']|"[^"]*"|'[^']*')*>)\s*</p>""", re.I)
SRCSET = re.compile(r"""(\ssrcset\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
MARKUP = re.compile(r"<[^>]*>")
VARIANT_SEPARATOR = "::"
VARIANT_NAME = re.compile(r"^(?P<stem>.+)\.(?P<width>[0-9]+)w\.(?P<ext>webp|png|jpg)$")
# The format a resized copy of each kind of source keeps beside its WebP copy.
FALLBACK = {"PNG": "png", "JPEG": "jpg", "GIF": "png", "WEBP": None}
RASTER = set(FALLBACK)


@dataclass(frozen=True)
class Options:
    widths: tuple = (480, 768, 1152, 1536)  # widths of the resized copies, in pixels
    content_width: int = 768  # a raster image wider than this gets a srcset
    sizes: str = "100vw"
    webp: bool = True
    eager_within: int = 600  # characters of text before the first image for it to load at once


@dataclass(frozen=True)
class Found:
    """What `lookup` tells of an image: its src as it should be written (a `{static}` link for a
    file of the site), and its dimensions; `srcset_base` is the link resized copies are named
    after (None: no resized copies, such as for a file outside the site's static paths)."""

    src: str
    dimensions: Dimensions
    srcset_base: str | None = None
    skip: frozenset = frozenset()  # (width, extension) of copies left out: no smaller than a wider one


def attributes(tag):
    """[(name, value or None)] of an `<img ...>` tag as written; values unescaped."""
    inner = tag[4:-1].rstrip("/")
    found = []
    for match in ATTRIBUTE.finditer(inner):
        name, *values = match.groups()
        value = next((v for v in values if v is not None), None)
        found.append((name.lower(), html.unescape(value) if value is not None else None))
    return found


def _tag(pairs):
    parts = ["<img"]
    for name, value in pairs:
        parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
    return " ".join(parts) + ">"


def variant_name(path, width, ext):
    """The file name of the `width` pixels wide copy of `path` in `ext` ("x.png" -> "x.768w.webp")."""
    base = path.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem}.{width}w.{ext}"


def copies(dimensions, options):
    """[(width, extension)] of the copies a srcset of this image may name, widest first (the
    original file itself is not one of them)."""
    own = FALLBACK.get(dimensions.format)
    formats = [ext for ext in (own, "webp" if options.webp or own is None else None) if ext]
    found = []
    for width in sorted(candidate_widths(dimensions.width, options), reverse=True):
        for ext in formats:
            if not (width == dimensions.width and ext == own):
                found.append((width, ext))
    return found


def useless(sizes, dimensions, options):
    """Copies to leave out of a srcset, from {(width, extension): bytes} (the original file under
    its own format at its own width): each one no smaller than a wider copy of the same format,
    which a browser would do better to take (a flat diagram's smaller copies can be larger)."""
    skip = set()
    by_format = {}
    for (width, ext), size in sorted(sizes.items(), reverse=True):
        smallest = by_format.get(ext)
        if smallest is not None and size >= smallest and width != dimensions.width:
            skip.add((width, ext))
        else:
            by_format[ext] = size if smallest is None else min(size, smallest)
    return frozenset(skip)


def candidate_widths(width, options):
    """Widths of a srcset for an image `width` pixels wide: the configured ones below it, and its own."""
    return sorted({w for w in options.widths if 0 < w < width} | {width})


def srcset(base, dimensions, ext, options, skip=frozenset()):
    """The srcset value naming `ext` copies of `base`; the original file itself at its own width
    when `ext` is its own format. Copies in `skip` are left out (never the full width)."""
    own = FALLBACK.get(dimensions.format)
    candidates = []
    for width in candidate_widths(dimensions.width, options):
        if width != dimensions.width and (width, ext) in skip:
            continue
        if width == dimensions.width and ext == own:
            candidates.append(f"{base} {width}w")
        else:
            name = variant_name(base, width, ext)
            candidates.append(f"{base}{VARIANT_SEPARATOR}{name} {width}w")
    return ", ".join(candidates)


def figures(text):
    """`<p><img ... title="T"></p>` -> `<figure><img ...><figcaption>T</figcaption></figure>`."""

    def figure(match):
        pairs = attributes(match.group(1))
        title = next((value for name, value in pairs if name == "title"), None)
        if not title or not title.strip():
            return match.group(0)
        image = _tag([(name, value) for name, value in pairs if name != "title"])
        return f"<figure>{image}<figcaption>{html.escape(title, quote=False)}</figcaption></figure>"

    return LONE_IMAGE.sub(figure, text)


def _text_length(fragment):
    return len("".join(html.unescape(MARKUP.sub(" ", fragment)).split()))


def rewrite(text, lookup, options=Options()):
    """`text` with its titled lone images made figures and every `<img>` given width, height,
    loading, decoding and, where it pays, a srcset; `lookup(src)` -> Found or None."""
    if "<img" not in text and "<IMG" not in text:
        return text
    text = figures(text)
    out = []
    last = 0
    seen_text = 0
    first = True
    for match in TAG.finditer(text):
        out.append(text[last : match.start()])
        seen_text += _text_length(text[last : match.start()])
        last = match.end()
        eager = first and seen_text < options.eager_within
        first = False
        out.append(_rewrite_tag(match.group(0), lookup, options, eager))
    out.append(text[last:])
    return "".join(out)


def _rewrite_tag(tag, lookup, options, eager):
    pairs = attributes(tag)
    names = {name for name, _value in pairs}
    src = next((value for name, value in pairs if name == "src"), None)
    found = lookup(src) if src else None
    if found is not None:
        pairs = [(name, found.src if name == "src" else value) for name, value in pairs]
    added = []
    dims = found.dimensions if found is not None else None
    if dims is not None and not names & {"width", "height"}:
        added += [("width", str(dims.width)), ("height", str(dims.height))]
    # The first image loads as browsers load any image, at once. (No fetchpriority: the Nu Html
    # Checker that `invoke check` runs does not know the attribute yet, and fails the page.)
    if not eager and "loading" not in names:
        added.append(("loading", "lazy"))
    if "decoding" not in names:
        added.append(("decoding", "async"))
    source = ""
    if (
        found is not None
        and found.srcset_base
        and dims.format in RASTER
        and not dims.animated
        and dims.width > options.content_width
        and not names & {"srcset", "sizes"}
    ):
        own = FALLBACK[dims.format]
        base, skip = found.srcset_base, found.skip
        if own is None:  # a WebP original: WebP copies in the img itself
            added += [("srcset", srcset(base, dims, "webp", options, skip)), ("sizes", options.sizes)]
        else:
            added += [("srcset", srcset(base, dims, own, options, skip)), ("sizes", options.sizes)]
            if options.webp:
                webp = srcset(base, dims, "webp", options, skip)
                source = (
                    f'<source type="image/webp" srcset="{html.escape(webp, quote=True)}" '
                    f'sizes="{html.escape(options.sizes, quote=True)}">'
                )
    image = _tag(pairs + added)
    return f"<picture>{source}{image}</picture>" if source else image


def _split_candidates(value):
    return [part.strip() for part in value.split(",") if part.strip()]


def resolve_srcsets(text, resolve):
    """Each srcset candidate that is an intrasite link resolved with `resolve(link)` (-> URL or
    None to leave it); a resized copy's `original::name` becomes the copy's name beside the
    original's resolved URL."""
    if "srcset" not in text:
        return text

    def one(url):
        original, _sep, name = url.partition(VARIANT_SEPARATOR)
        resolved = resolve(original)
        if resolved is None:
            return url
        if not name:
            return resolved
        folder = resolved.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)
        return f"{folder[0]}/{name}" if len(folder) == 2 else name

    def attribute(match):
        value = html.unescape(match.group(3))
        if "{" not in value and "|" not in value:
            return match.group(0)
        candidates = []
        for candidate in _split_candidates(value):
            url, *descriptor = candidate.split()
            url = one(url).replace(" ", "%20").replace(",", "%2C")
            candidates.append(" ".join([url, *descriptor]))
        resolved = html.escape(", ".join(candidates), quote=True)
        return f"{match.group(1)}{match.group(2)}{resolved}{match.group(2)}"

    return SRCSET.sub(attribute, text)


def variant_requests(text):
    """[(original link, copy's file name, width, extension)] of the resized copies `text` names."""
    found = []
    if VARIANT_SEPARATOR not in (text or ""):  # most posts: no copies, and no regex over the body
        return found
    for match in SRCSET.finditer(text):
        for candidate in _split_candidates(html.unescape(match.group(3))):
            url = candidate.split()[0]
            original, sep, name = url.partition(VARIANT_SEPARATOR)
            parsed = VARIANT_NAME.match(name) if sep else None
            if parsed:
                found.append((original, name, int(parsed.group("width")), parsed.group("ext")))
    return found
