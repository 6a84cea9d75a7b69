"""SRT and WebVTT files read into cues, with every problem named by file and line.

Tolerated, as players tolerate them: a byte-order mark, CRLF or CR line ends, missing or odd cue
numbers and identifiers, `,` or `.` before the milliseconds, hours left out, cue settings after
the timing (`align:start position:0%`), WebVTT header lines (`Kind: captions`) and `NOTE`,
`STYLE` and `REGION` blocks. Not tolerated, because words would be lost without a word: a timing
line that cannot be read, a cue that ends before it starts, text with no timing line above it,
a file that is not text (encodings: encoding.py), a .vtt without its WEBVTT line, a file without
cues or whose cues hold no words, a time past MAX_SECONDS (48 hours). Per-cue problems
can be skipped instead (`skip_bad_cues`): each is then returned as a Problem, and nothing is
dropped unsaid.
"""

import os
import re
from dataclasses import dataclass, field

from .cuetext import Payload, read_payload
from .encoding import EncodingError, decode_text
from .timecode import MAX_SECONDS, TIMESTAMP, TimestampError, seconds_from_parts

_ARROW = "-->"
_TIMING = re.compile(rf"^\s*({TIMESTAMP})\s*-->\s*({TIMESTAMP})(?:[ \t]+(.*))?\s*$")
_TIMING_TEXT = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)")
# What a person meant as a timing line, even with a mistyped arrow: `00:01,000 -> 00:02,000`.
_TIMING_INTENT = re.compile(r"\d:\d\d.*\s[-=\u2013\u2014]+>|^\s*\d+:\d\d\S*\s+\d+:\d\d")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")
_BLANKISH = re.compile(r"^[ \t\f\v]+$", re.M)
_QUICK_STAMP = re.compile(r"(\d\d):([0-5]\d):([0-5]\d)[.,](\d\d\d)$")


@dataclass(slots=True)
class Cue:
    """One cue as the file has it: times in seconds, raw text lines, where it stands."""

    start: float
    end: float
    lines: list
    line: int  # 1-based number of its timing line
    identifier: str = ""
    settings: str = ""
    payload: Payload | None = field(default=None, repr=False)  # its text, read


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class SubtitleError(ValueError):
    """A subtitle file that cannot be read faithfully; str() names the file, the line and the problem."""

    def __init__(self, problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(slots=True)
class Subtitles:
    path: str
    format: str  # "vtt" or "srt"
    cues: list
    skipped: list  # Problems of cues left out (only with skip_bad_cues)
    notes: list = field(default_factory=list)  # Problems that are only warnings (a guessed encoding)


def subtitle_format(path):
    """ "vtt" or "srt" from the file name; SubtitleError (a ValueError) for anything else."""
    extension = os.path.splitext(path)[1].lower()
    if extension not in (".vtt", ".srt"):
        shown = extension or "no extension"
        raise SubtitleError(Problem(path, 0, f"subtitles must be .srt or .vtt, not {shown!r}"))
    return extension[1:]


def decode(data, path):
    """(text, notes) of a caption file's bytes (see encoding.py); SubtitleError naming `path`."""
    try:
        decoded = decode_text(data)
    except EncodingError as error:
        raise SubtitleError(Problem(path, 0, str(error))) from None
    return decoded.text, [Problem(path, 0, decoded.warning)] if decoded.warning else []


def _stamp(text, seen):
    """Seconds in `HH:MM:SS.mmm` (or `,mmm`), remembered in `seen` (a cue's end is often the next
    cue's start); None for anything else."""
    seconds = seen.get(text)
    if seconds is None and (match := _QUICK_STAMP.match(text)) is not None:
        hours, minutes, secs, millis = match.groups()
        seconds = seen[text] = (
            (int(hours) * 3600 + int(minutes) * 60 + int(secs)) * 1000 + int(millis)
        ) / 1000
    return seconds


def _canonical_timing(line_text, seen):
    """(start, end, settings) of a timing line written the usual way, quickly; None for any other."""
    if line_text[12:17] != " --> " or (len(line_text) > 29 and line_text[29] not in " \t"):
        return None
    start, end = _stamp(line_text[:12], seen), _stamp(line_text[17:29], seen)
    if start is None or end is None or end < start or end > MAX_SECONDS:
        return None
    return start, end, line_text[30:].strip()


def _timing(line_text, number, path, seen):
    """(start, end, settings) of a timing line, or a Problem saying what is wrong with it."""
    if (quick := _canonical_timing(line_text, seen)) is not None:
        return quick
    match = _TIMING.match(line_text)
    if not match:
        shown = line_text.strip()
        return Problem(
            path, number, f"cannot read the timing line {shown!r} (expected HH:MM:SS,mmm --> HH:MM:SS,mmm)"
        )
    groups = match.groups()
    try:
        start = seconds_from_parts(*groups[1:5])
        end = seconds_from_parts(*groups[6:10])
    except TimestampError as error:
        return Problem(path, number, f"bad time in {line_text.strip()!r}: {error}")
    if end < start:
        return Problem(path, number, f"the cue ends ({groups[5]}) before it starts ({groups[0]})")

    return start, end, (groups[10] or "").strip()


def _meant_as_timing(text):
    return _ARROW in text or _TIMING_INTENT.search(text) is not None


def _is_timing(text):
    return _ARROW in text and _TIMING_TEXT.match(text) is not None


def _split_at_timings(block, number, fmt):
    """A block holding several timing lines (a blank line missing) as one block per cue, the cue
    number above a timing line going with it in SRT."""
    start, part, timing_at = number, [], None
    for offset, text in enumerate(block):
        if _is_timing(text):
            if timing_at is not None:
                carry = []
                if fmt == "srt" and len(part) > timing_at + 2 and part[-1].strip().isdigit():
                    carry = [part.pop()]
                yield start, part
                part, start = carry, number + offset - len(carry)
            timing_at = len(part)
        part.append(text)
    if part:
        yield start, part


def _blocks(body, first, fmt):
    """(number of its first line, lines) of each block of `body` (which starts at line `first`):
    lines between blank lines. In WebVTT only an empty line ends a cue (YouTube's " " lines are
    text); in SRT a line of spaces does too."""
    if fmt == "srt":
        body = _BLANKISH.sub("", body)
    number = first + 1
    for chunk in body.split("\n\n"):
        lines = chunk.split("\n")
        at = number
        while lines and lines[0] == "":
            lines.pop(0)
            at += 1
        number += chunk.count("\n") + 2
        while lines and lines[-1] == "":
            lines.pop()
        if not lines:
            continue
        if chunk.count(_ARROW) > 1:
            yield from _split_at_timings(lines, at, fmt)
        else:
            yield at, lines


def _vtt_header_end(lines, path):
    first = lines[0] if lines else ""
    if not (first.startswith("WEBVTT") and (len(first) == 6 or first[6] in " \t")):
        raise SubtitleError(Problem(path, 1, "a .vtt file must start with a line WEBVTT"))
    number = 1
    while number < len(lines) and lines[number] != "":
        if _is_timing(lines[number]):  # no blank line after the header: the header ends here
            return number
        number += 1
    return number


def parse_subtitles(text, path="<subtitles>", fmt="vtt", skip_bad_cues=False):
    """Subtitles read from `text`; SubtitleError on the first problem unless skip_bad_cues."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = _vtt_header_end(lines, path) if fmt == "vtt" else 0
    cues, skipped, seen, controls = [], [], {}, []

    def problem(found):
        if not skip_bad_cues:
            raise SubtitleError(found)
        skipped.append(found)

    for number, block in _blocks("\n".join(lines[first:]), first, fmt):
        head = block[0]
        if _ARROW in head:
            identifier, timing_at = "", 0
        elif fmt == "vtt" and head[:1] in ("N", "S", "R") and head.split(None, 1)[0] in _VTT_BLOCKS:
            continue  # a NOTE, STYLE or REGION block (they cannot hold "-->")
        elif len(block) > 1 and _meant_as_timing(block[1]):
            identifier, timing_at = head.strip(), 1
        elif _meant_as_timing(head):
            identifier, timing_at = "", 0
        else:
            words = " ".join(line.strip() for line in block)
            shown = words if len(words) <= 60 else words[:57] + "..."
            problem(Problem(path, number, f"text without a timing line above it: {shown!r}"))
            continue
        timing = _timing(block[timing_at], number + timing_at, path, seen)
        if isinstance(timing, Problem):
            problem(timing)
            continue
        start, end, settings = timing
        raw = block[timing_at + 1 :]
        cue = Cue(start, end, raw, number + timing_at, identifier, settings)
        cue.payload = read_payload(raw, fmt)
        if cue.payload.controls:
            controls.append(cue.line)
        cues.append(cue)
    if not cues:
        raise SubtitleError(
            Problem(path, len(lines), "no cues found" + (f" ({len(skipped)} unreadable)" if skipped else ""))
        )
    if not any(line.strip() for cue in cues for line in cue.payload.lines):
        raise SubtitleError(
            Problem(path, cues[0].line, f"none of its {len(cues)} cue(s) holds any text: no words to show")
        )
    notes = []
    if controls:
        shown = ", ".join(str(line) for line in controls[:5]) + (", ..." if len(controls) > 5 else "")
        notes.append(
            Problem(path, controls[0], f"control characters removed from the cue(s) at line(s) {shown}")
        )
    return Subtitles(path, fmt, cues, skipped, notes)


def read_subtitles(path, skip_bad_cues=False, shown_path=None):
    """Subtitles from an .srt or .vtt file; problems name `shown_path` (default: `path`)."""
    shown = shown_path or path
    fmt = subtitle_format(shown)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise SubtitleError(Problem(shown, 0, f"cannot read the file: {error.strerror}")) from None
    text, notes = decode(data, shown)
    subtitles = parse_subtitles(text, shown, fmt, skip_bad_cues)
    subtitles.notes[:0] = notes
    return subtitles
