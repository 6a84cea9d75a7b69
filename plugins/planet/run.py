"""`invoke planet`: fetch every feed concurrently into the cache, with a progress line per feed
and a final table (feed, status, last success).

One feed never breaks the run: whatever happens to it is its status, and it keeps its cached
entries. The exit status is 0 even when feeds failed; only a configuration error (ConfigError)
is non-zero.
"""

import asyncio
import contextlib
import datetime as dt
import fcntl
import os
import sys
import time
from dataclasses import dataclass

from . import cache as planet_cache
from . import fetch
from .config import ConfigError, validate, with_defaults
from .merge import held_back
from .parse import NotAFeed, parse_feed


@dataclass
class FeedReport:
    name: str
    status: str
    last_success: str | None
    ok: bool  # fetched, or not modified
    new: int = 0
    seconds: float = 0.0
    downloaded: bool = False  # a feed body came over the wire (200)


def _now():
    """The fetch time, to the microsecond: it also names the batch an entry arrived in (burst guard)."""
    return dt.datetime.now(dt.UTC)


def _plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"


def _reset_if_url_changed(state, feed):
    """A feed whose configured URL changed starts afresh: no validators, redirects or 410."""
    if state.get("url") != feed.url:
        for key in ("etag", "last_modified", "fetch_url", "moved_to", "gone"):
            state.pop(key, None)
        state["url"] = feed.url


def _absorb(cached, response, fetched_at, settings):
    """Parse a 200 body into the cache; the status text, or NotAFeed."""
    parsed = parse_feed(response.body, response.final_url or response.url, response.content_type, fetched_at)
    entries, new, updated = planet_cache.absorb(
        cached.entries, parsed.entries, fetched_at, settings["PLANET_RETAIN_ENTRIES"]
    )
    cached.entries = entries
    state = cached.state
    state.update(
        etag=response.etag, last_modified=response.last_modified, title=parsed.title, link=parsed.link
    )
    state["last_success"] = fetched_at.isoformat()
    parts = [f"{new} new {'entry' if new == 1 else 'entries'}"]
    if updated:
        parts.append(f"{updated} updated")
    if new > settings["PLANET_BURST_LIMIT"]:
        batch = [e for e in entries if e.get("first_seen") == fetched_at.isoformat()]
        parts.append(f"burst: {len(held_back(batch, settings['PLANET_BURST_LIMIT']))} of {new} new held back")
    return "; ".join(parts + parsed.notes), new


async def _face(client, feed, cached, cache_dir, settings):
    """Cache the feed's avatar (PNG, JPEG, GIF or WebP, sniffed); a note when it failed."""
    face = cached.state.get("face") or {}
    if not feed.face:
        return None
    if face.get("url") != feed.face:
        face = {"url": feed.face}
    response = await fetch.get(
        client,
        feed.face,
        etag=face.get("etag"),
        last_modified=face.get("last_modified"),
        max_bytes=settings["PLANET_FACE_MAX_BYTES"],
        timeout=settings["PLANET_TIMEOUT"],
        accept=fetch.IMAGE_ACCEPT,
    )
    note = None
    if response.kind == "ok":
        extension = fetch.image_extension(response.body)
        if extension is None:
            note = "avatar: not a PNG, JPEG, GIF or WebP image"
        else:
            name = feed.slug + extension
            await asyncio.to_thread(
                planet_cache.write_atomic,
                os.path.join(planet_cache.faces_dir(cache_dir), name),
                response.body,
            )
            face.update(file=name, etag=response.etag, last_modified=response.last_modified)
    elif response.kind != "not-modified":
        note = f"avatar: {response.error}"
    cached.state["face"] = face
    return note


async def fetch_feed(client, feed, cache_dir, settings, semaphore):
    """Fetch one feed into its cache file; a FeedReport whatever happened."""
    cached = await asyncio.to_thread(planet_cache.load, cache_dir, feed.slug)
    if not cached.writable:
        return FeedReport(feed.name, f"failed: {cached.problem}", None, False)
    state = cached.state
    _reset_if_url_changed(state, feed)
    if state.get("gone"):
        return FeedReport(
            feed.name,
            f"gone (410 since {state['gone'][:10]}): remove it from PLANET_FEEDS",
            state.get("last_success"),
            False,
        )
    async with semaphore:
        started = time.monotonic()
        response = await fetch.get(
            client,
            state.get("fetch_url") or feed.url,
            etag=state.get("etag"),
            last_modified=state.get("last_modified"),
            max_bytes=settings["PLANET_MAX_BYTES"],
            timeout=settings["PLANET_TIMEOUT"],
        )
        face_note = await _face(client, feed, cached, cache_dir, settings)
    fetched_at = _now()
    state["last_attempt"] = fetched_at.isoformat()
    new, ok = 0, response.kind in ("ok", "not-modified")
    if response.kind == "ok":
        try:
            status, new = await asyncio.to_thread(_absorb, cached, response, fetched_at, settings)
        except NotAFeed as problem:
            ok, status = False, f"failed: {problem}"
        except Exception as problem:  # a body no parser expected must not end the run
            ok, status = False, f"failed: unreadable feed ({type(problem).__name__}: {problem})"
    elif response.kind == "not-modified":
        status = "not modified"
        state["last_success"] = fetched_at.isoformat()
    elif response.kind == "gone":
        state["gone"] = fetched_at.isoformat()
        status = "gone (410): remove it from PLANET_FEEDS; its entries stay"
    else:
        status = f"failed: {response.error}"
    state["last_error"] = None if ok else status.removeprefix("failed: ")
    if response.moved_to and response.kind != "failed":
        state["fetch_url"] = state["moved_to"] = response.moved_to
    if state.get("moved_to"):
        status += f"; moved permanently to {state['moved_to']}: update its url in PLANET_FEEDS"
    if face_note:
        status += f"; {face_note}"
    state["last_status"] = status
    await asyncio.to_thread(planet_cache.save, cache_dir, cached)
    return FeedReport(
        feed.name,
        status,
        state.get("last_success"),
        ok,
        new,
        time.monotonic() - started,
        response.kind == "ok",
    )


async def _fetch_all(feeds, cache_dir, settings, progress, transport):
    semaphore = asyncio.Semaphore(settings["PLANET_CONCURRENCY"])
    async with fetch.make_client(
        settings["PLANET_TIMEOUT"], settings["PLANET_CONCURRENCY"], transport
    ) as client:
        tasks = [
            asyncio.create_task(fetch_feed(client, feed, cache_dir, settings, semaphore)) for feed in feeds
        ]
        reports = {}
        for done, task in enumerate(asyncio.as_completed(tasks), start=1):
            report = await task
            reports[report.name] = report
            progress(
                f"[{done:>{len(str(len(tasks)))}}/{len(tasks)}] {report.name}: {report.status} ({report.seconds:.2f} s)"
            )
    return [reports[feed.name] for feed in feeds]


@contextlib.contextmanager
def _locked(cache_dir, progress):
    """One `invoke planet` at a time per cache (a second one waits)."""
    os.makedirs(cache_dir, exist_ok=True)
    with open(os.path.join(cache_dir, ".lock"), "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            progress(f"waiting for another `invoke planet` on {cache_dir} to finish ...")
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def fetch_all(settings, progress=print, transport=None):
    """Fetch every PLANET_FEEDS feed into PLANET_CACHE_PATH; [FeedReport] in config order.

    ConfigError for a configuration that cannot work (nothing fetched then).
    """
    settings = with_defaults(settings)
    feeds = validate(settings)
    cache_dir = os.path.abspath(settings["PLANET_CACHE_PATH"])
    if not feeds:
        progress("PLANET_FEEDS is empty: nothing to fetch")
        return []
    progress(
        f"Fetching {_plural(len(feeds), 'feed')}, {settings['PLANET_CONCURRENCY']} at a time, into {cache_dir}"
    )
    with _locked(cache_dir, progress):
        planet_cache.remove_stale_temporaries(cache_dir)
        return asyncio.run(_fetch_all(feeds, cache_dir, settings, progress, transport))


def table(reports):
    """The final report: feed, status, last success."""
    rows = [("feed", "status", "last success")]
    rows += [
        (r.name, r.status, (r.last_success or "never").replace("T", " ")[:16] + " UTC" * bool(r.last_success))
        for r in reports
    ]
    widths = [min(max(len(row[i]) for row in rows), limit) for i, limit in ((0, 40), (1, 70))]
    lines = []
    for name, status, last in rows:
        lines.append(f"{name[:40].ljust(widths[0])}  {status.ljust(widths[1])}  {last}".rstrip())
    failed = sum(1 for r in reports if not r.ok)
    lines.append(
        f"\n{_plural(len(reports), 'feed')}: {sum(r.new for r in reports)} new entries, "
        f"{sum(1 for r in reports if r.ok)} ok, {failed} failed or gone"
    )
    return "\n".join(lines)


def main(settings, out=None):
    """Fetch and print the report; the exit status (0, or 2 for a configuration error)."""
    out = out or sys.stdout

    def progress(line):
        out.write(line + "\n")
        out.flush()

    try:
        reports = fetch_all(settings, progress)
    except ConfigError as problem:
        out.write(f"planet: configuration error: {problem}\n")
        return 2
    if reports:
        progress("\n" + table(reports))
    return 0
