"""Post bodies held compressed while a build runs.

Rendered HTML is most of what a build holds (about 14 KB a post: 55 MB at 4,000 posts) and a
body is read a few times only: its own page, its summary, a few feeds. zlib at level 3 keeps a
fifth of it, costs about 85 µs a post to compress and 40 µs to read back. Each content object's
class is swapped for a subclass whose `_content` is stored compressed.

Pelican memoizes get_content() for every post for the whole build, which would bring every
body back; the subclass computes it on each call instead (the same function of the same
inputs, so the output does not change).

The compressed bodies are packed into a few large buffers rather than one bytes object each:
a forked writer process that reads a body then touches one buffer's header, where separate
objects would each cost it a private copy of a memory page.
"""

import zlib

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
    if value is None:
        self.__dict__["_content_z"] = None
    else:
        self.__dict__["_content_z"] = _store.add(pack(value) if packed is None else packed)
    self.__dict__["_may_link_static"] = value is not None and ("static" in value or "attach" in value)


def _get_static_links(self):
    """Pelican's Content.get_static_links, which keeps only {static} and {attach} links: a body
    without either word has none, and is not decompressed and scanned to find that out."""
    if not self.__dict__.get("_may_link_static", True):
        return set()
    mro = type(self).__mro__
    below = next(mro[i + 1] for i, cls in enumerate(mro) if cls in _compact_classes.values())
    return below.get_static_links(self)


def _get_content(self, siteurl):
    """Pelican's Content.get_content, without its memo."""
    content = self._get_content() if hasattr(self, "_get_content") else self._content
    return self._update_content(content, siteurl)


def _reduce(self, protocol):
    """Pickled (Pelican's generator-level cache) with the body still compressed, rebuilt by
    reference to Pelican's class: the subclass exists only in the process that made it."""
    state = dict(self.__dict__)
    if state.get("_content_z") is not None:
        state["_content_z"] = _store.get(state["_content_z"])
    return (_rebuild, (type(self).__mro__[1], state))


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
        compact = type(cls.__name__, (cls,), {
            "_content": property(_get_body, _set_body),
            "get_content": _get_content,
            "get_static_links": _get_static_links,
            "__reduce_ex__": _reduce,
            "__module__": __name__,
            "__qualname__": f"Compact{cls.__name__}",
            "__doc__": f"{cls.__name__} holding its body compressed.",
        })
        _compact_classes[cls] = compact
    return compact


def is_compact(obj):
    return any(isinstance(obj, compact) for compact in _compact_classes.values())


def wanted(settings):
    """COMPACT_BODIES; "auto" is on unless Pelican's reader-level cache keeps every body for
    the whole build anyway (a compressed copy would only add to it)."""
    setting = settings.get("COMPACT_BODIES", "auto")
    if setting == "auto":
        return not (settings.get("CACHE_CONTENT") and settings.get("CONTENT_CACHING_LAYER") == "reader")
    return bool(setting)


def pack(body):
    """A body compressed the way compact() stores it (a worker process can do this part)."""
    return zlib.compress(body.encode(), LEVEL)


def compact(obj, packed=None):
    """Swap `obj` (a Pelican content object) for its compact subclass, body included;
    `packed` is pack(body) when a worker already made it."""
    if is_compact(obj):
        return
    body = obj.__dict__.pop("_content", None)
    obj.__class__ = _compact_class(type(obj))
    _set_body(obj, body, packed)
