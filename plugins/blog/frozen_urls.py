"""Fixed URLs for posts, pages, tags, categories and authors once they are final.

Pelican recomputes `article.url` (and `save_as`) from its settings template on every access,
and a theme asks for URLs dozens of times per page: at a thousand posts that is a tenth of the
build. After the generators have finalized their content nothing changes a URL any more, so
each object's class is swapped for a subclass whose url/save_as return the values computed once.
"""

_frozen_classes = {}


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
                "url": property(lambda self: self._frozen_url),
                "save_as": property(lambda self: self._frozen_save_as),
                "__module__": __name__,
                "__qualname__": name,
                "__doc__": f"{cls.__name__} with its url and save_as computed once.",
            },
        )
        globals()[name] = frozen  # so that pickle can find it
        _frozen_classes[cls] = frozen
    return frozen


def freeze_urls(obj):
    if type(obj) in _frozen_classes.values():
        return
    url, save_as = obj.url, obj.save_as
    obj.__class__ = _frozen_class(type(obj))
    obj._frozen_url, obj._frozen_save_as = url, save_as


def freeze_site_urls(contents):
    """Freeze every content object and the tags, categories and authors they point at."""
    wrappers = {}
    for content in contents:
        for wrapper in [getattr(content, "category", None), *getattr(content, "tags", []), *getattr(content, "authors", [])]:
            if wrapper is not None:
                wrappers[id(wrapper)] = wrapper
        freeze_urls(content)
    for wrapper in wrappers.values():
        freeze_urls(wrapper)
