"""sitemap.xml from the list of pages the build actually wrote."""

from xml.sax.saxutils import escape

EXCLUDED_PREFIXES = ("drafts/",)
EXCLUDED_FILES = {"404.html"}


def page_url(origin, relative_path):
    """Public URL of an output file: `posts/2024/x/index.html` -> `<origin>/posts/2024/x/`."""
    path = relative_path.replace("\\", "/")
    if path == "index.html":
        path = ""
    elif path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return f"{origin.rstrip('/')}/{path}"


def wanted_in_sitemap(relative_path):
    path = relative_path.replace("\\", "/")
    return path.endswith(".html") and path not in EXCLUDED_FILES and not path.startswith(EXCLUDED_PREFIXES)


def render_sitemap(origin, pages):
    """XML text for `pages`: an iterable of (relative output path, lastmod datetime or None)."""
    rows = []
    for path, lastmod in sorted(pages, key=lambda p: p[0]):
        if not wanted_in_sitemap(path):
            continue
        row = f"  <url><loc>{escape(page_url(origin, path))}</loc>"
        if lastmod is not None:
            row += f"<lastmod>{lastmod.isoformat(timespec='seconds')}</lastmod>"
        rows.append(row + "</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n"
    )
