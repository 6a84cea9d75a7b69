"""One imported item as a Markdown file: where it goes, its metadata, its body."""

import datetime as dt
import re
import urllib.parse

from pelican.utils import slugify

from . import markdown
from .write import front_matter

_SLUG_SUBS = [(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")]


def slug_for(text):
    return slugify(urllib.parse.unquote(text or ""), regex_subs=_SLUG_SUBS)[:80].strip("-")


def link_slug(item):
    """The slug the old blog's permalink ends in (Blogger's /2018/11/name.html, a feed's /name/)."""
    if not item.link:
        return None
    parts = urllib.parse.urlsplit(item.link)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "")
    segment = re.sub(r"\.(?:html?|php|aspx?)$", "", segment)
    return None if parts.query or segment.isdigit() and len(segment) == 4 else slug_for(segment) or None


def old_paths(item):
    """The paths the old blog served this item at: its permalink and, for WordPress, /?p=ID."""
    paths = []
    if item.link:
        parts = urllib.parse.urlsplit(item.link)
        path = parts.path or "/"
        if parts.query and re.fullmatch(r"(?:p|page_id)=\d+", parts.query):
            path = f"{path}?{parts.query}"
        elif parts.query:
            path = None
        if path and path != "/":
            paths.append(path)
    if item.wordpress and item.old_id:
        query = f"/?{'page_id' if item.kind == 'page' else 'p'}={item.old_id}"
        if query not in paths:
            paths.append(query)
    return paths


def title_for(item, warn):
    if item.title:
        return item.title
    words = (markdown.plain_text(item.html) or "").split()
    fallback = (
        " ".join(words[:8]) + ("…" if len(words) > 8 else "")
        if words
        else f"Untitled {item.old_id or item.line}"
    )
    warn(f"line {item.line}: an item without a title; titled it {fallback!r}")
    return fallback


def date_for(item, fallback, warn):
    if item.date:
        return item.date
    stamp = item.modified or fallback
    warn(f"line {item.line}: {item.title or 'an item'!r} has no date; dated it {stamp:%Y-%m-%d %H:%M}")
    return stamp


def _stamp(moment):
    return moment.isoformat(sep=" ", timespec="minutes" if not moment.second else "seconds")


def summary_for(item):
    if item.excerpt:
        return markdown.plain_text(item.excerpt)
    return markdown.summary_text(item.html)


def relative_path(item, slug, date):
    if item.kind == "page":
        return f"pages/{slug}.md"
    return f"posts/{date:%Y}/{slug}.md"


def render(item, *, title, date, slug, converted):
    """The whole Markdown file for an item."""
    fields = [
        ("Title", title),
        ("Date", _stamp(date)),
        ("Modified", _stamp(item.modified) if item.modified and item.modified != date else None),
        ("Category", item.category if item.kind == "post" else None),
        ("Tags", item.tags if item.kind == "post" else None),
        ("Slug", slug),
        ("Author", item.author),
        ("Summary", summary_for(item)),
        ("Status", "draft" if item.draft else None),
        ("Redirect-From", old_paths(item) if not item.draft else None),
    ]
    return front_matter(fields) + converted.markdown


def default_date(path):
    """The date for items that carry none: the source file's own time, so a second import agrees."""
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    except OSError:
        return dt.datetime(1970, 1, 1)
