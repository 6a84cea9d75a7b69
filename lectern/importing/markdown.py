"""An old post's HTML as Markdown: markdownify for the prose, our own rules for code and figures.

Code is lifted out first (every markup code_markup knows) and stands in the HTML as an empty
<pre data-lectern-code="N">, so WordPress's paragraph rules and the converter never see it;
the converter writes each one back as a fence long enough to hold it.
"""

import html
import re
from dataclasses import dataclass, field

from markdownify import ATX, MarkdownConverter

from . import code_markup, wordpress

MORE = re.compile(r"<!--\s*more\b[^>]*-->", re.I)
_TOKEN = "\x00"  # never in XML text, so never in a post
_CODE_TOKEN = re.compile(r"^(?P<prefix>[ >]*)\x00(?P<n>\d+)(?P<kind>[fi])\x00$", re.M)
_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.I | re.S)


@dataclass
class Converted:
    markdown: str
    blocks: list = field(default_factory=list)  # code_markup.CodeBlock, in order
    images: list = field(default_factory=list)  # image URLs as written in the post


class _Converter(MarkdownConverter):
    """markdownify with our code fences, HTML figures and image paths (its documented subclassing)."""

    def __init__(self, blocks, image_src, **options):
        super().__init__(heading_style=ATX, bullets="-", **options)
        self.blocks = blocks
        self.image_src = image_src

    def convert_pre(self, el, text, parent_tags):
        n = el.get("data-lectern-code")
        if n is None:  # a <pre> the markup scan did not see (inside an attribute-less wrapper): keep it
            return super().convert_pre(el, text, parent_tags)
        # A token for now: the converter's own newline rules must not reach the code (they would
        # collapse its blank lines); `_put_code_back` writes the block in its place.
        nested = el.find_parent(["li", "blockquote"]) is not None
        return f"\n\n{_TOKEN}{n}{'i' if nested else 'f'}{_TOKEN}\n\n"

    def convert_li(self, el, text, parent_tags):
        """Continuation lines indented four spaces, as Python-Markdown wants, not the bullet's width."""
        item = super().convert_li(el, text, parent_tags)
        first, _, rest = item.partition("\n")
        bullet = re.match(r"\S+ ", first)
        width = len(bullet.group()) if bullet else 0
        pad = re.compile("^" + " " * width, re.M)
        item = first + "\n" + pad.sub("    ", rest) if width and width != 4 else item
        # An item holding a code block ends with a blank line, or the next item joins the block.
        return item.rstrip("\n") + "\n\n" if _TOKEN in item else item

    def convert_img(self, el, text, parent_tags):
        if el.get("src"):
            el["src"] = self.image_src(el["src"])
        return super().convert_img(el, text, parent_tags)

    def convert_figure(self, el, text, parent_tags):
        """A figure with a caption stays an HTML figure (Markdown has none), its image path mapped."""
        img, caption = el.find("img"), el.find("figcaption")
        if img is None or caption is None:
            return (
                super().convert_figure(el, text, parent_tags) if hasattr(super(), "convert_figure") else text
            )
        attrs = {"src": self.image_src(img.get("src", ""))}
        for name in ("alt", "width", "height"):
            if img.get(name):
                attrs[name] = img[name]
        image = "<img " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()) + ">"
        words = " ".join(self.process_tag(caption, parent_tags={"_inline"}).split())
        return f"\n\n<figure>\n{image}\n<figcaption>{words}</figcaption>\n</figure>\n\n"


def _put_code_back(m, blocks):
    """A block where its token stands: a fence at the top level; in a list or a quote an indented
    block with codehilite's ":::lang" line, since Python-Markdown reads fences at the top only."""
    block, prefix = blocks[int(m.group("n"))], m.group("prefix")
    if m.group("kind") == "f":
        lines = code_markup.fence(block.code, None if block.detected else block.language).split("\n")
    else:
        first = block.code.split("\n", 1)[0]
        head = [] if block.detected and not first.startswith((":::", "#!")) else [f":::{block.language}"]
        lines = ["    " + line if line else "" for line in head + block.code.split("\n")]
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines)


def lift_code(text):
    """HTML with each code block replaced by a placeholder <pre>, and the blocks in order."""
    blocks = []

    def keep(block):
        blocks.append(block)
        return f'\n\n<pre data-lectern-code="{len(blocks) - 1}"></pre>\n\n'

    text = code_markup.SHORTCODE.sub(lambda m: keep(code_markup.from_shortcode(m)), text)
    text = code_markup.PRE.sub(
        lambda m: m.group() if "data-lectern-code" in m.group("attrs") else keep(code_markup.from_pre(m)),
        text,
    )
    return text, blocks


def to_markdown(text, image_src=None, *, wordpress_rules=True):
    """Markdown for a post's HTML. `image_src(url)` gives the path each image is linked from."""
    images = []

    def record(url):
        if url not in images:
            images.append(url)
        return image_src(url) if image_src else url

    text = MORE.sub("", text)
    text, blocks = lift_code(text)
    text = wordpress.render(text) if wordpress_rules else wordpress.expand_gists(text)
    markdown = _Converter(blocks, record).convert(text)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip("\n")
    markdown = _CODE_TOKEN.sub(lambda m: _put_code_back(m, blocks), markdown)
    return Converted(markdown=markdown + "\n" if markdown else "", blocks=blocks, images=images)


def summary_text(text):
    """One line of plain text from the part of a post before <!--more-->, or None without one."""
    parts = MORE.split(text, maxsplit=1)
    if len(parts) < 2:
        return None
    return plain_text(parts[0])


def plain_text(text):
    lead, _blocks = lift_code(text)
    lead = re.sub(r"<pre\b[^>]*>\s*</pre>", " ", lead)
    lead = re.sub(r"\[/?\w+[^\]]*\]", " ", re.sub(r"<[^>]+>", " ", lead))
    return " ".join(html.unescape(lead).split()) or None


def image_urls(text):
    """The images a post shows (outside code), as written."""
    lifted, _blocks = lift_code(text)
    return [html.unescape(m.group(3)) for m in _IMG_SRC.finditer(lifted)]
