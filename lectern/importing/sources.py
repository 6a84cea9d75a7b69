"""Posts out of a WordPress export (WXR), an RSS 2.0 feed or an Atom feed (Blogger's export is one).

The file is streamed (lxml's iterparse): each item is read, handed on and dropped, so a 50 MB
export takes little memory. Knows nothing of Markdown or of Pelican.
"""

import datetime as dt
import email.utils
import html
import re
from dataclasses import dataclass, field

from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
_APP = ("http://purl.org/atom/app#", "http://www.w3.org/2007/app")
_BLOGGER_KIND = "http://schemas.google.com/g/2005#kind"
_WORDPRESS = "http://wordpress.org/export/"
_DRAFT_STATUSES = {"draft", "pending", "private", "future", "auto-draft"}
FORMATS = "a WordPress export (WXR), an RSS 2.0 feed or an Atom feed (Blogger's export)"


class SourceError(Exception):
    """The source can't be read: the message names the file (and line) and the problem."""


@dataclass
class Item:
    kind: str  # "post" or "page"
    title: str | None
    date: dt.datetime | None  # aware (UTC or the feed's offset), or naive local time
    html: str
    line: int
    slug: str | None = None
    modified: dt.datetime | None = None
    draft: bool = False
    status: str = "publish"  # as the old blog said
    category: str | None = None
    tags: list = field(default_factory=list)
    author: str | None = None
    excerpt: str | None = None  # HTML
    link: str | None = None
    old_id: str | None = None
    wordpress: bool = False  # stored without <p>: apply WordPress's paragraph rules


@dataclass
class Skipped:
    kind: str  # attachment, nav_menu_item, comment, settings...
    line: int


def _local(el):
    return etree.QName(el).localname


def _namespace(el):
    return etree.QName(el).namespace or ""


def _text(el):
    return (el.text or "") if el is not None else ""


def _plain(text):
    """A title as text: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text or "")).split()) or None


def _gmt(text):
    text = (text or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _local_time(text):
    stamp = _gmt(text)
    return stamp.replace(tzinfo=None) if stamp else None


def _rfc822(text):
    try:
        return email.utils.parsedate_to_datetime((text or "").strip())
    except (TypeError, ValueError, IndexError):
        return None


def _iso(text):
    try:
        return dt.datetime.fromisoformat((text or "").strip())
    except ValueError:
        return None


def _wordpress_item(el, authors):
    fields, categories, tags = {}, [], []
    for child in el:
        name, namespace = _local(child), _namespace(child)
        if name == "category":
            (tags if child.get("domain") == "post_tag" else categories).append(_plain(_text(child)))
        elif namespace.startswith(_WORDPRESS) and namespace.endswith("excerpt/"):
            fields["excerpt"] = _text(child)
        elif name not in fields:
            fields[name] = _text(child)
    post_type = fields.get("post_type", "post")
    if post_type not in ("post", "page"):
        return Skipped(post_type, el.sourceline)
    status = fields.get("status", "publish")
    if status == "trash":
        return Skipped("trash", el.sourceline)
    categories = [c for c in categories if c and c.lower() != "uncategorized"]
    login = fields.get("creator")
    return Item(
        kind=post_type,
        title=_plain(fields.get("title")),
        date=_gmt(fields.get("post_date_gmt")) or _local_time(fields.get("post_date")),
        modified=_gmt(fields.get("post_modified_gmt")),
        html=fields.get("encoded", ""),
        line=el.sourceline,
        slug=(fields.get("post_name") or "").strip() or None,
        draft=status in _DRAFT_STATUSES,
        status=status,
        category=categories[0] if categories else None,
        tags=[t for t in categories[1:] + tags if t],
        author=authors.get(login, login) or None,
        excerpt=fields.get("excerpt") or None,
        link=(fields.get("link") or "").strip() or None,
        old_id=(fields.get("post_id") or "").strip() or None,
        wordpress=True,
    )


def _rss_item(el):
    fields, categories = {}, []
    for child in el:
        name = _local(child)
        if name == "category":
            categories.append(_plain(_text(child)))
        elif name not in fields:
            fields[name] = _text(child)
    body = fields.get("encoded") or fields.get("description", "")
    return Item(
        kind="post",
        title=_plain(fields.get("title")),
        date=_rfc822(fields.get("pubDate")) or _iso(fields.get("date")),
        html=body,
        line=el.sourceline,
        tags=[c for c in categories if c],
        author=_plain(fields.get("creator") or fields.get("author")),
        excerpt=fields.get("description") if fields.get("encoded") else None,
        link=(fields.get("link") or "").strip() or None,
    )


def _atom_content(el):
    if el is None:
        return ""
    if el.get("type") == "xhtml":
        inner = [etree.tostring(child, encoding="unicode", with_tail=True) for child in el]
        return re.sub(r'\sxmlns(:\w+)?="[^"]*"', "", (el.text or "") + "".join(inner))
    return _text(el)


def _atom_entry(el, feed_author):
    kind, draft, tags, links, author = "post", False, [], {}, None
    for child in el:
        name = _local(child)
        if name == "category":
            if child.get("scheme") == _BLOGGER_KIND:
                kind = child.get("term", "").rsplit("#", 1)[-1]
            else:
                tags.append(child.get("term") or child.get("label"))
        elif name == "link":
            links.setdefault(child.get("rel", "alternate"), child.get("href"))
        elif name == "control" and _namespace(child) in _APP:
            draft = any(_local(c) == "draft" and _text(c).strip().lower() == "yes" for c in child)
        elif name == "author" and author is None:
            author = next((_text(c).strip() for c in child if _local(c) == "name"), None)
    if kind not in ("post", "page"):
        return Skipped(kind, el.sourceline)
    find = lambda tag: el.find(f"{{{ATOM}}}{tag}")  # noqa: E731
    return Item(
        kind=kind,
        title=_plain(_atom_content(find("title"))),
        date=_iso(_text(find("published"))) or _iso(_text(find("updated"))),
        modified=_iso(_text(find("updated"))),
        html=_atom_content(find("content")) or _atom_content(find("summary")),
        line=el.sourceline,
        draft=draft,
        status="draft" if draft else "publish",
        tags=[t for t in tags if t],
        author=author or feed_author,
        excerpt=_atom_content(find("summary")) if find("content") is not None else None,
        link=links.get("alternate"),
    )


def _drop(el):
    """Free an element read to the end, and the siblings before it."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def read(path, name=None):
    """(format, items): format is "wordpress", "rss" or "atom"; items yields Item or Skipped, in order.

    Raises SourceError for a file that is none of these or isn't well-formed XML (with its line).
    """
    name = name or str(path)
    # Opened here, not by lxml, so that it is closed when reading stops early: refused at its
    # root, or its items left unread (the generator's `finally`).
    source = open(path, "rb")  # noqa: SIM115
    events = etree.iterparse(source, events=("start", "end"), huge_tree=True, resolve_entities=False)
    try:
        kind = _kind(events, name)
    except BaseException:
        source.close()
        raise
    return kind, _items(events, kind, name, source)


def _kind(events, name):
    """What the document's root says it is, or SourceError naming the file (and line)."""
    try:
        _event, root = next(events)
    except etree.XMLSyntaxError as error:
        raise SourceError(_describe(name, error)) from None
    except StopIteration:
        raise SourceError(f"{name}: empty file; expected {FORMATS}") from None
    if root.tag == "rss":
        wordpress = any((ns or "").startswith(_WORDPRESS) for ns in root.nsmap.values())
        return "wordpress" if wordpress else "rss"
    if root.tag == f"{{{ATOM}}}feed":
        return "atom"
    raise SourceError(f"{name}: line {root.sourceline}: <{_local(root)}> is not {FORMATS}")


def _items(events, kind, name, source):
    authors, feed_author, depth = {}, None, 0
    try:
        for event, el in events:
            if event == "start":
                depth += 1
                continue
            depth -= 1
            local = _local(el)
            if kind == "wordpress" and local == "author" and _namespace(el).startswith(_WORDPRESS):
                login = _text(el.find(f"{{{_namespace(el)}}}author_login")).strip()
                display = _text(el.find(f"{{{_namespace(el)}}}author_display_name")).strip()
                if login:
                    authors[login] = display or login
            elif kind == "atom" and local == "author" and depth == 1:
                feed_author = _text(el.find(f"{{{ATOM}}}name")).strip() or None
            elif kind in ("wordpress", "rss") and local == "item":
                yield _wordpress_item(el, authors) if kind == "wordpress" else _rss_item(el)
                _drop(el)
            elif kind == "atom" and local == "entry":
                yield _atom_entry(el, feed_author)
                _drop(el)
    except etree.XMLSyntaxError as error:
        raise SourceError(_describe(name, error)) from None
    finally:
        source.close()


def _describe(name, error):
    line, column = error.position if getattr(error, "position", None) else (error.lineno, 0)
    message = re.sub(r",? line \d+, column \d+$", "", str(error.msg if hasattr(error, "msg") else error))
    return f"{name}: line {line}, column {column}: not well-formed XML ({message}); nothing was written"
