"""Many feeds' cached entries into one planet: filters, burst guard, duplicates, order.

- Per feed: include_tags / exclude_tags / title_filter, then the burst guard (a fetch that
  brought more than PLANET_BURST_LIMIT new entries shows only the newest of them), then
  max_entries.
- Across feeds: one entry per identity (its id or its link, http/https and trailing slashes
  aside). The copy with the earliest date is taken as the original (then the one seen first,
  then the first in PLANET_FEEDS) and keeps the attribution: a later copy in another feed is a
  repost, not an update. (Within one feed an updated entry replaces the old
  one in the cache and keeps its place: cache.absorb.)
- Order: newest first by published date (first-seen date when the feed gave none), so that an
  `updated` bump never brings an old post back to the top.
"""

import datetime as dt
from dataclasses import dataclass

from .cache import as_datetime, real_date, sort_date
from .parse import entry_keys


@dataclass
class Merged:
    feed: object  # the FeedConfig that carried it first
    entry: dict
    date: dt.datetime  # the date it is sorted and shown by
    dated: bool  # False when the feed gave no date (first seen instead)


def held_back(entries, limit):
    """Keys of the entries hidden by the burst guard: past the newest `limit` of one fetch."""
    batches = {}
    for entry in entries:
        batches.setdefault(entry.get("first_seen"), []).append(entry)
    hidden = set()
    for batch in batches.values():
        if len(batch) > limit:
            batch.sort(key=lambda e: (sort_date(e), -e.get("position", 0)), reverse=True)
            hidden.update(entry["key"] for entry in batch[limit:])
    return hidden


def wanted(feed, entry):
    """Whether an entry passes its feed's tag and title filters."""
    tags = {tag.lower() for tag in entry.get("tags") or []}
    if feed.include_tags and not tags & feed.include_tags:
        return False
    if feed.exclude_tags and tags & feed.exclude_tags:
        return False
    return not (feed.title_filter and not feed.title_filter.search(entry.get("title") or ""))


def shown_entries(feed, entries, burst_limit):
    """The entries of one feed that may appear on the planet, newest first."""
    hidden = held_back(entries, burst_limit) if not feed.local else set()
    chosen = [e for e in entries if e["key"] not in hidden and wanted(feed, e)]
    chosen.sort(key=lambda e: (sort_date(e), -e.get("position", 0)), reverse=True)
    return chosen[: feed.max_entries] if feed.max_entries else chosen


GLOBAL_KEYS = ("web:", "hash:", "id:tag:", "id:urn:")


def scoped_keys(feed, entry):
    """An entry's keys across feeds: URLs, tag: and urn: ids are global; an id like "42" is
    only unique within its own feed."""
    return [key if key.startswith(GLOBAL_KEYS) else f"{feed.slug}|{key}" for key in entry_keys(entry)]


def merge(feeds, burst_limit, max_entries):
    """[Merged] newest first from [(FeedConfig, cached entries)], at most `max_entries`."""
    candidates = []
    for order, (feed, entries) in enumerate(feeds):
        for entry in shown_entries(feed, entries, burst_limit):
            candidates.append(((sort_date(entry), as_datetime(entry.get("first_seen")), order), feed, entry))
    candidates.sort(key=lambda c: c[0])  # the original first: earliest date, first seen, first configured
    groups, by_key = [], {}
    for _rank, feed, entry in candidates:
        keys = scoped_keys(feed, entry)
        group = next((by_key[key] for key in keys if key in by_key), None)
        if group is None:
            group = Merged(feed, entry, sort_date(entry), real_date(entry.get("published")) is not None)
            groups.append(group)
        for key in keys:
            by_key.setdefault(key, group)
    groups.sort(key=lambda g: (g.date, -g.entry.get("position", 0)), reverse=True)
    return groups[:max_entries]
