"""Old addresses of a post: `Redirect-From:` metadata, redirect pages and a `_redirects` file.

    Redirect-From: /2019/03/05/fast-counts/, /fast-counts.html, /?p=123

Each old path is site-relative (a full URL on one of the site's own hosts is reduced to its path).
A path ending in `/` (or with no extension) gets a redirect page at `<path>index.html`, an `.html`
or `.htm` path a page of that name; every old path gets a line in `_redirects` (Netlify and
Cloudflare Pages syntax). A path with a query (`/?p=123`) or another extension (`/x.php`) cannot
be a static page a browser would show: it goes into `_redirects` only.
"""

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

METADATA_KEYS = ("redirect-from", "redirect_from")  # Python-Markdown keeps the hyphen
PAGE_EXTENSIONS = (".html", ".htm")
# Characters of a path or query we write into HTML and a whitespace-separated file unescaped.
SAFE_PATH = re.compile(r"^/[A-Za-z0-9._~!$&'()*+;=:@%/-]*$")
SAFE_QUERY = re.compile(r"^[A-Za-z0-9._~!$'()*+;:@%/-]+=[A-Za-z0-9._~!$'()*+;:@%/-]*$")


class RedirectError(ValueError):
    """An old path that cannot be redirected; the message says why."""


@dataclass(frozen=True)
class Redirect:
    old: str  # the old path as the site serves it, from "/": "/2019/03/05/x/", "/?p=123"
    target: str  # the new URL relative to the site root: "posts/2019/x/"
    source: str  # the file that claims it
    output: str | None  # the redirect page, relative to the output ("2019/03/05/x/index.html")

    @property
    def path(self):
        return urlsplit(self.old).path

    @property
    def query(self):
        return urlsplit(self.old).query


def metadata_value(metadata):
    """The `Redirect-From` value of a content's metadata, or None."""
    for key in METADATA_KEYS:
        if metadata.get(key) not in (None, "", []):
            return metadata[key]
    return None


def split_paths(value):
    """The paths of a `Redirect-From` value: a string or (several lines) a list of strings,
    comma- and/or newline-separated."""
    lines = value if isinstance(value, (list, tuple)) else [value]
    paths = []
    for line in lines:
        for item in re.split(r"[,\n]", str(line)):
            if item.strip():
                paths.append(item.strip())
    return paths


def normalize(path, hosts=()):
    """`path` as a site-relative old path ("/x/", "/?p=1"), or RedirectError saying why not.
    A URL on one of `hosts` (host names, optionally with a port) is reduced to its path."""
    parts = urlsplit(path)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RedirectError(
                f"{path!r} is not a path (give a site-relative path such as /2019/03/05/slug/)"
            )
        if parts.netloc.lower() not in {h.lower() for h in hosts}:
            shown = ", ".join(sorted(hosts)) or "none known: SITEURL is empty"
            raise RedirectError(f"{path!r} is on another host (the site's: {shown}); give its path")
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        if parts.fragment:
            raise RedirectError(f"{parts.geturl()!r}: a #fragment never reaches the server; leave it out")
        parts = urlsplit(path)
    if parts.fragment or "#" in path:
        raise RedirectError(f"{path!r}: a #fragment never reaches the server; leave it out")
    if not path.startswith("/") or path.startswith("//"):
        raise RedirectError(f"{path!r} does not start with / (give a site-relative path such as /old-post/)")
    if not SAFE_PATH.match(parts.path):
        raise RedirectError(f"{path!r}: spaces, quotes and the like must be percent-encoded (%20)")
    segments = parts.path.split("/")
    if any(segment in (".", "..") for segment in segments) or "//" in parts.path:
        raise RedirectError(f"{path!r}: no '.', '..' or empty segments")
    if "?" in path:
        pairs = parts.query.split("&")
        if not parts.query or not all(SAFE_QUERY.match(pair) for pair in pairs):
            raise RedirectError(f"{path!r}: a query must be name=value pairs, such as /?p=123")
    return path


def page_output(path):
    """The redirect page's file (relative to the output) for an old path, or None when a static
    page cannot stand for it (a query, or an extension browsers would not show as HTML)."""
    parts = urlsplit(path)
    if parts.query:
        return None
    relative = parts.path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        return relative + "index.html"
    extension = posixpath.splitext(posixpath.basename(relative))[1]
    if not extension:
        return relative + "/index.html"
    if extension.lower() in PAGE_EXTENSIONS:
        return relative
    return None


def plan(claims, hosts=()):
    """(redirects sorted by old path, problems): `claims` are (source file, target URL, value of
    its Redirect-From). A problem names the file(s): an unreadable path, a path claimed twice
    (or two paths with one redirect page), a post redirecting from its own address."""
    problems = []
    by_old, by_output = {}, {}
    for source, target, value in claims:
        for item in split_paths(value):
            try:
                old = normalize(item, hosts)
            except RedirectError as error:
                problems.append(f"{source}: Redirect-From: {error}")
                continue
            output = page_output(old)
            own = "/" + target
            if old in (own, own.rstrip("/")) or output in (target, target + "index.html"):
                problems.append(f"{source}: Redirect-From: {old} is the post's own address")
                continue
            redirect = Redirect(old, target, source, output)
            first = by_old.get(old) or (by_output.get(output) if output else None)
            if first is not None:
                if first.source == source and first.target == target:
                    continue  # the same path twice in one file
                problems.append(
                    f"{first.source} and {source} both claim Redirect-From {old}"
                    + (f" ({output})" if first.old != old else "")
                    + ": keep it in one of them"
                )
                continue
            by_old[old] = redirect
            if output:
                by_output[output] = redirect
    return sorted(by_old.values(), key=lambda r: r.old), problems


def output_conflicts(redirects, outputs):
    """Problems for redirect pages that would replace another output: `outputs` maps output
    paths (relative, "/"-separated) to what writes them (a source file or a description)."""
    problems = []
    for redirect in redirects:
        if redirect.output and redirect.output in outputs:
            problems.append(
                f"{redirect.source}: Redirect-From {redirect.old} is {redirect.output}, "
                f"which the site already has ({outputs[redirect.output]}): remove it from Redirect-From"
            )
    return problems


def redirects_file(redirects, base_path="/"):
    """The `_redirects` text: one `old new 301` line per old path, sorted. A query becomes
    Netlify's `path name=value` form, forced (`301!`): Netlify does not apply a rule to a path
    that has a file (`/` has index.html) unless forced. Cloudflare Pages ignores such lines."""
    base = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    lines = []
    for redirect in redirects:
        new = base + redirect.target
        path = base + redirect.path.lstrip("/")
        if redirect.query:
            lines.append(f"{path} {redirect.query.replace('&', ' ')} {new} 301!")
        else:
            lines.append(f"{path} {new} 301")
    return "".join(line + "\n" for line in lines)
