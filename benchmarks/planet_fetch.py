"""Planet benchmark: `invoke planet`'s fetch against a local HTTP server, and the build time the
planet adds.

    .venv/bin/python benchmarks/planet_fetch.py [--timeout 5] [--feeds 200] [--sequential-feeds 40]

1. Concurrent fetch: 200 feeds of 20 entries, 5 of which never answer; target: done within
   PLANET_TIMEOUT + 2 s.
2. Sequential baseline, in the same run: PLANET_CONCURRENCY = 1 on fewer feeds (40, one of which
   never answers), scaled to 200 feeds (5 silent) for comparison; a full sequential run would
   take more than 5 x PLANET_TIMEOUT alone.
3. Second concurrent run with nothing changed: feed bodies downloaded (target 0: all 304).
4. Build time added by a planet of 4,000 cached entries (200 feeds x 20, fetched from the same
   server): a real Pelican build of the demo site with the planet, against one without it (best
   of 3 each). Target: under 1 s.

`main()` returns the figures as a dict (for `invoke bench`).
"""

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

import _paths  # noqa: F401  (puts the project and plugins/ on sys.path)

ROOT = _paths.ROOT
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.planet.feedserver import Feed, FeedServer, Hang  # noqa: E402
from planet.run import fetch_all  # noqa: E402

ENTRIES_PER_FEED = 20
SILENT_FEEDS = 5
BUILD_REPEATS = 3


def feed_body(number):
    """An RSS 2.0 feed of 20 entries of a few paragraphs, for feed `number`."""
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=number)
    items = []
    for i in range(ENTRIES_PER_FEED):
        link = f"https://blog{number}.example.org/posts/{i}/"
        text = (
            f"&lt;p&gt;Entry {i} of blog {number}: {'indexes, vacuum and query plans. ' * 12}&lt;/p&gt;" * 3
        )
        items.append(
            f"<item><title>Blog {number}, entry {i}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>{format_datetime(start + dt.timedelta(days=i))}</pubDate><description>{text}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Blog {number}</title>'
        f"<link>https://blog{number}.example.org/</link><description>d</description>{''.join(items)}</channel></rss>"
    ).encode()


def serve_feeds(server, count, silent, prefix):
    """Routes for `count` feeds, the first `silent` of which never answer; their PLANET_FEEDS."""
    feeds = []
    for number in range(count):
        path = f"/{prefix}/{number}.rss"
        server.routes[path] = Hang(3600) if number < silent else Feed(feed_body(number), etag=f'"{number}"')
        feeds.append({"name": f"{prefix} {number}", "url": server.url(path)})
    return feeds


def timed_fetch(server, feeds, cache_dir, timeout, concurrency):
    """(seconds, feed bodies downloaded, reports) for one `invoke planet` run."""
    settings = {
        "PLANET_FEEDS": feeds,
        "PLANET_CACHE_PATH": str(cache_dir),
        "PLANET_TIMEOUT": timeout,
        "PLANET_CONCURRENCY": concurrency,
    }
    before = len(server.hits)
    started = time.perf_counter()
    reports = fetch_all(settings, lambda line: None)
    seconds = time.perf_counter() - started
    bodies = sum(1 for hit in server.hits[before:] if hit.status == 200)
    return seconds, bodies, reports


def settings_file(folder, feeds, cache_dir, planet):
    """A settings file for the demo site with (or without) a planet of `feeds`."""
    path = Path(folder) / f"bench_{'with' if planet else 'without'}_planet.py"
    plugins = '["blog", "sql_highlight", "planet"]' if planet else '["blog", "sql_highlight"]'
    path.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from pelicanconf import *  # noqa\n"
        f"PATH = {str(ROOT / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nPLUGINS = {plugins}\n"
        f"PLANET_FEEDS = {feeds!r}\nPLANET_CACHE_PATH = {str(cache_dir)!r}\n",
        encoding="utf-8",
    )
    return path


def best_build_seconds(settings, output):
    """The fastest of BUILD_REPEATS real builds (a fresh Python each, as `invoke build`)."""
    code = (
        "import sys; sys.path.insert(0, '.'); from lectern.build import run_pelican; "
        f"run_pelican(['-s', {str(settings)!r}, '-o', {str(output)!r}, '-q', '-d'])"
    )
    times = []
    for _ in range(BUILD_REPEATS):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600
        )
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise RuntimeError(f"build failed: {result.stdout}{result.stderr}")
    return min(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=5.0, help="PLANET_TIMEOUT in seconds (default 5)")
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--sequential-feeds", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args(argv)
    figures = {
        "timeout_s": args.timeout,
        "feeds": args.feeds,
        "silent_feeds": SILENT_FEEDS,
        "concurrency": args.concurrency,
    }
    with tempfile.TemporaryDirectory() as work, FeedServer() as server:
        work = Path(work)
        feeds = serve_feeds(server, args.feeds, SILENT_FEEDS, "planet")
        seconds, bodies, reports = timed_fetch(server, feeds, work / "cache", args.timeout, args.concurrency)
        figures.update(
            concurrent_s=seconds,
            concurrent_target_s=args.timeout + 2,
            first_run_bodies=bodies,
            first_run_failed=sum(1 for r in reports if not r.ok),
        )
        seconds, bodies, reports = timed_fetch(server, feeds, work / "cache", args.timeout, args.concurrency)
        figures.update(
            second_run_s=seconds,
            second_run_bodies=bodies,
            second_run_not_modified=sum(1 for r in reports if r.status == "not modified"),
        )

        silent = max(1, round(SILENT_FEEDS * args.sequential_feeds / args.feeds))
        few = serve_feeds(server, args.sequential_feeds, silent, "sequential")
        seconds, _bodies, _reports = timed_fetch(server, few, work / "sequential-cache", args.timeout, 1)
        answering = (seconds - silent * args.timeout) / (args.sequential_feeds - silent)
        figures.update(
            sequential_feeds=args.sequential_feeds,
            sequential_silent=silent,
            sequential_s=seconds,
            sequential_scaled_s=SILENT_FEEDS * args.timeout + (args.feeds - SILENT_FEEDS) * answering,
        )

        full = serve_feeds(server, args.feeds, 0, "build")
        timed_fetch(server, full, work / "build-cache", args.timeout, args.concurrency)
        entries = sum(
            len(__import__("json").loads(p.read_text())["entries"])
            for p in (work / "build-cache" / "feeds").glob("*.json")
        )
        with_planet = best_build_seconds(
            settings_file(work, full, work / "build-cache", True), work / "out-with"
        )
        without = best_build_seconds(
            settings_file(work, full, work / "build-cache", False), work / "out-without"
        )
        figures.update(
            build_entries=entries,
            build_with_planet_s=with_planet,
            build_without_planet_s=without,
            build_added_s=with_planet - without,
        )
    report(figures)
    return figures


def report(f):
    def ok(passed):
        return "ok" if passed else "MISSED"

    print(
        f"Planet fetch: {f['feeds']} feeds x {ENTRIES_PER_FEED} entries, {f['silent_feeds']} never answer, "
        f"PLANET_TIMEOUT {f['timeout_s']:g} s, local server on 127.0.0.1\n"
    )
    rows = [
        (
            "concurrent fetch",
            f"{f['concurrent_s']:.2f} s",
            f"target <= {f['concurrent_target_s']:g} s: {ok(f['concurrent_s'] <= f['concurrent_target_s'])}",
        ),
        (
            f"sequential baseline ({f['sequential_feeds']} feeds, {f['sequential_silent']} silent)",
            f"{f['sequential_s']:.2f} s",
            "measured in this run, concurrency 1",
        ),
        (
            f"sequential, scaled to {f['feeds']} feeds",
            f"{f['sequential_scaled_s']:.1f} s",
            f"{f['sequential_scaled_s'] / f['concurrent_s']:.0f}x the concurrent run",
        ),
        (
            "second run, nothing changed",
            f"{f['second_run_s']:.2f} s",
            f"{f['second_run_bodies']} bodies downloaded, {f['second_run_not_modified']} not modified: "
            f"{ok(f['second_run_bodies'] == 0)}",
        ),
        (
            f"build with a planet of {f['build_entries']:,} cached entries",
            f"{f['build_with_planet_s']:.2f} s",
            "best of 3",
        ),
        ("build without the planet", f"{f['build_without_planet_s']:.2f} s", "best of 3"),
        ("added by the planet", f"{f['build_added_s']:.2f} s", f"target < 1 s: {ok(f['build_added_s'] < 1)}"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value.rjust(8)}  {note}")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
