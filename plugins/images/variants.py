"""Resized copies of raster images, and the on-disk cache every generated file goes through.

A copy is made by Pillow with fixed encoder settings and no metadata but the colour profile, so
the same source, width and format give the same bytes on every run. Generated files are kept in
a cache folder under a name that is a digest of everything they are made from (the source's
bytes, the width, the format, the encoder settings, Pillow's version), written whole or not at
all, and hard-linked (or copied) into each build's output."""

import contextlib
import hashlib
import io
import os
import shutil

import PIL
from PIL import Image, ImageOps

from blog.build_cache import write_atomically

VERSION = 1  # bump when what a copy looks like changes for the same inputs
PILLOW_FORMAT = {"webp": "WEBP", "png": "PNG", "jpg": "JPEG"}


def file_digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_key(*parts):
    """A digest of `parts` (plain values) and of Pillow's version."""
    return hashlib.sha256(repr((VERSION, PIL.__version__, *parts)).encode()).hexdigest()


def encoder_settings(ext, source_format, webp_quality, jpeg_quality):
    """Pillow's save() arguments for a copy in `ext` of a `source_format` image: WebP lossless for
    PNG and GIF sources (diagrams and screenshots keep every pixel), lossy for photographs."""
    if ext == "webp":
        if source_format in ("PNG", "GIF"):
            return {"lossless": True, "quality": 80, "method": 4, "exact": False}
        return {"quality": int(webp_quality), "method": 4}
    if ext == "jpg":
        return {"quality": int(jpeg_quality), "optimize": False, "progressive": False, "subsampling": "4:2:0"}
    return {"optimize": False, "compress_level": 6}


def resized(source_path, width, ext, settings):
    """Bytes of the copy of `source_path` `width` pixels wide in `ext`, with `settings` for save()."""
    with Image.open(source_path) as original:
        icc = original.info.get("icc_profile")
        image = ImageOps.exif_transpose(original)
        if image.mode == "P" or image.mode == "LA" or image.mode == "PA":
            image = image.convert("RGBA")
        elif image.mode in ("CMYK", "I", "I;16", "F", "YCbCr", "1"):
            image = image.convert("RGB")
        if ext == "jpg" and image.mode != "RGB" and image.mode != "L":
            image = image.convert("RGB")
        height = max(1, round(image.height * width / image.width))
        if (width, height) != image.size:
            image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=None)
        out = io.BytesIO()
        extra = {"icc_profile": icc} if icc else {}
        image.save(out, PILLOW_FORMAT[ext], **settings, **extra)
        return out.getvalue()


class Files:
    """Generated files of one build, by key: kept in `folder` (None: in memory, for this build
    only), made again once when `fresh` (a cold build), and placed into the output."""

    def __init__(self, folder, fresh=False):
        self.folder = folder
        self.fresh = fresh
        self.memory = {}  # key -> bytes, without a folder
        self.made = set()  # keys made by this build

    def _path(self, key, suffix):
        return os.path.join(self.folder, key[:2], f"{key}{suffix}")

    def get(self, key, suffix, make):
        """(path or None, size in bytes) of the file `make()` gives, made when needed."""
        if self.folder is None:
            if key not in self.memory:
                self.memory[key] = make()
                self.made.add(key)
            return None, len(self.memory[key])
        path = self._path(key, suffix)
        if key not in self.made and (self.fresh or not os.path.isfile(path)):
            write_atomically(path, make())
            self.made.add(key)
        return path, os.path.getsize(path)

    def put(self, key, suffix, make, target):
        """Place the file at `target`; True when it was made by this build."""
        path, _size = self.get(key, suffix, make)
        if path is None:
            write_atomically(target, self.memory[key])
        else:
            place(path, target)
        return key in self.made


def place(cached, target):
    """Put the file `cached` at `target` in the output: a hard link, or a copy across devices."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(target)
    try:
        os.link(cached, target)
    except OSError:
        shutil.copyfile(cached, target)
