"""Every Atom/RSS/OPML file: well-formed, valid for feedparser, complete entries, unique ids,
and the rules of RSS 2.0 and Atom 1.0 that the W3C feed validator reports as errors (feed_rules).

Also, for every XML file in the output: no control characters. For a publish build, no relative
URL in a feed (links, ids, entry content), and every link into the site resolves to a file.
"""

import os
import re
from urllib.parse import urlsplit

import feedparser
from lxml import etree
from lxml import html as lxml_html

from . import Finding
from .feed_rules import atom_problems, rss_problems
from .links import resolve_target

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
FEED_SUFFIXES = (".xml", ".atom", ".rss", ".opml")
# C0 controls other than tab, newline and carriage return; DEL and the C1 block.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same characters written as references, also inside escaped HTML (`&amp;#27;`).
_CONTROL_REFERENCE = re.compile(r"&(?:amp;)?#(x[0-9a-fA-F]+|[0-9]+);")
_URL_ATTRIBUTES = ("href", "src", "poster", "cite")


def xml_files(output_dir):
    for folder, _dirs, files in os.walk(output_dir):
        for name in sorted(files):
            if name.endswith(FEED_SUFFIXES):
                yield os.path.join(folder, name)


def _is_control(code):
    return code < 0x20 and code not in (0x09, 0x0A, 0x0D) or 0x7F <= code <= 0x9F


def control_characters(text):
    """(line, description) for every control character, literal or as a character reference."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines(): it splits at U+0085
        for match in _CONTROL.finditer(line):
            found.append((number, f"control character U+{ord(match.group()):04X}"))
        for match in _CONTROL_REFERENCE.finditer(line):
            value = match.group(1)
            code = int(value[1:], 16) if value[0] in "xX" else int(value)
            if _is_control(code):
                found.append((number, f"control character U+{code:04X} written as {match.group()}"))
    return found


def is_absolute(url):
    parts = urlsplit(url.strip())
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme in ("tag", "urn", "mailto"))


def _content_urls(element):
    """URLs in an Atom/RSS content element: escaped HTML (type="html", RSS) or inline XHTML."""
    if element.get("type") == "xhtml":
        nodes = [n for n in element.iter() if isinstance(n.tag, str)]
    else:
        if not (element.text or "").strip():
            return []
        nodes = list(lxml_html.fragment_fromstring(element.text, create_parent="div").iter())
    urls = []
    for node in nodes:
        # Escaped HTML starts on the element's own line; its lines count on from there.
        line = (
            node.sourceline
            if element.get("type") == "xhtml"
            else element.sourceline + (node.sourceline or 1) - 1
        )
        for attribute in _URL_ATTRIBUTES:
            if node.get(attribute):
                urls.append((line, node.get(attribute).strip()))
        for candidate in (node.get("srcset") or "").split(","):
            if candidate.strip():
                urls.append((line, candidate.split()[0]))
    return urls


def feedparser_problem(data):
    """What feedparser objects to (its `bozo` flag), or None."""
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    return f"feedparser: {parsed.get('bozo_exception')}" if parsed.bozo else None


class _FeedAudit:
    def __init__(self, path, relative, output_dir, publish, site_origins):
        self.path, self.relative, self.output_dir = path, relative, output_dir
        self.publish, self.site_origins = publish, site_origins
        self.findings = []

    def add(self, where, message, severity="error"):
        self.findings.append(Finding(self.relative, str(where), message, severity))

    def url(self, line, url, what):
        """A URL the feed gives readers: absolute in a publish build, and resolving into the site."""
        if not url or url.startswith(("#", "mailto:", "data:")):
            return
        if not is_absolute(url):
            if self.publish:
                self.add(line, f"relative URL {url!r} in {what}")
            return
        target = resolve_target(self.output_dir, self.path, url, self.site_origins)
        if target is not None and not os.path.isfile(target):
            # A dead link in a local build's feed is listed; in a publish build it fails.
            self.add(
                line,
                f"{what} links to {url!r}: no such file in the output",
                "error" if self.publish else "warning",
            )

    def entries(self, root, entry_tag, id_tags, required):
        ids = {}
        for number, entry in enumerate(root.iter(entry_tag), start=1):
            line = entry.sourceline
            missing = [name for name, test in required.items() if not test(entry)]
            if missing:
                self.add(line, f"entry {number} has no {', '.join(missing)}")
            identifier = next((entry.findtext(tag) for tag in id_tags if entry.findtext(tag)), None)
            if identifier:
                identifier = identifier.strip()
                if identifier in ids:
                    self.add(line, f"duplicate id {identifier!r} (also entry {ids[identifier]})")
                ids.setdefault(identifier, number)
                if self.publish and not is_absolute(identifier):
                    self.add(line, f"entry {number}: id {identifier!r} is not an absolute URI")

    def atom(self, root):
        def alternate(node):
            return [
                link for link in node.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"
            ]

        def text(tag):
            return lambda node: bool((node.findtext(f"{ATOM}{tag}") or "").strip())

        for tag in ("id", "title", "updated"):
            if not text(tag)(root):
                self.add(root.sourceline, f"feed has no {tag}")
        if self.publish and text("id")(root) and not is_absolute(root.findtext(f"{ATOM}id")):
            self.add(root.sourceline, f"feed id {root.findtext(f'{ATOM}id')!r} is not an absolute URI")
        required = {
            "id": text("id"),
            "title": text("title"),
            "updated": text("updated"),
            "alternate link": lambda node: bool(alternate(node)),
        }
        self.entries(root, f"{ATOM}entry", [f"{ATOM}id"], required)
        for line, message in atom_problems(root):
            self.add(line, message)
        for link in root.iter(f"{ATOM}link"):
            self.url(link.sourceline, link.get("href", ""), "a <link>")
        for element in (*root.iter(f"{ATOM}content"), *root.iter(f"{ATOM}summary")):
            for line, url in _content_urls(element):
                self.url(line, url, "entry content")

    def rss(self, root):
        required = {
            "title or description": lambda item: (
                item.find("title") is not None or item.find("description") is not None
            )
        }
        self.entries(root, "item", ["guid"], required)
        for line, message in rss_problems(root):
            self.add(line, message)
        for link in root.iter("link", f"{ATOM}link"):
            self.url(link.sourceline, link.get("href") or link.text or "", "a <link>")
        for element in (*root.iter("description"), *root.iter(CONTENT_ENCODED)):
            if element.getparent() is not None and element.getparent().tag == "item":
                for line, url in _content_urls(element):
                    self.url(line, url, "item content")

    def opml(self, root):
        for outline in root.iter("outline"):
            url = outline.get("xmlUrl")
            if url is not None:
                self.url(outline.sourceline, url, "an outline's xmlUrl")


def check_feeds(output_dir, publish=False, site_origins=()):
    """Findings for every XML file under output_dir that is a feed (and control characters in all)."""
    output_dir = os.path.normpath(output_dir)
    findings = []
    for path in xml_files(output_dir):
        relative = os.path.relpath(path, output_dir)
        with open(path, "rb") as f:
            data = f.read()
        audit = _FeedAudit(path, relative, output_dir, publish, site_origins)
        for line, description in control_characters(data.decode("utf-8", errors="replace")):
            audit.add(line, description)
        try:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as error:
            audit.add(error.lineno or "", f"not well-formed XML: {error.msg}")
            findings += audit.findings
            continue
        kind = {f"{ATOM}feed": "atom", "rss": "rss", "opml": "opml"}.get(root.tag)
        if kind:
            getattr(audit, kind)(root)
            problem = feedparser_problem(data) if kind != "opml" else None
            if problem:
                audit.add("", problem)
        findings += audit.findings
    return findings
