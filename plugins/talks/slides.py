"""A talk's slides from a PDF: one WebP image per page (pypdfium2 renders, Pillow encodes), with the
page's text for search and alt text. No Pelican here.

Rendering is the expensive part, so it is cached: a folder per PDF, named by a digest of the PDF's
bytes, the rendering options and the two libraries' versions, holding the images and a manifest
written last (each file written to a temporary file and renamed). A folder with its manifest is
whole. The same PDF gives the same bytes on every machine with the same libraries: the WebP
settings are fixed and nothing else (no date, no metadata) goes into the files.
"""

import hashlib
import importlib.metadata
import json
import os
import re
import tempfile
from dataclasses import dataclass
from io import BytesIO

from blog.build_cache import write_atomically

FORMAT = 1  # bump when what a cache folder holds changes
WIDTH = 960  # pixels of a slide image's width
QUALITY = 80  # WebP quality
MAX_PAGES = 500
TEXT_CHARS = 300  # of a slide's text kept for alt text and search
MANIFEST = "slides.json"


class SlidesError(ValueError):
    """A PDF that cannot be rendered; the message says why."""


@dataclass(frozen=True, slots=True)
class Slide:
    number: int  # from 1
    name: str  # the image's file name beside the talk page: slide-1.webp
    width: int
    height: int
    text: str  # the page's text, whitespace collapsed, cut to TEXT_CHARS

    @property
    def anchor(self):
        return f"slide-{self.number}"


@dataclass(frozen=True)
class SlideDeck:
    slides: tuple
    folder: str  # where the images are (the cache, or a temporary folder)
    lectern_signature: str  # the digest the folder is named by: what the deck was made from

    def files(self):
        """{file name beside the page: path of the image}."""
        return {slide.name: os.path.join(self.folder, slide.name) for slide in self.slides}


def _versions():
    return [importlib.metadata.version(name) for name in ("pypdfium2", "pillow")]


def deck_key(data, width=WIDTH, quality=QUALITY):
    digest = hashlib.sha256(json.dumps([FORMAT, width, quality, _versions()]).encode())
    digest.update(data)
    return digest.hexdigest()


def _text(page):
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    text = re.sub(r"\s+", " ", text.replace("\x00", "")).strip()
    if len(text) > TEXT_CHARS:
        text = text[:TEXT_CHARS].rsplit(" ", 1)[0] + "\u2026"
    return text


def _webp(image, quality):
    out = BytesIO()
    image.save(out, "WEBP", quality=quality, method=6, exact=False, exif=b"", icc_profile=None)
    return out.getvalue()


def render_pdf(data, folder, width=WIDTH, quality=QUALITY):
    """Render every page of the PDF `data` into `folder` (slide-N.webp and the manifest); the Slides."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise SlidesError(f"not a PDF that can be read ({error})") from None
    try:
        if len(pdf) == 0:
            raise SlidesError("the PDF has no pages")
        if len(pdf) > MAX_PAGES:
            raise SlidesError(f"the PDF has {len(pdf)} pages; at most {MAX_PAGES} are rendered")
        slides = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                page_width = page.get_width()
                scale = width / page_width if page_width > 0 else 1
                bitmap = page.render(scale=scale, draw_annots=True, may_draw_forms=True)
                image = bitmap.to_pil().convert("RGB")
                text = _text(page)
            finally:
                page.close()
            name = f"slide-{index + 1}.webp"
            write_atomically(os.path.join(folder, name), _webp(image, quality))
            slides.append(Slide(index + 1, name, image.width, image.height, text))
    finally:
        pdf.close()
    manifest = json.dumps([[s.number, s.name, s.width, s.height, s.text] for s in slides], ensure_ascii=False)
    write_atomically(os.path.join(folder, MANIFEST), manifest.encode())
    return slides


def _load_manifest(folder):
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as f:
            rows = json.load(f)
        slides = [Slide(int(n), str(name), int(w), int(h), str(text)) for n, name, w, h, text in rows]
    except (OSError, ValueError, TypeError):
        return None
    if not all(os.path.isfile(os.path.join(folder, s.name)) for s in slides):
        return None
    return slides


def slide_deck(pdf_path, cache_folder=None, width=WIDTH, quality=QUALITY, cold=False):
    """The SlideDeck of the PDF at `pdf_path`: from `cache_folder`/slides/<digest>/ when a whole
    folder is there (and not `cold`), rendered into it otherwise. Without a cache folder the images
    go to a temporary folder. SlidesError on a PDF that cannot be rendered."""
    with open(pdf_path, "rb") as f:
        data = f.read()
    key = deck_key(data, width, quality)
    if cache_folder:
        folder = os.path.join(cache_folder, "slides", key)
        slides = None if cold else _load_manifest(folder)
        if slides is None:
            os.makedirs(folder, exist_ok=True)
            slides = render_pdf(data, folder, width, quality)
    else:
        folder = tempfile.mkdtemp(prefix="lectern-slides-")
        slides = render_pdf(data, folder, width, quality)
    return SlideDeck(tuple(slides), folder, key)
