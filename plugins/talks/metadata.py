"""A talk's own metadata read into plain values: video, speakers, duration, captions, slides.

Every problem is a TalkMetadataError whose message says which key and what is wrong.
"""

import re

from .timecode import MAX_SECONDS, parse_moment
from .video_sources import VIDEO_TYPES, Video, VideoSourceError, parse_video, youtube_id  # noqa: F401

CAPTIONS = ("auto", "human")


class TalkMetadataError(ValueError):
    """A metadata value that cannot be used."""


def read_video(value):
    """A Video (video_sources.py) from `Video:`: YouTube, Vimeo, PeerTube, a video file's URL or a
    video file under the content folder."""
    try:
        return parse_video(value)
    except VideoSourceError as error:
        raise TalkMetadataError(str(error)) from None


def read_speakers(value, default=""):
    """Speakers from `Speakers: A, B and C` (or one per line); the site's author by default."""
    if isinstance(value, list | tuple):
        value = ", ".join(value)
    names = re.split(r"\s*,\s*|\s+and\s+|\s*;\s*", (value or "").strip())
    names = [name for name in names if name]
    return names or ([default] if default else [])


def read_duration(value):
    """Seconds in `Duration: 42:10`, `1:02:03`, `42m`, `1h 5m` or `PT42M`; None when absent."""
    if value in (None, ""):
        return None
    seconds = parse_moment(str(value).replace("min", "m"))
    if seconds is None or seconds <= 0:
        raise TalkMetadataError(
            f"Duration {value!r}: expected MM:SS, H:MM:SS or e.g. 42m, more than 0 and at most "
            f"{MAX_SECONDS // 3600} hours"
        )
    return seconds


def read_captions(value):
    """ "auto" or "human"; None when absent (then the transcript's shape decides)."""
    if value in (None, ""):
        return None
    captions = str(value).strip().lower()
    if captions not in CAPTIONS:
        raise TalkMetadataError(f"Captions {value!r}: use auto or human")
    return captions


def is_url(value):
    return bool(re.match(r"^(https?:)?//", (value or "").strip(), re.I))


# What a browser ignores in a URL before reading its scheme (`java\tscript:` is `javascript:`).
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)


def check_url(key, value):
    """`value` if it is an http(s) URL or a path on the site (relative, or from `/`); any other
    scheme (`javascript:`, `data:`, `file:`, `mailto:`) is a TalkMetadataError naming `key`."""
    value = (value or "").strip()
    seen = _URL_IGNORED.sub("", value).replace("\\", "/")
    scheme = _SCHEME.match(seen)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise TalkMetadataError(
            f"{key} {value!r}: a {scheme.group(1).lower()}: URL; use an http(s) URL or a path on the site"
        )
    if scheme and not seen[scheme.end() :].startswith("//"):
        raise TalkMetadataError(f"{key} {value!r}: an http(s) URL needs // and a host")
    return value


def video_object(
    *,
    name,
    description,
    upload_date,
    duration,
    thumbnail_url,
    transcript,
    page_url,
    embed_url=None,
    content_url=None,
    speakers=(),
    event=None,
):
    """schema.org VideoObject (JSON-LD) for a talk; URLs must be absolute."""
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": name,
        "description": description,
        "uploadDate": upload_date,
        "thumbnailUrl": thumbnail_url,
        "url": page_url,
    }
    if duration:
        data["duration"] = duration
    if embed_url:
        data["embedUrl"] = embed_url
    if content_url:
        data["contentUrl"] = content_url
    if transcript:
        data["transcript"] = transcript
    if speakers:
        data["actor"] = [{"@type": "Person", "name": speaker} for speaker in speakers]
    if event:
        data["recordedAt"] = {"@type": "Event", "name": event}
    return data
