"""A talk's poster: an SVG we generate (title, speakers, event), shown before a video plays.

For YouTube talks it stands in for YouTube's thumbnail, which we never fetch: nothing from
YouTube loads before the reader presses play.
"""

import textwrap
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 1280, 720


def _lines(text, width, most):
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(" .,;:") + "\u2026"
    return lines


def poster_svg(title, subtitle="", footer="", width=WIDTH, height=HEIGHT):
    """SVG text of a 16:9 poster; all text escaped."""
    title_lines = _lines(title, 26, 4)
    size = 72 if len(title_lines) <= 2 else 60
    top = 150 + size
    rows = "".join(
        f'<tspan x="96" y="{top + i * size * 1.2:.0f}">{escape(line)}</tspan>'
        for i, line in enumerate(title_lines)
    )
    extra = ""
    if subtitle:
        extra += (
            f'<text x="96" y="{top + len(title_lines) * size * 1.2 + 20:.0f}" font-size="36" '
            f'fill="#c9ccd3">{escape(" ".join(_lines(subtitle, 60, 1)))}</text>'
        )
    if footer:
        extra += f'<text x="96" y="{height - 72}" font-size="30" fill="#a9adb5">{escape(footer)}</text>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        f'<rect width="{width}" height="{height}" fill="#15171b"/>'
        f'<rect x="0" y="0" width="24" height="{height}" fill="#7db8ff"/>'
        f'<g font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif">'
        f'<text font-size="{size}" font-weight="700" fill="#f4f5f7">{rows}</text>{extra}</g>'
        "</svg>\n"
    )
