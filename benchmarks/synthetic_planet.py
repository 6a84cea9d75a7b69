"""A synthetic planet for `benchmarks/build_speed.py`: 4,000 cached entries (200 feeds x 20),
fetched with the real `invoke planet` code from a local server."""

from planet_fetch import FeedServer, serve_feeds, timed_fetch

FEEDS = 200


def write_content(work, content):
    with FeedServer() as server:
        feeds = serve_feeds(server, FEEDS, 0, "bench")
        timed_fetch(server, feeds, work / "planet-cache", 5.0, 16)
    (work / "planet_feeds.repr").write_text(repr(feeds), encoding="utf-8")


def settings_for_benchmark(work):
    feeds = (work / "planet_feeds.repr").read_text(encoding="utf-8")
    return f"PLANET_FEEDS = {feeds}\nPLANET_CACHE_PATH = {str(work / 'planet-cache')!r}\n"
