"""Rebuilds that render only the pages whose inputs changed.

With Pelican's content cache on (`invoke livereload`), a rebuild still renders every page.
We remember, per output, a fingerprint of everything it was rendered from: the build as a whole
(settings, templates, plugin code, Pelican's version, and the title, URL, dates, status,
category, tags and summary of every post and page, which any template may show) and the data
passed for that output (the post itself; for a listing page, what a listing shows of its posts,
or the whole posts if its template shows a post's body). What is derived from a post's body
(reading time in listings; word count on its own page) counts there only: a theme that shows it
elsewhere must turn OUTPUT_MEMO off. A page whose
fingerprint and file on disk are unchanged is not rendered again. Anything we cannot
fingerprint (a plugin's own objects) is always rendered: a miss costs time, never correctness.
"""

import datetime
import hashlib
import os
import pickle
import re
from pathlib import Path

import pelican
from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper

MEMO_FILE = "lectern-output-memo.pickle"
FORMAT = 2
# What a listing shows of a post; a template that shows a post's body (`.content`) gets the
# whole post in its fingerprint instead.
SITE_ATTRIBUTES = (
    "url",
    "title",
    "date",
    "modified",
    "status",
    "category",
    "tags",
    "authors",
    "summary",
    "lang",
)
_TEMPLATE_REFERENCE = re.compile(r"""{%-?\s*(?:include|extends|import|from)\s+["']([^"']+)["']""")
_USES_BODY = re.compile(r"\.content\b|get_content\(")


class Unknown(Exception):
    """A value we cannot fingerprint."""


class _Fingerprinter:
    def __init__(self, content_hashes):
        self.content_hashes = content_hashes  # id(content) -> digest

    def feed(self, out, value):
        if value is None or isinstance(value, (str, int, float, bool)):
            out.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, datetime.date):
            out.update(f"date:{value.isoformat()};".encode())
        elif isinstance(value, Content):
            digest = self.content_hashes.get(id(value))
            if digest is None:
                raise Unknown(value)
            out.update(digest)
        elif isinstance(value, URLWrapper):
            out.update(f"{type(value).__name__}:{value.name}:{value.url};".encode())
        elif isinstance(value, (list, tuple)):
            out.update(b"[")
            for item in value:
                self.feed(out, item)
            out.update(b"]")
        elif isinstance(value, dict):
            out.update(b"{")
            for key in sorted(value, key=str):
                out.update(f"{key}=".encode())
                self.feed(out, value[key])
            out.update(b"}")
        elif isinstance(value, Page):
            self.feed(out, ("page", value.number, value.object_list))
        elif isinstance(value, Paginator):
            self.feed(out, ("paginator", value.num_pages, value.per_page, value.object_list))
        else:
            raise Unknown(value)

    def digest(self, *values):
        out = hashlib.sha256()
        for value in values:
            self.feed(out, value)
        return out.digest()


def settings_signature(settings, ignored=("CACHE_PATH", "LOAD_CONTENT_CACHE", "JINJA_ENVIRONMENT")):
    """A digest of the settings, the plugins' code and Pelican's version: what reading depends on."""
    fingerprinter = _Fingerprinter({})
    out = hashlib.sha256()
    for key in sorted(settings):
        if key in ignored:
            continue
        out.update(key.encode())
        try:
            fingerprinter.feed(out, settings[key])
        except Unknown:
            out.update(type(settings[key]).__name__.encode())
    out.update(pelican.__version__.encode())
    out.update(_files_digest(settings.get("PLUGIN_PATHS", []), {".py"}).encode())
    return out.hexdigest()


def _files_digest(roots, suffixes):
    out = hashlib.sha256()
    for root in roots:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file() and path.suffix in suffixes:
                out.update(str(path).encode())
                out.update(path.read_bytes())
    return out.hexdigest()


class OutputMemo:
    def __init__(self, settings, contents, static_paths=()):
        self.path = os.path.join(settings["CACHE_PATH"], MEMO_FILE)
        self.output_path = settings["OUTPUT_PATH"]
        full, listed = {}, {}
        fingerprinter = _Fingerprinter({})
        site = hashlib.sha256()
        for content in contents:
            own, shown, identity = hashlib.sha256(), hashlib.sha256(), hashlib.sha256()
            try:
                # The source file stands for everything read from it (Pelican's content cache
                # trusts the same stamps); the rest is what the build derived from it.
                stat = os.stat(content.source_path)
                fingerprinter.feed(
                    own, (content.source_path, stat.st_mtime_ns, stat.st_size, content.url, content.save_as)
                )
                extras = getattr(content, "extras", None)
                reading_time = getattr(extras, "reading_time", None)
                fingerprinter.feed(
                    own, [getattr(extras, a, None) for a in ("reading_time", "word_count", "show_toc")]
                )
                fingerprinter.feed(
                    shown, [getattr(content, a, None) for a in SITE_ATTRIBUTES] + [reading_time]
                )
                fingerprinter.feed(identity, [getattr(content, a, None) for a in SITE_ATTRIBUTES])
            except (Unknown, OSError, TypeError):
                continue
            full[id(content)], listed[id(content)] = own.digest(), shown.digest()
            site.update(identity.digest())
        self.fingerprints = {True: _Fingerprinter(full), False: _Fingerprinter(listed)}
        self._body_templates = {}
        site.update("\n".join(sorted(static_paths)).encode())  # {static} links resolve against these
        site.update(settings_signature(settings).encode())
        site.update(_files_digest([settings["THEME"]], {".html", ".css", ".js", ".xml", ".txt"}).encode())
        self.build = site.hexdigest()
        self.entries = self._load()
        self.new_entries = {}
        self._capturing = None

    def _load(self):
        try:
            with open(self.path, "rb") as f:
                data = pickle.load(f)
            if data.get("format") == FORMAT and data.get("build") == self.build:
                return data["entries"]
        except Exception:  # no memo yet, or an unreadable one: render everything
            pass
        return {}

    def shows_body(self, template):
        """Whether `template`, or a template it includes or extends, shows a post's body."""
        name = getattr(template, "name", None)
        if name is None:
            return True
        if name not in self._body_templates:
            self._body_templates[name] = True  # while we look (and if we cannot look)
            seen, queue, found = set(), [name], False
            while queue and not found:
                current = queue.pop()
                if current in seen:
                    continue
                seen.add(current)
                try:
                    source = template.environment.loader.get_source(template.environment, current)[0]
                except Exception:
                    found = True
                    break
                found = bool(_USES_BODY.search(source))
                queue.extend(_TEMPLATE_REFERENCE.findall(source))
            self._body_templates[name] = found
        return self._body_templates[name]

    def signature(self, name, *values, body=True):
        try:
            return self.fingerprints[body].digest(name, *values)
        except Unknown:
            return None

    def unchanged(self, name, signature):
        """The sitemap records of `name`'s files if they can be kept as they are, else None."""
        entry = self.entries.get(name)
        if signature is None or entry is None or entry[0] != signature:
            return None
        for relative, size, mtime, _record in entry[1]:
            try:
                stat = os.stat(os.path.join(self.output_path, relative))
            except OSError:
                return None
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return None
        self.new_entries[name] = entry
        return [(relative, record) for relative, _size, _mtime, record in entry[1]]

    def begin(self, name):
        self._capturing = (name, [])

    def capture(self, path, record):
        if self._capturing is not None:
            self._capturing[1].append((path, record))

    def end(self, signature):
        name, written = self._capturing
        self._capturing = None
        if signature is None:
            return
        files = []
        for path, record in written:
            stat = os.stat(path)
            files.append((os.path.relpath(path, self.output_path), stat.st_size, stat.st_mtime_ns, record))
        self.new_entries[name] = (signature, files)

    def save(self, more_entries=()):
        entries = dict(self.new_entries)
        for extra in more_entries:
            entries.update(extra)
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = f"{self.path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as f:
            pickle.dump({"format": FORMAT, "build": self.build, "entries": entries}, f)
        os.replace(temporary, self.path)
