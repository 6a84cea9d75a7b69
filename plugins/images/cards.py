"""Social cards: the 1200x630 PNG that Open Graph and Twitter show for a post or talk (site name,
title, date or event), drawn by Pillow in the theme's colours.

The font is Pillow's own (Aileron Regular, public domain, shipped inside Pillow; no download), or
a TrueType font named by SOCIAL_CARD_FONT. Text is laid out with Pillow's basic layout engine and
written as PNG with fixed settings and no metadata, so the same card gives the same bytes every
time. A title is wrapped to the card's width, in smaller type for long titles, and cut with an
ellipsis when even that does not fit: it never runs off the card. Characters the font does not
have are written as their closest ASCII (accents dropped, typographic dashes and quotes made
plain) rather than as empty boxes.
"""

import io
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageColor, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 96  # left and right, beside the accent bar
BAR = 24
TITLE_TOP = 170
TITLE_SIZES = (76, 66, 58, 50)  # tried in turn until the title fits
TITLE_LINES = 4  # at most
LINE_HEIGHT = 1.18
FOOTER_SIZE = 34
FOOTER_TOP = HEIGHT - 72 - FOOTER_SIZE
TITLE_BOTTOM = FOOTER_TOP - 28  # the title's last line ends above this
DEFAULT_COLORS = {"background": "#15171b", "text": "#f4f5f7", "muted": "#a9adb5", "accent": "#7db8ff"}
PLAIN = {
    "\u2013": "-",
    "\u2014": " - ",
    "\u2012": "-",
    "\u2011": "-",
    "\u2010": "-",
    "\u2212": "-",
    "\u201a": ",",
    "\u201e": '"',
    "\u2032": "'",
    "\u2033": '"',
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u00d7": "x",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u0153": "oe",
    "\u0152": "OE",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u0111": "d",
    "\u0110": "D",
}


@dataclass(frozen=True)
class Card:
    """What a card shows."""

    title: str
    site_name: str
    footer: str = ""  # the date, or the event and date


@lru_cache(maxsize=32)
def load_font(path, size):
    if path:
        return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)
    return ImageFont.load_default(size=size)  # Aileron Regular, with Pillow's basic layout


def _missing_signature(font):
    return (font.getlength("\ue000"), font.getbbox("\ue000"))


def drawable(text, font):
    """`text` with each character `font` lacks replaced by its closest ASCII, or dropped."""
    missing = _missing_signature(font)

    def has(character):
        return character == " " or (font.getlength(character), font.getbbox(character)) != missing

    out = []
    for character in text:
        if has(character):
            out.append(character)
            continue
        plain = PLAIN.get(character)
        if plain is None:
            decomposed = unicodedata.normalize("NFKD", character)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        out.append("".join(c for c in plain if has(c)))
    return " ".join("".join(out).split())


def _break_word(word, font, width):
    """A word wider than a line, cut into pieces that fit."""
    pieces, piece = [], ""
    for character in word:
        if piece and font.getlength(piece + character) > width:
            pieces.append(piece)
            piece = character
        else:
            piece += character
    return pieces + ([piece] if piece else [])


def wrap(text, font, width):
    """Lines of `text` no wider than `width` pixels in `font` (words kept whole when they fit)."""
    lines, line = [], ""
    for word in text.split():
        for piece in _break_word(word, font, width) if font.getlength(word) > width else [word]:
            candidate = f"{line} {piece}" if line else piece
            if font.getlength(candidate) <= width:
                line = candidate
            else:
                if line:
                    lines.append(line)
                line = piece
    if line:
        lines.append(line)
    return lines


def _ellipsize(line, font, width):
    line = line.rstrip(" .,;:-")
    while line and font.getlength(line + "\u2026") > width:
        line = line[:-1].rstrip(" .,;:-")
    return line + "\u2026"


def lines_that_fit(font, size, height=TITLE_BOTTOM - TITLE_TOP, most=TITLE_LINES):
    """How many title lines in `font` fit in `height` pixels (ascender of the first line to the
    lowest descender of the last)."""
    ascent, descent = font.getmetrics()
    step = round(size * LINE_HEIGHT)
    return max(1, min(most, (height - ascent - descent) // step + 1))


def title_layout(title, font_path=None, width=WIDTH - 2 * MARGIN, sizes=TITLE_SIZES):
    """(font size, lines) of a title: the largest size at which it fits the card's title area,
    or the smallest with its last line cut by an ellipsis."""
    for size in sizes:
        font = load_font(font_path, size)
        lines = wrap(drawable(title, font), font, width)
        most = lines_that_fit(font, size)
        if len(lines) <= most:
            return size, lines
    lines = lines[:most]
    lines[-1] = _ellipsize(lines[-1], font, width)
    return size, lines


def _fit(text, font, width):
    """One line of `text`, cut with an ellipsis when it is wider than `width`."""
    text = drawable(text, font)
    return text if font.getlength(text) <= width else _ellipsize(text, font, width)


# A card is drawn as one coverage mask and written as a palette PNG: each band of the card has
# one ink (the accent for the bar and the site name, the text colour for the title, the muted one
# for the footer) in LEVELS steps of anti-aliasing over the background. A third of the bytes of an
# RGB card and half the time to make (encoding 2.3 MB of RGB was most of it), and no pixel is
# more than 8 of 255 off the RGB drawing.
LEVELS = 16
INKS = ("accent", "text", "muted")
BANDS = (  # (box, ink): the bar, then bands by height between the texts' own areas
    ((0, 0, BAR, HEIGHT), 0),
    ((BAR, 0, WIDTH, TITLE_TOP - 20), 0),
    ((BAR, TITLE_TOP - 20, WIDTH, FOOTER_TOP - 10), 1),
    ((BAR, FOOTER_TOP - 10, WIDTH, HEIGHT), 2),
)


def _palette(colors):
    background = ImageColor.getrgb(colors["background"])
    palette = []
    for name in INKS:
        ink = ImageColor.getrgb(colors[name])
        for level in range(LEVELS):
            palette += [round(b + (i - b) * level / (LEVELS - 1)) for b, i in zip(background, ink)]
    return palette  # index 0 is the background (no coverage of the first ink)


def render_card(card, colors=None, font_path=None):
    """PNG bytes of `card`, WIDTH x HEIGHT."""
    colors = {**DEFAULT_COLORS, **(colors or {})}
    mask = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((0, 0, BAR - 1, HEIGHT - 1), fill=255)
    inner = WIDTH - 2 * MARGIN
    site_font = load_font(font_path, 36)
    draw.text((MARGIN, 72), _fit(card.site_name, site_font, inner), font=site_font, fill=255)
    size, lines = title_layout(card.title, font_path, inner)
    title_font = load_font(font_path, size)
    step = round(size * LINE_HEIGHT)
    for i, line in enumerate(lines):
        # A stroke of the text's own coverage: a bolder title from a regular font.
        draw.text(
            (MARGIN, TITLE_TOP + i * step), line, font=title_font, fill=255, stroke_width=1, stroke_fill=255
        )
    if card.footer:
        footer_font = load_font(font_path, FOOTER_SIZE)
        draw.text((MARGIN, FOOTER_TOP), _fit(card.footer, footer_font, inner), font=footer_font, fill=255)
    image = Image.new("P", (WIDTH, HEIGHT), 0)
    image.putpalette(_palette(colors))
    for box, ink in BANDS:
        levels = mask.crop(box).point([ink * LEVELS + round(v * (LEVELS - 1) / 255) for v in range(256)])
        image.paste(levels, box[:2])
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()
