"""Lectern's blog essentials: code-block frames, generated Pygments CSS, table of contents,
reading time, neighbours and related posts, absolute feed URLs, sitemap, metadata checks,
redirect pages and `_redirects` from `Redirect-From` metadata."""

import copy
import logging
import os
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from pelican import signals
from pelican.writers import Writer

from . import build_cache, content_checks, engagement, pelican_compat, redirects
from .codeblocks import CodeBlockFormatter
from .feed_urls import absolutize_feed, clear_cache
from .incremental import OutputRecords, Signer
from .markdown_reader import TEXT_FACTS, LecternMarkdownReader
from .markdown_render import source_digest
from .post_extras import (
    PostExtras,
    PostLink,
    RelatedPostsIndex,
    chronological_neighbours,
    plain_text,
    reading_minutes,
    text_statistics,
)
from .pygments_css import pygments_stylesheet
from .render_pool import RenderPool
from .sitemap import render_sitemap

logger = logging.getLogger(__name__)
PYGMENTS_CSS_PATH = os.path.join("css", "pygments.css")  # under THEME_STATIC_DIR
MIN_POOL_FILES = 12  # below this, starting worker processes costs more than it saves

DEFAULTS = {
    "PYGMENTS_STYLE_LIGHT": "default",
    "PYGMENTS_STYLE_DARK": "vim",
    "TOC_MIN_HEADINGS": 4,
    "RELATED_POSTS_MAX": 3,
    "READING_WORDS_PER_MINUTE": 230,
    "EXTRA_METADATA_KEYS": ["image", "image_alt"],
    "SOCIAL_IMAGE": None,
    "TWITTER_USERNAME": "",
    "SOCIAL": (),  # Pelican's (name, url) pairs: the footer links them with rel="me"
    "FEDIVERSE_CREATOR": "",  # "@me@example.social": <meta name="fediverse:creator">
    "NAV_SECTIONS": [],
    "SEARCH_ENABLED": True,
    "SEARCH_URL": "search/",
    "PARALLEL_READERS": "auto",  # worker processes rendering Markdown; "auto" = CPUs - 1, 0 = off
    "LECTERN_CACHE": True,  # reuse rendered Markdown and unchanged pages (False: a cold build)
    "LECTERN_PREVIOUS_OUTPUT": "",  # set by lectern.build: the output this build replaces
    "LECTERN_COLD": False,  # set by lectern.build for `invoke rebuild`: read no cache, reuse nothing
    "REDIRECTS_FILE": "_redirects",  # Netlify/Cloudflare redirects from Redirect-From; None: no file
    "COMMENTS": None,  # {"provider": "mastodon"} or {"provider": "giscus", ...}: loaded on a click
    "ANALYTICS": None,  # {"provider": "plausible" or "umami", "host": ..., "site": ...}: publish builds
}


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
    `_build` is it, from the first generator's readers until the next build starts."""

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


_build = None


def site_origin(settings):
    return (settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "").rstrip("/")


def configure(pelican):
    global _build
    if _build is not None:
        _build.close_pool()
    clear_cache()
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    settings["JINJA_ENVIRONMENT"] = {**settings["JINJA_ENVIRONMENT"], "bytecode_cache": BYTECODE_CACHE}
    # Absolute origin for canonical links, Open Graph, JSON-LD, feeds and the sitemap, even in
    # a local build where SITEURL is empty and page links are relative.
    settings["SITE_ORIGIN"] = site_origin(settings)
    # The path the site is served under ("/" or "/blog/"), for scripts that build URLs.
    settings["SITE_BASE_PATH"] = urlsplit(settings["SITEURL"] or "/").path.rstrip("/") + "/"
    # A copy: Pelican's reader and our plugins add to it, and the dict a settings file made may be
    # shared with the next build in this process (a settings file that imports another one).
    settings["MARKDOWN"] = copy.deepcopy(settings["MARKDOWN"])
    codehilite = (
        settings["MARKDOWN"]
        .setdefault("extension_configs", {})
        .setdefault("markdown.extensions.codehilite", {})
    )
    codehilite.setdefault("pygments_formatter", CodeBlockFormatter)
    configure_engagement(settings)
    _build = None  # made when the first generator is, once every plugin has configured


def configure_engagement(settings):
    """COMMENTS and ANALYTICS as the theme reads them (LECTERN_COMMENTS, LECTERN_ANALYTICS);
    analytics only in a publish build (RELATIVE_URLS off). A bad setting fails the build."""
    settings["LECTERN_COMMENTS"] = settings["LECTERN_ANALYTICS"] = None
    try:
        settings["LECTERN_COMMENTS"] = engagement.comments_config(settings["COMMENTS"])
        if not settings.get("RELATIVE_URLS"):
            settings["LECTERN_ANALYTICS"] = engagement.analytics_config(settings["ANALYTICS"])
    except engagement.SettingError as error:
        logger.error("%s", error)


def check_mastodon_threads(articles):
    for article in articles:
        value = article.metadata.get("mastodon")
        if value is not None and (problem := engagement.mastodon_problem(value)):
            logger.error("%s: %s", content_checks.display_path(article.source_path), problem)


def use_lectern_reader(readers):
    """The first generator's readers: the settings are final, so the build can be signed."""
    global _build
    if _build is None or _build.settings is not readers.settings:
        _build = Build(readers.settings)
    for extension in LecternMarkdownReader.file_extensions:
        readers.reader_classes[extension] = LecternMarkdownReader
    LecternMarkdownReader.build = _build


def start_parallel_reading(generator):
    """Hand the Markdown files the generators will read, and that no cache holds, to workers."""
    settings = generator.settings
    reader = generator.readers.readers.get("md")
    setting = settings["PARALLEL_READERS"]
    # "auto": one worker per CPU but one, since this process renders too (from the other end).
    workers = max((os.cpu_count() or 1) - 1, 1) if setting == "auto" else int(setting or 0)
    if (
        _build is None
        or _build.pool is not None
        or not isinstance(reader, LecternMarkdownReader)
        or workers < 1
    ):
        return
    paths = []
    for key, exclude in (("ARTICLE_PATHS", "ARTICLE_EXCLUDES"), ("PAGE_PATHS", "PAGE_EXCLUDES")):
        for name in generator.get_files(
            settings[key], exclude=settings[exclude], extensions=reader.file_extensions
        ):
            path = os.path.abspath(os.path.join(generator.path, name))
            if _build.cached(path) is None:
                paths.append(path)
    if len(paths) >= MIN_POOL_FILES:
        from .markdown_render import render_in_worker, setup_worker

        # Workers import this plugin by name: Pelican loads plugins without adding their
        # folders to sys.path, and a worker starts from the parent's sys.path.
        for folder in settings["PLUGIN_PATHS"]:
            if os.path.abspath(folder) not in sys.path:
                sys.path.append(os.path.abspath(folder))
        _build.pool = RenderPool(
            paths,
            render_in_worker,
            setup_worker,
            (settings["MARKDOWN"], settings["FORMATTED_FIELDS"]),
            workers=workers,
        )


def prepare_writing(generators):
    """Reading is over: stop the workers, keep what was rendered, sign what the pages read."""
    if _build is None:
        return
    _build.close_pool()
    _build.save_rendered()
    if not generators:
        return
    settings = generators[0].settings
    context = generators[0].context
    theme = build_cache.files_digest(
        [os.path.join(settings["THEME"], "templates")], {".html", ".xml", ".txt"}
    )
    _build.records = OutputRecords(
        _build.manifest_path(),
        None if settings["LECTERN_COLD"] else settings["LECTERN_PREVIOUS_OUTPUT"] or None,
        settings["OUTPUT_PATH"],
    )
    _build.signer = Signer(_build.digest + theme, settings, context, _build.records.template_names(theme))


class PageByPage:
    """What Pelican's writer renders each page of a paginated output with: the template, or the
    previous build's page when its signature is as recorded (Pelican then writes the same text)."""

    def __init__(self, template, sign):
        self.template = template
        self.sign = sign
        self.signatures = {}  # output file -> its signature

    def render(self, localcontext):
        name = localcontext["output_file"]
        signature = self.signatures[name] = self.sign(localcontext)
        text = _build.records.previous_text(("page", name), signature)
        return text if text is not None else self.template.render(localcontext)

    def __getattr__(self, name):  # name, environment, ...: the template's
        return getattr(self.template, name)


class LecternWriter(Writer):
    """Pelican's writer; an output whose inputs are as recorded is linked from the previous build."""

    def _unchanged(self, key, signature, context):
        records = _build.records
        reused = records.reuse(key, signature)
        if reused is None:
            return False
        for relative in reused:
            signals.content_written.send(os.path.join(self.output_path, relative), context=context)
        return True

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        def write(template=template):
            return super(LecternWriter, self).write_file(
                name,
                template,
                context,
                relative_urls,
                paginated,
                template_name,
                override_output,
                url,
                **kwargs,
            )

        if not name or _build is None or _build.signer is None:
            return write()
        pages = (
            paginated
            if paginated is not None
            else {k: v for k, v in kwargs.items() if k in ("articles", "dates")}
        )
        paginating = bool(pages) and template_name in self.settings["PAGINATED_TEMPLATES"]
        key = ("file", name, relative_urls, template_name, override_output, url)
        if paginating:
            return self._write_page_by_page(key, template, write, list(pages))
        signature = _build.signer.page(key, template, context, kwargs, relative_urls)
        if self._unchanged(key, signature, {**context, **kwargs}):
            return None
        _build.capture = []
        try:
            write()
            _build.records.record(key, signature, _build.capture)
        finally:
            _build.capture = None

    def _write_page_by_page(self, key, template, write, paginated_keys):
        """A paginated output: each page signed from what its template is given, and taken from
        the previous build when that is unchanged (a post edited on page 7 renders page 7 again,
        and its neighbours, not pages 1 to 100)."""
        pages = PageByPage(
            template, lambda local: _build.signer.paginated_page(key, template, local, paginated_keys)
        )
        _build.capture = []
        try:
            write(pages)
            for path in _build.capture:
                relative = os.path.relpath(path, self.output_path)
                _build.records.record(("page", relative), pages.signatures.get(relative), [path])
        finally:
            _build.capture = None

    def write_feed(
        self, elements, context, path=None, url=None, feed_type="atom", override_output=False, feed_title=None
    ):
        def write():
            return super(LecternWriter, self).write_feed(
                elements, context, path, url, feed_type, override_output, feed_title
            )

        if not path or _build is None or _build.signer is None:
            return write()
        most = self.settings["FEED_MAX_ITEMS"]
        key = ("feed", path, url, feed_type, override_output, feed_title)
        signature = _build.signer.feed(key, elements[:most] if most else elements)
        if _build.records.reuse(key, signature) is not None:
            return None
        feed = write()
        _build.records.record(key, signature, [os.path.join(self.output_path, path)])
        return feed


def use_lectern_writer(pelican):
    return LecternWriter


def _extras(content):
    extras = content.__dict__.get("extras")
    if extras is None:
        extras = content.extras = PostExtras()
    return extras


def _add_text_extras(content, settings):
    extras = _extras(content)
    facts = getattr(content, TEXT_FACTS, None)
    toc_tokens, headings, statistics = (
        facts if facts else ([], 0, text_statistics(pelican_compat.raw_body(content)))
    )
    extras.toc_tokens = toc_tokens
    extras.show_toc = headings >= settings["TOC_MIN_HEADINGS"]
    extras.reading_time = reading_minutes(None, settings["READING_WORDS_PER_MINUTE"], statistics)
    extras.word_count = statistics[0]
    extras.plain_summary = plain_text(content.summary)


def fix_urls(contents):
    """Pelican formats a post's URL from its settings on every access, and a theme asks dozens of
    times a page; once the generators have finalized, nothing changes it, so it is set as the
    post's `url` override (what a `URL:` metadata line does), computed the usual way first."""
    for content in contents:
        if "override_url" not in content.__dict__:
            content.override_url = content.url


def add_post_extras(generator):
    settings = generator.settings
    articles = generator.articles
    everything = articles + generator.translations + generator.drafts + generator.hidden_articles
    fix_urls(everything)
    related = RelatedPostsIndex(articles)
    for article, older, newer in chronological_neighbours(articles):
        extras = _extras(article)
        extras.prev_article, extras.next_article = PostLink.to(older), PostLink.to(newer)
    for article in articles:
        if _build is not None:
            _build.articles_by_url[article.url] = article
        _extras(article).related_posts = [
            PostLink.to(p) for p in related.related(article, settings["RELATED_POSTS_MAX"])
        ]
    for article in everything:
        _add_text_extras(article, settings)
    check_mastodon_threads(everything)


def add_page_extras(generator):
    everything = generator.pages + generator.hidden_pages + generator.draft_pages + generator.translations
    fix_urls(everything)
    for page in everything:
        _add_text_extras(page, generator.settings)


def absolute_feed_urls(context, feed):
    origin = site_origin(context)
    if context.get("RELATIVE_URLS") and _build is not None:
        # Pelican joined intrasite links to an empty SITEURL ("posts/x/"); render them again
        # against the absolute origin so they cannot be mistaken for entry-relative links.
        for item in feed.items:
            article = _build.articles_by_url.get(item["link"].lstrip("/"))
            if article is None:
                continue
            if item.get("content"):
                item["content"] = article.get_content(origin)
            elif item.get("description") and not context.get("RSS_FEED_SUMMARY_ONLY"):
                item["description"] = article.get_content(origin)
    absolutize_feed(feed, origin)


def remember_written(path, context):
    if _build is None:
        return
    if _build.capture is not None:
        _build.capture.append(path)
    content = context.get("article") or context.get("page")
    if content is not None and getattr(content, "status", "published") != "published":
        return
    lastmod = getattr(content, "modified", None) or getattr(content, "date", None)
    _build.written[os.path.relpath(path, context["OUTPUT_PATH"])] = lastmod


def drop_feed_cache(generator, writer):
    clear_cache()  # the feeds are written


@dataclass(frozen=True)
class RedirectPage:
    """What the theme's redirect.html is given: the old path, and the post it moved to."""

    old: str
    url: str  # relative to the site root, as a post's url
    title: str


def collect_redirects(generators):
    """Everything is read: remember the contents with `Redirect-From`, what writes each file, and
    the context and templates the redirect pages are written with (at the end of the build)."""
    if _build is None or not generators:
        return
    contents = content_checks.every_content(generators)
    _build.redirect_claims = [
        (content, value)
        for content in contents
        if getattr(content, "status", "published") != "draft"
        and (value := redirects.metadata_value(content.metadata)) is not None
    ]
    if not _build.redirect_claims:
        return
    _build.context = generators[0].context
    _build.redirect_template = lambda: generators[0].get_template("redirect")
    outputs = {}
    for content in contents:
        if getattr(content, "save_as", None):
            outputs[content.save_as.replace(os.sep, "/")] = content_checks.display_path(content.source_path)
    for static in (_build.context.get("static_content") or {}).values():
        if getattr(static, "save_as", None):
            outputs[static.save_as.replace(os.sep, "/")] = content_checks.display_path(static.source_path)
    _build.outputs = outputs


def site_hosts(settings):
    """Host names (with ports) a full URL in `Redirect-From` may name: the site's own."""
    hosts = set()
    for key in ("SITEURL", "FEED_DOMAIN", "SITE_ORIGIN"):
        netloc = urlsplit(settings.get(key) or "").netloc
        if netloc:
            hosts.add(netloc)
    return hosts


def write_redirects(pelican):
    """A redirect page at each old path, through the writer (signed and reused like any page),
    and the `_redirects` file. A problem is logged (the build then fails) and nothing is written."""
    if _build is None or not _build.redirect_claims:
        return
    settings = pelican.settings
    claims = [
        (content_checks.display_path(content.source_path), content.url, value)
        for content, value in _build.redirect_claims
    ]
    found, problems = redirects.plan(claims, site_hosts(settings))
    written = {path.replace(os.sep, "/"): "a page the build writes" for path in _build.written}
    problems += redirects.output_conflicts(found, {**written, **_build.outputs})
    name = settings["REDIRECTS_FILE"]
    if name and name in _build.outputs:
        problems.append(
            f"{_build.outputs[name]} is written to {name}, as is REDIRECTS_FILE: set REDIRECTS_FILE = None"
        )
    for problem in problems:
        logger.error("%s", problem)
    if problems:
        return
    titles = {content.url: content.title for content, _value in _build.redirect_claims}
    writer = pelican_compat.site_writer(pelican)
    template = _build.redirect_template()
    for redirect in found:
        if redirect.output is None:
            continue
        page = RedirectPage(redirect.old, redirect.target, titles.get(redirect.target, ""))
        writer.write_file(
            redirect.output.replace("/", os.sep),
            template,
            _build.context,
            relative_urls=settings["RELATIVE_URLS"],
            redirect=page,
        )
        _build.redirect_pages.add(os.path.normpath(redirect.output))
    if name:
        with open(os.path.join(settings["OUTPUT_PATH"], name), "w", encoding="utf-8", newline="\n") as f:
            f.write(redirects.redirects_file(found, settings.get("SITE_BASE_PATH", "/")))


def write_sitemap_and_styles(pelican):
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]
    write_redirects(pelican)
    written = _build.written if _build is not None else {}
    if _build is not None and _build.redirect_pages:
        written = {path: lastmod for path, lastmod in written.items() if path not in _build.redirect_pages}
    with open(os.path.join(output, "sitemap.xml"), "w", encoding="utf-8") as f:
        f.write(render_sitemap(site_origin(settings), written.items()))
    css_path = os.path.join(output, settings["THEME_STATIC_DIR"], PYGMENTS_CSS_PATH)
    os.makedirs(os.path.dirname(css_path), exist_ok=True)
    with open(css_path, "w", encoding="utf-8") as f:
        f.write(pygments_stylesheet(settings["PYGMENTS_STYLE_LIGHT"], settings["PYGMENTS_STYLE_DARK"]))
    if _build is not None and _build.records is not None:
        _build.records.save()
        records = _build.records
        logger.info(
            "Pages and feeds: %d rendered, %d unchanged", records.asked - records.reused, records.reused
        )


def register():
    content_checks.register()  # first: content is cleaned before anything reads it
    signals.initialized.connect(configure)
    signals.readers_init.connect(use_lectern_reader)
    signals.article_generator_init.connect(start_parallel_reading)
    signals.all_generators_finalized.connect(prepare_writing)
    signals.all_generators_finalized.connect(collect_redirects)
    signals.article_generator_finalized.connect(add_post_extras)
    signals.page_generator_finalized.connect(add_page_extras)
    signals.get_writer.connect(use_lectern_writer)
    signals.feed_generated.connect(absolute_feed_urls)
    signals.content_written.connect(remember_written)
    signals.article_writer_finalized.connect(drop_feed_cache)
    signals.finalized.connect(write_sitemap_and_styles)
