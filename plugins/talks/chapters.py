"""A talk's chapters: from metadata lines `MM:SS Title` or from a chapters WebVTT file."""

import re
from dataclasses import dataclass

from .timecode import format_attribute, format_clock, parse_moment

_LINE = re.compile(r"^\s*((?:\d+:)?\d{1,2}:\d{2}(?:\.\d+)?)\s*(?:[-\u2013\u2014:|]\s*)?(\S.*?)\s*$")


class ChapterError(ValueError):
    """A chapter line that cannot be read."""


@dataclass(slots=True)
class Chapter:
    start: float
    title: str
    end: float | None = None
    anchor: str = ""  # id of its heading in the transcript

    @property
    def clock(self):
        return format_clock(self.start)

    @property
    def seek(self):
        return format_attribute(self.start)


def chapters_from_lines(lines):
    """Chapters from lines such as `00:00 Introduction` or `1:02:03 - Questions`."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    chapters = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        start = parse_moment(match.group(1)) if match else None
        if start is None:
            raise ChapterError(f"chapter line {number} {line.strip()!r}: expected 'MM:SS Title'")
        chapters.append(Chapter(start, match.group(2)))
    return chapters


# A chapter line of a video description: `0:00 Intro`, `[1:02:03] Questions`, `(12:30) - Queues`.
_DESCRIPTION_LINE = re.compile(
    r"^\s*[\[(]?((?:\d+:)?\d{1,2}:\d{2})[\])]?\s*(?:[-\u2013\u2014:|]\s*)?(\S.*?)\s*$"
)


def chapters_from_description(text):
    """Chapters from the `0:00 Intro` lines of a video description, in time order; other lines are
    prose and left alone. ChapterError when no line is one, or none starts at 0:00 (YouTube's rule)."""
    chapters = []
    for line in text.splitlines():
        match = _DESCRIPTION_LINE.match(line)
        start = parse_moment(match.group(1)) if match else None
        if start is not None:
            chapters.append(Chapter(start, match.group(2)))
    if not chapters:
        raise ChapterError("no chapter lines ('0:00 Introduction', one a line) in it")
    chapters.sort(key=lambda c: c.start)
    if chapters[0].start != 0:
        raise ChapterError(f"the first chapter starts at {chapters[0].clock}, not 0:00")
    return chapters


def chapters_from_captions(captions):
    """Chapters from the cleaned cues of a chapters WebVTT file (cue text = chapter title)."""
    return [Chapter(c.start, c.text, c.end) for c in captions if c.text.strip()]


def finish_chapters(chapters, talk_end, slug=None):
    """Sorted chapters with their ends and unique heading ids; `slug` makes ids from titles."""
    chapters = sorted(chapters, key=lambda c: c.start)
    used = set()
    for number, (chapter, following) in enumerate(zip(chapters, [*chapters[1:], None]), start=1):
        if following is not None:
            chapter.end = following.start
        elif chapter.end is None:
            chapter.end = max(talk_end or 0.0, chapter.start)
        base = f"chapter-{(slug(chapter.title) if slug else '') or number}"
        anchor, suffix = base, 2
        while anchor in used:
            anchor, suffix = f"{base}-{suffix}", suffix + 1
        used.add(anchor)
        chapter.anchor = anchor
    return chapters
