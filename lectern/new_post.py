"""`invoke new-post "Title"`: a new Markdown post with its metadata filled in."""

import datetime as dt
from pathlib import Path

from pelican.utils import slugify

TEMPLATE = """Title: {title}
Date: {date}
Category: {category}
Tags: {tags}
Slug: {slug}
Summary: One or two sentences that say what the reader will learn.
Status: draft

Write the post here. Fenced code blocks take a language:

```postgresql
SELECT 1;
```
"""


def slug_of(title):
    """The file name (and URL) a title gets: `Vacuum, Freeze & Wraparound!` -> `vacuum-freeze-wraparound`."""
    return slugify(
        title, regex_subs=[(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")]
    )


def new_post(content_dir, title, *, category="PostgreSQL", tags="", now=None):
    """Write content/posts/<year>/<slug>.md; refuse to overwrite. Returns the path."""
    title = title.strip()
    if not title:
        raise ValueError("a post needs a title")
    now = now or dt.datetime.now().replace(second=0, microsecond=0)
    slug = slug_of(title)
    path = Path(content_dir) / "posts" / f"{now:%Y}" / f"{slug}.md"
    if path.exists():
        raise FileExistsError(f"{path} already exists; pick another title or edit that file")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(title=title, date=f"{now:%Y-%m-%d %H:%M}", category=category, tags=tags, slug=slug)
    with open(path, "x", encoding="utf-8") as f:
        f.write(text)
    return path
