"""The planet's Atom and RSS feeds (feedgenerator) and the OPML 2.0 list of its subscriptions.

Every entry keeps its original link, author, source blog (<source>) and sanitized content; ids
are the original ones when they are URIs, else derived from the entry's identity, so they stay
the same from build to build. No control character reaches the XML.
"""

import email.utils
from xml.sax.saxutils import escape, quoteattr

from feedgenerator import Atom1Feed, Rss201rev2Feed

from .sanitize import strip_control


class PlanetAtomFeed(Atom1Feed):
    """Atom 1.0 with an atom:source per entry: the blog it came from."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        source = item.get("source")
        if source and source.get("name"):
            handler.startElement("source", {})
            if source.get("feed_url"):
                handler.addQuickElement("id", source["feed_url"])
            handler.addQuickElement("title", source["name"])
            if source.get("link"):
                handler.addQuickElement("link", "", {"rel": "alternate", "href": source["link"]})
            if source.get("feed_url"):
                handler.addQuickElement("link", "", {"rel": "self", "href": source["feed_url"]})
            handler.endElement("source")


class PlanetRssFeed(Rss201rev2Feed):
    """RSS 2.0 with <source url="..."> per item: the blog it came from."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        source = item.get("source")
        if source and source.get("name") and source.get("feed_url"):
            handler.addQuickElement("source", source["name"], {"url": source["feed_url"]})


def _text(value):
    return strip_control(value) if value else value


def render_feed(feed_class, views, *, title, link, feed_url, description, language):
    """A planet feed as XML text, from EntryViews (already sanitized)."""
    feed = feed_class(
        title=_text(title),
        link=link,
        feed_url=feed_url,
        description=_text(description),
        language=language,
        feed_guid=feed_url,
    )
    for view in views:
        feed.add_item(
            title=_text(view.title),
            link=view.link,
            description=None if feed_class is PlanetAtomFeed else _text(view.html),
            content=_text(view.html) if feed_class is PlanetAtomFeed else None,
            author_name=_text(view.author or view.blog),
            pubdate=view.date,
            updateddate=view.date,
            unique_id=view.unique_id,
            unique_id_is_permalink=False,
            categories=[_text(tag) for tag in view.tags],
            source={"name": _text(view.blog), "link": view.blog_link, "feed_url": view.source_url},
        )
    return feed.writeString("utf-8")


def render_opml(subscriptions, *, title, owner, date_modified):
    """OPML 2.0 of the subscriptions (name, feed, site)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{escape(_text(title))}</title>",
    ]
    if date_modified is not None:
        lines.append(f"    <dateModified>{email.utils.format_datetime(date_modified)}</dateModified>")
    if owner:
        lines.append(f"    <ownerName>{escape(_text(owner))}</ownerName>")
    lines += ["  </head>", "  <body>"]
    for sub in subscriptions:
        if not sub.feed_url:
            continue
        attributes = f'text={quoteattr(_text(sub.name))} title={quoteattr(_text(sub.name))} type="rss" xmlUrl={quoteattr(sub.feed_url)}'
        if sub.site:
            attributes += f" htmlUrl={quoteattr(sub.site)}"
        lines.append(f"    <outline {attributes}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
