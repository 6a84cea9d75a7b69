"""Lectern's blog essentials: code-block frames, generated Pygments CSS, table of contents,
reading time, neighbours and related posts, absolute feed URLs, sitemap, metadata checks,
redirect pages and `_redirects` from `Redirect-From` metadata."""

import copy
import logging
import os
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from pelican import signals

from . import build_cache, build_state, content_checks, engagement, pelican_compat, redirects
from .codeblocks import CodeBlockFormatter
from .feed_urls import absolutize_feed, clear_cache
from .incremental import OutputRecords, Signer
from .markdown_reader import TEXT_FACTS, LecternMarkdownReader
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
from .writer import LecternWriter

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


def site_origin(settings):
    return (settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "").rstrip("/")


def configure(pelican):
    if build_state.current is not None:
        build_state.current.close_pool()
    clear_cache()
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    settings["JINJA_ENVIRONMENT"] = {
        **settings["JINJA_ENVIRONMENT"],
        "bytecode_cache": build_state.BYTECODE_CACHE,
    }
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
    build_state.current = None  # made when the first generator is, once every plugin has configured


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
    if build_state.current is None or build_state.current.settings is not readers.settings:
        build_state.current = build_state.Build(readers.settings)
    for extension in LecternMarkdownReader.file_extensions:
        readers.reader_classes[extension] = LecternMarkdownReader
    LecternMarkdownReader.build = build_state.current


def start_parallel_reading(generator):
    """Hand the Markdown files the generators will read, and that no cache holds, to workers."""
    settings = generator.settings
    reader = generator.readers.readers.get("md")
    setting = settings["PARALLEL_READERS"]
    # "auto": one worker per CPU but one, since this process renders too (from the other end).
    workers = max((os.cpu_count() or 1) - 1, 1) if setting == "auto" else int(setting or 0)
    if (
        build_state.current is None
        or build_state.current.pool is not None
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
            if build_state.current.cached(path) is None:
                paths.append(path)
    if len(paths) >= MIN_POOL_FILES:
        from .markdown_render import render_in_worker, setup_worker

        # Workers import this plugin by name: Pelican loads plugins without adding their
        # folders to sys.path, and a worker starts from the parent's sys.path.
        for folder in settings["PLUGIN_PATHS"]:
            if os.path.abspath(folder) not in sys.path:
                sys.path.append(os.path.abspath(folder))
        build_state.current.pool = RenderPool(
            paths,
            render_in_worker,
            setup_worker,
            (settings["MARKDOWN"], settings["FORMATTED_FIELDS"]),
            workers=workers,
        )


def prepare_writing(generators):
    """Reading is over: stop the workers, keep what was rendered, sign what the pages read."""
    if build_state.current is None:
        return
    build_state.current.close_pool()
    build_state.current.save_rendered()
    if not generators:
        return
    settings = generators[0].settings
    context = generators[0].context
    theme = build_cache.files_digest(
        [os.path.join(settings["THEME"], "templates")], {".html", ".xml", ".txt"}
    )
    build_state.current.records = OutputRecords(
        build_state.current.manifest_path(),
        None if settings["LECTERN_COLD"] else settings["LECTERN_PREVIOUS_OUTPUT"] or None,
        settings["OUTPUT_PATH"],
    )
    build_state.current.signer = Signer(
        build_state.current.digest + theme,
        settings,
        context,
        build_state.current.records.template_names(theme),
    )


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
        if build_state.current is not None:
            build_state.current.articles_by_url[article.url] = article
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
    if context.get("RELATIVE_URLS") and build_state.current is not None:
        # Pelican joined intrasite links to an empty SITEURL ("posts/x/"); render them again
        # against the absolute origin so they cannot be mistaken for entry-relative links.
        for item in feed.items:
            article = build_state.current.articles_by_url.get(item["link"].lstrip("/"))
            if article is None:
                continue
            if item.get("content"):
                item["content"] = article.get_content(origin)
            elif item.get("description") and not context.get("RSS_FEED_SUMMARY_ONLY"):
                item["description"] = article.get_content(origin)
    absolutize_feed(feed, origin)


def remember_written(path, context):
    if build_state.current is None:
        return
    if build_state.current.capture is not None:
        build_state.current.capture.append(path)
    content = context.get("article") or context.get("page")
    if content is not None and getattr(content, "status", "published") != "published":
        return
    lastmod = getattr(content, "modified", None) or getattr(content, "date", None)
    build_state.current.written[os.path.relpath(path, context["OUTPUT_PATH"])] = lastmod


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
    if build_state.current is None or not generators:
        return
    contents = content_checks.every_content(generators)
    build_state.current.redirect_claims = [
        (content, value)
        for content in contents
        if getattr(content, "status", "published") != "draft"
        and (value := redirects.metadata_value(content.metadata)) is not None
    ]
    if not build_state.current.redirect_claims:
        return
    build_state.current.context = generators[0].context
    build_state.current.redirect_template = lambda: generators[0].get_template("redirect")
    outputs = {}
    for content in contents:
        if getattr(content, "save_as", None):
            outputs[content.save_as.replace(os.sep, "/")] = content_checks.display_path(content.source_path)
    for static in (build_state.current.context.get("static_content") or {}).values():
        if getattr(static, "save_as", None):
            outputs[static.save_as.replace(os.sep, "/")] = content_checks.display_path(static.source_path)
    build_state.current.outputs = outputs


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
    if build_state.current is None or not build_state.current.redirect_claims:
        return
    settings = pelican.settings
    claims = [
        (content_checks.display_path(content.source_path), content.url, value)
        for content, value in build_state.current.redirect_claims
    ]
    found, problems = redirects.plan(claims, site_hosts(settings))
    written = {path.replace(os.sep, "/"): "a page the build writes" for path in build_state.current.written}
    problems += redirects.output_conflicts(found, {**written, **build_state.current.outputs})
    name = settings["REDIRECTS_FILE"]
    if name and name in build_state.current.outputs:
        problems.append(
            f"{build_state.current.outputs[name]} is written to {name}, as is REDIRECTS_FILE: set REDIRECTS_FILE = None"
        )
    for problem in problems:
        logger.error("%s", problem)
    if problems:
        return
    titles = {content.url: content.title for content, _value in build_state.current.redirect_claims}
    writer = pelican_compat.site_writer(pelican)
    template = build_state.current.redirect_template()
    for redirect in found:
        if redirect.output is None:
            continue
        page = RedirectPage(redirect.old, redirect.target, titles.get(redirect.target, ""))
        writer.write_file(
            redirect.output.replace("/", os.sep),
            template,
            build_state.current.context,
            relative_urls=settings["RELATIVE_URLS"],
            redirect=page,
        )
        build_state.current.redirect_pages.add(os.path.normpath(redirect.output))
    if name:
        with open(os.path.join(settings["OUTPUT_PATH"], name), "w", encoding="utf-8", newline="\n") as f:
            f.write(redirects.redirects_file(found, settings.get("SITE_BASE_PATH", "/")))


def write_sitemap_and_styles(pelican):
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]
    write_redirects(pelican)
    written = build_state.current.written if build_state.current is not None else {}
    if build_state.current is not None and build_state.current.redirect_pages:
        written = {
            path: lastmod
            for path, lastmod in written.items()
            if path not in build_state.current.redirect_pages
        }
    with open(os.path.join(output, "sitemap.xml"), "w", encoding="utf-8") as f:
        f.write(render_sitemap(site_origin(settings), written.items()))
    css_path = os.path.join(output, settings["THEME_STATIC_DIR"], PYGMENTS_CSS_PATH)
    os.makedirs(os.path.dirname(css_path), exist_ok=True)
    with open(css_path, "w", encoding="utf-8") as f:
        f.write(pygments_stylesheet(settings["PYGMENTS_STYLE_LIGHT"], settings["PYGMENTS_STYLE_DARK"]))
    if build_state.current is not None and build_state.current.records is not None:
        build_state.current.records.save()
        records = build_state.current.records
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
