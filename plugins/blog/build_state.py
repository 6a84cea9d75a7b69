"""What one build knows beyond Pelican's own objects, and the compiled-template cache.

One build runs at a time in a process; `current` is it, from the first generator's readers
until the next build starts (the blog plugin's receivers set it and read it).
"""

import os

from jinja2 import BytecodeCache, FileSystemBytecodeCache

from . import build_cache
from .markdown_render import source_digest

current = None


class BuildBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the process, and in the build's cache
    folder when there is one. Pelican gives each generator a Jinja environment of its own, so
    base.html and the partials were compiled once per generator; now the first compiles and the
    others load its bytecode (Jinja checks the source's checksum, so an edited template is
    compiled again; it writes a file whole or not at all, and skips one it cannot read)."""

    def __init__(self):
        self.compiled = {}
        self.files = None  # a FileSystemBytecodeCache in the build's cache folder

    def use_folder(self, folder):
        if folder is None:
            self.files = None
        else:
            os.makedirs(folder, exist_ok=True)
            self.files = FileSystemBytecodeCache(folder)

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
        elif self.files is not None:
            self.files.load_bytecode(bucket)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()
        if self.files is not None:
            self.files.dump_bytecode(bucket)


BYTECODE_CACHE = BuildBytecodeCache()


class Build:
    """What one build knows beyond Pelican's own objects. One build runs at a time in a process;
    `current` is it, from the first generator's readers until the next build starts."""

    def __init__(self, settings):
        self.settings = settings
        self.written = {}  # output path -> lastmod, for the sitemap
        self.articles_by_url = {}  # article.url -> article, for re-rendering feed content
        self.pool = None
        self.signer = None
        self.records = None
        self.folder = None
        self.rendered = {}  # reader cache: source path -> (digest of its bytes, rendered)
        self.rendered_now = {}
        self.capture = None  # while the writer renders one output: the paths it writes
        self.context = None  # the site's context, once the generators have read everything
        self.redirect_claims = []  # (content, its Redirect-From value)
        self.redirect_template = None  # a function giving the theme's redirect template
        self.outputs = {}  # output path -> source file, for posts, pages, talks and static files
        self.redirect_pages = set()  # output paths of this build's redirect pages
        self.digest = build_cache.settings_signature(settings)
        if settings["LECTERN_CACHE"]:
            self.folder = build_cache.cache_folder(settings["CACHE_PATH"], self.digest)
            settings["LECTERN_CACHE_FOLDER"] = self.folder
            BYTECODE_CACHE.use_folder(os.path.join(self.folder, "templates"))
            if not settings["LECTERN_COLD"]:
                loaded = build_cache.load(self._path("markdown"), "rendered Markdown")
                self.rendered = loaded if isinstance(loaded, dict) else {}
        else:
            BYTECODE_CACHE.use_folder(None)

    def _path(self, name):
        return os.path.join(self.folder, f"{name}.pickle")

    def manifest_path(self):
        if self.folder is None:
            return None
        output = os.path.abspath(self.settings["LECTERN_PREVIOUS_OUTPUT"] or self.settings["OUTPUT_PATH"])
        return self._path("outputs-" + build_cache.Digest().add(output).hexdigest()[:16])

    def cached(self, path):
        """The rendered Markdown of `path` if the cache has it for the file's present bytes."""
        found = self.rendered.get(path)
        if found is None:
            return None
        with open(path, "rb") as f:
            if found[0] != source_digest(f.read()):
                return None
        self.rendered_now[path] = found
        return found[1]

    def render(self, path, converters):
        """`path` rendered: from the cache, by a worker if one has it, or here; remembered with
        the digest of the bytes that were rendered, for the next build."""
        found = self.cached(path)
        if found is not None:
            return found
        answer = self.pool.take(path) if self.pool is not None else None
        if answer is None:
            made = converters.render(path)
        elif answer[0]:
            made = answer[1]
        else:
            raise answer[1]
        self.rendered_now[path] = made
        return made[1]

    def close_pool(self):
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.close()

    def save_rendered(self):
        """Save what was rendered for the next build, then let go of it (the posts keep what they use)."""
        if self.folder is not None and self.rendered_now != self.rendered:
            build_cache.save(self._path("markdown"), self.rendered_now)
        self.rendered = self.rendered_now = {}
