"""Captions written in YouTube's two auto-caption shapes, from words and their times.

The inverse of clean.py, in one place for everything that needs captions as YouTube makes them:
the property tests (any words survive both shapes), the benchmark's generated one-hour talk and
the demo talks' transcripts (benchmarks/talks_demo_captions.py).

    (a) raw_youtube_vtt: rolling two-line cues, the new line with inline word timestamps
        (`so<00:00:01.234><c> today</c>`), and a 10 ms hold cue after each line.
    (b) exported_srt / exported_vtt: one cue per line of new words, on screen until the cue
        after next starts.
"""

from dataclasses import dataclass

from .cuetext import escape_vtt
from .timecode import format_srt, format_vtt

LINE_CHARS = 32  # YouTube's auto-caption lines are about this long
LINE_BREAK_PAUSE = 1.0  # a pause this long starts a new line
HOLD = 0.01
TURN = ">>"


@dataclass(frozen=True, slots=True)
class TimedWord:
    start: float
    text: str


def timed_words(words, start=0.0, seconds_per_word=0.38, pauses=None):
    """TimedWords for `words` spoken evenly from `start`; `pauses` maps a word's index to the
    silence (seconds) before it."""
    pauses = pauses or {}
    at, timed = start, []
    for index, word in enumerate(words):
        at += pauses.get(index, 0.0)
        timed.append(TimedWord(round(at, 3), word))
        at += seconds_per_word
    return timed


def caption_lines(words, line_chars=LINE_CHARS, pause=LINE_BREAK_PAUSE):
    """TimedWords broken into lines as YouTube does: by length, after a pause, before `>>`."""
    lines, line, length = [], [], 0
    for word in words:
        gap = word.start - line[-1].start if line else 0.0
        if line and (length + 1 + len(word.text) > line_chars or gap >= pause or word.text == TURN):
            lines.append(line)
            line, length = [], -1
        line.append(word)
        length += 1 + len(word.text)
    if line:
        lines.append(line)
    return lines


def _plain(line):
    return " ".join(word.text for word in line)


def _vtt_plain(line):
    return escape_vtt(_plain(line))


def _line_end(lines, index, tail):
    return lines[index + 1][0].start if index + 1 < len(lines) else lines[index][-1].start + tail


def _timed(line):
    """A new line as YouTube writes it: `first<t1><c> second</c><t2><c> third</c>`."""
    head, *rest = line
    return escape_vtt(head.text) + "".join(
        f"<{format_vtt(w.start)}><c> {escape_vtt(w.text)}</c>" for w in rest
    )


def raw_youtube_vtt(lines, tail=1.5):
    """Shape (a): YouTube's raw WebVTT for caption lines (lists of TimedWords)."""
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    settings = " align:start position:0%"
    previous = " "
    for index, line in enumerate(lines):
        start, end = line[0].start, _line_end(lines, index, tail)
        out += [f"{format_vtt(start)} --> {format_vtt(end - HOLD)}{settings}", previous, _timed(line), ""]
        previous = _vtt_plain(line)
        out += [f"{format_vtt(end - HOLD)} --> {format_vtt(end)}{settings}", previous, " ", ""]
    return "\n".join(out)


def _exported(lines, tail, timestamp, text):
    for index, line in enumerate(lines):
        after_next = (
            lines[index + 2][0].start if index + 2 < len(lines) else _line_end(lines, index, tail) + tail
        )
        yield index, f"{timestamp(line[0].start)} --> {timestamp(after_next)}", text(line)


def exported_srt(lines, tail=1.5):
    """Shape (b) as SRT: new words only, each cue on screen until the cue after next starts."""
    return "".join(
        f"{index + 1}\n{timing}\n{text}\n\n"
        for index, timing, text in _exported(lines, tail, format_srt, _plain)
    )


def exported_vtt(lines, tail=1.5):
    """Shape (b) as WebVTT."""
    return "WEBVTT\n\n" + "".join(
        f"{timing}\n{text}\n\n" for _, timing, text in _exported(lines, tail, format_vtt, _vtt_plain)
    )
