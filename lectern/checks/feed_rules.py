"""The rules of RSS 2.0 and Atom 1.0 (RFC 4287) that the W3C Feed Validation Service reports as
errors, checked on a parsed feed: what `invoke check` holds every feed to beyond well-formedness.

Each function takes an lxml root and returns (line, message) pairs; nothing here reads files.
The W3C validator itself is not on the package index, so these are written from the two specs
and from its list of errors (guid, dates, required elements, ids, authors, link attributes).
"""

import re
from datetime import datetime
from urllib.parse import urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"

# RFC 822 section 5, with RFC 1123's four-digit years: "Wed, 01 May 2024 10:00:00 +0000".
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RFC822 = re.compile(
    r"^(?:(?P<dow>{days}), )?(?P<day>\d{{1,2}}) (?P<month>{months}) (?P<year>\d{{4}}|\d{{2}}) "
    r"(?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d))? "
    r"(?P<zone>UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{{4}})$".format(
        days="|".join(_DAYS), months="|".join(_MONTHS)
    )
)
# RFC 3339 date-time, as Atom requires for updated and published.
_RFC3339 = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d)T(?P<time>\d\d:\d\d:\d\d)(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$", re.IGNORECASE
)
_ATOM_TEXT_TYPES = ("text", "html", "xhtml")
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+$")


def rfc822_problem(value):
    """Why `value` is not an RFC 822 date (RSS 2.0's pubDate, lastBuildDate), or None."""
    match = _RFC822.match((value or "").strip())
    if not match:
        return f"{value!r} is not an RFC 822 date (like 'Wed, 01 May 2024 10:00:00 +0000')"
    year = int(match["year"])
    try:
        when = datetime(
            year + (1900 if year < 100 else 0),
            _MONTHS.index(match["month"]) + 1,
            int(match["day"]),
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
        )
    except ValueError:
        return f"{value!r} is not a real date"
    if match["dow"] and _DAYS[when.weekday()] != match["dow"]:
        return f"{value!r}: the day of the week is wrong (it was a {_DAYS[when.weekday()]})"
    return None


def rfc3339_problem(value):
    """Why `value` is not an RFC 3339 date-time (Atom's updated, published), or None."""
    match = _RFC3339.match((value or "").strip())
    if not match:
        return f"{value!r} is not an RFC 3339 date-time (like '2024-05-01T10:00:00+00:00')"
    try:
        datetime.fromisoformat(f"{match['date']}T{match['time']}")
    except ValueError:
        return f"{value!r} is not a real date"
    return None


def is_full_url(value):
    parts = urlsplit((value or "").strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_absolute_iri(value):
    parts = urlsplit((value or "").strip())
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


def _line(node):
    return node.sourceline or ""


def rss_problems(root):
    """RSS 2.0: the channel's title, link and description; guids that are URLs unless
    isPermaLink="false"; RFC 822 dates; complete enclosures."""
    found = []
    if root.get("version") != "2.0":
        found.append((_line(root), f"<rss> version is {root.get('version')!r}, not '2.0'"))
    channels = root.findall("channel")
    if len(channels) != 1:
        return [*found, (_line(root), f"<rss> has {len(channels)} <channel> elements, not 1")]
    channel = channels[0]
    for name in ("title", "link", "description"):
        if channel.find(name) is None:
            found.append((_line(channel), f"<channel> has no <{name}>"))
    for name in ("pubDate", "lastBuildDate"):
        for node in channel.findall(name):
            if problem := rfc822_problem(node.text):
                found.append((_line(node), f"<channel> <{name}>: {problem}"))
    for number, item in enumerate(channel.iter("item"), start=1):
        for guid in item.findall("guid"):
            permalink = guid.get("isPermaLink", "true")
            if permalink not in ("true", "false"):
                found.append((_line(guid), f'item {number}: isPermaLink="{permalink}" is not true or false'))
            elif permalink == "true" and not is_full_url(guid.text):
                found.append(
                    (
                        _line(guid),
                        f"item {number}: <guid> {(guid.text or '').strip()!r} must be a full URL "
                        'unless it has isPermaLink="false"',
                    )
                )
        for node in item.findall("pubDate"):
            if problem := rfc822_problem(node.text):
                found.append((_line(node), f"item {number}: <pubDate>: {problem}"))
        for node in item.findall("link"):
            if not is_full_url(node.text):
                found.append((_line(node), f"item {number}: <link> {node.text!r} is not a full URL"))
        enclosures = item.findall("enclosure")
        if len(enclosures) > 1:
            found.append((_line(item), f"item {number} has {len(enclosures)} enclosures (RSS allows one)"))
        for enclosure in enclosures:
            if not is_full_url(enclosure.get("url")):
                found.append((_line(enclosure), f"item {number}: enclosure url is not a full URL"))
            if not (enclosure.get("length") or "").isdigit():
                found.append((_line(enclosure), f"item {number}: enclosure length is not a number of bytes"))
            if not _MIME.match(enclosure.get("type") or ""):
                found.append((_line(enclosure), f"item {number}: enclosure type is not a MIME type"))
    return found


def _atom_dates(node, where):
    found = []
    for name in ("updated", "published"):
        for date in node.findall(f"{ATOM}{name}"):
            if problem := rfc3339_problem(date.text):
                found.append((_line(date), f"{where} <{name}>: {problem}"))
    return found


def _atom_links_and_texts(node, where):
    found = []
    for link in node.findall(f"{ATOM}link"):
        if not (link.get("href") or "").strip():
            found.append((_line(link), f"{where}: a <link> has no href"))
    for name in ("title", "subtitle", "summary", "rights"):
        for text in node.findall(f"{ATOM}{name}"):
            if text.get("type", "text") not in _ATOM_TEXT_TYPES:
                found.append((_line(text), f"{where} <{name}> type={text.get('type')!r}"))
    for content in node.findall(f"{ATOM}content"):
        kind = content.get("type", "text")
        if kind not in _ATOM_TEXT_TYPES and not _MIME.match(kind):
            found.append(
                (_line(content), f"{where} <content> type={kind!r} is not text, html, xhtml or a MIME type")
            )
    return found


def _has_author(node):
    return any((author.findtext(f"{ATOM}name") or "").strip() for author in node.findall(f"{ATOM}author"))


def atom_problems(root):
    """Atom 1.0: ids that are absolute IRIs, RFC 3339 dates, an author for every entry (its own,
    its source's or the feed's), links with an href, known text types. (The feed's and each
    entry's id, title and updated, and unique ids, are checked by the caller.)"""
    found = []
    for id_ in root.iter(f"{ATOM}id"):
        if (id_.text or "").strip() and not is_absolute_iri(id_.text):
            found.append((_line(id_), f"<id> {id_.text.strip()!r} is not an absolute IRI"))
    found += _atom_dates(root, "feed")
    found += _atom_links_and_texts(root, "feed")
    feed_author = _has_author(root)
    for number, entry in enumerate(root.iter(f"{ATOM}entry"), start=1):
        where = f"entry {number}"
        found += _atom_dates(entry, where)
        found += _atom_links_and_texts(entry, where)
        source = entry.find(f"{ATOM}source")
        if not (feed_author or _has_author(entry) or (source is not None and _has_author(source))):
            found.append((_line(entry), f"{where} has no author, nor has the feed"))
        content = entry.find(f"{ATOM}content")
        if content is not None and content.get("src") and entry.find(f"{ATOM}summary") is None:
            found.append((_line(entry), f"{where} has content by reference (src) and no <summary>"))
    return found
