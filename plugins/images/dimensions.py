"""Width and height of an image file as a browser shows it: raster images by Pillow (header only;
a JPEG's EXIF orientation turned the way browsers turn it), SVG from its root element's width
and height, or its viewBox."""

import re
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

SVG_SUFFIXES = (".svg",)
# Pixels per unit of the absolute CSS lengths an SVG may be sized in.
UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4}
LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([a-z]*)\s*$")
ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class Dimensions:
    width: int
    height: int
    format: str  # "PNG", "JPEG", "GIF", "WEBP", "SVG", ...
    animated: bool = False


def _length(value):
    """Pixels of an SVG length ("640", "640px", "12cm"); None for a relative one ("100%", "2em")."""
    if value is None:
        return None
    match = LENGTH.match(value)
    if not match or match.group(2) not in UNITS:
        return None
    return float(match.group(1)) * UNITS[match.group(2)]


def svg_dimensions(data):
    """Dimensions of SVG text (bytes or str): its width and height, completed or replaced by its
    viewBox's proportions when one is missing or relative; None when there is neither."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    root = re.search(r"<svg\b([^>]*)>", data, re.S)
    if root is None:
        return None
    attributes = dict(
        (name, value or other)
        for name, value, other in re.findall(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""", root.group(1))
    )
    width, height = _length(attributes.get("width")), _length(attributes.get("height"))
    box = None
    numbers = re.split(r"[\s,]+", (attributes.get("viewBox") or "").strip())
    if len(numbers) == 4:
        try:
            box = [float(n) for n in numbers]
        except ValueError:
            box = None
        if box and (box[2] <= 0 or box[3] <= 0):
            box = None
    if width is None and height is None:
        if box is None:
            return None
        width, height = box[2], box[3]
    elif width is None:
        if box is None:
            return None
        width = height * box[2] / box[3]
    elif height is None:
        if box is None:
            return None
        height = width * box[3] / box[2]
    if width <= 0 or height <= 0:
        return None
    return Dimensions(max(1, round(width)), max(1, round(height)), "SVG")


def image_dimensions(path):
    """Dimensions of the image file at `path`, or None when it is not an image we can read."""
    if str(path).lower().endswith(SVG_SUFFIXES):
        try:
            with open(path, "rb") as f:
                return svg_dimensions(f.read())
        except OSError:
            return None
    try:
        with Image.open(path) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112) if image.format in ("JPEG", "WEBP", "TIFF") else None
            if orientation in ROTATED:
                width, height = height, width
            animated = bool(getattr(image, "is_animated", False))
            return Dimensions(width, height, image.format or "", animated)
    except (OSError, UnidentifiedImageError, ValueError):
        return None
