"""Checks on a post's metadata that Pelican lets slip by silently."""

import difflib
import re

from pelican.utils import get_date

# Keys Pelican itself understands (lower-case, as readers return them).
PELICAN_KEYS = {
    "title",
    "date",
    "modified",
    "category",
    "tags",
    "tag",
    "slug",
    "author",
    "authors",
    "summary",
    "status",
    "lang",
    "translation",
    "template",
    "save_as",
    "url",
    "keywords",
    "description",
    "path",
    "toc",
}
# Keys Lectern itself reads: old addresses of the post (redirects.py). Python-Markdown keeps the
# hyphen of `Redirect-From`; other readers may give an underscore.
LECTERN_KEYS = {"redirect-from", "redirect_from"}
# Posts of a series (plugins/series).
LECTERN_KEYS |= {"series", "series-part", "series_part"}
LECTERN_KEYS |= {"mastodon"}  # the toot a post's comments are the replies to (COMMENTS)
STATUSES = {"published", "draft", "hidden"}
# Earlier dates are placeholders or typos (Hugo's zero date is 0001-01-01), and time zones
# had no standard offsets then: Europe/Dublin gave 0001-01-01 the offset -00:25:21.
EARLIEST_YEAR = 1900
_ISO_YEAR = re.compile(r"\s*(\d{4})-\d{2}-\d{2}(?:[ T]|$)")


def _first(value):
    """Python-Markdown's meta extension gives a list of lines per key."""
    if isinstance(value, (list, tuple)):
        return value[0] if value else ""
    return value


def unknown_key_problem(key, known, source=None):
    """`unknown metadata 'tgas' in <file>: did you mean 'tags'? known keys: ...`"""
    where = f" in {source}" if source else ""
    close = difflib.get_close_matches(key.lower(), sorted(known), n=1, cutoff=0.6)
    guess = f"did you mean {close[0]!r}? " if close else ""
    return (
        f"unknown metadata {key!r}{where}: {guess}known keys: {', '.join(sorted(known))}"
        " (add a key of your own to EXTRA_METADATA_KEYS)"
    )


def metadata_problems(metadata, extra_keys=(), source=None):
    """Human-readable problems with a post's metadata (an empty list when it is fine); `source`
    names the file in the messages that need it."""
    metadata = {key: _first(value) for key, value in metadata.items()}
    problems = []
    known = PELICAN_KEYS | LECTERN_KEYS | {k.lower() for k in extra_keys}
    for key in sorted(metadata):
        if key.lower() not in known:
            problems.append(unknown_key_problem(key, known, source))
    title = metadata.get("title")
    if not title or not str(title).strip():
        problems.append("missing Title")
    status = str(metadata.get("status", "published")).lower()
    if status not in STATUSES:
        problems.append(f"unknown Status {status!r} (use one of: {', '.join(sorted(STATUSES))})")
    for key in ("date", "modified"):
        problem = _date_problem(key, metadata.get(key))
        if problem:
            problems.append(problem)
    return problems


def _date_problem(key, value):
    if not value or not str(value).strip():
        return None
    iso = _ISO_YEAR.match(str(value))  # most dates: no need for dateutil's parser (slow)
    if iso:
        year = int(iso.group(1))
    else:
        try:
            year = get_date(str(value)).year
        except (ValueError, OverflowError):
            return None  # Pelican reports a date it cannot read
    if year < EARLIEST_YEAR:
        return (
            f"{key.capitalize()} {str(value).strip()!r} is before {EARLIEST_YEAR} "
            "(a placeholder or a typo?): give the post's real date"
        )
    return None
