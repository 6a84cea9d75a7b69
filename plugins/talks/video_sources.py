"""Where a talk's video lives, from its `Video:` value: a kind and an id. No Pelican here.

Kinds (each played behind our own poster; nothing loads from another host before play is pressed):

    youtube   youtube.com/watch?v=ID, youtu.be/ID, youtube-nocookie.com/embed/ID, /live/, /shorts/
    vimeo     vimeo.com/ID, vimeo.com/ID/HASH (unlisted), player.vimeo.com/video/ID[?h=HASH]
    peertube  https://INSTANCE/w/SHORT-UUID, /videos/watch/UUID, /videos/embed/UUID (any instance)
    url       an http(s) URL of a video file (.mp4, .webm, .ogg, ...): a <video> of ours
    file      the path of a video file under content/ (or beside the talk): copied beside the page

Anything else is a VideoSourceError whose message lists these kinds.
"""

import os
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.youtube-nocookie.com",
    "youtube-nocookie.com",
    "music.youtube.com",
}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
VIDEO_TYPES = {
    ".webm": "video/webm",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".ogv": "video/ogg",
    ".ogg": "video/ogg",
    ".mov": "video/quicktime",
}
SUPPORTED = (
    "a YouTube URL (youtube.com/watch?v=ID, youtu.be/ID, youtube-nocookie.com/embed/ID), "
    "a Vimeo URL (vimeo.com/ID, vimeo.com/ID/HASH, player.vimeo.com/video/ID), "
    "a PeerTube URL on any instance (https://INSTANCE/w/ID or /videos/watch/UUID), "
    f"the URL of a video file ({', '.join(sorted(VIDEO_TYPES))}) "
    "or the path of a video file under content/"
)
KINDS = ("youtube", "vimeo", "peertube", "url", "file")
PROVIDERS = {"youtube": "YouTube", "vimeo": "Vimeo", "peertube": "PeerTube"}

YOUTUBE_WATCH = "https://www.youtube.com/watch"
YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/"
VIMEO_PAGE = "https://vimeo.com/"
VIMEO_EMBED = "https://player.vimeo.com/video/"

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^[0-9]{1,12}$")
_VIMEO_HASH = re.compile(r"^[0-9a-f]{6,20}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_SHORT_UUID = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{16,24}$")  # PeerTube's short ids: base58
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


class VideoSourceError(ValueError):
    """A `Video:` value that names no video we can play; the message says what would do."""


def _seconds(seconds):
    return f"{seconds:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class Video:
    kind: str  # one of KINDS
    id: str = ""  # YouTube's or Vimeo's id, PeerTube's uuid or short uuid
    host: str = ""  # a PeerTube instance (host[:port])
    hash: str = ""  # an unlisted Vimeo video's privacy hash
    path: str = ""  # a file's path under the content folder
    url: str = ""  # a video file's URL
    mime_type: str = ""

    @property
    def youtube_id(self):
        return self.id if self.kind == "youtube" else ""

    @property
    def is_embed(self):
        """Played in another site's iframe (YouTube, Vimeo, PeerTube), not in our <video>."""
        return self.kind in PROVIDERS

    @property
    def provider(self):
        """The host as readers know it: YouTube, Vimeo, PeerTube's instance, or ""."""
        if self.kind == "peertube":
            return self.host
        return PROVIDERS.get(self.kind, "")

    @property
    def file_name(self):
        if self.kind == "url":
            return os.path.basename(urlsplit(self.url).path)
        return os.path.basename(self.path)

    @property
    def src(self):
        """A <video>'s source: the file beside the page, or the file's URL."""
        return self.url if self.kind == "url" else self.file_name

    @property
    def watch_url(self):
        """The video's own page (a <video>'s file for files)."""
        if self.kind == "youtube":
            return f"{YOUTUBE_WATCH}?v={self.id}"
        if self.kind == "vimeo":
            return f"{VIMEO_PAGE}{self.id}" + (f"/{self.hash}" if self.hash else "")
        if self.kind == "peertube":
            return f"https://{self.host}/w/{self.id}"
        return self.src

    @property
    def embed_url(self):
        """The iframe's address before the player's own parameters; "" for files."""
        if self.kind == "youtube":
            return f"{YOUTUBE_EMBED}{self.id}"
        if self.kind == "vimeo":
            return f"{VIMEO_EMBED}{self.id}" + (f"?{urlencode({'h': self.hash})}" if self.hash else "")
        if self.kind == "peertube":
            return f"https://{self.host}/videos/embed/{self.id}"
        return ""

    def moment_url(self, seconds):
        """The link that plays from `seconds` without JavaScript: YouTube's `?t=`, Vimeo's `#t=`,
        PeerTube's `?start=`, or the file with a media fragment `#t=`."""
        if self.kind == "youtube":
            return f"{YOUTUBE_WATCH}?{urlencode({'v': self.id, 't': f'{int(seconds)}s'})}"
        if self.kind == "vimeo":
            return f"{self.watch_url}#t={int(seconds)}s"
        if self.kind == "peertube":
            return f"{self.watch_url}?start={int(seconds)}s"
        return f"{self.src}#t={_seconds(seconds)}"


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


def vimeo_id(url):
    """(id, hash) of a Vimeo URL (hash "" unless unlisted), or None."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or parts.hostname not in VIMEO_HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if parts.hostname == "player.vimeo.com":
        if len(segments) != 2 or segments[0] != "video":
            return None
        segments = segments[1:]
    else:  # vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, vimeo.com/groups/NAME/videos/ID
        while segments and not _VIMEO_ID.match(segments[0]):
            segments = segments[1:]
    if not segments or not _VIMEO_ID.match(segments[0]) or len(segments) > 2:
        return None
    found_hash = (parse_qs(parts.query).get("h") or [""])[0]
    if len(segments) == 2:
        found_hash = segments[1]
    if found_hash and not _VIMEO_HASH.match(found_hash):
        return None
    return segments[0], found_hash


def peertube_id(url):
    """(instance, uuid) of a PeerTube video URL on any instance, or None."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname or not _HOST.match(parts.hostname):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) == 2 and segments[0] == "w":
        candidate = segments[1]
    elif len(segments) == 3 and segments[0] == "videos" and segments[1] in ("watch", "embed"):
        candidate = segments[2]
    else:
        return None
    if not (_UUID.match(candidate) or _SHORT_UUID.match(candidate)):
        return None
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return host, candidate


def parse_video(value):
    """A Video from a `Video:` value; VideoSourceError saying what is wrong and what would do."""
    value = (value or "").strip()
    if not value:
        raise VideoSourceError(f"missing Video: use {SUPPORTED}")
    if _SCHEME.match(value) or value.startswith("//"):
        if (found := youtube_id(value)) is not None:
            return Video("youtube", id=found)
        if (found := vimeo_id(value)) is not None:
            return Video("vimeo", id=found[0], hash=found[1])
        if (found := peertube_id(value)) is not None:
            return Video("peertube", id=found[1], host=found[0])
        parts = urlsplit(value)
        extension = os.path.splitext(parts.path)[1].lower()
        if parts.scheme in ("http", "https") and parts.hostname and extension in VIDEO_TYPES:
            return Video("url", url=value, mime_type=VIDEO_TYPES[extension])
        raise VideoSourceError(f"Video {value!r}: not a video we can play; use {SUPPORTED}")
    extension = os.path.splitext(value)[1].lower()
    if extension not in VIDEO_TYPES:
        raise VideoSourceError(
            f"Video {value!r}: a video file must be one of {', '.join(sorted(VIDEO_TYPES))}; use {SUPPORTED}"
        )
    return Video("file", path=value.lstrip("/"), mime_type=VIDEO_TYPES[extension])
