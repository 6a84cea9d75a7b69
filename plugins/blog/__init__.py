"""Lectern's blog essentials: code-block frames, generated Pygments CSS, table of contents,
reading time, neighbours and related posts, absolute feed URLs, sitemap, metadata checks."""

import logging
import os

from pelican import signals

from . import parallel_reading, parallel_writing
from .codeblocks import CodeBlockFormatter
from .feed_urls import absolutize_feed, clear_cache
from .frozen_urls import freeze_site_urls
from .markdown_reader import LecternMarkdownReader
from .post_extras import (
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
    "PARALLEL_READERS": "auto",  # worker processes rendering Markdown; "auto" = CPU count, 0 = off
    "PARALLEL_WRITERS": "auto",  # processes rendering pages; "auto" = CPU count, 1 = off
}


def site_origin(settings):
    return (settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "").rstrip("/")


def configure(pelican):
    _written.clear()
    _articles_by_url.clear()
    clear_cache()
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    # Absolute origin for canonical links, Open Graph, JSON-LD, feeds and the sitemap, even in
    # a local build where SITEURL is empty and page links are relative.
    pelican.settings["SITE_ORIGIN"] = site_origin(pelican.settings)
    codehilite = pelican.settings["MARKDOWN"].setdefault("extension_configs", {}).setdefault(
        "markdown.extensions.codehilite", {}
    )
    codehilite.setdefault("pygments_formatter", CodeBlockFormatter)


def use_lectern_reader(readers):
    for extension in LecternMarkdownReader.file_extensions:
        readers.reader_classes[extension] = LecternMarkdownReader


def start_parallel_reading(generator):
    """Hand the Markdown files the generators will read to worker processes."""
    settings = generator.settings
    reader = generator.readers.readers.get("md")
    if not isinstance(reader, LecternMarkdownReader):
        return
    paths = []
    for key, exclude in (("ARTICLE_PATHS", "ARTICLE_EXCLUDES"), ("PAGE_PATHS", "PAGE_EXCLUDES")):
        for name in generator.get_files(settings[key], exclude=settings[exclude], extensions=reader.file_extensions):
            path = os.path.abspath(os.path.join(generator.path, name))
            if generator.readers.get_cached_data(path, None) is None:  # not fresh in Pelican's cache
                paths.append(path)
    parallel_reading.start(paths, reader.render, parallel_reading.worker_count(settings["PARALLEL_READERS"]))


def stop_parallel_reading(generators):
    parallel_reading.stop()
    settings = generators[0].settings if generators else {}
    parallel_writing.plan(generators, parallel_reading.worker_count(settings.get("PARALLEL_WRITERS", 1)))


class LecternWriter(parallel_writing.ShardedWriter):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        parallel_writing.fork_writers(self, lambda: dict(_written))


def use_lectern_writer(pelican):
    return LecternWriter


def _add_text_extras(content, settings):
    statistics = text_statistics(content._content)
    content.reading_time = reading_minutes(content._content, settings["READING_WORDS_PER_MINUTE"], statistics)
    content.word_count = statistics[0]
    content.plain_summary = plain_text(content.summary)
    content.show_toc = getattr(content, "toc_headings", 0) >= settings["TOC_MIN_HEADINGS"]


def add_post_extras(generator):
    settings = generator.settings
    articles = generator.articles
    related = RelatedPostsIndex(articles)
    for article, older, newer in chronological_neighbours(articles):
        article.prev_article, article.next_article = older, newer
    for article in articles:
        _articles_by_url[article.url] = article
        article.related_posts = related.related(article, settings["RELATED_POSTS_MAX"])
    everything = articles + generator.translations + generator.drafts + generator.hidden_articles
    for article in everything:
        _add_text_extras(article, settings)
    freeze_site_urls(everything)


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
    if content is not None and getattr(content, "status", "published") != "published":
        return
    lastmod = getattr(content, "modified", None) or getattr(content, "date", None)
    _written[os.path.relpath(path, context["OUTPUT_PATH"])] = lastmod


def write_sitemap_and_styles(pelican):
    for records in parallel_writing.collect():
        _written.update(records)
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]
    with open(os.path.join(output, "sitemap.xml"), "w", encoding="utf-8") as f:
        f.write(render_sitemap(site_origin(settings), _written.items()))
    css_path = os.path.join(output, settings["THEME_STATIC_DIR"], PYGMENTS_CSS_PATH)
    os.makedirs(os.path.dirname(css_path), exist_ok=True)
    with open(css_path, "w", encoding="utf-8") as f:
        f.write(pygments_stylesheet(settings["PYGMENTS_STYLE_LIGHT"], settings["PYGMENTS_STYLE_DARK"]))


def register():
    signals.initialized.connect(configure)
    signals.readers_init.connect(use_lectern_reader)
    signals.article_generator_init.connect(start_parallel_reading)
    signals.all_generators_finalized.connect(stop_parallel_reading)
    signals.article_generator_finalized.connect(add_post_extras)
    signals.page_generator_finalized.connect(add_page_extras)
    signals.get_writer.connect(use_lectern_writer)
    signals.feed_generated.connect(absolute_feed_urls)
    signals.content_written.connect(remember_written)
    signals.finalized.connect(write_sitemap_and_styles)
