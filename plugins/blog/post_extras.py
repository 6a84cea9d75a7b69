"""Per-post reading aids computed from plain data: reading time, neighbours, related posts."""

import math
import re
from html import unescape

_CODE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
CODE_LINES_PER_MINUTE = 20  # code is read slower than prose


def reading_minutes(html, words_per_minute=230):
    """Minutes to read a post: prose at `words_per_minute`, code blocks line by line."""
    code_lines = sum(block.count("\n") + 1 for block in _CODE.findall(html))
    prose = unescape(_TAG.sub(" ", _CODE.sub(" ", html)))
    words = len(_WORD.findall(prose))
    return max(1, math.ceil(words / words_per_minute + code_lines / CODE_LINES_PER_MINUTE))


def chronological_neighbours(posts):
    """[(post, older, newer)] in date order, for posts in any order; ties ordered by title."""
    ordered = sorted(posts, key=lambda p: (p.date, p.title))
    padded = [None, *ordered, None]
    return [(post, padded[i], padded[i + 2]) for i, post in enumerate(ordered)]


def related_posts(post, candidates, limit=3):
    """Up to `limit` posts sharing the most tags with `post`; ties go to the closest in time."""
    tags = {t.slug for t in getattr(post, "tags", [])}
    if not tags:
        return []
    scored = []
    for other in candidates:
        if other is post:
            continue
        shared = len(tags & {t.slug for t in getattr(other, "tags", [])})
        if shared:
            distance = abs((other.date - post.date).total_seconds())
            scored.append((-shared, distance, other.title, other))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:limit]]
