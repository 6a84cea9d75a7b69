"""Fixed URLs for posts, pages, tags, categories and authors once they are final.

Pelican recomputes `article.url` (and `save_as`) from its settings template on every access,
and a theme asks for URLs dozens of times per page: at a thousand posts that is a tenth of the
build. After the generators have finalized their content nothing changes a URL any more, so
each object's class is swapped for a subclass whose url/save_as are computed on first use only.
"""

_frozen_classes = {}
FROZEN_ATTRIBUTES = ("url", "save_as")
SLOTS = tuple(f"_frozen_{attribute}" for attribute in FROZEN_ATTRIBUTES)  # where the values are kept


def _once(attribute, cls):
    """A getter computing `attribute` with `cls`'s own property the first time only."""
    original = getattr(cls, attribute)
    slot = f"_frozen_{attribute}"

    def getter(self):
        value = self.__dict__.get(slot)
        if value is None:
            value = self.__dict__[slot] = original.fget(self)
        return value

    return getter


def _frozen_class(cls):
    frozen = _frozen_classes.get(cls)
    if frozen is None:
        # Pelican derives setting names from the class name (TAG_URL, ARTICLE_SAVE_AS), so the
        # subclass keeps its parent's __name__; its __qualname__ is what pickle looks up.
        name = f"Frozen{cls.__name__}"
        frozen = type(
            cls.__name__,
            (cls,),
            {
                **{attribute: property(_once(attribute, cls)) for attribute in FROZEN_ATTRIBUTES},
                "__module__": __name__,
                "__qualname__": name,
                "__reduce_ex__": _reduce_as_original,
                "__doc__": f"{cls.__name__} with its url and save_as computed once.",
            },
        )
        _frozen_classes[cls] = frozen
    return frozen


def _reduce_as_original(self, protocol):
    """Pickled (Pelican's generator-level cache) as its parent class would be: the frozen
    subclass only exists in the process that made it."""
    parent = type(self).__mro__[1]
    state = {key: value for key, value in self.__dict__.items() if not key.startswith("_frozen_")}
    if parent.__reduce_ex__ is object.__reduce_ex__:
        return (_rebuild, (parent, state))
    unfrozen = parent.__new__(parent)  # a parent with its own pickling (compact bodies)
    unfrozen.__dict__.update(state)
    return unfrozen.__reduce_ex__(protocol)


def _rebuild(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


def freeze_urls(obj):
    if type(obj) not in _frozen_classes.values():
        obj.__class__ = _frozen_class(type(obj))


def freeze_site_urls(contents):
    """Freeze every content object and the tags, categories and authors they point at."""
    wrappers = {}
    for content in contents:
        for wrapper in [
            getattr(content, "category", None),
            *getattr(content, "tags", []),
            *getattr(content, "authors", []),
        ]:
            if wrapper is not None:
                wrappers[id(wrapper)] = wrapper
        freeze_urls(content)
    for wrapper in wrappers.values():
        freeze_urls(wrapper)
