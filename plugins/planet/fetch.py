"""HTTP for `invoke planet`: one conditional GET per feed (or avatar) with httpx's async client.

Every outcome is a `Response` value, never an exception: a feed that is down, slow, gone, moved,
oversized or a gzip bomb is one row of the report. Bodies are read as raw bytes and inflated
here, chunk by chunk, with zlib's `max_length`, so the size limit counts decompressed bytes and
a bomb is refused after at most `max_bytes + 1` bytes of output.
"""

import asyncio
import ssl
import zlib
from dataclasses import dataclass

import httpx

USER_AGENT = "Lectern-Planet/0.1 (+https://getpelican.com; a planet inside a Pelican site)"
FEED_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
IMAGE_ACCEPT = "image/png, image/jpeg, image/gif, image/webp;q=0.9"
PERMANENT_REDIRECTS = (301, 308)
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Response:
    kind: str  # "ok", "not-modified", "gone" or "failed"
    url: str  # the URL asked for
    final_url: str = ""  # after redirects
    body: bytes | None = None  # decompressed, for "ok"
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # where a permanent redirect (301/308) points
    status: int | None = None  # the last HTTP status, when there was one
    error: str | None = None  # why, for "failed"


class TooLarge(Exception):
    pass


def connect_timeout(timeout):
    return min(5.0, float(timeout))


def make_client(timeout, concurrency, transport=None):
    """The shared async client: pooled keep-alive connections, redirects followed (at most 5)."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(float(timeout), connect=connect_timeout(timeout)),
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
    )


def _decoder(encoding):
    """A zlib decompressor for a Content-Encoding; None for identity; ValueError for others."""
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    raise ValueError(f"unsupported Content-Encoding {encoding!r}")


def _inflate(decoder, raw, room):
    """Decompress `raw`, producing at most room + 1 bytes (TooLarge past `room`)."""
    produced = [decoder.decompress(raw, room + 1)]
    total = len(produced[0])
    while decoder.unconsumed_tail and total <= room:
        produced.append(decoder.decompress(decoder.unconsumed_tail, room + 1 - total))
        total += len(produced[-1])
    if total > room:
        raise TooLarge
    return b"".join(produced)


async def read_limited(response, max_bytes):
    """The response body, decompressed, or TooLarge as soon as it passes `max_bytes`."""
    decoder = _decoder(response.headers.get("content-encoding"))
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge
    chunks, size = [], 0
    async for raw in response.aiter_raw():
        data = _inflate(decoder, raw, max_bytes - size) if decoder else raw
        size += len(data)
        if size > max_bytes:
            raise TooLarge
        chunks.append(data)
    if decoder is not None:
        if not decoder.eof:
            raise zlib.error("compressed body ends early")
        chunks.append(_inflate(decoder, b"", max_bytes - size))
    return b"".join(chunks)


def permanent_target(response):
    """Where the leading run of permanent redirects (301/308) ended, or None."""
    target = None
    hops = list(response.history)
    for hop, following in zip(hops, [*hops[1:], response]):
        if hop.status_code not in PERMANENT_REDIRECTS:
            break
        target = str(following.url)
    return target


def _failure(error):
    """A short reason for a transport-level exception."""
    if isinstance(error, httpx.ConnectTimeout):
        return "connection timed out"
    if isinstance(error, httpx.TimeoutException):
        return "timed out waiting for the server"
    if isinstance(error, httpx.TooManyRedirects):
        return f"more than {MAX_REDIRECTS} redirects"
    text = str(error) or type(error).__name__
    cause = error.__context__ or error.__cause__
    if (
        isinstance(error, ssl.SSLError)
        or isinstance(cause, ssl.SSLError)
        or "SSL" in text
        or "CERTIFICATE" in text
    ):
        return f"TLS error: {text}"
    if isinstance(error, httpx.ConnectError):
        return f"connection failed: {text}"
    if isinstance(error, httpx.RemoteProtocolError | httpx.ReadError | ConnectionError):
        return f"connection closed or reset by the server: {text}"
    if isinstance(error, zlib.error):
        return f"broken compressed body: {text}"
    return f"{type(error).__name__}: {text}"


async def _get(client, url, etag, last_modified, max_bytes, accept):
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    async with client.stream("GET", url, headers=headers) as response:
        common = {
            "url": url,
            "final_url": str(response.url),
            "status": response.status_code,
            "moved_to": permanent_target(response),
        }
        if response.status_code == 304:
            return Response("not-modified", etag=etag, last_modified=last_modified, **common)
        if response.status_code == 410:
            return Response("gone", error="410 Gone", **common)
        if response.status_code != 200:
            reason = response.reason_phrase or ""
            return Response("failed", error=f"HTTP {response.status_code} {reason}".strip(), **common)
        try:
            body = await read_limited(response, max_bytes)
        except TooLarge:
            return Response("failed", error=f"body over {max_bytes:,} bytes (after decompression)", **common)
        return Response(
            "ok",
            body=body,
            content_type=response.headers.get("content-type", ""),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            **common,
        )


async def get(client, url, *, etag=None, last_modified=None, max_bytes, timeout, accept=FEED_ACCEPT):
    """GET `url` conditionally within `timeout` seconds all told; always a Response."""
    try:
        async with asyncio.timeout(timeout):
            return await _get(client, url, etag, last_modified, max_bytes, accept)
    except TimeoutError:
        return Response("failed", url, error=f"timed out after {timeout:g} s")
    except asyncio.CancelledError:
        raise
    except Exception as error:  # one feed never breaks the run: every failure is a report row
        return Response("failed", url, error=_failure(error))


IMAGE_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"GIF87a": ".gif",
    b"GIF89a": ".gif",
}


def image_extension(data):
    """The file extension for PNG, JPEG, GIF or WebP bytes, sniffed (never SVG); None otherwise."""
    for signature, extension in IMAGE_SIGNATURES.items():
        if data.startswith(signature):
            return extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None
