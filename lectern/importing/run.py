"""`invoke import SOURCE`: read the whole source first, then fetch images, then write posts.

Nothing is written until the source has been read to its end, so a truncated export leaves
content/ as it was. Items wait in a temp file between the passes: memory stays bounded.
"""

import pickle
import sys
import tempfile
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import httpx

from . import markdown, posts, sources
from .report import Progress, Report
from .write import ContentWriter


class ImportFailed(Exception):
    """The import stopped before writing anything; the message says why."""


@contextmanager
def local_copy(source, cache_dir):
    """A path to read: the file itself, or a URL downloaded (streamed) into a temp file."""
    if urllib.parse.urlsplit(str(source)).scheme not in ("http", "https"):
        path = Path(source)
        if not path.is_file():
            raise ImportFailed(f"{source}: no such file")
        yield path
        return
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=cache_dir, prefix="import-", suffix=".xml") as temp:
        try:
            headers = {"User-Agent": "Lectern import (+https://github.com/)"}
            with httpx.stream(
                "GET", str(source), follow_redirects=True, timeout=60, headers=headers
            ) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    temp.write(chunk)
        except httpx.HTTPError as error:
            raise ImportFailed(f"{source}: could not download it ({error})") from None
        temp.flush()
        yield Path(temp.name)


def _image_url(src, item):
    url = urllib.parse.urljoin(item.link or "", src.strip())
    return url if urllib.parse.urlsplit(url).scheme in ("http", "https") else None


def _read_items(path, name, spool, report, progress, fallback_date):
    """First pass: every item read and spooled; returns the image requests found."""
    requests = {}  # url: year
    fmt, items = sources.read(path, name)
    report.format = fmt
    size = max(path.stat().st_size, 1)
    for item in items:
        if isinstance(item, sources.Skipped):
            report.skipped[item.kind] += 1
            continue
        pickle.dump(item, spool)
        year = (item.date or item.modified or fallback_date).year
        for src in markdown.image_urls(item.html):
            url = _image_url(src, item)
            if url:
                requests.setdefault(url, year)
        progress.update(min(spool.tell(), size), size)
    return requests


def _spooled(spool):
    spool.seek(0)
    while True:
        try:
            yield pickle.load(spool)
        except EOFError:
            return


def import_source(source, content_dir, cache_dir, *, dry_run=False, force=False, images=True, out=None):
    """Import `source` (a path or URL) into content_dir. Returns the Report; raises ImportFailed."""
    out = out or sys.stdout
    report = Report(dry_run=dry_run)
    content_dir, cache_dir = Path(content_dir), Path(cache_dir)
    with local_copy(source, cache_dir / "import") as path, tempfile.TemporaryFile() as spool:
        name = str(source)
        progress = Progress("reading", enabled=path.stat().st_size > 1_000_000)
        fallback_date = posts.default_date(path)  # for items that carry no date
        try:
            requests = _read_items(path, name, spool, report, progress, fallback_date)
        except sources.SourceError as error:
            raise ImportFailed(str(error)) from None
        finally:
            progress.done()
        image_paths = _fetch_images(requests, content_dir, cache_dir, images, dry_run, report)
        writer = ContentWriter(content_dir, force=force, write=not dry_run)
        taken = set()
        for item in _spooled(spool):
            _write_item(item, writer, taken, image_paths, fallback_date, report)
        writer.save()
    report.print(out)
    return report


def _fetch_images(requests, content_dir, cache_dir, images, dry_run, report):
    if not images or not requests:
        report.images["links kept"] += len(requests)
        return {}
    from .images import ImageRequest, fetch_images

    progress = Progress("images", enabled=len(requests) > 20)
    try:
        results = fetch_images(
            [ImageRequest(url=url, year=year) for url, year in requests.items()],
            content_dir,
            cache_dir / "import-images",
            write=not dry_run,
            progress=progress.update,
        )
    finally:
        progress.done()
    paths = {}
    for url, result in results.items():
        if result.path:
            paths[url] = "{static}/" + result.path
            report.images["to download" if dry_run else "in content/images"] += 1
        else:
            report.images["failed (link kept)"] += 1
            report.warn(result.error)
    return paths


def _write_item(item, writer, taken, image_paths, fallback_date, report):
    warn = report.warn
    title = posts.title_for(item, warn)
    date = posts.date_for(item, fallback_date, warn)
    slug = (
        posts.slug_for(item.slug or "")
        or posts.link_slug(item)
        or posts.slug_for(title)
        or posts.slug_for(f"post-{item.old_id or item.line}")
    )
    relative = posts.relative_path(item, slug, date)
    n = 2
    while relative in taken:
        relative = posts.relative_path(item, f"{slug}-{n}", date)
        n += 1
    if n > 2:
        warn(f"line {item.line}: {title!r}: slug {slug!r} already taken; wrote {relative}")
        slug = f"{slug}-{n - 1}"
    taken.add(relative)
    converted = markdown.to_markdown(
        item.html,
        lambda url: image_paths.get(_image_url(url, item) or url, url),
        wordpress_rules=item.wordpress,
    )
    text = posts.render(item, title=title, date=date, slug=slug, converted=converted)
    outcome = writer.put(relative, text)
    report.count(item, converted, relative, outcome)


def main(argv=None):
    """`python -m lectern.importing.run SOURCE` for scripts; tasks.py's `invoke import` is the usual way."""
    import argparse

    parser = argparse.ArgumentParser(description="Import a WordPress export, an RSS feed or an Atom feed")
    parser.add_argument("source")
    parser.add_argument("--content", default="content")
    parser.add_argument("--cache", default="cache")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--no-images", action="store_true")
    args = parser.parse_args(argv)
    try:
        import_source(
            args.source,
            args.content,
            args.cache,
            dry_run=args.dry_run,
            force=args.force,
            images=not args.no_images,
        )
    except ImportFailed as error:
        print(f"import: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
