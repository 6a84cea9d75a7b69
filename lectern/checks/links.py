"""Every internal href/src/srcset resolves to a file in the output, every #fragment to an id."""

import os
import posixpath
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from lxml import html as lxml_html

from . import Finding

LINK_ATTRIBUTES = ("href", "src", "srcset", "imagesrcset", "poster", "data")
SRCSET_ATTRIBUTES = ("srcset", "imagesrcset")  # comma-separated candidates: "url 2x, url 400w"
SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:")


def html_files(output_dir):
    for folder, _dirs, files in os.walk(output_dir):
        for name in sorted(files):
            if name.endswith(".html"):
                yield os.path.join(folder, name)


@lru_cache(maxsize=4096)
def _parse(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.strip():
        return None
    return lxml_html.document_fromstring(data)


def element_ids(path):
    tree = _parse(path)
    if tree is None:
        return set()
    ids = set(tree.xpath("//@id"))
    ids.update(tree.xpath("//a/@name"))
    return ids


def page_links(path):
    """(line, attribute, url) for every URL-bearing attribute in the page."""
    tree = _parse(path)
    if tree is None:
        return []
    links = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in LINK_ATTRIBUTES:
            value = element.get(attribute)
            if value is None:
                continue
            if attribute == "data" and element.tag != "object":
                continue
            if attribute in SRCSET_ATTRIBUTES:
                for candidate in value.split(","):
                    if candidate.strip():
                        links.append((element.sourceline, attribute, candidate.split()[0]))
            else:
                links.append((element.sourceline, attribute, value.strip()))
    return links


def resolve_target(output_dir, page_path, url, site_origins=()):
    """Output file an internal URL points at, or None for an external URL."""
    for origin in site_origins:
        if origin and (url == origin or url.startswith(origin.rstrip("/") + "/")):
            url = "/" + url[len(origin.rstrip("/")) :].lstrip("/")
            break
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        target = os.path.join(output_dir, path.lstrip("/"))
    elif path:
        target = os.path.join(os.path.dirname(page_path), path)
    else:
        target = page_path
    target = os.path.normpath(target)
    if os.path.isdir(target) or path.endswith("/"):
        target = os.path.join(target, "index.html")
    return target


def check_links(output_dir, site_origins=()):
    """Findings for dead internal links and missing fragments; external URLs as info."""
    findings = []
    output_dir = os.path.normpath(output_dir)
    for page in html_files(output_dir):
        relative_page = os.path.relpath(page, output_dir)
        for line, attribute, url in page_links(page):
            if not url or url.lower().startswith(SKIPPED_SCHEMES):
                continue
            target = resolve_target(output_dir, page, url, site_origins)
            if target is None:
                findings.append(Finding(relative_page, str(line), f"external link {url}", "info"))
                continue
            if not os.path.normpath(target).startswith(output_dir + os.sep) and target != output_dir:
                findings.append(Finding(relative_page, str(line), f"{attribute}={url!r} leaves the site"))
                continue
            if not os.path.isfile(target):
                shown = posixpath.normpath(os.path.relpath(target, output_dir))
                findings.append(Finding(relative_page, str(line), f"{attribute}={url!r}: no file {shown}"))
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and target.endswith(".html") and fragment not in element_ids(target):
                shown = os.path.relpath(target, output_dir)
                findings.append(
                    Finding(relative_page, str(line), f"{attribute}={url!r}: no id {fragment!r} in {shown}")
                )
    _parse.cache_clear()
    return findings
