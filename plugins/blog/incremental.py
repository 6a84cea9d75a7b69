"""Pages rendered again only when something they were rendered from changed.

Each output records a signature: the build's digest (settings, plugin code, library versions,
every template of the theme) and a digest of every value its template can read. Which values
that is comes from the template's source (jinja2.meta: the undeclared names of the template
and of every template it includes, extends or imports), taken from what the writer passes to
it: the site-wide context and the page's own arguments. A template whose includes cannot be
known ahead of time is signed with the whole context. A post, page or talk is signed with all
of its attributes and its body; when its body or metadata links to other content
(`{filename}`, `{static}`, ...), with every URL of the site as well. Values we cannot sign
make the page render every time: a miss costs time, never correctness.

A build writes into a folder of its own; an output whose signature and file on disk are as
recorded is hard-linked there from the previous output instead of rendered. So an output whose
source is gone is simply not there, and a build that fails leaves the previous output whole.
"""

import datetime
import hashlib
import os
import re
import shutil

from jinja2 import meta, nodes
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

from . import build_cache, pelican_compat

# Set by Pelican's writer for each page from its name, URL and settings, never from data.
DERIVED_NAMES = {"SITEURL", "localsiteurl", "output_file"}
PAGINATION_SUFFIXES = ("_paginator", "_page", "_previous_page", "_next_page")
# An object may say what it was made from: a string that changes whenever anything in it would
# (e.g. a talk's transcript: the digest of its subtitle file and the options it was read with).
DECLARED = "lectern_signature"
CONTENT_SKIP = {"settings", *pelican_compat.PRIVATE_CONTENT_STATE}


class Unknown(Exception):
    """A value that cannot be signed."""


def _slots(obj):
    names = []
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                names.append(name)
    return names


class Signer:
    """Digests of the values a template may read, each object signed once per build."""

    def __init__(self, build_digest, settings, context, template_names=None):
        self.build_digest = build_digest
        self.context = context
        self.link_syntax = re.compile(r"=\s*[\"']?" + settings["INTRASITE_LINK_REGEX"])
        self._memo = {}  # id -> (object, digest): holding the object keeps its id unique
        self._visiting = set()
        self._link_map = None
        self._names = template_names if template_names is not None else {}

    def link_map(self):
        """Every URL of the site: what `{filename}` and `{static}` links resolve against."""
        if self._link_map is None:
            digest = build_cache.Digest()
            for key in ("generated_content", "static_content"):
                found = self.context.get(key) or {}
                digest.add(
                    sorted(
                        (str(path), getattr(c, "url", None), getattr(c, "save_as", None))
                        for path, c in found.items()
                    )
                )
            self._link_map = digest.hexdigest().encode()
        return self._link_map

    def value(self, value):
        """Bytes that stand for `value`: itself, tagged, for plain values; a digest otherwise."""
        kind = type(value)
        if kind is str:
            return b"s%d:%s" % (len(value), value.encode("utf-8", "surrogatepass"))
        if value is None or kind in (bool, int, float):
            return f"{kind.__name__}:{value!r};".encode()
        if kind is bytes:
            return b"b%d:%s" % (len(value), value)
        if isinstance(value, (str, int, float)):  # Markup, enums: their class and their value
            plain = next(base for base in (str, int, float) if isinstance(value, base))
            return f"{kind.__qualname__}:".encode() + self.value(plain(value))
        key = id(value)
        found = self._memo.get(key)
        if found is not None:
            return found[1]
        if key in self._visiting:  # a cycle (translations of translations)
            return f"cycle:{type(value).__qualname__}:{getattr(value, 'source_path', '')}".encode()
        self._visiting.add(key)
        try:
            digest = self._sign(value)
        finally:
            self._visiting.discard(key)
        self._memo[key] = (value, digest)
        return digest

    def _sign(self, value):
        h = hashlib.sha256(type(value).__qualname__.encode())
        if isinstance(value, (list, tuple)):
            for item in value:
                h.update(self.value(item))
        elif isinstance(value, dict):
            names = list(value)
            names.sort(key=repr if any(type(n) is not str for n in names) else None)
            for name in names:
                h.update(self.value(name))
                h.update(self.value(value[name]))
        elif isinstance(value, (set, frozenset)):
            for item in sorted(self.value(item) for item in value):
                h.update(item)
        elif isinstance(value, Content):
            self._sign_content(h, value)
        elif isinstance(value, URLWrapper):  # its URLs follow from its name, slug and the settings
            h.update(b"%s\0%s" % (str(value.name).encode(), str(value.slug).encode()))
        elif isinstance(value, datetime.tzinfo):
            h.update(f"{getattr(value, 'key', None)}:{value}".encode())
        elif hasattr(value, "isoformat") or isinstance(value, re.Pattern):
            h.update(build_cache.Digest().add(value).hash.digest())
        elif isinstance(value, type) or callable(value) and hasattr(value, "__qualname__"):
            h.update(f"{getattr(value, '__module__', '')}.{value.__qualname__}".encode())
        elif isinstance(getattr(value, DECLARED, None), str):
            h.update(getattr(value, DECLARED).encode())
        elif hasattr(value, "__dict__") or _slots(value):
            fields = dict(getattr(value, "__dict__", {}))
            fields.update({name: getattr(value, name) for name in _slots(value)})
            fields.pop("settings", None)
            h.update(self._sign(fields))  # a temporary dict: signed, not remembered
        else:
            raise Unknown(type(value).__qualname__)
        return h.digest()

    def _sign_content(self, h, content):
        fields = {name: v for name, v in vars(content).items() if name not in CONTENT_SKIP}
        h.update(self._sign(fields))  # a temporary dict: signed, not remembered
        linked = False
        for text in (pelican_compat.raw_body(content), pelican_compat.raw_summary(content)):
            if text:
                h.update(hashlib.sha256(str(text).encode("utf-8", "surrogatepass")).digest())
                linked = linked or bool(self.link_syntax.search(text))
            else:
                h.update(b"-")
        metadata = content.__dict__.get("metadata") or {}
        linked = linked or any(isinstance(v, str) and self.link_syntax.search(v) for v in metadata.values())
        if linked:
            h.update(self.link_map())

    def template_names(self, template):
        """The names `template` can read from its context, or None when that cannot be known."""
        return self._template_facts(template)[0]

    def _template_facts(self, template):
        """(names it reads or None, whether it reads no more of a paginator than its counts)."""
        name = template.name
        if name not in self._names:
            environment = template.environment
            names, seen, queue, counts_only = set(), set(), [name], True
            while queue:
                current = queue.pop()
                if current in seen:
                    continue
                seen.add(current)
                try:
                    source = environment.loader.get_source(environment, current)[0]
                    tree = environment.parse(source)
                except Exception:
                    names = None
                    break
                names |= meta.find_undeclared_variables(tree)
                counts_only = counts_only and _paginators_for_counts_only(tree)
                referenced = list(meta.find_referenced_templates(tree))
                if None in referenced:  # an include chosen at render time
                    names = None
                    break
                queue.extend(referenced)
            self._names[name] = (names, counts_only and names is not None)
        return self._names[name]

    def paginated_page(self, key, template, localcontext, paginated_keys):
        """The signature of one page of a paginated output, from what Pelican gives its template:
        the page's own items (and its neighbours'), not the whole list, when the template reads
        no more of the paginator than its counts."""
        names, counts_only = self._template_facts(template)
        if names is None:
            names = set(localcontext)
        read = {}
        for name in sorted(names):
            if name in DERIVED_NAMES:
                continue
            value = localcontext.get(name, ("<not in the context>",))
            suffix = next((s for k in paginated_keys for s in PAGINATION_SUFFIXES if name == f"{k}{s}"), None)
            if suffix is not None and value is not None:
                value = self._pagination(suffix, value, counts_only)
            read[name] = value
        read["localsiteurl"] = localcontext.get("localsiteurl")
        try:
            h = hashlib.sha256(self.build_digest.encode())
            h.update(self._sign(key))
            h.update(self._sign((template.name, localcontext.get("output_file"))))
            h.update(self._sign(read))
        except Unknown:
            return None
        return h.hexdigest()

    @staticmethod
    def _pagination(suffix, value, counts_only):
        paginator = value if suffix == "_paginator" else value.paginator
        whole = (paginator.num_pages, paginator.count, paginator.per_page)
        if not counts_only:
            whole += (tuple(paginator.object_list),)
        if suffix == "_paginator":
            return ("paginator", *whole)
        return ("page", value.number, value.url, value.save_as, tuple(value.object_list), *whole)

    def page(self, key, template, context, kwargs, relative_urls):
        """The signature of one write_file call that is not paginated (paginated ones are signed
        page by page, paginated_page), or None when it cannot be signed."""
        names = self.template_names(template)
        local = {**context, **kwargs}
        if names is None:
            names = set(local)
        read = {}
        for name in sorted(names):
            if name in DERIVED_NAMES:
                continue
            read[name] = local.get(name, ("<not in the context>",))
        if not relative_urls:
            read["localsiteurl"] = context.get("localsiteurl")
        try:
            h = hashlib.sha256(self.build_digest.encode())
            h.update(self._sign(key))
            h.update(self.value(template.name))
            h.update(self._sign(read))
        except Unknown:
            return None
        return h.hexdigest()

    def feed(self, key, elements):
        try:
            h = hashlib.sha256(self.build_digest.encode())
            h.update(self._sign(key))
            h.update(self._sign(list(elements)))
        except Unknown:
            return None
        return h.hexdigest()


PAGINATOR_COUNTS = {"num_pages", "count", "per_page", "page_range", "orphans"}


def _paginators_for_counts_only(tree):
    """Whether every use of a `*_paginator` in the template is one of its counts, and no page's
    `.paginator` is followed (which would lead to every item of every page)."""
    uses = [n for n in tree.find_all(nodes.Name) if n.name.endswith("_paginator")]
    counts = [
        n
        for n in tree.find_all(nodes.Getattr)
        if isinstance(n.node, nodes.Name)
        and n.node.name.endswith("_paginator")
        and n.attr in PAGINATOR_COUNTS
    ]
    followed = any(
        n.attr in ("paginator", "object_list") and not _is_page_items(n) for n in tree.find_all(nodes.Getattr)
    )
    return len(uses) == len(counts) and not followed


def _is_page_items(node):
    """`<x>_page.object_list` (and its neighbours'): the page's own items, which are signed."""
    return (
        node.attr == "object_list"
        and isinstance(node.node, nodes.Name)
        and node.node.name.endswith(("_page", "_previous_page", "_next_page"))
    )


def _identity(path):
    stat = os.stat(path)
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


class OutputRecords:
    """The signatures of the previous build's outputs, and of this build's as they are made."""

    def __init__(self, manifest_path, previous_output, output_path):
        self.manifest_path = manifest_path
        self.previous_output = previous_output
        self.output_path = output_path
        loaded = build_cache.load(manifest_path, "output") if manifest_path and previous_output else None
        self.previous = loaded if isinstance(loaded, dict) else {}
        self.current = {}
        self.asked = self.reused = 0  # outputs, and outputs linked from the previous build

    def _unchanged_sources(self, key, signature):
        """[(relative path, path in the previous output)] of `key`'s files if its signature is as
        recorded and every file is still the one recorded; else None."""
        entry = self.previous.get(key)
        self.asked += 1
        if signature is None or entry is None or entry[0] != signature:
            return None
        sources = []
        for relative, identity in entry[1]:
            source = os.path.join(self.previous_output, relative)
            try:
                if _identity(source) != identity:
                    return None
            except OSError:
                return None
            sources.append((relative, source))
        return sources

    def reuse(self, key, signature):
        """Link `key`'s recorded files from the previous output; their relative paths, or None."""
        sources = self._unchanged_sources(key, signature)
        if sources is None:
            return None
        files = []
        for relative, source in sources:
            target = os.path.join(self.output_path, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.lexists(target):
                os.unlink(target)
            try:
                os.link(source, target)
            except OSError:  # another file system: copy, and record the copy
                shutil.copy2(source, target)
            files.append((relative, _identity(target)))
        self.current[key] = (signature, files)
        self.reused += 1
        return [relative for relative, _identity_ in files]

    def record(self, key, signature, paths):
        """`key` was rendered now, into `paths` (absolute)."""
        if signature is not None:
            self.current[key] = (
                signature,
                [(os.path.relpath(p, self.output_path), _identity(p)) for p in paths],
            )

    def previous_text(self, key, signature):
        """The previous build's text of `key`'s one file if its signature and file are as recorded."""
        sources = self._unchanged_sources(key, signature)
        if sources is None or len(sources) != 1:
            return None
        try:
            with open(sources[0][1], encoding="utf-8", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            return None
        self.reused += 1
        return text

    def template_names(self, theme_digest):
        """What each template reads, as found by the last build with these very templates; the
        dict is filled in by the Signer and saved with the records."""
        key = ("template names", theme_digest)
        names = self.previous.get(key)
        self.current[key] = names = dict(names) if isinstance(names, dict) else {}
        return names

    def save(self):
        if self.manifest_path:
            build_cache.save(self.manifest_path, self.current)
