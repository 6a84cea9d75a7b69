"""Feed bodies into plain entries with feedparser (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, RDF; declared,
wrongly declared and undeclared encodings), and the identity of an entry across feeds.

An entry is a dict that JSON can hold: key, id, link, title (text), author (text), content and
summary (outside HTML, unsanitized: sanitize.py cleans it when the site is built), base (for
relative URLs), tags, published and updated (ISO 8601 in UTC, or None) and position (its place in
the document). Outside HTML is kept as the feed gave it, so a stricter sanitizer later needs no
new fetch.
"""

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urljoin, urlsplit

import feedparser

from .cache import real_date
from .config import is_web_url
from .sanitize import clean_text, html_to_text

UTC = dt.UTC
_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S | re.I)
_ROOT = re.compile(rb"<([A-Za-z_][\w:.-]*)")
_TRAILING_COMMENTS = re.compile(rb"(?:\s*<!--.*?-->)+\s*$", re.S)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.S | re.I)
_ALTERNATE = re.compile(
    r"""<link\b(?=[^>]*\brel=["']?alternate)(?=[^>]*\btype=["']?application/(?:atom|rss)\+xml)[^>]*\bhref=["']?([^"'\s>]+)""",
    re.I,
)


class NotAFeed(ValueError):
    """The body is not a feed we can read; the message says what it is instead."""


@dataclass
class ParsedFeed:
    title: str | None
    link: str | None
    entries: list
    notes: list = field(default_factory=list)  # things worth reporting that did not stop us


def identity(value):
    """A comparable form of an id or link: http/https, host case, default ports and trailing
    slashes do not matter; anything that is not a web URL is compared as it is."""
    value = (value or "").strip()
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return f"id:{value}"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"id:{value}"
    host = parts.hostname.lower() + (f":{port}" if port not in (None, 80, 443) else "")
    key = f"web:{host}{parts.path.rstrip('/')}"
    if parts.query:
        key += f"?{parts.query}"
    if parts.fragment:
        key += f"#{parts.fragment}"
    return key


def entry_keys(entry):
    """Every key an entry can be matched by: its id and its link (a bare home page link excluded)."""
    keys = [entry["key"]]
    if entry.get("id"):
        keys.append(identity(entry["id"]))
    link = entry.get("link")
    if link and urlsplit(link).path.strip("/"):
        keys.append(identity(link))
    return list(dict.fromkeys(keys))


def _date(struct):
    if not struct:
        return None
    try:
        return real_date(dt.datetime(*struct[:6], tzinfo=UTC))
    except (TypeError, ValueError, OverflowError):
        return None


def _html(detail):
    """The HTML of a feedparser text construct (plain text is escaped into a paragraph)."""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or "text/html"):
        return value
    return f"<p>{escape(value)}</p>" if value.strip() else ""


def _text(detail, fallback=""):
    value = detail.get("value") if detail else fallback
    if detail and "html" in (detail.get("type") or ""):
        return html_to_text(value or "")
    return clean_text(value or "")


def _author(raw):
    detail = raw.get("author_detail") or {}
    name = clean_text(detail.get("name") or "") or html_to_text(raw.get("author") or "")
    if not name or ("@" in name and " " not in name):  # an e-mail address alone: not shown
        return None
    return name


def _content(raw):
    contents = raw.get("content") or []
    html_parts = [c for c in contents if "html" in (c.get("type") or "")] or contents
    return (_html(html_parts[0]), html_parts[0].get("base")) if html_parts else (None, None)


def _web_url(value, base):
    if not value:
        return None
    try:
        url = urljoin(base or "", value.strip())
    except ValueError:
        return None
    return url if is_web_url(url) else None


def normalize_entry(raw, position, feed_url, fetched_at, feed_author=None):
    """One feedparser entry as a plain dict, or None when it carries nothing to show. Its author
    is its own, else its atom:source's, else `feed_author` (an Atom feed's, RFC 4287 4.2.1)."""
    content, content_base = _content(raw)
    summary_detail = raw.get("summary_detail") or {}
    summary = _html(summary_detail) if raw.get("summary") else None
    if content and summary and html_to_text(content) == html_to_text(summary):
        summary = None
    link = _web_url(raw.get("link"), feed_url)
    entry_id = clean_text(raw.get("id") or "") or None
    title = _text(raw.get("title_detail"), raw.get("title"))
    if not (title or content or summary or link):
        return None
    if not title:
        words = html_to_text(content or summary or "").split()
        title = " ".join(words[:10]) + ("…" if len(words) > 10 else "") if words else "Untitled"
    # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed.
    updated = _date(dict.get(raw, "updated_parsed"))
    published = _date(dict.get(raw, "published_parsed")) or _date(dict.get(raw, "created_parsed")) or updated
    clamped = published is not None and published > fetched_at
    if clamped:
        published = fetched_at
    if updated is not None and updated > fetched_at:
        updated = fetched_at
    if entry_id:
        key = identity(entry_id)
    elif link:
        key = identity(link)
    else:
        digest = hashlib.sha1(f"{title}\0{content or summary or ''}".encode("utf-8", "replace")).hexdigest()
        key = f"hash:{digest}"
    return {
        "key": key,
        "id": entry_id,
        "link": link,
        "title": title,
        "author": _author(raw) or _author(raw.get("source") or {}) or feed_author,
        "content": content or None,
        "summary": summary or None,
        "base": _web_url(content_base or summary_detail.get("base"), feed_url) or link or feed_url,
        "tags": [
            clean_text(t.get("term") or t.get("label") or "")
            for t in raw.get("tags") or []
            if (t.get("term") or t.get("label"))
        ],
        "published": published.isoformat() if published else None,
        "updated": updated.isoformat() if updated else None,
        "position": position,
        "clamped": clamped,
    }


def _complete(body):
    """Whether the document ends with its root element's end tag (trailing comments allowed)."""
    match = _ROOT.search(_PROLOG.sub(b"", body[:8192]))
    if not match:
        return False
    tail = _TRAILING_COMMENTS.sub(b"", body.rstrip())
    return tail.endswith(b"</" + match.group(1) + b">")


def _not_a_feed(body, content_type, parsed):
    if not body.strip():
        return NotAFeed("empty body")
    if _HTML_START.match(body) or "html" in content_type.lower() and b"<rss" not in body[:2048]:
        advertised = _ALTERNATE.search(body[:65536].decode("utf-8", "replace"))
        hint = f" (the page names a feed at {advertised.group(1)})" if advertised else ""
        return NotAFeed(f"an HTML page, not a feed{hint}")
    problem = parsed.get("bozo_exception")
    return NotAFeed(f"not a feed: {problem}" if problem else "not a feed")


def parse_feed(body, url, content_type="", fetched_at=None):
    """A ParsedFeed from the bytes of a feed; NotAFeed for HTML, truncated XML and the like."""
    fetched_at = fetched_at or dt.datetime.now(UTC)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(  # a stream, never a string: feedparser opens strings as paths or URLs
        io.BytesIO(body), response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    problem = parsed.get("bozo_exception")
    if not parsed.get("version") and not parsed.entries:
        raise _not_a_feed(body, content_type, parsed)
    notes = []
    if parsed.bozo and problem is not None:
        name = type(problem).__name__
        if name == "CharacterEncodingOverride":
            notes.append(f"declared encoding is wrong: read as {parsed.get('encoding')}")
        elif "SAX" in name or "Parse" in name:
            if not _complete(body):
                raise NotAFeed(f"truncated XML ({len(body):,} bytes): {problem}")
            notes.append(f"not well-formed XML, read leniently: {problem}")
    feed = parsed.get("feed") or {}
    # An Atom feed's <author> is the author of its entries that name none; RSS has no such rule
    # (a channel's managingEditor edits, it does not write).
    feed_author = _author(feed) if (parsed.get("version") or "").startswith("atom") else None
    entries = []
    for position, raw in enumerate(parsed.entries):
        entry = normalize_entry(raw, position, url, fetched_at, feed_author)
        if entry is not None:
            entries.append(entry)
    clamped = sum(1 for entry in entries if entry.pop("clamped"))
    if clamped:
        notes.append(f"{clamped} future date(s) set to the fetch time")
    return ParsedFeed(
        title=_text(feed.get("title_detail"), feed.get("title")) or None,
        link=_web_url(feed.get("link"), url),
        entries=entries,
        notes=notes,
    )
