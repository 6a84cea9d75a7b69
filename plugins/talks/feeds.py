"""Atom and RSS feeds of talks, with a talk's own video file as an enclosure (URL, bytes, type).

Pelican's feed writer has no enclosures, so the feed objects are made here with feedgenerator,
entry by entry as Pelican makes them; the glue sends Pelican's feed signals around them.
"""

import datetime as dt
from dataclasses import dataclass, field

from feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, get_tag_uri

# feedgenerator dates a feed without entries by the clock; a site with no talks yet gets this
# date instead, so that two builds of one tree are the same bytes.
NO_ENTRIES_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class _Dated:
    def latest_post_date(self):
        return super().latest_post_date() if self.items else NO_ENTRIES_DATE


class _AtomFeed(_Dated, Atom1Feed):
    pass


class _RssFeed(_Dated, Rss201rev2Feed):
    pass


@dataclass
class FeedEntry:
    title: str
    link: str  # absolute
    content: str  # HTML with absolute URLs
    summary: str
    published: object  # aware datetime
    updated: object = None
    author: str = ""
    categories: list = field(default_factory=list)
    enclosure: tuple | None = None  # (absolute URL, length in bytes, MIME type)


def talks_feed(kind, entries, *, title, link, feed_url, description="", summary_only=False):
    """A feedgenerator feed ("atom" or "rss") of FeedEntry objects, in the order given."""
    feed_class = _RssFeed if kind == "rss" else _AtomFeed
    feed = feed_class(
        title=title, link=link, feed_url=feed_url, description=description, subtitle=description or None
    )
    for entry in entries:
        if kind == "rss":
            description_, content = (entry.summary if summary_only else entry.content), None
        else:
            description_, content = entry.summary, entry.content
            if description_ == content:
                description_ = None
        enclosures = []
        if entry.enclosure:
            url, length, mime = entry.enclosure
            enclosures.append(Enclosure(url, str(length), mime))
        feed.add_item(
            title=entry.title,
            link=entry.link,
            unique_id=get_tag_uri(entry.link, entry.published),
            unique_id_is_permalink=False,  # a tag: URI, not the talk's address
            description=description_ or "",
            content=content,
            categories=entry.categories or None,
            author_name=entry.author,
            pubdate=entry.published,
            updateddate=entry.updated,
            enclosures=enclosures,
        )
    return feed
