"""A planet inside the site: other blogs' feeds and our own posts merged into planet/ (paginated),
planet/atom.xml, planet/rss.xml and planet/opml.xml.

`invoke planet` fetches the feeds (the only network use) into PLANET_CACHE_PATH; the build
reads that cache only. The plain modules (config, fetch, cache, parse, merge, sanitize, view,
outputs, run) know nothing of Pelican; generator.py is the glue.
"""

import logging

from pelican import signals

from .config import DEFAULTS, ConfigError, validate
from .generator import PlanetGenerator

__all__ = ["ConfigError", "fetch_all", "main", "register"]


def fetch_all(*args, **kwargs):
    """`invoke planet`'s fetch; imported on use, so that builds never load the HTTP client."""
    from .run import fetch_all as run_fetch_all

    return run_fetch_all(*args, **kwargs)


def main(*args, **kwargs):
    from .run import main as run_main

    return run_main(*args, **kwargs)


logger = logging.getLogger(__name__)
NAV_TITLE = "Planet"


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    sections = list(settings.get("NAV_SECTIONS") or [])  # a new list: never the default's own
    if not any(link == settings["PLANET_URL"] for _title, link in sections):
        sections.append((NAV_TITLE, settings["PLANET_URL"]))
    settings["NAV_SECTIONS"] = sections
    try:
        validate(settings)
    except ConfigError as problem:
        logger.error("planet: %s", problem)


def add_generator(pelican):
    return PlanetGenerator


def register():
    signals.initialized.connect(configure)
    signals.get_generators.connect(add_generator)
