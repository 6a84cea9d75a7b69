"""What the planet templates and feeds show: merged entries as plain view objects, with
sanitized HTML, an attribution, dates in the site's time zone, and the subscriptions list.

The planet page loads nothing from another host: avatars are shown only when `invoke planet`
cached them (they are copied into the output), otherwise the author's or blog's initials;
images inside outside content become links (sanitize.py).
"""

import datetime as dt
import heapq
import re
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import cache as planet_cache
from .cache import sort_date
from .merge import merge
from .sanitize import clean_text, safe_url, sanitize_html, truncate_html

BODY_FIELDS = ("content", "summary")  # what an entry weighs; read for the entries shown only
BODY_LEFT_OUT = "_body_left_out"  # marks an entry whose body load_feeds() did not keep

DATE_FORMAT = "%b %d, %Y"  # "Published on Jan 05, 2025."
_GLOBAL_ID = re.compile(r"^(?:https?://|tag:|urn:)\S+$", re.I)


@dataclass
class EntryView:
    title: str
    link: str  # absolute: the original post
    local_path: str | None  # our own posts: the path under SITEURL, for relative links
    author: str | None
    blog: str
    blog_link: str | None
    blog_local: bool
    date: dt.datetime
    html: str
    read_more: bool
    unique_id: str  # stable across builds: the original id when it is a URI
    tags: list
    source_url: str | None  # the feed it came from, for <source> in our feeds
    slug: str
    face: str | None  # output path of a cached avatar
    initials: str

    @property
    def date_iso(self):
        return self.date.isoformat()

    @property
    def date_text(self):
        return self.date.strftime(DATE_FORMAT)


@dataclass
class Subscription:
    name: str
    site: str | None
    feed_url: str | None
    local: bool
    updated: dt.datetime | None
    status: str  # "", or "gone" / "failing" for a feed that needs the owner's attention

    @property
    def updated_iso(self):
        return self.updated.isoformat() if self.updated else ""

    @property
    def updated_text(self):
        return self.updated.strftime(DATE_FORMAT) if self.updated else ""


def site_zone(settings):
    try:
        return ZoneInfo(settings.get("TIMEZONE") or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def initials(name):
    words = [w for w in re.split(r"[\s\-_.]+", name or "") if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def unique_id(feed, entry):
    original = entry.get("id") or ""
    if _GLOBAL_ID.match(original):
        return original
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, feed.slug + '|' + entry['key'])}"


def entry_html(feed, entry, summary_words, keep_image):
    """(sanitized HTML, whether to offer "Read more"): full content, or a cut summary."""
    summary_only = feed.summary_only or feed.local
    source = (
        (entry.get("summary") or entry.get("content"))
        if summary_only
        else (entry.get("content") or entry.get("summary"))
    )
    html = sanitize_html(source, entry.get("base") or entry.get("link"), keep_image)
    if summary_only or not entry.get("content"):
        html, cut = truncate_html(html, summary_words)
        return html, cut or summary_only
    return html, False


def entry_view(merged, settings, state, faces):
    """An EntryView for a merge.Merged."""
    feed, entry = merged.feed, merged.entry
    origin = settings.get("SITE_ORIGIN", "")
    html, read_more = entry_html(
        feed,
        entry,
        settings["PLANET_SUMMARY_LENGTH"],
        keep_image=lambda src: bool(origin) and src.startswith(origin + "/"),
    )
    site = None if feed.local else (feed.site or safe_url(state.get("link")))
    author = entry.get("author") or feed.author
    link = safe_url(entry.get("link")) or site or safe_url(feed.url) or origin + "/"
    return EntryView(
        title=clean_text(entry.get("title")) or "Untitled",
        link=link,
        local_path=entry.get("local_path") if feed.local else None,
        author=clean_text(author) or None,
        blog=feed.name,
        blog_link=site,
        blog_local=feed.local,
        date=merged.date.astimezone(site_zone(settings)).replace(microsecond=0),
        html=html,
        read_more=read_more,
        unique_id=unique_id(feed, entry),
        tags=list(entry.get("tags") or []),
        source_url=safe_url(feed.url) if not feed.local else safe_url(state.get("feed_url")),
        slug=feed.slug,
        face=faces.get(feed.slug),
        initials=initials(author or feed.name),
    )


def subscription(feed, state, entries, settings):
    """A Subscription: the feed, its site, and the date of its newest entry."""
    dates = [sort_date(e) for e in entries]
    if state.get("gone"):
        status = "gone"
    elif state.get("last_error") and state.get("last_success") != state.get("last_attempt"):
        status = "failing"
    else:
        status = ""
    return Subscription(
        name=feed.name,
        site=settings.get("SITE_ORIGIN", "") + "/"
        if feed.local
        else (feed.site or safe_url(state.get("link"))),
        feed_url=safe_url(state.get("feed_url")) if feed.local else safe_url(feed.url),
        local=feed.local,
        updated=max(dates).astimezone(site_zone(settings)).replace(microsecond=0) if dates else None,
        status=status,
    )


def load_feeds(feeds, cache_dir, warn, keep_bodies=None):
    """[(FeedConfig, cache state, cached entries)]; an unreadable cache file is warned about.

    With `keep_bodies` = N, only entries among the N newest seen so far keep their bodies: a
    planet shows a hundred entries out of thousands cached, and choosing them needs dates and
    keys only. restore_bodies() reads back any shown entry's body that was left out."""
    newest = []  # min-heap: the `keep_bodies` newest dates seen so far
    loaded = []
    for feed in feeds:
        cached = planet_cache.load(cache_dir, feed.slug)
        if cached.problem:
            warn(cached.problem)
        if keep_bodies is not None:
            for entry in cached.entries:
                date = sort_date(entry)
                if len(newest) < keep_bodies:
                    heapq.heappush(newest, date)
                elif newest and date > newest[0]:
                    heapq.heapreplace(newest, date)
                else:
                    _leave_body_out(entry)
        loaded.append((feed, cached.state, cached.entries))
    if keep_bodies and len(newest) == keep_bodies:  # the bar only rose: apply its final height
        for _feed, _state, entries in loaded:
            for entry in entries:
                if BODY_LEFT_OUT not in entry and sort_date(entry) < newest[0]:
                    _leave_body_out(entry)
    return loaded


def _leave_body_out(entry):
    for field in BODY_FIELDS:
        entry.pop(field, None)
    entry[BODY_LEFT_OUT] = True


def restore_bodies(merged, cache_dir):
    """Read back the bodies load_feeds() left out of entries that are shown after all (a
    duplicate shows as its older original, which may be past the bar)."""
    shown = {}
    for item in merged:
        if item.entry.pop(BODY_LEFT_OUT, False):
            shown.setdefault(item.feed.slug, {})[item.entry["key"]] = item.entry
    for slug, entries in shown.items():
        for cached in planet_cache.load(cache_dir, slug).entries:
            entry = entries.get(cached["key"])
            if entry is not None:
                entry.update((field, cached[field]) for field in BODY_FIELDS if field in cached)


def planet_model(settings, loaded, faces=None, cache_dir=None):
    """(EntryViews newest first, Subscriptions) from [(FeedConfig, cache state, entries)].
    With `cache_dir`, bodies load_feeds() left out are read back for the entries shown."""
    faces = faces or {}
    merged = merge(
        [(feed, entries) for feed, _state, entries in loaded],
        settings["PLANET_BURST_LIMIT"],
        settings["PLANET_MAX_ENTRIES"],
    )
    if cache_dir is not None:
        restore_bodies(merged, cache_dir)
    states = {feed.slug: state for feed, state, _entries in loaded}
    views = [entry_view(m, settings, states[m.feed.slug], faces) for m in merged]
    subscriptions = [
        subscription(feed, state, entries, settings)
        for feed, state, entries in loaded
        if not feed.local or entries
    ]
    return views, subscriptions
