"""The planet's cache on disk: one JSON file per feed under PLANET_CACHE_PATH/feeds/, avatars
under PLANET_CACHE_PATH/faces/.

Every file is written atomically (a temporary file in the same folder, flushed and fsync'ed, then
os.replace, then the folder fsync'ed), so a crash, a Ctrl-C or a SIGKILL at any moment leaves
either the previous file or the new one, never half of one. Each file names its format and
version; one from a newer Lectern is left alone. Entries persist across fetches up to
PLANET_RETAIN_ENTRIES per feed (and always while the feed still carries them), so an entry that
scrolls out of its feed stays on the planet.
"""

import contextlib
import datetime as dt
import glob
import json
import os
import tempfile
from dataclasses import dataclass, field

FORMAT = "lectern-planet-cache"
VERSION = 1
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: mkstemp's files are 0600, ours follow the umask like any other
CONTENT_FIELDS = ("id", "link", "title", "author", "content", "summary", "base", "tags", "updated")


@dataclass
class FeedCache:
    slug: str
    state: dict = field(default_factory=dict)
    entries: list = field(default_factory=list)
    problem: str | None = None  # why the file could not be read
    writable: bool = True  # False for a file from a newer Lectern: never overwritten


def feed_path(cache_dir, slug):
    return os.path.join(cache_dir, "feeds", f"{slug}.json")


def faces_dir(cache_dir):
    return os.path.join(cache_dir, "faces")


def load(cache_dir, slug):
    """The cached state and entries of one feed; an empty FeedCache when there is none."""
    path = feed_path(cache_dir, slug)
    try:
        with open(path, "rb") as f:
            data = json.loads(f.read().decode("utf-8"))
    except FileNotFoundError:
        return FeedCache(slug)
    except (OSError, ValueError) as problem:
        return FeedCache(slug, problem=f"unreadable cache file {path}: {problem}")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return FeedCache(slug, problem=f"{path} is not a planet cache file")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        return FeedCache(
            slug, problem=f"{path} has format version {version!r}, newer than {VERSION}", writable=False
        )
    state = data.get("state") if isinstance(data.get("state"), dict) else {}
    entries = [e for e in data.get("entries") or [] if isinstance(e, dict) and isinstance(e.get("key"), str)]
    return FeedCache(slug, state, entries)


def write_atomic(path, data):
    """Write bytes to `path` so that readers only ever see the old file or the whole new one."""
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    folder_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(folder_fd)
    finally:
        os.close(folder_fd)


def save(cache_dir, cache):
    document = {
        "format": FORMAT,
        "version": VERSION,
        "feed": cache.slug,
        "state": cache.state,
        "entries": cache.entries,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(feed_path(cache_dir, cache.slug), text.encode("utf-8", "replace") + b"\n")


def remove_stale_temporaries(cache_dir):
    """Temporary files left by a run that was killed mid-write (the real files are intact)."""
    for pattern in ("feeds/.*.tmp", "faces/.*.tmp"):
        for path in glob.glob(os.path.join(cache_dir, pattern)):
            with contextlib.suppress(OSError):
                os.unlink(path)


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def as_datetime(value):
    """An aware datetime from an ISO 8601 string (naive means UTC); the epoch if unreadable."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return EPOCH
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


# Earlier dates are placeholders for "no date", not publication dates: Hugo's zero time
# (0001-01-01T00:00:00Z), the Unix epoch. Year 1 also overflowed when moved to a time zone
# west of UTC, failing every build while the entry stayed in the cache.
EARLIEST_DATE = dt.datetime(1970, 1, 2, tzinfo=dt.UTC)


def real_date(value):
    """An aware datetime from a datetime or ISO 8601 string; None when missing, unreadable
    or a placeholder (before EARLIEST_DATE)."""
    if not value:
        return None
    date = as_datetime(value)
    return date if date >= EARLIEST_DATE else None


def sort_date(entry):
    """When an entry counts as published: its own date, else the first time we saw it."""
    return real_date(entry.get("published")) or as_datetime(entry.get("first_seen"))


def absorb(cached, fresh, fetched_at, retain):
    """Merge a fetch's entries into the cached ones: (entries, new, updated).

    A new entry is stamped with first_seen; a known one takes the new text but keeps its
    first_seen, date and position (its place on the planet). Entries the feed no longer
    carries are kept, newest first, up to `retain` entries in all.
    """
    stamp = fetched_at.isoformat()
    by_key = {entry["key"]: entry for entry in cached}
    present, new, updated = {}, 0, 0
    for entry in fresh:
        key = entry["key"]
        if key in present:
            continue  # the same entry twice in one document: the first one counts
        old = by_key.get(key)
        if old is None:
            present[key] = {**entry, "first_seen": stamp}
            new += 1
            continue
        if any(old.get(name) != entry.get(name) for name in CONTENT_FIELDS):
            updated += 1
        present[key] = {
            **entry,
            "first_seen": old.get("first_seen", stamp),
            "published": old.get("published", entry.get("published")),
            "position": old.get("position", entry.get("position")),
        }
    kept = [entry for key, entry in by_key.items() if key not in present]
    kept.sort(key=sort_date, reverse=True)
    kept = kept[: max(0, retain - len(present))]
    entries = sorted(
        [*present.values(), *kept], key=lambda e: (sort_date(e), -e.get("position", 0)), reverse=True
    )
    return entries, new, updated
