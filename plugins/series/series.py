"""Series of posts from plain data: which posts belong together, in which order, and what each
part's page shows ("Part 2 of 3" and links to every part). Nothing here knows Pelican."""

import re
import unicodedata
from dataclasses import dataclass


class SeriesProblem(ValueError):
    pass


@dataclass(frozen=True)
class Post:
    """What a series needs of one post."""

    name: str  # the Series metadata
    part: int | None  # Series-Part, when given
    date: object  # anything that orders (a datetime)
    title: str
    url: str
    locale_date: str = ""
    source: str = ""  # for messages


@dataclass(frozen=True, slots=True)
class SeriesPart:
    number: int  # its place in the series, from 1
    title: str
    url: str
    locale_date: str


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    slug: str
    url: str  # the series' own page (empty when there is none)
    save_as: str
    parts: tuple  # of SeriesPart, in order

    @property
    def total(self):
        return len(self.parts)


@dataclass(frozen=True, slots=True)
class SeriesNav:
    """What a part's page shows: the series, where the post sits in it, every part."""

    series: Series
    number: int  # "Part <number> of <series.total>"
    url: str  # the post's own url: its entry in `series.parts` is the current one


def slugify(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "series"


def part_number(value, source=""):
    """`Series-Part: 3` as an int (None when absent); anything but a whole number from 1 up fails."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if not text.isdigit() or int(text) < 1:
        where = f"{source}: " if source else ""
        raise SeriesProblem(f"{where}Series-Part {text!r} is not a part number (1, 2, 3, ...)")
    return int(text)


def order(posts):
    """A series' posts in reading order: by Series-Part where given, by date otherwise (numbered
    parts first, then the others by date; a tie in numbers goes by date)."""
    return sorted(posts, key=lambda p: (p.part is None, p.part or 0, p.date, p.title))


def collect(posts, url_format="series/{slug}/", save_as_format="series/{slug}/index.html"):
    """Every series among `posts` (objects like Post), sorted by name: ([Series], problems).
    Two series whose names give the same slug, or two parts claiming one Series-Part, are problems."""
    groups = {}
    for post in posts:
        name = " ".join(str(post.name).split())
        if name:
            groups.setdefault(name, []).append(post)
    found, problems, slugs = [], [], {}
    for name in sorted(groups, key=str.casefold):
        ordered = order(groups[name])
        claimed = {}
        for post in ordered:
            if post.part is not None and post.part in claimed:
                problems.append(
                    f"{post.source}: Series-Part {post.part} of {name!r} is also {claimed[post.part]}'s"
                )
            elif post.part is not None:
                claimed[post.part] = post.source
        slug = slugify(name)
        if slug in slugs:
            problems.append(
                f"series {name!r} and {slugs[slug]!r} would share the page of {slug!r}: rename one"
            )
            continue
        slugs[slug] = name
        parts = tuple(
            SeriesPart(number, post.title, post.url, post.locale_date)
            for number, post in enumerate(ordered, 1)
        )
        url = url_format.format(slug=slug) if url_format else ""
        save_as = save_as_format.format(slug=slug) if save_as_format else ""
        found.append(Series(name, slug, url, save_as, parts))
    return found, problems


def navigation(series, url):
    """The SeriesNav for the part at `url` of `series` (None if it is not a part)."""
    for part in series.parts:
        if part.url == url:
            return SeriesNav(series, part.number, url)
    return None


def preview(series, post):
    """A draft's or scheduled post's navigation as it will be once published: the published
    parts of its series (`series`, or None when it has none yet) and itself."""
    others = [
        Post(post.name, None, None, part.title, part.url, part.locale_date)
        for part in (series.parts if series is not None else ())
    ]
    # The published parts keep their order; the new one goes at its Series-Part, else last.
    position = len(others) if post.part is None else min(post.part - 1, len(others))
    merged = [*others[:position], post, *others[position:]]
    parts = tuple(SeriesPart(n, p.title, p.url, p.locale_date) for n, p in enumerate(merged, 1))
    if series is None:  # no published part yet, so no series page to link to
        name = " ".join(str(post.name).split())
        whole = Series(name, slugify(name), "", "", parts)
    else:
        whole = Series(series.name, series.slug, series.url, series.save_as, parts)
    return navigation(whole, post.url)
