"""Post bodies held compressed while a build runs.

Rendered HTML is most of what a build holds (about 14 KB a post: 55 MB at 4,000 posts) and a
body is read a few times only: its own page, its summary, a few feeds. zlib at level 3 keeps a
fifth of it, costs about 85 µs a post to compress and 40 µs to read back. Each content object's
class is swapped for a subclass whose `_content` is stored compressed.

Pelican memoizes get_content() for every post for the whole build, which would bring every
body back; the subclass computes it on each call instead (the same function of the same
inputs, so the output does not change). Whether a body holds any intrasite link is found once,
so a body without one is never rescanned by Pelican's link rewriting.

The compressed bodies are packed into a few large buffers rather than one bytes object each:
a forked writer process that reads a body then touches one buffer's header, where separate
objects would each cost it a private copy of a memory page.
"""

import zlib
from types import SimpleNamespace

from pelican.contents import Content

LEVEL = 3
CHUNK_BYTES = 1 << 20
_compact_classes = {}  # Pelican class -> its compact subclass


class BodyStore:
    """Byte strings appended into shared buffers, each found again by (buffer, start, length)."""

    def __init__(self):
        self.buffers = [bytearray()]

    def add(self, data):
        buffer = self.buffers[-1]
        if buffer and len(buffer) + len(data) > CHUNK_BYTES:
            buffer = bytearray()
            self.buffers.append(buffer)
        start = len(buffer)
        buffer += data
        return (len(self.buffers) - 1, start, len(data))

    def get(self, ref):
        index, start, length = ref
        return bytes(self.buffers[index][start : start + length])


_store = BodyStore()


def _get_body(self):
    ref = self.__dict__.get("_content_z")
    return None if ref is None else zlib.decompress(_store.get(ref)).decode()


def _set_body(self, value, packed=None):
    """Store `value` compressed; `packed` is pack_body(value) when a worker already made it."""
    if value is None:
        self.__dict__["_content_z"], self.__dict__["_linked"] = None, False
        return
    blob, linked = packed or pack_body(value, self.settings)
    self.__dict__["_content_z"], self.__dict__["_linked"] = _store.add(blob), linked


def _has_intrasite_links(body, settings):
    """Whether `body` holds a link Pelican rewrites ({filename}, {static}, ...), by Pelican's
    own pattern (a method that reads nothing but the settings)."""
    return Content._get_intrasite_link_regex(SimpleNamespace(settings=settings)).search(body) is not None


def pack_body(body, settings):
    """(compressed body, whether it has intrasite links): the part a worker process can do."""
    return zlib.compress(body.encode(), LEVEL), _has_intrasite_links(body, settings)


def _get_static_links(self):
    """Pelican's Content.get_static_links; a body with no intrasite link has none, and is not
    decompressed and scanned again to find that out."""
    if not self.__dict__.get("_linked", True):
        return set()
    return self._pelican_class.get_static_links(self)


def _get_content(self, siteurl):
    """Pelican's Content.get_content, without its memo, and without rescanning a body that has
    no intrasite link (Pelican's rewrite would return it unchanged)."""
    if hasattr(self, "_get_content"):
        return self._update_content(self._get_content(), siteurl)
    content = self._content
    return self._update_content(content, siteurl) if self.__dict__.get("_linked", True) else content


def _reduce(self, protocol):
    """Pickled (Pelican's generator-level cache) with the body still compressed, rebuilt by
    reference to Pelican's class: the subclass exists only in the process that made it."""
    state = dict(self.__dict__)
    if state.get("_content_z") is not None:
        state["_content_z"] = _store.get(state["_content_z"])
    return (_rebuild, (self._pelican_class, state))


def _rebuild(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    if state.get("_content_z") is not None:
        obj.__dict__["_content_z"] = _store.add(state["_content_z"])
    obj.__class__ = _compact_class(cls)
    return obj


def _compact_class(cls):
    compact = _compact_classes.get(cls)
    if compact is None:
        # Pelican derives setting names from the class name (ARTICLE_URL), so it is kept.
        compact = type(
            cls.__name__,
            (cls,),
            {
                "_content": property(_get_body, _set_body),
                "get_content": _get_content,
                "get_static_links": _get_static_links,
                "__reduce_ex__": _reduce,
                "_pelican_class": cls,  # the class below, also from a subclass (frozen URLs)
                "__module__": __name__,
                "__qualname__": f"Compact{cls.__name__}",
                "__doc__": f"{cls.__name__} holding its body compressed.",
            },
        )
        _compact_classes[cls] = compact
    return compact


def is_compact(obj):
    return isinstance(obj, tuple(_compact_classes.values()))


def wanted(settings):
    """COMPACT_BODIES; "auto" is on unless Pelican's reader-level cache keeps every body for
    the whole build anyway (a compressed copy would only add to it)."""
    setting = settings.get("COMPACT_BODIES", "auto")
    if setting == "auto":
        return not (settings.get("CACHE_CONTENT") and settings.get("CONTENT_CACHING_LAYER") == "reader")
    return bool(setting)


def compact(obj, packed=None):
    """Swap `obj` (a Pelican content object) for its compact subclass, body included;
    `packed` is pack_body(body, settings) when a worker already made it."""
    if is_compact(obj):
        return
    body = obj.__dict__.pop("_content", None)
    obj.__class__ = _compact_class(type(obj))
    _set_body(obj, body, packed)
