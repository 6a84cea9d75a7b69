"""The plain modules of plugins/images: image dimensions, the HTML rewrite (attributes, figures,
srcset), resized copies and social cards, without Pelican."""

import io

import pytest
from PIL import Image

from images import cards, markup, variants
from images.dimensions import Dimensions, image_dimensions, svg_dimensions

OPTIONS = markup.Options(widths=(480, 768, 1152), content_width=768, sizes="100vw", eager_within=200)


def png(path, size, mode="RGB"):
    Image.effect_mandelbrot(size, (-2, -1.2, 1, 1.2), 60).convert(mode).save(path)
    return path


# Dimensions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("svg", "expected"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">', (640, 360)),
        ('<svg width="640px" height="360px" viewBox="0 0 10 10">', (640, 360)),
        ('<svg viewBox="0 0 760 400">', (760, 400)),
        ('<svg viewBox="0,0,760,400" width="100%">', (760, 400)),
        ('<svg width="380" viewBox="0 0 760 400">', (380, 200)),
        ('<svg height="200" viewBox="0 0 760 400">', (380, 200)),
        ('<svg width="2.54cm" height="1in">', (96, 96)),
        ("<?xml version='1.0'?>\n<svg\n  height='50'\n  width='100'>", (100, 50)),
    ],
)
def test_svg_dimensions_from_width_height_or_viewbox(svg, expected):
    dims = svg_dimensions(svg + "</svg>")
    assert (dims.width, dims.height) == expected and dims.format == "SVG"


def test_svg_without_any_size_has_no_dimensions():
    assert svg_dimensions('<svg width="50%"></svg>') is None
    assert svg_dimensions("<html></html>") is None


def test_raster_dimensions_and_format(tmp_path):
    assert image_dimensions(png(tmp_path / "a.png", (300, 120))) == Dimensions(300, 120, "PNG")
    Image.new("RGB", (90, 40)).save(tmp_path / "b.jpg")
    assert image_dimensions(tmp_path / "b.jpg") == Dimensions(90, 40, "JPEG")
    (tmp_path / "c.png").write_bytes(b"not an image")
    assert image_dimensions(tmp_path / "c.png") is None
    assert image_dimensions(tmp_path / "missing.png") is None


def test_a_rotated_jpeg_is_measured_as_the_browser_shows_it(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    Image.new("RGB", (400, 100)).save(tmp_path / "r.jpg", exif=exif)
    assert (image_dimensions(tmp_path / "r.jpg").width, image_dimensions(tmp_path / "r.jpg").height) == (
        100,
        400,
    )


# The HTML rewrite ---------------------------------------------------------------------------------


def lookup_of(table):
    return lambda src: table.get(src)


SMALL = markup.Found("{static}/images/s.png", Dimensions(400, 300, "PNG"), "{static}/images/s.png")
WIDE = markup.Found("{static}/images/w.png", Dimensions(1600, 900, "PNG"), "{static}/images/w.png")
LOOKUP = lookup_of({"{static}/images/s.png": SMALL, "{static}/images/w.png": WIDE})


def test_every_image_gets_size_lazy_and_async_but_the_first_near_the_top_loads_at_once():
    html = '<p>Intro.</p><p><img alt="one" src="{static}/images/s.png"></p><p>More.</p><p><img alt="two" src="{static}/images/s.png"></p>'
    out = markup.rewrite(html, LOOKUP, OPTIONS)
    first, second = markup.TAG.findall(out)
    assert first == ('<img alt="one" src="{static}/images/s.png" width="400" height="300" decoding="async">')
    assert second == (
        '<img alt="two" src="{static}/images/s.png" width="400" height="300" loading="lazy" decoding="async">'
    )


def test_a_first_image_below_much_text_is_lazy_too():
    html = "<p>" + "word " * 100 + '</p><p><img alt="" src="{static}/images/s.png"></p>'
    assert 'loading="lazy"' in markup.rewrite(html, LOOKUP, OPTIONS)


def test_what_the_author_wrote_is_kept_and_unknown_images_get_no_size():
    html = '<img src="{static}/images/s.png" width="200" loading="eager" alt=""><img src="https://elsewhere.example/x.png" alt="x">'
    first, second = markup.TAG.findall(markup.rewrite(html, LOOKUP, OPTIONS))
    assert 'width="200"' in first and "height" not in first and 'loading="eager"' in first
    assert "fetchpriority" not in first
    assert "width" not in second and 'loading="lazy"' in second and 'decoding="async"' in second


def test_code_and_the_rest_of_the_html_are_left_byte_for_byte():
    html = '<pre><code>&lt;img src="x.png"&gt;</code></pre>\n<p>a &amp; b <img alt="A &amp; B &quot;q&quot;" src="{static}/images/s.png"/></p>'
    out = markup.rewrite(html, LOOKUP, OPTIONS)
    assert out.startswith('<pre><code>&lt;img src="x.png"&gt;</code></pre>\n<p>a &amp; b <img ')
    assert 'alt="A &amp; B &quot;q&quot;"' in out


def test_a_titled_image_alone_in_its_paragraph_becomes_a_figure():
    html = '<p><img alt="Chart" src="{static}/images/s.png" title="Fig. 1: &lt;rows&gt; &amp; time"></p>'
    out = markup.rewrite(html, LOOKUP, OPTIONS)
    assert out.startswith('<figure><img alt="Chart" src="{static}/images/s.png" width="400"')
    assert out.endswith("<figcaption>Fig. 1: &lt;rows&gt; &amp; time</figcaption></figure>")
    assert "title=" not in out
    # Not alone, or without a title: left as an image in its paragraph.
    for html in ('<p>See <img alt="" src="x" title="t"></p>', '<p><img alt="" src="x"></p>'):
        assert markup.rewrite(html, LOOKUP, OPTIONS).startswith("<p>")


def test_a_figure_in_raw_html_gets_the_same_attributes():
    html = '<figure><img src="{static}/images/s.png" alt="x"><figcaption>Imported</figcaption></figure>'
    out = markup.rewrite(html, LOOKUP, OPTIONS)
    assert out.startswith('<figure><img src="{static}/images/s.png" alt="x" width="400" height="300"')
    assert out.endswith("<figcaption>Imported</figcaption></figure>")


def test_a_wide_raster_image_gets_a_picture_with_webp_and_its_own_format():
    out = markup.rewrite('<p>x</p><img alt="" src="{static}/images/w.png">', LOOKUP, OPTIONS)
    assert out == (
        '<p>x</p><picture><source type="image/webp" srcset="'
        "{static}/images/w.png::w.480w.webp 480w, {static}/images/w.png::w.768w.webp 768w, "
        "{static}/images/w.png::w.1152w.webp 1152w, {static}/images/w.png::w.1600w.webp 1600w"
        '" sizes="100vw"><img alt="" src="{static}/images/w.png" width="1600" height="900" '
        'decoding="async" srcset="'
        "{static}/images/w.png::w.480w.png 480w, {static}/images/w.png::w.768w.png 768w, "
        "{static}/images/w.png::w.1152w.png 1152w, {static}/images/w.png 1600w"
        '" sizes="100vw"></picture>'
    )


def test_no_srcset_for_narrow_svg_animated_or_outside_images():
    table = {
        "a": markup.Found("a", Dimensions(1600, 900, "SVG"), "a"),
        "b": markup.Found("b", Dimensions(1600, 900, "GIF", animated=True), "b"),
        "c": markup.Found("c", Dimensions(1600, 900, "PNG"), None),
        "d": markup.Found("d", Dimensions(768, 900, "PNG"), "d"),
    }
    out = markup.rewrite("".join(f'<img src="{k}">' for k in table), lookup_of(table), OPTIONS)
    assert "srcset" not in out and "<picture>" not in out


def test_copies_no_smaller_than_a_wider_one_are_left_out():
    dims = Dimensions(1600, 900, "PNG")
    sizes = {(1600, "png"): 40_000, (1152, "png"): 70_000, (768, "png"): 30_000, (480, "png"): 35_000}
    sizes |= {(1600, "webp"): 12_000, (1152, "webp"): 30_000, (768, "webp"): 11_000, (480, "webp"): 6_000}
    skip = markup.useless(sizes, dims, OPTIONS)
    assert skip == {(1152, "png"), (480, "png"), (1152, "webp")}
    found = markup.Found("{static}/w.png", dims, "{static}/w.png", skip)
    out = markup.rewrite('<p>x</p><img src="w">', lookup_of({"w": found}), OPTIONS)
    assert "w.1152w" not in out and "w.480w.png" not in out and "w.480w.webp 480w" in out


def test_srcset_candidates_resolve_beside_the_original():
    html = '<source srcset="{static}/images/w.png::w.480w.webp 480w, {static}/images/w.png 1600w"><img srcset="https://x.example/a.png 2x">'
    resolved = {"{static}/images/w.png": "../../images/w.png"}
    out = markup.resolve_srcsets(html, resolved.get)
    assert (
        out
        == '<source srcset="../../images/w.480w.webp 480w, ../../images/w.png 1600w"><img srcset="https://x.example/a.png 2x">'
    )
    absolute = markup.resolve_srcsets(html, lambda link: "https://blog.example.test/images/w.png")
    assert "https://blog.example.test/images/w.480w.webp 480w" in absolute


def test_variant_requests_name_every_copy():
    html = markup.rewrite('<img src="w">', lookup_of({"w": WIDE}), OPTIONS)
    requests = markup.variant_requests(html)
    assert ("{static}/images/w.png", "w.768w.webp", 768, "webp") in requests
    assert ("{static}/images/w.png", "w.1152w.png", 1152, "png") in requests
    assert len(requests) == 7  # 4 WebP (one at full width), 3 PNG (the original is the fourth)


# Resized copies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("ext", "mode"), [("webp", "RGB"), ("png", "RGBA"), ("jpg", "RGB"), ("webp", "P")])
def test_resized_copies_are_deterministic_and_the_right_size(tmp_path, ext, mode):
    source = png(tmp_path / "big.png", (1000, 500), mode)
    encoder = variants.encoder_settings(ext, "PNG", 80, 85)
    first = variants.resized(source, 480, ext, encoder)
    assert first == variants.resized(source, 480, ext, encoder)
    with Image.open(io.BytesIO(first)) as image:
        assert image.size == (480, 240)
        assert image.format == variants.PILLOW_FORMAT[ext]
        assert not {"exif", "xmp", "date:create"} & set(image.info)


def test_files_are_cached_by_key_and_made_once(tmp_path):
    made = []

    def make():
        made.append(1)
        return b"data"

    files = variants.Files(str(tmp_path / "cache"))
    assert files.put("ab" * 32, ".bin", make, str(tmp_path / "out" / "x.bin"))
    again = variants.Files(str(tmp_path / "cache"))
    assert not again.put("ab" * 32, ".bin", make, str(tmp_path / "out2" / "x.bin"))
    assert made == [1] and (tmp_path / "out2" / "x.bin").read_bytes() == b"data"
    cold = variants.Files(str(tmp_path / "cache"), fresh=True)
    assert cold.put("ab" * 32, ".bin", make, str(tmp_path / "out3" / "x.bin")) and made == [1, 1]
    assert (tmp_path / "out3" / "x.bin").stat().st_mode & 0o044 == 0o044


# Social cards -------------------------------------------------------------------------------------


def test_a_card_is_a_deterministic_1200_by_630_png():
    card = cards.Card("Partial indexes for soft deletes", "Halloran on Postgres", "Nov 22, 2026")
    first = cards.render_card(card)
    assert first == cards.render_card(card)
    with Image.open(io.BytesIO(first)) as image:
        assert image.format == "PNG" and image.size == (1200, 630)
        assert not {"exif", "dpi", "date:create"} & set(image.info)
    assert cards.render_card(cards.Card("Another title", "Halloran on Postgres", "Nov 22, 2026")) != first


def test_a_card_is_drawn_in_the_theme_colours_each_in_its_place():
    colors = {"background": "#102030", "text": "#fafafa", "muted": "#8090a0", "accent": "#ff8800"}
    card = cards.Card("Partial indexes", "Halloran on Postgres", "Nov 22, 2026")
    with Image.open(io.BytesIO(cards.render_card(card, colors))) as image:
        rgb = image.convert("RGB")
    hexes = lambda band: {"#{:02x}{:02x}{:02x}".format(*rgb.getpixel(xy)) for xy in band}  # noqa: E731
    inside = lambda box: [(x, y) for x in range(box[0], box[2], 3) for y in range(box[1], box[3], 3)]  # noqa: E731
    assert hexes([(5, 5), (5, 600)]) == {colors["accent"]}  # the bar
    assert rgb.getpixel((600, 5)) == (0x10, 0x20, 0x30)  # the background
    assert colors["accent"] in hexes(inside((cards.MARGIN, 72, 500, 120)))  # the site name
    assert colors["text"] in hexes(inside((cards.MARGIN, cards.TITLE_TOP, 700, cards.TITLE_TOP + 90)))
    assert colors["muted"] in hexes(inside((cards.MARGIN, cards.FOOTER_TOP, 500, cards.HEIGHT - 40)))


def test_a_long_title_wraps_in_smaller_type_and_never_leaves_the_card():
    long = "Row-level security for multi-tenant Django: policies, roles, SET LOCAL and the connection pool, tested"
    size, lines = cards.title_layout(long)
    assert size < cards.TITLE_SIZES[0] and 2 <= len(lines) <= cards.TITLE_LINES
    assert " ".join(lines) == long
    endless = (
        "word " * 80 + "averyveryveryveryveryveryveryveryveryveryveryveryverylongidentifier_without_spaces"
    )
    size, lines = cards.title_layout(endless)
    assert len(lines) <= cards.TITLE_LINES and lines[-1].endswith("\u2026")
    font = cards.load_font(None, size)
    assert all(font.getlength(line) <= cards.WIDTH - 2 * cards.MARGIN for line in lines)
    with Image.open(io.BytesIO(cards.render_card(cards.Card(endless, "x" * 200, "y" * 200)))) as image:
        background = Image.new("RGB", (cards.MARGIN - 8, 630), cards.DEFAULT_COLORS["background"])
        right = image.convert("RGB").crop((cards.WIDTH - cards.MARGIN + 8, 0, cards.WIDTH, 630))
        assert right.tobytes() == background.tobytes(), "text ran into the right margin"


def test_characters_the_font_lacks_become_plain_ascii():
    font = cards.load_font(None, 40)
    assert cards.drawable("Caf\u00e9 \u2013 na\u00efve \u201cquotes\u201d \u2014 \u00dcber", font) == (
        "Cafe - naive \u201cquotes\u201d - Uber"
    )
