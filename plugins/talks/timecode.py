"""Times in talks: subtitle timestamps, moments readers type ("1:30", "90s"), and how we print them."""

import math
import re

# The longest talk, caption time or chapter start we accept: a day-long live stream, twice.
MAX_SECONDS = 48 * 3600

# A subtitle timestamp: [hours:]minutes:seconds[,.]fraction (hours omitted in short WebVTT files;
# some SRT writers leave the fraction out).
TIMESTAMP = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?"
_TIMESTAMP = re.compile(rf"^{TIMESTAMP}$")
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
_UNITS = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)s)?$", re.I)
_ISO = re.compile(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$", re.I)


class TimestampError(ValueError):
    """A timestamp that cannot be read; the message says why."""


def seconds_from_parts(hours, minutes, seconds, fraction):
    """Seconds from the groups of TIMESTAMP; TimestampError when minutes or seconds are 60 or more,
    or the time is past MAX_SECONDS."""
    minutes, seconds = int(minutes), int(seconds)
    if minutes >= 60 or seconds >= 60:
        raise TimestampError("minutes and seconds must be below 60")
    hours = (hours or "0").lstrip("0") or "0"
    if len(hours) > 6:  # never int() thousands of digits
        raise TimestampError(f"more than {MAX_SECONDS // 3600} hours")
    millis = int(fraction.ljust(3, "0")) if fraction else 0
    total = ((int(hours) * 3600 + minutes * 60 + seconds) * 1000 + millis) / 1000
    if total > MAX_SECONDS:
        raise TimestampError(f"more than {MAX_SECONDS // 3600} hours")
    return total


def parse_timestamp(text):
    """Seconds in a subtitle timestamp such as `00:01:02,345`, `01:02.345` or `1:02:03.4`."""
    match = _TIMESTAMP.match(text.strip())
    if not match:
        raise TimestampError(f"{text.strip()!r} is not a timestamp (expected HH:MM:SS,mmm)")
    return seconds_from_parts(*match.groups())


def parse_moment(text):
    """Seconds in a moment a person writes: `90`, `90.5`, `1:30`, `1:02:03`, `1m30s`, `1h2m`, `PT1M30S`.

    None when the text is none of these, or past MAX_SECONDS (or not finite: `inf`, `nan`).
    """
    seconds = _moment(text)
    return seconds if seconds is not None and 0 <= seconds <= MAX_SECONDS else None


def _moment(text):
    text = (text or "").strip()
    if not text or len(text) > 40:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) else None
    if match := _CLOCK.match(text):
        hours, minutes, seconds = match.groups()
        if int(minutes) >= 60 or float(seconds) >= 60:
            return None
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    for pattern in (_UNITS, _ISO):
        match = pattern.match(text)
        if match and any(match.groups()):
            hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
            return hours * 3600 + minutes * 60 + seconds
    return None


def _split(seconds, precision):
    millis = round(max(0.0, seconds) * 1000)
    if precision == 0:
        millis = (millis // 1000) * 1000
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return hours, minutes, secs, millis


def format_vtt(seconds, separator="."):
    """`00:01:02.345`"""
    millis = int(seconds * 1000 + 0.5) if seconds > 0 else 0
    secs, millis = divmod(millis, 1000)
    minutes, secs = divmod(secs, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def format_srt(seconds):
    """`00:01:02,345`"""
    return format_vtt(seconds, ",")


def format_clock(seconds):
    """What a reader sees: `0:05`, `12:34`, `1:02:03` (whole seconds, rounded down)."""
    h, m, s, _ = _split(seconds, 0)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_iso_duration(seconds):
    """ISO 8601 duration for schema.org: `PT42M10S`, `PT1H2M3S`."""
    h, m, s, _ = _split(seconds, 0)
    parts = (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s or not (h or m) else "")
    return f"PT{parts}"


def format_minutes(seconds):
    """A duration in a listing: `42 min`, `1 h 5 min`, `under a minute`."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def format_attribute(seconds):
    """A time in a data-start/data-end attribute: seconds with two decimals, `12.34`."""
    return f"{seconds:.2f}"
