"""Images and social cards: width, height, lazy loading and resized copies (srcset, WebP) for the
images of posts, pages and talks; `<figure>` for titled images; a 1200x630 PNG card for the
og:image of each post and talk that has no `Image:`.

markup.py rewrites the HTML, dimensions.py reads image files, variants.py resizes and caches,
cards.py draws cards; this module connects them to Pelican:

- content_object_init (in the build process, after the Markdown, which may come from the render
  cache or a worker, is read): each body's `<img>` tags get what their files say. Dimensions depend
  on the image file, not the post, so they are never part of the cached Markdown; an edited image
  changes the body here, and so the page's signature (plugins/blog/incremental.py).
- all_generators_finalized: the resized copies the bodies name, and each post's and talk's
  og:image (`social_image`: plain data for the templates).
- finalized: copies and cards made (or found in the cache under LECTERN_CACHE_FOLDER, keyed by what
  they are made from) and linked into this build's output, every build.
"""

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from markupsafe import Markup
from pelican import signals
from pelican.contents import Static

from blog import content_checks, pelican_compat

from . import cards, markup, variants
from .dimensions import image_dimensions

logger = logging.getLogger(__name__)

DEFAULTS = {
    "IMAGES_RESPONSIVE": True,  # width/height/lazy on every <img>, srcset for wide raster images
    "IMAGES_CONTENT_WIDTH": 768,  # px: the widest the content column gets; wider rasters get a srcset
    "IMAGES_SRCSET_WIDTHS": [480, 768, 1152, 1536],  # px: widths of the resized copies (below the original's)
    "IMAGES_SIZES": "(min-width: 80rem) 48rem, (min-width: 46rem) 44rem, calc(100vw - 2rem)",
    "IMAGES_WEBP": True,  # a WebP copy of each size, in a <picture>, beside the original format
    "IMAGES_WEBP_QUALITY": 80,  # lossy WebP of JPEG sources (PNG and GIF sources: lossless WebP)
    "IMAGES_JPEG_QUALITY": 85,  # resized JPEG copies
    "IMAGES_EAGER_WITHIN": 600,  # the first image loads at once when fewer characters come before it
    "SOCIAL_CARDS": True,  # a PNG card for the og:image of posts and talks without `Image:`
    "SOCIAL_CARDS_FOR": ["article", "talk"],  # templates of the contents that get one ("page" too?)
    "SOCIAL_CARDS_PATH": "cards",  # cards/<page's path>.png in the output
    "SOCIAL_CARD_COLORS": dict(cards.DEFAULT_COLORS),  # background, text, muted, accent
    "SOCIAL_CARD_FONT": None,  # a TrueType font file for the cards (None: Pillow's Aileron)
}

INTRASITE = ("{static}", "|static|")


@dataclass(frozen=True)
class SocialImage:
    """A page's og:image, for the templates: absolute URL, size in pixels (0 unknown), alt text."""

    url: str
    width: int = 0
    height: int = 0
    alt: str = ""
    type: str = ""


class _Plan:
    def __init__(self):
        self.variants = {}  # output path -> (source path, width, ext, source format)
        self.cards = {}  # output path -> cards.Card
        self.settings = None
        self.files = None  # variants.Files of this build, once its cache folder is known


def files(settings):
    """This build's generated files: under the build's cache folder (LECTERN_CACHE_FOLDER, set
    when the readers start), or in memory when the cache is off."""
    if _plan.files is None:
        cache = settings.get("LECTERN_CACHE_FOLDER")
        _plan.files = variants.Files(
            os.path.join(cache, "images") if cache else None, bool(settings.get("LECTERN_COLD"))
        )
    return _plan.files


def variant_job(source, width, ext, source_format, settings):
    """(cache key, suffix, make) of the `width` pixels wide copy of `source` in `ext`."""
    encoder = variants.encoder_settings(
        ext, source_format, settings["IMAGES_WEBP_QUALITY"], settings["IMAGES_JPEG_QUALITY"]
    )
    key = variants.cache_key("variant", variants.file_digest(source), width, ext, sorted(encoder.items()))
    return key, f".{ext}", lambda: variants.resized(source, width, ext, encoder)


def skipped_copies(absolute, dims, settings, opts):
    """Copies of a wide raster image a srcset should leave out (made now, or found in the cache,
    to know their sizes)."""
    if dims.format not in markup.RASTER or dims.animated or dims.width <= opts.content_width:
        return frozenset()
    sizes = {}
    own = markup.FALLBACK.get(dims.format)
    if own:
        sizes[(dims.width, own)] = os.path.getsize(absolute)
    for width, ext in markup.copies(dims, opts):
        key, suffix, make = variant_job(absolute, width, ext, dims.format, settings)
        sizes[(width, ext)] = files(settings).get(key, suffix, make)[1]
    return markup.useless(sizes, dims, opts)


_plan = _Plan()
_dimensions = {}  # (path, mtime, size) -> Dimensions or None


def dimensions_of(path):
    try:
        stat = os.stat(path)
    except OSError:
        return None
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _dimensions:
        _dimensions[key] = image_dimensions(path)
    return _dimensions[key]


def configure(pelican):
    global _plan
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    _plan = _Plan()
    pelican_compat.after_links_resolved(resolve_srcsets)


def options(settings):
    return markup.Options(
        widths=tuple(int(w) for w in settings["IMAGES_SRCSET_WIDTHS"]),
        content_width=int(settings["IMAGES_CONTENT_WIDTH"]),
        sizes=settings["IMAGES_SIZES"],
        webp=bool(settings["IMAGES_WEBP"]),
        eager_within=int(settings["IMAGES_EAGER_WITHIN"]),
    )


def _in_static_paths(relative, settings):
    for entry in settings.get("STATIC_PATHS", []):
        entry = entry.strip("/")
        if entry in ("", ".") or relative == entry or relative.startswith(entry + "/"):
            return True
    return False


def source_of(link, content, settings):
    """(path relative to PATH, absolute path) of the file an image link names, or None: a
    `{static}` link, or a site-relative path ("/images/x.png") to a file under PATH."""
    value = link.strip()
    for prefix in INTRASITE:
        if value.startswith(prefix):
            value = value[len(prefix) :]
            break
    else:
        if not value.startswith("/") or value.startswith("//"):
            return None
    path = unquote(urlsplit(value).path)
    if path.startswith("/"):
        relative = path.lstrip("/")
    else:
        relative = os.path.join(getattr(content, "relative_dir", ""), path)
    relative = os.path.normpath(relative).replace(os.sep, "/")
    if relative.startswith("../") or relative == "..":
        return None
    absolute = os.path.join(settings["PATH"], relative)
    return (relative, absolute) if os.path.isfile(absolute) else None


def rewrite_images(content):
    """content_object_init: a body's images given what their files say."""
    if isinstance(content, Static):
        return
    settings = content.settings
    if not settings.get("IMAGES_RESPONSIVE", False):
        return
    body = pelican_compat.raw_body(content)
    if not body or "<img" not in body.lower():
        return
    opts = options(settings)

    def lookup(src):
        found = source_of(src, content, settings)
        if found is None:
            return None
        relative, absolute = found
        dims = dimensions_of(absolute)
        if dims is None:
            return None
        static = _in_static_paths(relative, settings)
        # A site-relative path to a static file becomes a `{static}` link: right from any page.
        new_src = f"{{static}}/{relative}" if static and src.startswith("/") else src
        if not static:
            return markup.Found(new_src, dims)
        skip = skipped_copies(absolute, dims, settings, opts)
        return markup.Found(new_src, dims, f"{{static}}/{relative}", skip)

    pelican_compat.set_raw_body(content, markup.rewrite(body, lookup, opts))


def resolve_srcsets(content, html, siteurl, resolve):
    return markup.resolve_srcsets(html, resolve)


def _written(content, settings):
    if not getattr(content, "save_as", None):
        return False
    return getattr(content, "status", "published") != "draft" or bool(settings.get("DRAFT_SAVE_AS"))


def card_path(content, settings):
    """cards/posts/2024/slug.png for a page saved as posts/2024/slug/index.html."""
    save_as = content.save_as.replace(os.sep, "/")
    for suffix in ("/index.html", ".html", "/"):
        if save_as.endswith(suffix):
            save_as = save_as[: -len(suffix)]
            break
    return f"{settings['SOCIAL_CARDS_PATH'].strip('/')}/{save_as or 'index'}.png"


def _card_footer(content):
    event = getattr(content, "event", "")
    if event:
        return f"{event} \u00b7 {content.date.strftime('%B %Y')}"
    return getattr(content, "locale_date", "") or content.date.strftime("%b %d, %Y")


def social_image(content, settings, origin):
    """(SocialImage or None, card to make at path or None) for a post or talk."""
    title = Markup(str(content.title)).striptags()
    image = content.metadata.get("image")
    # Mastodon, LinkedIn and Facebook show no SVG: an SVG `Image:` gets a card as its og:image.
    if image and not urlsplit(image).path.lower().endswith(".svg"):
        relative = image.lstrip("/")
        dims = dimensions_of(os.path.join(settings["PATH"], relative))
        alt = content.metadata.get("image_alt") or title
        url = image if urlsplit(image).scheme else f"{origin}/{relative}"
        return SocialImage(url, dims.width if dims else 0, dims.height if dims else 0, alt), None
    if settings["SOCIAL_CARDS"]:
        path = card_path(content, settings)
        site = Markup(str(settings.get("SITENAME", ""))).striptags()
        card = cards.Card(title, site, _card_footer(content))
        alt = f"{title} \u2014 {site}, {card.footer}" if card.footer else f"{title} \u2014 {site}"
        return SocialImage(f"{origin}/{path}", cards.WIDTH, cards.HEIGHT, alt, "image/png"), (path, card)
    if settings.get("SOCIAL_IMAGE"):
        relative = settings["SOCIAL_IMAGE"].lstrip("/")
        dims = dimensions_of(os.path.join(settings["PATH"], relative))
        return SocialImage(
            f"{origin}/{relative}", dims.width if dims else 0, dims.height if dims else 0
        ), None
    return None, None


def plan(generators):
    """all_generators_finalized: the copies and cards this build writes; og:image of each page."""
    if not generators:
        return
    settings = generators[0].settings
    context = generators[0].context
    _plan.settings = settings
    _plan.variants, _plan.cards = {}, {}
    statics = context.get("static_content") or {}
    origin = settings.get("SITE_ORIGIN", "")
    wanted = set(settings["SOCIAL_CARDS_FOR"])
    for content in content_checks.every_content(generators):
        for original, name, width, ext in markup.variant_requests(pelican_compat.raw_body(content)):
            found = source_of(original, content, settings)
            static = statics.get(found[0]) if found else None
            dims = dimensions_of(found[1]) if found else None
            if static is None or dims is None:
                continue
            folder = os.path.dirname(static.save_as.replace(os.sep, "/"))
            target = f"{folder}/{name}" if folder else name
            _plan.variants[target] = (found[1], width, ext, dims.format)
        if getattr(content, "default_template", None) in wanted and _written(content, settings):
            content.social_image, card = social_image(content, settings, origin)
            if card is not None:
                _plan.cards[card[0]] = card[1]


def _put_variant(settings, output, target, request):
    key, suffix, make = variant_job(*request, settings)
    return files(settings).put(key, suffix, make, os.path.join(output, target))


def _put_card(settings, output, target, card):
    font = settings["SOCIAL_CARD_FONT"]
    font_key = variants.file_digest(font) if font else None
    colors = dict(settings["SOCIAL_CARD_COLORS"])
    key = variants.cache_key(
        "card", card.title, card.site_name, card.footer, sorted(colors.items()), font_key
    )
    make = lambda: cards.render_card(card, colors, font)  # noqa: E731
    return files(settings).put(key, ".png", make, os.path.join(output, target))


def write_files(pelican):
    """finalized: every copy and card of this build in the output, made or from the cache."""
    settings = _plan.settings
    if settings is None or not (_plan.variants or _plan.cards):
        return
    started = time.perf_counter()
    output = settings["OUTPUT_PATH"]
    jobs = [(_put_variant, target, request) for target, request in sorted(_plan.variants.items())]
    jobs += [(_put_card, target, card) for target, card in sorted(_plan.cards.items())]
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        made = list(pool.map(lambda job: job[0](settings, output, job[1], job[2]), jobs))
    logger.info(
        "Images: %d resized copies and %d social cards (%d made, %d from the cache) in %.2f s",
        len(_plan.variants),
        len(_plan.cards),
        sum(made),
        len(made) - sum(made),
        time.perf_counter() - started,
    )
    _plan.variants, _plan.cards, _plan.files = {}, {}, None


def register():
    signals.initialized.connect(configure)
    signals.content_object_init.connect(rewrite_images)
    signals.all_generators_finalized.connect(plan)
    signals.finalized.connect(write_files)
