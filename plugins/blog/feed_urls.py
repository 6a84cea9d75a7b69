"""Absolute URLs inside feed entries, so that feed readers and planets show links and images.

An entry's id is `tag:<host>,<day of its Date>:<path of its address>` (feedgenerator's
get_tag_uri, as Pelican makes it): a title, text or `Modified` edit and a rebuild keep it; a new
host, slug or `Date` day gives a new one. In RSS it is a <guid isPermaLink="false">.

Pelican leaves `src="../images/x.png"` and root-relative links as the writer wrote them; a
reader that fetched the feed has no page to resolve them against, so we resolve them against
the entry's own absolute link.
"""

import re
from urllib.parse import urljoin

from feedgenerator import get_tag_uri

_URL_ATTR = re.compile(
    r"""(?P<attr>\b(?:href|src|poster|cite)\s*=\s*)(?P<q>["'])(?P<url>.*?)(?P=q)""", re.I | re.S
)
_SRCSET = re.compile(r"""(?P<attr>\bsrcset\s*=\s*)(?P<q>["'])(?P<url>.*?)(?P=q)""", re.I | re.S)
_ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.I)


def absolute_url(base, url):
    """`url` resolved against `base`, leaving absolute URLs, schemes and bare fragments alone."""
    url = url.strip()
    if not url or _ABSOLUTE.match(url):
        return url
    return urljoin(base, url)


def absolutize_html(html, base):
    """Every href/src/poster/cite/srcset URL in `html` made absolute against `base`."""
    if not html:
        return html

    def one(m):
        return f"{m['attr']}{m['q']}{absolute_url(base, m['url'])}{m['q']}"

    def srcset(m):
        parts = []
        for candidate in m["url"].split(","):
            bits = candidate.strip().split(None, 1)
            if bits:
                bits[0] = absolute_url(base, bits[0])
                parts.append(" ".join(bits))
        return f"{m['attr']}{m['q']}{', '.join(parts)}{m['q']}"

    return _SRCSET.sub(srcset, _URL_ATTR.sub(one, html))


_absolutized = {}  # (html, base) -> html: the same entry appears in many feeds


def clear_cache():
    _absolutized.clear()


def absolutize_feed(feed, site_origin):
    """Rewrite a feedgenerator feed in place: absolute links, ids and content URLs."""
    origin = site_origin.rstrip("/") + "/"
    feed.feed["link"] = absolute_url(origin, feed.feed.get("link") or "")
    feed.feed["feed_url"] = absolute_url(origin, feed.feed.get("feed_url") or "")
    # Atom's feed id is the link Pelican was given: "/" in a local build, where SITEURL is empty.
    feed.feed["id"] = absolute_url(origin, feed.feed.get("id") or "")
    for item in feed.items:
        link = absolute_url(origin, item["link"].lstrip("/"))
        item["link"] = link
        # The id is a tag: URI, not the entry's address: RSS 2.0 takes a <guid> for a URL
        # unless it says isPermaLink="false" (feedgenerator writes that from this key).
        item["unique_id"] = get_tag_uri(link, item["pubdate"])
        item["unique_id_is_permalink"] = False
        for key in ("description", "content"):
            html = item.get(key)
            if html:
                cached = _absolutized.get((html, link))
                if cached is None:
                    cached = _absolutized[(html, link)] = absolutize_html(html, link)
                item[key] = cached
