"""Lectern's blog essentials: code-block frames, generated Pygments CSS, table of contents,
reading time, neighbours and related posts, absolute feed URLs, sitemap, metadata checks."""

import logging
import os
import shutil
from urllib.parse import urlsplit

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from pelican import signals
from pelican.contents import Static

from . import content_checks, parallel_reading, parallel_writing
from .codeblocks import CodeBlockFormatter
from .compact_bodies import compact
from .compact_bodies import wanted as compact_wanted
from .feed_urls import absolutize_feed, clear_cache
from .frozen_urls import SLOTS as FROZEN_SLOTS
from .frozen_urls import freeze_site_urls
from .markdown_reader import TEXT_FACTS, LecternMarkdownReader, forget_packed_bodies, packed_body
from .output_memo import OutputMemo, settings_signature
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
from .sitemap import render_sitemap

logger = logging.getLogger(__name__)
PYGMENTS_CSS_PATH = os.path.join("css", "pygments.css")  # under THEME_STATIC_DIR
_written = {}  # output path -> lastmod, filled while the writer works
_articles_by_url = {}  # article.url -> article, for re-rendering feed content
_memo = {"current": None}  # the OutputMemo of this build, when Pelican's content cache is on

DEFAULTS = {
    "PYGMENTS_STYLE_LIGHT": "default",
    "PYGMENTS_STYLE_DARK": "vim",
    "TOC_MIN_HEADINGS": 4,
    "RELATED_POSTS_MAX": 3,
    "READING_WORDS_PER_MINUTE": 230,
    "EXTRA_METADATA_KEYS": ["image", "image_alt"],
    "SOCIAL_IMAGE": None,
    "TWITTER_USERNAME": "",
    "NAV_SECTIONS": [],
    "SEARCH_ENABLED": False,
    "SEARCH_URL": "search/",
    "PARALLEL_READERS": "auto",  # worker processes rendering Markdown; "auto" = CPU count, 0 = off
    "PARALLEL_WRITERS": "auto",  # processes rendering pages; "auto" = CPU count, 1 = off
    "OUTPUT_MEMO": True,  # with the content cache on, render only pages whose inputs changed
    "COMPACT_BODIES": "auto",  # hold post bodies compressed; "auto": unless Pelican's reader cache holds them
}


class BuildBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for one build. Pelican gives each generator a Jinja
    environment of its own, so base.html and the partials were compiled once per generator;
    now the first compiles and the others load its bytecode. Nothing outlives the build."""

    def __init__(self):
        self.compiled = {}

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def site_origin(settings):
    return (settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "").rstrip("/")


def configure(pelican):
    _written.clear()
    _articles_by_url.clear()
    clear_cache()
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    if pelican.settings.get("CACHE_CONTENT"):
        # Pelican's content cache knows files by their time stamps only: read with other settings
        # or another version of a plugin, its entries would be stale. Each combination gets a
        # cache folder of its own (the older ones are removed).
        pelican.settings["CACHE_PATH"] = use_cache_namespace(
            pelican.settings["CACHE_PATH"], settings_signature(pelican.settings)[:16]
        )
        # Rebuilds (livereload) keep compiled templates too.
        cache = os.path.join(pelican.settings["CACHE_PATH"], "jinja")
        os.makedirs(cache, exist_ok=True)
        bytecode_cache = FileSystemBytecodeCache(cache)
    else:
        bytecode_cache = BuildBytecodeCache()
    pelican.settings["JINJA_ENVIRONMENT"] = {
        **pelican.settings["JINJA_ENVIRONMENT"],
        "bytecode_cache": bytecode_cache,
    }
    # Absolute origin for canonical links, Open Graph, JSON-LD, feeds and the sitemap, even in
    # a local build where SITEURL is empty and page links are relative.
    pelican.settings["SITE_ORIGIN"] = site_origin(pelican.settings)
    # The path the site is served under ("/" or "/blog/"), for scripts that build URLs.
    pelican.settings["SITE_BASE_PATH"] = urlsplit(pelican.settings["SITEURL"] or "/").path.rstrip("/") + "/"
    codehilite = (
        pelican.settings["MARKDOWN"]
        .setdefault("extension_configs", {})
        .setdefault("markdown.extensions.codehilite", {})
    )
    codehilite.setdefault("pygments_formatter", CodeBlockFormatter)


def use_cache_namespace(cache_path, signature):
    root = cache_path.rstrip(os.sep)
    if os.path.basename(root).startswith("lectern-"):  # already namespaced (autoreload)
        root = os.path.dirname(root)
    namespaced = os.path.join(root, f"lectern-{signature}")
    if os.path.isdir(root):
        for name in os.listdir(root):
            if name.startswith("lectern-") and name != os.path.basename(namespaced):
                shutil.rmtree(os.path.join(root, name), ignore_errors=True)
    os.makedirs(namespaced, exist_ok=True)
    return namespaced


def use_lectern_reader(readers):
    for extension in LecternMarkdownReader.file_extensions:
        readers.reader_classes[extension] = LecternMarkdownReader


def prepare_content(instance):
    """A new post or page gets Lectern's attributes now, in one fixed order, so that CPython
    keeps one shared key table for all of them (see PostExtras); its body is compressed."""
    if isinstance(instance, Static):
        return
    for key in ("extras", *FROZEN_SLOTS):
        instance.__dict__.setdefault(key, None)
    if compact_wanted(instance.settings):
        compact(instance, packed_body(instance.source_path, instance.__dict__.get("_content")))


def start_parallel_reading(generator):
    """Hand the Markdown files the generators will read to worker processes."""
    settings = generator.settings
    reader = generator.readers.readers.get("md")
    if not isinstance(reader, LecternMarkdownReader):
        return
    paths = []
    for key, exclude in (("ARTICLE_PATHS", "ARTICLE_EXCLUDES"), ("PAGE_PATHS", "PAGE_EXCLUDES")):
        for name in generator.get_files(
            settings[key], exclude=settings[exclude], extensions=reader.file_extensions
        ):
            path = os.path.abspath(os.path.join(generator.path, name))
            if generator.readers.get_cached_data(path, None) is None:  # not fresh in Pelican's cache
                paths.append(path)
    parallel_reading.start(
        paths, reader.render_in_worker, parallel_reading.worker_count(settings["PARALLEL_READERS"])
    )


def prepare_writing(generators):
    parallel_reading.stop()
    forget_packed_bodies()
    settings = generators[0].settings if generators else {}
    parallel_writing.plan(generators, parallel_reading.worker_count(settings.get("PARALLEL_WRITERS", 1)))
    _memo["current"] = None
    if settings.get("OUTPUT_MEMO") and settings.get("CACHE_CONTENT"):
        contents = []
        for generator in generators:
            for attribute in (
                "articles",
                "translations",
                "drafts",
                "drafts_translations",
                "hidden_articles",
                "hidden_translations",
                "pages",
                "hidden_pages",
                "draft_pages",
            ):
                contents.extend(getattr(generator, attribute, []))
        static = list(generators[0].context.get("static_content", {})) if generators else []
        _memo["current"] = OutputMemo(settings, contents, static)


class LecternWriter(parallel_writing.ShardedWriter):
    """Pelican's writer, sharded across processes, skipping outputs whose inputs are unchanged."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.reuse = bool(settings and settings.get("LOAD_CONTENT_CACHE"))
        parallel_writing.fork_writers(self, _records_for_parent, compile_first=not self.reuse)

    def _memoized(self, name, signature_values, write, template=None):
        memo = _memo["current"]
        if memo is None or (self.sharding and not parallel_writing.mine(name)):
            return write()
        body = template is None or memo.shows_body(template)
        signature = memo.signature(name, *signature_values, body=body)
        records = memo.unchanged(name, signature) if self.reuse else None
        if records is not None:
            for relative, record in records:
                if record is not None:
                    _written[relative] = record[0]
            return None
        memo.begin(name)
        try:
            return write()
        finally:
            memo.end(signature)

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
        values = (
            getattr(template, "name", None),
            relative_urls,
            paginated,
            template_name,
            override_output,
            url,
            kwargs,
        )
        return self._memoized(
            name,
            values,
            lambda: super(LecternWriter, self).write_file(
                name,
                template,
                context,
                relative_urls,
                paginated,
                template_name,
                override_output,
                url,
                **kwargs,
            ),
            template,
        )

    def write_feed(
        self, elements, context, path=None, url=None, feed_type="atom", override_output=False, feed_title=None
    ):
        if not path:
            return super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)
        values = (
            list(elements[: self.settings["FEED_MAX_ITEMS"]]),
            url,
            feed_type,
            override_output,
            feed_title,
        )
        return self._memoized(
            path,
            values,
            lambda: super(LecternWriter, self).write_feed(
                elements, context, path, url, feed_type, override_output, feed_title
            ),
        )


def _records_for_parent():
    memo = _memo["current"]
    return dict(_written), (memo.new_entries if memo else {})


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
    toc_tokens, headings, statistics = facts if facts else ([], 0, text_statistics(content._content))
    extras.toc_tokens = toc_tokens
    extras.show_toc = headings >= settings["TOC_MIN_HEADINGS"]
    extras.reading_time = reading_minutes(None, settings["READING_WORDS_PER_MINUTE"], statistics)
    extras.word_count = statistics[0]
    extras.plain_summary = plain_text(content.summary)


def add_post_extras(generator):
    settings = generator.settings
    articles = generator.articles
    everything = articles + generator.translations + generator.drafts + generator.hidden_articles
    freeze_site_urls(everything)  # first: everything below asks for URLs
    related = RelatedPostsIndex(articles)
    for article, older, newer in chronological_neighbours(articles):
        extras = _extras(article)
        extras.prev_article, extras.next_article = PostLink.to(older), PostLink.to(newer)
    for article in articles:
        _articles_by_url[article.url] = article
        _extras(article).related_posts = [
            PostLink.to(p) for p in related.related(article, settings["RELATED_POSTS_MAX"])
        ]
    for article in everything:
        _add_text_extras(article, settings)


def add_page_extras(generator):
    everything = generator.pages + generator.hidden_pages + generator.draft_pages + generator.translations
    for page in everything:
        _add_text_extras(page, generator.settings)
    freeze_site_urls(everything)


def absolute_feed_urls(context, feed):
    origin = site_origin(context)
    if context.get("RELATIVE_URLS"):
        # Pelican joined intrasite links to an empty SITEURL ("posts/x/"); render them again
        # against the absolute origin so they cannot be mistaken for entry-relative links.
        for item in feed.items:
            article = _articles_by_url.get(item["link"].lstrip("/"))
            if article is None:
                continue
            if item.get("content"):
                item["content"] = article.get_content(origin)
            elif item.get("description") and not context.get("RSS_FEED_SUMMARY_ONLY"):
                item["description"] = article.get_content(origin)
    absolutize_feed(feed, origin)


def remember_written(path, context):
    content = context.get("article") or context.get("page")
    memo = _memo["current"]
    if content is not None and getattr(content, "status", "published") != "published":
        if memo:
            memo.capture(path, None)
        return
    lastmod = getattr(content, "modified", None) or getattr(content, "date", None)
    relative = os.path.relpath(path, context["OUTPUT_PATH"])
    _written[relative] = lastmod
    if memo:
        memo.capture(path, (lastmod,))


def drop_feed_cache(generator, writer):
    clear_cache()  # the feeds are written


def write_sitemap_and_styles(pelican):
    memo_entries = []
    for written, entries in parallel_writing.collect():
        _written.update(written)
        memo_entries.append(entries)
    if _memo["current"] is not None:
        _memo["current"].save(memo_entries)
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]
    with open(os.path.join(output, "sitemap.xml"), "w", encoding="utf-8") as f:
        f.write(render_sitemap(site_origin(settings), _written.items()))
    css_path = os.path.join(output, settings["THEME_STATIC_DIR"], PYGMENTS_CSS_PATH)
    os.makedirs(os.path.dirname(css_path), exist_ok=True)
    with open(css_path, "w", encoding="utf-8") as f:
        f.write(pygments_stylesheet(settings["PYGMENTS_STYLE_LIGHT"], settings["PYGMENTS_STYLE_DARK"]))


def register():
    content_checks.register()  # first: content is cleaned before prepare_content packs it
    signals.initialized.connect(configure)
    signals.readers_init.connect(use_lectern_reader)
    signals.content_object_init.connect(prepare_content)
    signals.article_generator_init.connect(start_parallel_reading)
    signals.all_generators_finalized.connect(prepare_writing)
    signals.article_generator_finalized.connect(add_post_extras)
    signals.page_generator_finalized.connect(add_page_extras)
    signals.get_writer.connect(use_lectern_writer)
    signals.feed_generated.connect(absolute_feed_urls)
    signals.content_written.connect(remember_written)
    signals.article_writer_finalized.connect(drop_feed_cache)
    signals.finalized.connect(write_sitemap_and_styles)
