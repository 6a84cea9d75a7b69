"""lectern.importing.images against a real HTTP server on 127.0.0.1 (tests/fixtures/planet/feedserver.py)."""

import os
import socket
import struct
import threading
import zlib

import pytest

from fixtures.planet.feedserver import FeedServer, Hang, Raw, Status
from lectern.importing.images import ImageRequest, ImageResult, fetch_images, file_stem


def png(seed=0, width=2, height=2):
    """A small valid PNG (no Pillow here): `seed` changes the pixels, hence the bytes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes((seed + i) % 256 for i in range(width * 3))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def image(data, content_type="image/png"):
    return Raw(data, {"Content-Type": content_type})


@pytest.fixture(scope="module")
def running_server():
    with FeedServer() as running:
        yield running


@pytest.fixture
def server(running_server):
    """The module's server, with no routes and no recorded requests."""
    running_server.routes.clear()
    running_server.hits.clear()
    return running_server


@pytest.fixture
def dirs(tmp_path):
    return tmp_path / "content", tmp_path / "cache"


def fetched(server):
    """Paths the server was asked for, in order."""
    return [hit.path for hit in server.hits]


def files(folder):
    return (
        sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        if folder.exists()
        else []
    )


def test_concurrent_downloads_land_in_year_folders(server, dirs):
    content, cache = dirs
    barrier = threading.Barrier(4, timeout=10)

    def together(data):
        def behaviour(handler):
            barrier.wait()  # answers only once 4 requests are in flight at the same time
            handler.reply(200, data, {"Content-Type": "image/png"})

        return behaviour

    names = ["fast-counts.png", "plan.png", "top-queries.png", "restore.png"]
    for seed, name in enumerate(names):
        server.routes[f"/up/{name}"] = together(png(seed))
    requests = [ImageRequest(server.url(f"/up/{name}"), 2019 + i % 2) for i, name in enumerate(names)]

    results = fetch_images(requests, content, cache, concurrency=4, timeout=15)

    assert results == {
        server.url("/up/fast-counts.png"): ImageResult("images/2019/fast-counts.png"),
        server.url("/up/plan.png"): ImageResult("images/2020/plan.png"),
        server.url("/up/top-queries.png"): ImageResult("images/2019/top-queries.png"),
        server.url("/up/restore.png"): ImageResult("images/2020/restore.png"),
    }
    assert (content / "images/2020/restore.png").read_bytes() == png(3)
    assert all("Lectern" in hit.headers["User-Agent"] for hit in server.hits)


def test_concurrency_is_bounded(server, dirs):
    content, cache = dirs
    in_flight, most, lock = [0], [0], threading.Lock()

    def counted(handler):
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        threading.Event().wait(0.1)
        with lock:
            in_flight[0] -= 1
        handler.reply(200, png(), {"Content-Type": "image/png"})

    for i in range(8):
        server.routes[f"/{i}.png"] = counted
    fetch_images(
        [ImageRequest(server.url(f"/{i}.png"), 2019) for i in range(8)], content, cache, concurrency=2
    )
    assert most[0] == 2


def test_second_run_is_served_from_the_cache(server, dirs, tmp_path):
    content, cache = dirs
    server.routes["/plan.png"] = image(png())
    first = fetch_images([ImageRequest(server.url("/plan.png"), 2019)], content, cache)
    again = fetch_images([ImageRequest(server.url("/plan.png"), 2019)], tmp_path / "elsewhere", cache)
    assert first == again == {server.url("/plan.png"): ImageResult("images/2019/plan.png")}
    assert fetched(server) == ["/plan.png"]
    assert (tmp_path / "elsewhere/images/2019/plan.png").read_bytes() == png()


def test_a_cut_cache_file_is_downloaded_again(server, dirs):
    content, cache = dirs
    server.routes["/plan.png"] = image(png(seed=7, width=40))
    request = ImageRequest(server.url("/plan.png"), 2019)
    fetch_images([request], content, cache)
    (cached,) = [p for p in cache.iterdir() if not p.name.startswith(".")]
    cached.write_bytes(cached.read_bytes()[:-20])
    os.remove(content / "images/2019/plan.png")

    assert fetch_images([request], content, cache) == {request.url: ImageResult("images/2019/plan.png")}
    assert fetched(server) == ["/plan.png", "/plan.png"]
    assert (content / "images/2019/plan.png").read_bytes() == png(seed=7, width=40)
    assert cached.read_bytes().endswith(png(seed=7, width=40))


@pytest.mark.parametrize(
    "behaviour, reason",
    [
        (None, "HTTP 404 Not Found"),
        (Status(500), "HTTP 500 Internal Server Error"),
        (
            Raw(b"<!DOCTYPE html><title>Not found</title>", {"Content-Type": "text/html"}),
            "not an image (text/html)",
        ),
        (image(b"\n  <html><body>Error</body></html>"), "not an image (an HTML page)"),
        (Raw(b"", {"Content-Type": "image/png"}), "empty body"),
        (image(png() + bytes(5000)), "larger than 1,000 bytes"),
        (Raw(png() + bytes(5000), {"Content-Type": "image/png"}, length=False), "larger than 1,000 bytes"),
        (Hang(), "timed out after 1 s"),
    ],
)
def test_failures_are_results_not_exceptions(server, dirs, behaviour, reason):
    content, cache = dirs
    if behaviour is not None:
        server.routes["/plan.png"] = behaviour
    url = server.url("/plan.png")
    results = fetch_images([ImageRequest(url, 2019)], content, cache, timeout=1, max_bytes=1000)
    assert results[url].path is None
    assert results[url].error.startswith(f"{url}: {reason}")
    assert files(content) == files(cache) == []


def test_refused_connection_and_other_schemes(dirs):
    content, cache = dirs
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    refused = f"http://127.0.0.1:{port}/plan.png"
    results = fetch_images(
        [ImageRequest(refused, 2019), ImageRequest("data:image/png;base64,AAAA", 2019)], content, cache
    )
    assert results[refused].error.startswith(f"{refused}: connection failed")
    assert results["data:image/png;base64,AAAA"] == ImageResult(
        None, "data:image/png;base64,AAAA: not an http(s) URL"
    )
    assert files(content) == []


def test_redirects_are_followed(server, dirs):
    content, cache = dirs
    server.routes["/old/plan.png"] = Status(301, server.url("/new/plan.png"))
    server.routes["/new/plan.png"] = image(png())
    url = server.url("/old/plan.png")
    assert fetch_images([ImageRequest(url, 2019)], content, cache) == {
        url: ImageResult("images/2019/plan.png")
    }


def test_same_name_different_bytes_gets_a_suffix_in_url_order(server, dirs):
    content, cache = dirs
    server.routes["/b/plan.png"] = image(png(1))
    server.routes["/a/plan.png"] = image(png(2))
    server.routes["/c/plan.png"] = image(png(2))  # the same bytes as /a/: the same file
    requests = [ImageRequest(server.url(f"/{folder}/plan.png"), 2019) for folder in "bca"]

    results = fetch_images(requests, content, cache)

    assert {url.rsplit(":", 1)[1][5:]: result.path for url, result in results.items()} == {
        "/a/plan.png": "images/2019/plan.png",
        "/b/plan.png": "images/2019/plan-2.png",
        "/c/plan.png": "images/2019/plan.png",
    }
    assert (content / "images/2019/plan.png").read_bytes() == png(2)
    assert (content / "images/2019/plan-2.png").read_bytes() == png(1)


def test_an_identical_file_is_reused_and_a_different_one_never_overwritten(server, dirs, tmp_path):
    content, cache = dirs
    server.routes["/plan.png"] = image(png(1))
    server.routes["/chart.png"] = image(png(2))
    folder = content / "images/2019"
    folder.mkdir(parents=True)
    (folder / "chart.png").write_bytes(b"someone else's chart")
    requests = [ImageRequest(server.url("/plan.png"), 2019), ImageRequest(server.url("/chart.png"), 2019)]

    first = fetch_images(requests, content, cache)
    assert first[server.url("/chart.png")] == ImageResult("images/2019/chart-2.png")
    assert (folder / "chart.png").read_bytes() == b"someone else's chart"
    stamps = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}

    again = fetch_images(requests, content, tmp_path / "cold-cache")  # downloads again, writes nothing
    assert again == first
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == stamps


def test_the_same_url_twice_is_one_file_in_its_earliest_year(server, dirs):
    content, cache = dirs
    server.routes["/plan.png"] = image(png())
    url = server.url("/plan.png")
    results = fetch_images([ImageRequest(url, 2021), ImageRequest(url, 2019)], content, cache)
    assert results == {url: ImageResult("images/2019/plan.png")}
    assert fetched(server) == ["/plan.png"]
    assert files(content) == ["images/2019/plan.png"]


def test_dry_run_writes_nothing_and_fetches_nothing(server, dirs):
    content, cache = dirs
    server.routes["/up/plan.png"] = image(png())
    server.routes["/up/photo"] = image(png(), "image/jpeg")
    requests = [ImageRequest(server.url("/up/plan.png"), 2019), ImageRequest(server.url("/up/photo"), 2019)]
    progress = []

    results = fetch_images(
        requests, content, cache, write=False, progress=lambda *step: progress.append(step)
    )

    assert results == {
        server.url("/up/plan.png"): ImageResult("images/2019/plan.png"),
        server.url("/up/photo"): ImageResult("images/2019/photo.img"),  # its type is unknown offline
    }
    assert server.hits == [] and progress == []
    assert not content.exists() and not cache.exists()

    fetch_images(requests, content, cache)  # a real run fills the cache; a dry run then knows it all
    assert fetch_images(requests, content, cache, write=False)[server.url("/up/photo")] == ImageResult(
        "images/2019/photo.jpg"
    )


def test_progress_counts_cached_and_downloaded_images(server, dirs):
    content, cache = dirs
    for name in ("a", "b", "c"):
        server.routes[f"/{name}.png"] = image(png(ord(name)))
    fetch_images([ImageRequest(server.url("/a.png"), 2019)], content, cache)
    steps = []
    requests = [ImageRequest(server.url(f"/{name}.png"), 2019) for name in ("a", "b", "c", "missing")]
    fetch_images(requests, content, cache, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]


@pytest.mark.parametrize(
    "url, stem",
    [
        ("http://oldblog.example/wp-content/uploads/2019/03/plan-300x180.png", "plan-300x180"),
        ("http://oldblog.example/uploads/Caf%C3%A9%20Cr%C3%A8me%20(1).JPG?w=300", "cafe-creme-1"),
        ("https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/", "s1600"),
        ("http://oldblog.example/uploads/%E5%9B%BE.png", "image-"),
        ("http://oldblog.example/", "image-"),
    ],
)
def test_file_stem(url, stem):
    assert file_stem(url).startswith(stem)
    assert file_stem(url) == file_stem(url)


def test_a_generic_content_type_is_trusted_only_with_an_image_extension(server, dirs):
    content, cache = dirs
    server.routes["/plan.png"] = image(png(), "application/octet-stream")
    server.routes["/plan"] = image(png(), "application/octet-stream")
    results = fetch_images(
        [ImageRequest(server.url("/plan.png"), 2019), ImageRequest(server.url("/plan"), 2019)], content, cache
    )
    assert results[server.url("/plan.png")] == ImageResult("images/2019/plan.png")
    assert (
        results[server.url("/plan")].error
        == f"{server.url('/plan')}: not an image (application/octet-stream)"
    )


def test_temporaries_of_a_killed_run_are_removed(server, dirs):
    content, cache = dirs
    server.routes["/plan.png"] = image(png())
    folder = content / "images/2019"
    folder.mkdir(parents=True)
    stale, fresh = folder / ".lectern-import-plan.png.x1.tmp", folder / ".lectern-import-plan.png.x2.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (0, 0))
    fetch_images([ImageRequest(server.url("/plan.png"), 2019)], content, cache)
    assert sorted(p.name for p in folder.iterdir()) == [fresh.name, "plan.png"]
