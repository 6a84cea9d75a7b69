"""Stylesheet for highlighted code, generated from two Pygments styles at build time.

The light style applies by default, the dark one under `prefers-color-scheme: dark` or when
the reader's toggle sets `data-theme="dark"` on <html>. Colours that would fail WCAG AA
contrast (4.5:1) against the style's background or its highlighted-line colour are nudged
towards black or white until they pass, so any Pygments style can be chosen safely.
"""

from pygments.formatters.html import HtmlFormatter
from pygments.style import Style
from pygments.styles import get_style_by_name

AA_RATIO = 4.5
TARGET_RATIO = 4.7  # a little headroom over AA for rounding in browsers


def _rgb(hex_colour):
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground, background):
    """WCAG contrast ratio between two hex colours."""
    a, b = _luminance(_rgb(foreground)), _luminance(_rgb(background))
    high, low = max(a, b), min(a, b)
    return (high + 0.05) / (low + 0.05)


def readable_colour(colour, backgrounds):
    """`colour`, or the nearest mix towards black/white that is AA-readable on every background."""
    if all(contrast_ratio(colour, bg) >= AA_RATIO for bg in backgrounds):
        return colour
    dark_background = _luminance(_rgb(backgrounds[0])) < 0.2
    target = (255, 255, 255) if dark_background else (0, 0, 0)
    for step in range(1, 101):
        candidate = _mix(colour, "#{:02x}{:02x}{:02x}".format(*target), step / 100)
        if all(contrast_ratio(candidate, bg) >= TARGET_RATIO for bg in backgrounds):
            return candidate
    return "#{:02x}{:02x}{:02x}".format(*target)


def accessible_style(name):
    """A copy of Pygments style `name` whose token colours all meet AA contrast."""
    base = get_style_by_name(name)
    background = _hex(base.background_color) or "#ffffff"
    highlight = _hex(base.highlight_color) or background
    if contrast_ratio(highlight, background) > 1.6:
        # A loud highlighted-line colour would leave no room for readable token colours.
        highlight = _mix(background, _default_text(background), 0.12)
    styles = dict(base.styles)
    for token, resolved in base:
        if not resolved["color"]:
            continue
        colour = "#" + resolved["color"]
        backgrounds = [("#" + resolved["bgcolor"])] if resolved["bgcolor"] else [background, highlight]
        fixed = readable_colour(colour, backgrounds)
        if fixed != colour:
            styles[token] = f"{styles.get(token, '')} {fixed}".strip()
    return type(
        f"Accessible{base.__name__}",
        (Style,),
        {
            "name": f"{name}-aa",
            "background_color": background,
            "highlight_color": highlight,
            "line_number_color": readable_colour(
                _hex(base.line_number_color) or _default_text(background), [background]
            ),
            "line_number_background_color": "transparent",
            "styles": styles,
        },
    )


def _mix(colour, other, t):
    a, b = _rgb(colour), _rgb(other)
    return "#{:02x}{:02x}{:02x}".format(*(round(x + (y - x) * t) for x, y in zip(a, b)))


def _hex(value):
    if value and value.startswith("#") and len(value) in (4, 7):
        return value
    return None


def _default_text(background):
    return "#ffffff" if _luminance(_rgb(background)) < 0.2 else "#000000"


def _scoped_rules(style, prefix):
    """Pygments' rules with every selector under `prefix` (its line-number rules come unscoped)."""
    lines = []
    for line in HtmlFormatter(style=style).get_style_defs(prefix).splitlines():
        if line.startswith(("td.linenos", "span.linenos")):
            line = f"{prefix} {line}"
        elif not line.startswith(prefix):
            continue
        lines.append(line)
    return "\n".join(lines)


def pygments_stylesheet(light, dark):
    """CSS text for both schemes; `.highlight` is the codehilite css_class."""
    light_style = accessible_style(light)
    dark_style = accessible_style(dark)
    light_css = _scoped_rules(light_style, ".highlight")
    dark_forced = _scoped_rules(dark_style, ':root[data-theme="dark"] .highlight')
    dark_auto = _scoped_rules(dark_style, ':root:not([data-theme="light"]) .highlight')
    colours = (
        f":root {{ --code-bg: {light_style.background_color}; "
        f"--code-fg: {_default_text(light_style.background_color)}; }}\n"
        f':root[data-theme="dark"] {{ --code-bg: {dark_style.background_color}; '
        f"--code-fg: {_default_text(dark_style.background_color)}; }}\n"
        "@media (prefers-color-scheme: dark) {\n"
        f':root:not([data-theme="light"]) {{ --code-bg: {dark_style.background_color}; '
        f"--code-fg: {_default_text(dark_style.background_color)}; }}\n}}\n"
    )
    return (
        f"/* Generated at build time from Pygments styles {light!r} (light) and {dark!r} (dark). */\n"
        f"{colours}{light_css}\n{dark_forced}\n"
        f"@media (prefers-color-scheme: dark) {{\n{dark_auto}\n}}\n"
    )
