"""The text of one cue: WebVTT or SRT markup read into plain lines, a voice, speaker turns, word times.

Markup is parsed, never passed on: WebVTT tags (`<c>`, `<i>`, `<b>`, `<u>`, `<lang>`, `<ruby>`,
`<v Speaker>`, inline timestamps `<00:00:01.234>`) are read and dropped as the WebVTT spec says;
in SRT only the formatting tags players know (`<i>`, `<b>`, `<u>`, `<font ...>`, `{\\an8}`) are, so
`a <select> element` stays text. Whatever remains is plain text, escaped by whoever writes HTML.
Control characters (C0 but tab, DEL, C1, U+FFFE/U+FFFF; an ANSI colour sequence whole) are
removed: no page, feed or download can hold them, and no player shows them.
"""

import re
from contextlib import suppress
from dataclasses import dataclass

from .timecode import TIMESTAMP, TimestampError, seconds_from_parts

_VTT_TAG = re.compile(r"<([^<>]*)>")
_SRT_TAG = re.compile(
    rf"<(?:/?(?:i|b|u|c(?:\.[\w.-]*)?|font(?:\s[^<>]*)?)|{TIMESTAMP})>|\{{\\[^{{}}]*\}}", re.I
)
_LAST_TIME = re.compile(rf".*<{TIMESTAMP}>", re.S)
_VOICE_TAG = re.compile(r"<v(?:\.[^\s<>]*)?\s+([^<>]*)>")
_ENTITY = re.compile(r"&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "lrm": "", "rlm": "", "quot": '"', "apos": "'"}
TURN_MARK = ">>"
# Tab is whitespace (it becomes a space with the rest); line ends cannot be inside a line.
_CONTROL = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(slots=True)
class Payload:
    """A cue's text, read: one plain line per source line ("" for a blank one)."""

    lines: list
    timed: list  # per line: it carried inline word timestamps (new words in YouTube's rolling captions)
    turns: list  # per line: it began with `>>` (another person speaks)
    voice: str | None = None  # from <v Speaker>
    last_word_at: float | None = None  # the latest inline word timestamp
    controls: int = 0  # control characters removed from its text


def escape_vtt(text):
    """Text for a WebVTT cue: `&`, `<` and `>` as character references."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entity(match):
    name, decimal, hexadecimal = match.groups()
    if name:
        return _ENTITIES[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


def _read_markup(raw, markup):
    """(plain text, voice, latest word time or None) of one line with tags."""
    if markup == "vtt":
        text, tags = _VTT_TAG.sub("", raw), raw
    else:
        text, tags = _SRT_TAG.sub("", raw), "".join(match.group(0) for match in _SRT_TAG.finditer(raw))
    voice = latest = None
    if (last := _LAST_TIME.match(tags)) is not None:  # word times only grow: the last is the latest
        with suppress(TimestampError):
            latest = seconds_from_parts(*last.groups())
    if "<v" in tags and (found := _VOICE_TAG.search(tags)) and found.group(1).strip():
        voice = " ".join(found.group(1).split())
    return text, voice, latest


def read_payload(raw_lines, markup="vtt"):
    """A Payload from a cue's raw text lines; `markup` is "vtt" or "srt"."""
    lines, timed, turns = [], [], []
    voice = last_word_at = None
    controls = 0
    for raw in raw_lines:
        latest = None
        if not raw.isprintable():
            raw, removed = _CONTROL.subn("", raw)
            controls += removed
        if "<" in raw or "{" in raw:
            text, found_voice, latest = _read_markup(raw, markup)
            if found_voice:
                voice = found_voice
            if latest is not None and (last_word_at is None or latest > last_word_at):
                last_word_at = latest
        else:
            text = raw
        if "&" in text:
            text = _ENTITY.sub(_entity, text)
            if not text.isprintable():  # &#7; is a control character too
                text, removed = _CONTROL.subn("", text)
                controls += removed
        if "  " in text or text[:1] == " " or text[-1:] == " " or not text.isprintable():
            text = " ".join(text.split())  # tabs, no-break spaces, runs of spaces, ends
        turn = text[:2] == TURN_MARK
        if turn:
            text = text[2:].lstrip()
        lines.append(text)
        timed.append(latest is not None)
        turns.append(turn)
    return Payload(lines, timed, turns, voice, last_word_at, controls)
