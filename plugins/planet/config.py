"""Planet settings: every default in one place (DEFAULTS) and validation of PLANET_FEEDS.

A configuration problem raises ConfigError; it is the only thing that makes `invoke planet` exit
non-zero, and it fails the build too. Everything else (a feed that is down, a broken body) is
reported per feed and never stops the run.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULTS = {
    "PLANET_FEEDS": [],
    "PLANET_CACHE_PATH": "planet-cache",  # relative to the folder pelican and invoke run in
    "PLANET_INCLUDE_LOCAL": True,  # our own posts on the planet: True, False or a list of tags
    "PLANET_TITLE": "Planet",
    "PLANET_DESCRIPTION": "Posts from the blogs we read, and ours, newest first.",
    "PLANET_MAX_ENTRIES": 100,  # entries on the planet pages, all pages together
    "PLANET_PER_PAGE": 10,
    "PLANET_FEED_MAX_ITEMS": 30,  # entries in the planet's Atom and RSS feeds
    "PLANET_SUMMARY_LENGTH": 80,  # words, for summary_only feeds and our own posts
    "PLANET_TIMEOUT": 10,  # seconds for one feed, all told (connect within min(5, this))
    "PLANET_CONCURRENCY": 16,  # feeds fetched at once
    "PLANET_MAX_BYTES": 5_000_000,  # largest feed body accepted, counted after decompression
    "PLANET_FACE_MAX_BYTES": 200_000,  # largest avatar image accepted
    "PLANET_BURST_LIMIT": 10,  # new entries shown from one fetch of one feed; the rest held back
    "PLANET_RETAIN_ENTRIES": 200,  # entries kept per feed in the cache (plus all still in the feed)
    "PLANET_URL": "planet/",
    "PLANET_SAVE_AS": "planet/index.html",
    "PLANET_PAGE_URL": "planet/{number}/",
    "PLANET_PAGE_SAVE_AS": "planet/{number}/index.html",
    "PLANET_ATOM": "planet/atom.xml",
    "PLANET_RSS": "planet/rss.xml",
    "PLANET_OPML": "planet/opml.xml",
    "PLANET_FACES_DIR": "planet/faces",  # where cached avatars are copied in the output
}

FEED_KEYS = {
    "name",
    "url",
    "site",
    "author",
    "face",
    "include_tags",
    "exclude_tags",
    "title_filter",
    "max_entries",
    "summary_only",
}
POSITIVE_INTEGERS = (
    "PLANET_MAX_ENTRIES",
    "PLANET_PER_PAGE",
    "PLANET_FEED_MAX_ITEMS",
    "PLANET_SUMMARY_LENGTH",
    "PLANET_CONCURRENCY",
    "PLANET_MAX_BYTES",
    "PLANET_FACE_MAX_BYTES",
    "PLANET_BURST_LIMIT",
    "PLANET_RETAIN_ENTRIES",
)


class ConfigError(ValueError):
    """PLANET_* settings that cannot work; the message names the setting and the feed."""


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    slug: str  # the feed's key in the cache: stable while its name stays
    site: str | None = None
    author: str | None = None
    face: str | None = None
    include_tags: frozenset = frozenset()
    exclude_tags: frozenset = frozenset()
    title_filter: re.Pattern | None = None
    max_entries: int | None = None
    summary_only: bool = False
    local: bool = False  # our own posts, not fetched


def with_defaults(settings):
    """A copy of `settings` with every PLANET_* default filled in."""
    merged = dict(DEFAULTS)
    merged.update(settings)
    return merged


def slugify(name):
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "feed"


def is_web_url(value):
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _tags(value, where):
    if value is None:
        return frozenset()
    if isinstance(value, str) or not all(isinstance(tag, str) for tag in value):
        raise ConfigError(f"{where}: a list of tag names is expected, not {value!r}")
    return frozenset(tag.strip().lower() for tag in value if tag.strip())


def _optional_text(feed, key, where):
    value = feed.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _optional_url(feed, key, where):
    value = _optional_text(feed, key, where)
    if value is not None and not is_web_url(value):
        raise ConfigError(f"{where}: {key!r} must be an http(s) URL, not {value!r}")
    return value


def feed_config(feed, index):
    """One PLANET_FEEDS item checked and turned into a FeedConfig."""
    where = f"PLANET_FEEDS[{index}]"
    if not isinstance(feed, dict):
        raise ConfigError(f"{where}: a dict with 'name' and 'url' is expected, not {feed!r}")
    unknown = sorted(set(feed) - FEED_KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(sorted(FEED_KEYS))}"
        )
    name = _optional_text(feed, "name", where)
    if name is None:
        raise ConfigError(f"{where}: 'name' is required")
    where = f"{where} ({name})"
    url = _optional_url(feed, "url", where)
    if url is None:
        raise ConfigError(f"{where}: 'url' (the feed's address) is required")
    title_filter = feed.get("title_filter")
    if title_filter is not None:
        try:
            title_filter = re.compile(title_filter, re.I)
        except (re.error, TypeError) as problem:
            raise ConfigError(
                f"{where}: 'title_filter' is not a valid regular expression: {problem}"
            ) from None
    max_entries = feed.get("max_entries")
    if max_entries is not None and (
        not isinstance(max_entries, int) or isinstance(max_entries, bool) or max_entries < 1
    ):
        raise ConfigError(f"{where}: 'max_entries' must be a positive integer")
    summary_only = feed.get("summary_only", False)
    if not isinstance(summary_only, bool):
        raise ConfigError(f"{where}: 'summary_only' must be True or False")
    return FeedConfig(
        name=name,
        url=url,
        slug=slugify(name),
        site=_optional_url(feed, "site", where),
        author=_optional_text(feed, "author", where),
        face=_optional_url(feed, "face", where),
        include_tags=_tags(feed.get("include_tags"), f"{where} include_tags"),
        exclude_tags=_tags(feed.get("exclude_tags"), f"{where} exclude_tags"),
        title_filter=title_filter,
        max_entries=max_entries,
        summary_only=summary_only,
    )


def validate(settings):
    """The FeedConfigs of PLANET_FEEDS; ConfigError on any setting that cannot work."""
    settings = with_defaults(settings)
    for key in POSITIVE_INTEGERS:
        value = settings[key]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{key} must be a positive integer, not {value!r}")
    timeout = settings["PLANET_TIMEOUT"]
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise ConfigError(f"PLANET_TIMEOUT must be a positive number of seconds, not {timeout!r}")
    local = settings["PLANET_INCLUDE_LOCAL"]
    if not isinstance(local, bool):
        _tags(local, "PLANET_INCLUDE_LOCAL")
    if not isinstance(settings["PLANET_CACHE_PATH"], str) or not settings["PLANET_CACHE_PATH"]:
        raise ConfigError("PLANET_CACHE_PATH must be a folder name")
    feeds = settings["PLANET_FEEDS"]
    if not isinstance(feeds, list | tuple):
        raise ConfigError(f"PLANET_FEEDS must be a list of dicts, not {type(feeds).__name__}")
    configs = [feed_config(feed, index) for index, feed in enumerate(feeds)]
    seen = {}
    for config in configs:
        if config.slug in seen:
            raise ConfigError(
                f"PLANET_FEEDS: {config.name!r} and {seen[config.slug]!r} have the same cache key "
                f"{config.slug!r}: give them different names"
            )
        seen[config.slug] = config.name
    return configs


def local_tags(settings):
    """None for all our posts, a frozenset of tags for some, or False for none."""
    value = with_defaults(settings)["PLANET_INCLUDE_LOCAL"]
    if isinstance(value, bool):
        return None if value else False
    return _tags(value, "PLANET_INCLUDE_LOCAL")
