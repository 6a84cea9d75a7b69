"""Pelican glue: the planet generator. It reads the cache (never the network), merges our own
published posts in, and writes planet/, planet/2/, ... through Pelican's writer with the theme's
planet.html, the planet's Atom and RSS feeds, its OPML, and the cached avatars."""

import logging
import os
import shutil

from pelican.generators import Generator
from pelican.paginator import PaginationRule, Paginator

from . import cache as planet_cache
from .config import ConfigError, FeedConfig, local_tags, validate
from .merge import held_back
from .outputs import PlanetAtomFeed, PlanetRssFeed, render_feed, render_opml
from .parse import identity
from .sanitize import html_to_text
from .view import load_feeds, planet_model

logger = logging.getLogger(__name__)
LOCAL_SLUG = "@local"  # slugify() never makes an "@"


def cache_dir(settings):
    return os.path.abspath(settings["PLANET_CACHE_PATH"])


def local_feed(settings):
    origin = settings.get("SITE_ORIGIN", "")
    feed_path = settings.get("FEED_ALL_ATOM") or settings.get("FEED_ATOM")
    return FeedConfig(
        name=html_to_text(settings.get("SITENAME", "")) or "This site",
        url=f"{origin}/{feed_path}" if feed_path and origin else origin + "/",
        slug=LOCAL_SLUG,
        author=settings.get("AUTHOR") or None,
        local=True,
    )


def local_entries(articles, settings):
    """Our published posts as planet entries (PLANET_INCLUDE_LOCAL: all, some tags, or none)."""
    tags = local_tags(settings)
    if tags is False:
        return []
    origin = settings.get("SITE_ORIGIN", "")
    entries = []
    # Newest first: a post older than PLANET_MAX_ENTRIES newer ones of ours can never be shown.
    for article in sorted(articles, key=lambda a: a.date, reverse=True):
        if len(entries) >= settings["PLANET_MAX_ENTRIES"]:
            break
        if tags and not {tag.name.lower() for tag in getattr(article, "tags", [])} & tags:
            continue
        link = f"{origin}/{article.url}"
        date = article.date.isoformat()
        entries.append(
            {
                "key": identity(link),
                "id": link,
                "link": link,
                "local_path": article.url,
                "title": html_to_text(article.title),
                "author": settings.get("AUTHOR"),
                "summary": article.metadata.get("summary"),
                "content": article.get_content(origin),
                "base": link,
                "tags": [tag.name for tag in getattr(article, "tags", [])],
                "published": date,
                "first_seen": date,
                "position": 0,
            }
        )
    return entries


def planet_paginator(settings, views):
    """Pelican's Paginator with the planet's own URL patterns (planet/, planet/2/, ...)."""
    rules = (
        PaginationRule(1, "{url}", "{save_as}"),
        PaginationRule(2, settings["PLANET_PAGE_URL"], settings["PLANET_PAGE_SAVE_AS"]),
    )
    return Paginator(
        settings["PLANET_SAVE_AS"],
        settings["PLANET_URL"],
        views,
        {**settings, "PAGINATION_PATTERNS": rules, "DEFAULT_ORPHANS": 0},
        settings["PLANET_PER_PAGE"],
    )


class PlanetGenerator(Generator):
    def generate_context(self):
        """Check the configuration only: the cache is read when the planet is written, after
        every post page is out (less held in memory while they are rendered), and our own
        posts join then, once every generator has registered what they link to."""
        self.views, self.subscriptions, self.faces = [], [], {}
        try:
            self._feeds = validate(self.settings)
        except ConfigError:
            self._feeds = None  # already reported at `initialized`; the build fails on it

    def _build_model(self):
        directory = cache_dir(self.settings)
        loaded = load_feeds(
            self._feeds,
            directory,
            lambda problem: logger.warning("planet: %s (run `invoke planet` again)", problem),
            keep_bodies=self.settings["PLANET_MAX_ENTRIES"],
        )
        self.faces = self._cached_faces(directory, loaded)
        limit = self.settings["PLANET_BURST_LIMIT"]
        for feed, _state, entries in loaded:
            if not feed.local and (held := len(held_back(entries, limit))):
                logger.info("planet: %s: %d entries held back by the burst guard", feed.name, held)
        local = local_feed(self.settings)
        loaded.append(
            (local, {"feed_url": local.url}, local_entries(self.context.get("articles", []), self.settings))
        )
        self.views, self.subscriptions = planet_model(self.settings, loaded, self.faces, cache_dir=directory)

    def _cached_faces(self, directory, loaded):
        """{feed slug: output path} for avatars that `invoke planet` cached."""
        faces = {}
        for feed, state, _entries in loaded:
            name = (state.get("face") or {}).get("file")
            if feed.face and name and os.path.isfile(os.path.join(planet_cache.faces_dir(directory), name)):
                faces[feed.slug] = f"{self.settings['PLANET_FACES_DIR'].strip('/')}/{name}"
        return faces

    def generate_output(self, writer):
        if getattr(self, "_feeds", None) is None:
            return
        self._build_model()
        settings = self.settings
        template = self.get_template("planet")
        paginator = planet_paginator(settings, self.views)
        pages = [paginator.page(number) for number in paginator.page_range]
        for index, page in enumerate(pages):
            writer.write_file(
                page.save_as,
                template,
                self.context,
                relative_urls=settings["RELATIVE_URLS"],
                template_name="planet",
                page_name="planet",
                planet_page=page,
                planet_paginator=paginator,
                planet_previous_page=pages[index - 1] if index else None,
                planet_next_page=pages[index + 1] if index + 1 < len(pages) else None,
                planet_subscriptions=self.subscriptions,
            )
        self._write_feeds()
        self._copy_faces()

    def _write(self, relative, text):
        path = os.path.join(self.output_path, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        logger.info('Writing "%s"', path)

    def _write_feeds(self):
        settings = self.settings
        origin = settings.get("SITE_ORIGIN", "")
        title = f"{settings['PLANET_TITLE']}: {html_to_text(settings.get('SITENAME', ''))}"
        views = self.views[: settings["PLANET_FEED_MAX_ITEMS"]]
        for key, feed_class in (("PLANET_ATOM", PlanetAtomFeed), ("PLANET_RSS", PlanetRssFeed)):
            if settings.get(key):
                self._write(
                    settings[key],
                    render_feed(
                        feed_class,
                        views,
                        title=title,
                        link=f"{origin}/{settings['PLANET_URL']}",
                        feed_url=f"{origin}/{settings[key]}",
                        description=settings["PLANET_DESCRIPTION"],
                        language=settings.get("DEFAULT_LANG"),
                    ),
                )
        if settings.get("PLANET_OPML"):
            dates = [sub.updated for sub in self.subscriptions if sub.updated]
            self._write(
                settings["PLANET_OPML"],
                render_opml(
                    self.subscriptions,
                    title=title,
                    owner=settings.get("AUTHOR"),
                    date_modified=max(dates) if dates else None,
                ),
            )

    def _copy_faces(self):
        source = planet_cache.faces_dir(cache_dir(self.settings))
        for relative in self.faces.values():
            target = os.path.join(self.output_path, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(source, os.path.basename(relative)), target)
