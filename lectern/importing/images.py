"""The old site's images, downloaded into content/images/<year>/ for `invoke import`.

Knows nothing of Pelican or of the importer: it takes (url, year) requests and answers, for each
URL, the content-relative path to link to (``images/2019/plan.png``) or why there is none.

- Downloads run on one httpx.AsyncClient, at most `concurrency` at a time (an asyncio.Semaphore,
  and a connection pool of the same size): one thread, one pool of keep-alive connections to
  what is usually a single old host, and a deadline per image (asyncio.timeout) that a server
  dripping bytes cannot stretch, which httpx's per-read timeouts alone do not give.
- Every download is cached under cache_dir, keyed by sha256(url), written atomically and
  checked on reading (a header carries the body's size and sha256), so a second import fetches
  nothing and a cut or damaged cache file is fetched again, never used.
- Placing is sequential and deterministic (URLs in sorted order): a file that is already there
  with the same bytes is reused and not touched; a different file is never overwritten, the new
  one takes the next free name (plan-2.png, plan-3.png, ...).
- Nothing raises for one image: a 404, a timeout, a refused connection, an HTML page where an
  image was expected or a body over `max_bytes` is an ImageResult with `error` set, and the
  importer keeps the original link.
"""

import asyncio
import contextlib
import hashlib
import itertools
import os
import posixpath
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import httpx

from .write import TEMPORARY_PREFIX, atomic_write

USER_AGENT = "Lectern-Import/0.1 (+https://getpelican.com; moving an old blog's images into a Pelican site)"
ACCEPT = "image/avif, image/webp, image/png, image/jpeg, image/gif, image/svg+xml;q=0.9, image/*;q=0.8"
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
CACHE_MAGIC = b"lectern-image-cache 1"

# Extensions we keep from a URL, and the one to give each image content type.
IMAGE_EXTENSIONS = {
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".svg",
    ".avif",
    ".bmp",
    ".ico",
    ".tif",
    ".tiff",
}
TYPE_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/pjpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "image/avif": ".avif",
    "image/bmp": ".bmp",
    "image/x-icon": ".ico",
    "image/vnd.microsoft.icon": ".ico",
    "image/tiff": ".tif",
}
MAGIC_EXTENSIONS = [
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
]
# Servers that do not know better send images as these; the URL's extension or the bytes decide.
GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/binary"}
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
STALE_SECONDS = 3600
UNKNOWN_EXTENSION = ".img"  # only in a dry run, for a URL without an image extension and not cached


@dataclass(frozen=True)
class ImageRequest:
    url: str  # absolute http(s) URL, as the post links it
    year: int  # the post's year: the image goes into images/<year>/


@dataclass(frozen=True)
class ImageResult:
    path: str | None  # content-relative, with "/" (images/2019/plan.png); None when it failed
    error: str | None = None  # "<url>: <reason>" when it failed


@dataclass(frozen=True)
class _Body:
    data: bytes | None = None
    extension: str | None = None  # from the URL, the content type or the bytes
    error: str | None = None


def fetch_images(
    requests: Iterable[ImageRequest],
    content_dir: str | os.PathLike,
    cache_dir: str | os.PathLike,
    *,
    concurrency: int = 8,
    timeout: float = 30.0,
    max_bytes: int = MAX_BYTES,
    write: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, ImageResult]:
    """Download every requested image (cached) into content_dir/images/<year>/; {url: ImageResult}.

    The same URL asked for twice (or with two years: the earliest wins) is one file. With
    write=False (a dry run) nothing is written and nothing is fetched: the answer is the path
    each image would get, from the cache when it holds the URL (exact), else from the URL alone
    (a name already taken on disk counts as a different file). `progress(done, total)` is called
    as each URL is settled, from the cache or the network (never in a dry run).
    """
    years = {}
    for request in requests:
        years[request.url] = min(request.year, years.get(request.url, request.year))
    urls = sorted(years)
    bad = {url: f"{url}: not an http(s) URL" for url in urls if urlsplit(url).scheme not in ("http", "https")}
    wanted = [url for url in urls if url not in bad]
    bodies = {url: _Body(error=error) for url, error in bad.items()}
    bodies.update({url: _read_cache(cache_dir, url) for url in wanted})
    if write:
        _remove_stale_temporaries(cache_dir)
        missing = [url for url in wanted if bodies[url].data is None]
        report = _Progress(progress, len(wanted), done=len(wanted) - len(missing))
        if missing:
            downloaded = asyncio.run(
                _download_all(missing, cache_dir, concurrency, timeout, max_bytes, report)
            )
            bodies.update(downloaded)
    else:
        for url in wanted:
            if bodies[url].data is None:
                bodies[url] = _Body(extension=_url_extension(url) or UNKNOWN_EXTENSION)
    return _place(bodies, years, content_dir, write)


class _Progress:
    def __init__(self, callback, total, done):
        self.callback, self.total, self.done = callback, total, 0
        for _ in range(done):
            self.step()

    def step(self):
        self.done += 1
        if self.callback is not None:
            self.callback(self.done, self.total)


# --- downloading -------------------------------------------------------------------------------


async def _download_all(urls, cache_dir, concurrency, timeout, max_bytes, report):
    concurrency = max(1, int(concurrency))
    semaphore = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"},
    ) as client:

        async def one(url):
            async with semaphore:
                body = await _download(client, url, timeout, max_bytes)
            if body.data is not None:
                await asyncio.to_thread(_write_cache, cache_dir, url, body)
            report.step()
            return url, body

        return dict(await asyncio.gather(*(one(url) for url in urls)))


async def _download(client, url, timeout, max_bytes):
    try:
        async with asyncio.timeout(timeout):
            return await _get(client, url, max_bytes)
    except TimeoutError:
        return _Body(error=f"{url}: timed out after {timeout:g} s")
    except asyncio.CancelledError:
        raise
    except httpx.TooManyRedirects:
        return _Body(error=f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.ConnectError as error:
        return _Body(error=f"{url}: connection failed ({error or type(error).__name__})")
    except Exception as error:  # one image never stops an import: it is a warning
        return _Body(error=f"{url}: {type(error).__name__}: {error}")


async def _get(client, url, max_bytes):
    async with client.stream("GET", url) as response:
        if response.status_code != 200:
            return _Body(error=f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        url_extension = _url_extension(url)
        if not content_type.startswith("image/") and not (content_type in GENERIC_TYPES and url_extension):
            return _Body(error=f"{url}: not an image ({content_type or 'no content type'})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            return _Body(error=f"{url}: larger than {_size(max_bytes)} ({_size(int(declared))})")
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                return _Body(error=f"{url}: larger than {_size(max_bytes)}")
            chunks.append(chunk)
    return _checked(url, b"".join(chunks), content_type)


def _checked(url, data, content_type):
    """The body as an image, or why it is not one (an HTML page served as .png, an empty body)."""
    if not data:
        return _Body(error=f"{url}: empty body")
    if data.lstrip()[:16].lower().startswith(HTML_STARTS):
        return _Body(error=f"{url}: not an image (an HTML page)")
    extension = (
        _url_extension(url)
        or TYPE_EXTENSIONS.get(content_type)
        or _sniffed_extension(data)
        or (".svg" if b"<svg" in data[:1024] else None)
    )
    if extension is None:
        return _Body(error=f"{url}: not an image (unknown format, {content_type or 'no content type'})")
    return _Body(data=data, extension=extension)


def _sniffed_extension(data):
    for magic, extension in MAGIC_EXTENSIONS:
        if data.startswith(magic):
            return extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None


def _size(count):
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count:,} bytes"


# --- the cache ---------------------------------------------------------------------------------


def _cache_path(cache_dir, url):
    return os.path.join(cache_dir, hashlib.sha256(url.encode("utf-8")).hexdigest())


def _write_cache(cache_dir, url, body):
    """One file per URL: a header line (magic, size, sha256, extension), then the bytes."""
    digest = hashlib.sha256(body.data).hexdigest()
    header = b" ".join([CACHE_MAGIC, str(len(body.data)).encode(), digest.encode(), body.extension.encode()])
    atomic_write(_cache_path(cache_dir, url), header + b"\n" + body.data)


def _read_cache(cache_dir, url):
    """The cached body of `url`; an empty _Body when there is none or it is not whole."""
    try:
        with open(_cache_path(cache_dir, url), "rb") as f:
            header, _, data = f.read().partition(b"\n")
    except OSError:
        return _Body()
    fields = header[len(CACHE_MAGIC) :].split()
    if not header.startswith(CACHE_MAGIC + b" ") or len(fields) != 3:
        return _Body()
    size, digest, extension = fields
    if size != str(len(data)).encode() or hashlib.sha256(data).hexdigest().encode() != digest:
        return _Body()
    return _Body(data=data, extension=extension.decode("ascii", "replace"))


def _remove_stale_temporaries(folder):
    """Temporary files that a killed import left (an hour old: not another import's, under way),
    so that none is ever published as a static file."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMPORARY_PREFIX) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if time.time() - entry.stat().st_mtime > STALE_SECONDS:
                        os.unlink(entry.path)


# --- placing -----------------------------------------------------------------------------------


def _url_extension(url):
    extension = posixpath.splitext(unquote(urlsplit(url).path))[1].lower()
    return extension if extension in IMAGE_EXTENSIONS else None


def file_stem(url):
    """A safe file name stem from the URL's last path segment: lowercase ASCII words joined by
    hyphens (plan-300x180, cafe-creme); "image-<hash>" when nothing usable is left."""
    segment = posixpath.basename(unquote(urlsplit(url).path).rstrip("/"))
    stem = posixpath.splitext(segment)[0] if _url_extension(url) else segment
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")[:80].rstrip("-")
    return slug or "image-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def _place(bodies, years, content_dir, write):
    results, claimed, cleaned = {}, {}, set()  # claimed: relative path -> sha256 of its bytes
    for url in sorted(bodies):
        body = bodies[url]
        if body.error is not None:
            results[url] = ImageResult(None, body.error)
            continue
        digest = hashlib.sha256(body.data).hexdigest() if body.data is not None else None
        folder = f"images/{years[url]}"
        relative, new = _choose(content_dir, folder, file_stem(url), body.extension, digest, claimed)
        if new and write:
            if folder not in cleaned:
                cleaned.add(folder)
                _remove_stale_temporaries(os.path.join(content_dir, "images", str(years[url])))
            try:
                atomic_write(os.path.join(content_dir, *relative.split("/")), body.data)
            except OSError as error:
                results[url] = ImageResult(None, f"{url}: cannot write {relative}: {error}")
                continue
        claimed[relative] = digest
        results[url] = ImageResult(relative)
    return results


def _choose(content_dir, folder, stem, extension, digest, claimed):
    """(relative path, whether it is a new file): the first of stem.ext, stem-2.ext, ... that
    holds these very bytes (from this run or an earlier one), or else is free."""
    for number in itertools.count(1):
        relative = f"{folder}/{stem}{'' if number == 1 else f'-{number}'}{extension}"
        if relative in claimed:
            same = claimed[relative] == digest
        elif os.path.exists(os.path.join(content_dir, *relative.split("/"))):
            same = _file_digest(os.path.join(content_dir, *relative.split("/"))) == digest
        else:
            return relative, True
        if same and digest is not None:
            return relative, False


def _file_digest(path):
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None
