"""The text of one cue: WebVTT or SRT markup read into plain lines, a voice, speaker turns, word times.

Markup is parsed, never passed on: WebVTT tags (`<c>`, `<i>`, `<b>`, `<u>`, `<lang>`, `<ruby>`,
`<v Speaker>`, inline timestamps `<00:00:01.234>`) are read and dropped as the WebVTT spec says;
in SRT only the formatting tags players know (`<i>`, `<b>`, `<u>`, `<font ...>`, `{\\an8}`) are, so
`a <select> element` stays text. Whatever remains is plain text, escaped by whoever writes HTML.
"""

import re
from dataclasses import dataclass

from .timecode import TIMESTAMP, TimestampError, seconds_from_parts

_VTT_TAG = re.compile(r"<([^<>]*)>")
_SRT_TAG = re.compile(
    rf"<(?:/?(?:i|b|u|c(?:\.[\w.-]*)?|font(?:\s[^<>]*)?)|{TIMESTAMP})>|\{{\\[^{{}}]*\}}", re.I
)
_INLINE_TIME = re.compile(rf"^{TIMESTAMP}$")
_VOICE = re.compile(r"^v(?:\.[^\s]*)?(?:\s+(.*))?$", re.S)
_ENTITY = re.compile(r"&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "lrm": "", "rlm": "", "quot": '"', "apos": "'"}
_SPACE = re.compile(r"\s+")
TURN_MARK = ">>"


@dataclass(slots=True)
class Payload:
    """A cue's text, read: one plain line per source line ("" for a blank one)."""

    lines: list
    timed: list  # per line: it carried inline word timestamps (new words in YouTube's rolling captions)
    turns: list  # per line: it began with `>>` (another person speaks)
    voice: str | None = None  # from <v Speaker>
    last_word_at: float | None = None  # the latest inline word timestamp


def escape_vtt(text):
    """Text for a WebVTT cue: `&`, `<` and `>` as character references."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entity(match):
    name, decimal, hexadecimal = match.groups()
    if name:
        return _ENTITIES[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


def _read_tag(inner, found):
    """Read the inside of one tag; remember a voice or the latest word time in `found`."""
    if match := _INLINE_TIME.match(inner):
        try:
            time = seconds_from_parts(*match.groups())
        except TimestampError:
            return
        found["time"] = max(found.get("time", 0.0), time)
    elif (match := _VOICE.match(inner)) and (match.group(1) or "").strip():
        found["voice"] = " ".join(match.group(1).split())


def read_payload(raw_lines, markup="vtt"):
    """A Payload from a cue's raw text lines; `markup` is "vtt" or "srt"."""
    payload = Payload([], [], [])
    for raw in raw_lines:
        found = {}
        text = raw
        if "<" in raw or "{" in raw:
            if markup == "vtt":
                parts = _VTT_TAG.split(raw)
                for inner in parts[1::2]:
                    _read_tag(inner, found)
                text = "".join(parts[0::2])
            else:
                for tag in _SRT_TAG.finditer(raw):
                    _read_tag(tag.group(0)[1:-1], found)
                text = _SRT_TAG.sub("", raw)
        if "&" in text:
            text = _ENTITY.sub(_entity, text)
        text = _SPACE.sub(" ", text).strip()
        turn = text.startswith(TURN_MARK)
        if turn:
            text = text[len(TURN_MARK):].lstrip()
        if "voice" in found:
            payload.voice = found["voice"]
        if "time" in found:
            payload.last_word_at = max(payload.last_word_at or 0.0, found["time"])
        payload.lines.append(text)
        payload.timed.append("time" in found)
        payload.turns.append(turn)
    return payload
