"""A talk's own metadata read into plain values: video, speakers, duration, captions, slides.

Every problem is a TalkMetadataError whose message says which key and what is wrong.
"""

import os
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from .timecode import MAX_SECONDS, parse_moment

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.youtube-nocookie.com",
    "youtube-nocookie.com",
    "music.youtube.com",
}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIDEO_TYPES = {
    ".webm": "video/webm",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".ogv": "video/ogg",
    ".ogg": "video/ogg",
    ".mov": "video/quicktime",
}
CAPTIONS = ("auto", "human")
WATCH_URL = "https://www.youtube.com/watch"
EMBED_URL = "https://www.youtube-nocookie.com/embed/"


class TalkMetadataError(ValueError):
    """A metadata value that cannot be used."""


@dataclass(frozen=True, slots=True)
class Video:
    kind: str  # "youtube" or "file"
    youtube_id: str = ""
    path: str = ""  # a file's path under the content folder
    mime_type: str = ""

    @property
    def file_name(self):
        return os.path.basename(self.path)

    @property
    def watch_url(self):
        return f"{WATCH_URL}?v={self.youtube_id}"

    @property
    def embed_url(self):
        return f"{EMBED_URL}{self.youtube_id}"

    def moment_url(self, seconds):
        """The link that plays from `seconds` without JavaScript: YouTube's `?t=`, or the file
        (beside the talk page) with a media fragment `#t=`."""
        if self.kind == "youtube":
            return f"{WATCH_URL}?{urlencode({'v': self.youtube_id, 't': f'{int(seconds)}s'})}"
        return f"{self.file_name}#t={seconds:.2f}".rstrip("0").rstrip(".")


def youtube_id(url):
    """The video id in a YouTube URL (watch, youtu.be, embed, live, shorts), or None."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or parts.hostname not in YOUTUBE_HOSTS:
        return None
    if parts.hostname == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif parts.path == "/watch":
        candidate = (parse_qs(parts.query).get("v") or [""])[0]
    else:
        segments = parts.path.strip("/").split("/")
        candidate = (
            segments[1] if len(segments) >= 2 and segments[0] in ("embed", "live", "shorts", "v") else ""
        )
    return candidate if _YOUTUBE_ID.match(candidate or "") else None


def read_video(value):
    """A Video from `Video:`, a YouTube URL or the path of a video file under the content folder."""
    value = (value or "").strip()
    if not value:
        raise TalkMetadataError("missing Video (a YouTube URL or the path of a video file under content/)")
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        found = youtube_id(value)
        if found is None:
            raise TalkMetadataError(
                f"Video {value!r}: not a YouTube video URL (or use a file under content/)"
            )
        return Video("youtube", youtube_id=found)
    extension = os.path.splitext(value)[1].lower()
    if extension not in VIDEO_TYPES:
        raise TalkMetadataError(
            f"Video {value!r}: a video file must be one of {', '.join(sorted(VIDEO_TYPES))}"
        )
    return Video("file", path=value.lstrip("/"), mime_type=VIDEO_TYPES[extension])


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
