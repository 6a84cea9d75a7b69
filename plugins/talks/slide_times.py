"""When each slide is shown: a talk's `Slide-Times:` file. No Pelican here.

Two shapes, one per file:

    0:00 1          a time and a slide number per line (a slide may come back: `9:40 2`)
    2:15 2
    4:03 3

    0:00            one time per line: slide N at line N
    2:15
    4:03

Times are anything timecode.parse_moment reads (`2:15`, `1:02:03`, `135`, `2m15s`). Blank lines and
lines starting with `#` are skipped. Times must increase; every slide number must be a slide of
the deck. Problems are SlideTimesError naming the file and line.
"""

import re
from dataclasses import dataclass

from .timecode import format_clock, parse_moment

_PAIR = re.compile(r"^(\S+)\s+(?:slide\s*)?(\d+)$", re.I)


class SlideTimesError(ValueError):
    """A Slide-Times file that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class SlideTime:
    start: float  # seconds
    slide: int  # from 1

    @property
    def clock(self):
        return format_clock(self.start)


def parse_slide_times(text, shown_path="Slide-Times", slide_count=None):
    """SlideTime entries, in order of time, from the text of a Slide-Times file."""
    entries, shape = [], None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{shown_path}:{number}"
        pair = _PAIR.match(line)
        this_shape = "pairs" if pair else "times"
        if shape is None:
            shape = this_shape
        elif shape != this_shape:
            raise SlideTimesError(
                f"{where}: {line!r}: every line is a time and a slide number (0:00 1), or every line a time alone"
            )
        moment = pair.group(1) if pair else line
        seconds = parse_moment(moment)
        if seconds is None or seconds < 0:
            raise SlideTimesError(f"{where}: {moment!r} is not a time (expected M:SS, H:MM:SS or seconds)")
        slide = int(pair.group(2)) if pair else len(entries) + 1
        if slide < 1 or (slide_count is not None and slide > slide_count):
            raise SlideTimesError(
                f"{where}: slide {slide} is not in the slides ({slide_count} slide(s))"
                if slide_count is not None
                else f"{where}: slide numbers start at 1"
            )
        if entries and seconds <= entries[-1].start:
            raise SlideTimesError(
                f"{where}: {moment} is not after the previous line's {entries[-1].clock}; times must increase"
            )
        entries.append(SlideTime(seconds, slide))
    if not entries:
        raise SlideTimesError(f"{shown_path}: no times in the file")
    return entries


def read_slide_times(path, shown_path=None, slide_count=None):
    with open(path, encoding="utf-8-sig") as f:
        return parse_slide_times(f.read(), shown_path or path, slide_count)


def first_times(entries):
    """{slide number: the first time it is shown}."""
    found = {}
    for entry in entries:
        found.setdefault(entry.slide, entry.start)
    return found
