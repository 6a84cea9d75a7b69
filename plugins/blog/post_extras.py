"""Per-post reading aids computed from plain data: reading time, neighbours, related posts."""

import datetime
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from html import unescape
from itertools import combinations

_CODE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
CODE_LINES_PER_MINUTE = 20  # code is read slower than prose


def text_statistics(html):
    """(words of prose, lines of code) in a post's HTML."""
    code_lines = sum(block.count("\n") + 1 for block in _CODE.findall(html))
    prose = unescape(_TAG.sub(" ", _CODE.sub(" ", html)))
    return len(_WORD.findall(prose)), code_lines


def reading_minutes(html, words_per_minute=230, statistics=None):
    """Minutes to read a post: prose at `words_per_minute`, code blocks line by line."""
    words, code_lines = statistics or text_statistics(html)
    return max(1, math.ceil(words / words_per_minute + code_lines / CODE_LINES_PER_MINUTE))


def plain_text(html):
    """Text of a fragment of HTML on one line (for meta descriptions and JSON-LD)."""
    return " ".join(unescape(_TAG.sub(" ", html or "")).split())


class PostExtras:
    """What Lectern works out for a post or page (templates read `article.extras.<name>`).

    One object with slots rather than a dozen attributes: those would take Pelican's content
    objects past CPython's 30 shared dict keys, and each object's dict from about 300 bytes
    to 1,600 (6 MB at 4,000 posts)."""

    __slots__ = (
        "toc_tokens",
        "show_toc",
        "reading_time",
        "word_count",
        "plain_summary",
        "prev_article",
        "next_article",
        "related_posts",
    )

    def __init__(self):
        self.toc_tokens, self.related_posts = [], []
        self.show_toc, self.reading_time, self.word_count, self.plain_summary = False, None, None, ""
        self.prev_article = self.next_article = None


@dataclass(frozen=True, slots=True)
class PostLink:
    """What a page shows of another post (neighbours, related posts): not the post itself, so
    posts do not chain to each other (Pelican's generator-level cache pickles them)."""

    title: str
    url: str
    date: datetime.datetime
    locale_date: str

    @classmethod
    def to(cls, post):
        return None if post is None else cls(post.title, post.url, post.date, post.locale_date)


def chronological_neighbours(posts):
    """[(post, older, newer)] in date order, for posts in any order; ties ordered by title."""
    ordered = sorted(posts, key=lambda p: (p.date, p.title))
    padded = [None, *ordered, None]
    return [(post, padded[i], padded[i + 2]) for i, post in enumerate(ordered)]


class RelatedPostsIndex:
    """Related posts for every post of a site, without comparing every pair of posts.

    For each set S of tags a post has, posts carrying all of S are kept sorted by date; the
    posts sharing the most tags with P and, among those, the closest in time, are found by
    walking outwards from P's date in those lists. Posts with many tags fall back to counting.
    """

    MAX_TAGS_FOR_INDEX = 6

    def __init__(self, posts):
        self.posts = list(posts)
        self.tags_of = {id(p): frozenset(t.slug for t in getattr(p, "tags", [])) for p in self.posts}
        self.lists = {}
        self.wide = []  # posts with too many tags to index by subsets: always compared directly
        for post in self.posts:
            tags = sorted(self.tags_of[id(post)])
            if len(tags) > self.MAX_TAGS_FOR_INDEX:
                self.wide.append(post)
                continue
            for size in range(1, len(tags) + 1):
                for subset in combinations(tags, size):
                    self.lists.setdefault(frozenset(subset), []).append(post)
        self.dates = {}
        for key, members in self.lists.items():
            members.sort(key=_order)
            self.dates[key] = [_order(p) for p in members]

    def related(self, post, limit=3):
        tags = self.tags_of[id(post)]
        if not tags:
            return []
        if len(tags) > self.MAX_TAGS_FOR_INDEX:
            return related_posts(post, self.posts, limit)
        chosen = {}
        wide = []
        for other in self.wide:
            shared = len(tags & self.tags_of[id(other)])
            if shared and other is not post:
                wide.append((-shared, abs((other.date - post.date).total_seconds()), other.title, other))
        for size in range(len(tags), 0, -1):
            level = [item for item in wide if -item[0] == size]
            for subset in combinations(sorted(tags), size):
                level.extend(self._nearest(post, frozenset(subset), size, limit, chosen))
            level.sort(key=lambda item: item[:3])
            for item in level:
                if id(item[3]) not in chosen and len(chosen) < limit:
                    chosen[id(item[3])] = item
            if len(chosen) >= limit:
                break
        return [item[3] for item in sorted(chosen.values(), key=lambda item: item[:3])]

    def _nearest(self, post, key, shared, limit, chosen):
        """Up to `limit` posts on each side of `post` in list `key` that share exactly `shared` tags."""
        members = self.lists.get(key, [])
        position = bisect_left(self.dates[key], _order(post))
        mine = self.tags_of[id(post)]
        found = []
        for step in (-1, 1):
            index, taken, last = position if step == 1 else position - 1, 0, None
            while 0 <= index < len(members):
                other = members[index]
                index += step
                if other is post or id(other) in chosen or len(mine & self.tags_of[id(other)]) != shared:
                    continue
                distance = abs((other.date - post.date).total_seconds())
                if taken >= limit and distance != last:
                    break  # enough, and no tie with the last one taken
                found.append((-shared, distance, other.title, other))
                taken, last = taken + 1, distance
        return found


def _order(post):
    return (post.date, post.title)


def related_posts(post, candidates, limit=3):
    """Up to `limit` posts sharing the most tags with `post`; ties go to the closest in time.

    The plain definition, comparing `post` with every candidate; RelatedPostsIndex gives the
    same answers for a whole site faster."""
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
