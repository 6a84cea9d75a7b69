"""The Talk content type, and what a talk page needs worked out from its metadata and files."""

import hashlib
import os
from html import unescape

from markupsafe import Markup
from pelican.contents import Content
from pelican.utils import slugify

from blog import build_cache, pelican_compat

from .chapters import finish_chapters
from .metadata import (
    TalkMetadataError,
    check_url,
    is_url,
    read_captions,
    read_duration,
    read_speakers,
    read_video,
    video_object,
)
from .poster import poster_svg
from .render import chapters_vtt
from .slide_times import SlideTimesError, first_times, read_slide_times
from .slides import SlidesError, slide_deck
from .subtitles import SubtitleError
from .timecode import format_clock, format_iso_duration, format_minutes
from .transcript import Options, read_chapters
from .transcript import load_transcript as _load_transcript

POSTER = "poster.svg"
# Metadata that becomes a link or an image address: http(s) or a path on the site, nothing else.
URL_KEYS = {"event_url": "Event_URL", "slides": "Slides", "image": "Image"}


class TalkError(ValueError):
    """A talk that cannot be built; the message names the file (and line) and the problem."""


class Talk(Content):
    """A talk: Markdown body and metadata, pages at TALK_URL (TALK_DRAFT_URL for drafts)."""

    mandatory_properties = ("title", "date")
    allowed_statuses = ("published", "hidden", "draft")
    default_status = "published"
    default_template = "talk"

    def __init__(self, content, metadata=None, settings=None, source_path=None, context=None):
        metadata = dict(metadata or {})
        if "slug" not in metadata and source_path:
            # content/talks/<slug>.md is published at talks/<slug>/ (unless it says Slug:)
            metadata["slug"] = os.path.splitext(os.path.basename(source_path))[0]
        super().__init__(content, metadata, settings, source_path, context)

    def _expand_settings(self, key):
        return pelican_compat.expand_settings(self, key, "talk_draft" if self.status == "draft" else "talk")

    @property
    def output_dir(self):
        """Folder of the page in the output: downloads, poster and video go beside it."""
        return os.path.dirname(self.save_as)


def transcript_options(settings):
    return Options(
        pause=float(settings["TALKS_PARAGRAPH_PAUSE"]),
        max_words=int(settings["TALKS_PARAGRAPH_MAX_WORDS"]),
        skip_bad_cues=bool(settings["TALKS_SKIP_BAD_CUES"]),
        sound_words=tuple(settings["TALKS_SOUND_WORDS"]),
    )


def _slug(settings):
    def slug(text):
        return slugify(text, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))

    return slug


def _shown(path):
    """A path as error messages show it: relative to where the build runs."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _source_file(talk, value, what, base, *fallbacks):
    """The absolute path of a file a talk names, under `base` (or a fallback folder); TalkError
    naming the talk, the key and the path looked for when it is nowhere."""
    paths = [os.path.normpath(os.path.join(folder, value)) for folder in (base, *fallbacks)]
    for path in paths:
        if os.path.isfile(path):
            return path
    raise TalkError(f"{_shown(talk.source_path)}: {what} {value!r}: no such file ({_shown(paths[0])})")


def _cached_transcript(settings, path, *arguments):
    """The transcript of `path`, from Lectern's cache when it holds one for these very bytes
    (reading and cleaning an hour of captions is most of a rebuild that edited one post; the
    cache folder is already specific to the settings and the plugins' code)."""
    with open(path, "rb") as f:
        data = f.read()
    # Functions (the slugifier) are named, not shown: their repr changes from run to run.
    stable = [getattr(a, "__qualname__", None) if callable(a) else a for a in arguments]
    key = hashlib.sha256(repr((os.path.abspath(path), stable)).encode() + data).hexdigest()
    folder = settings.get("LECTERN_CACHE_FOLDER")
    cached = os.path.join(folder, "talks", f"{key}.pickle") if folder else None
    transcript = (
        build_cache.load(cached, "transcript") if cached and not settings.get("LECTERN_COLD") else None
    )
    if transcript is None:
        transcript = _load_transcript(path, *arguments)
        # What it was made from, for Lectern's incremental builds (blog/incremental.py).
        transcript.lectern_signature = key
        if cached:
            build_cache.save(cached, transcript)
    return transcript


def _slides(talk, settings, content_path, here):
    """A PDF's slides rendered (cached) and, with `Slide-Times:`, when each is shown."""
    meta = talk.metadata
    talk.slide_deck, talk.slide_list = None, []
    times_value = meta.get("slide-times") or meta.get("slide_times")
    source = talk.slides_source
    if source and source.lower().endswith(".pdf"):
        try:
            talk.slide_deck = slide_deck(
                source,
                settings.get("LECTERN_CACHE_FOLDER"),
                int(settings.get("TALKS_SLIDE_WIDTH", 960)),
                int(settings.get("TALKS_SLIDE_QUALITY", 80)),
                cold=bool(settings.get("LECTERN_COLD")),
            )
        except SlidesError as error:
            raise TalkError(f"{_shown(talk.source_path)}: Slides {_shown(source)}: {error}") from None
    if times_value and talk.slide_deck is None:
        raise TalkError(f"{_shown(talk.source_path)}: Slide-Times needs Slides: a PDF under content/")
    shown_at = {}
    if times_value:
        path = _source_file(talk, str(times_value).strip(), "Slide-Times", here, content_path)
        try:
            entries = read_slide_times(path, _shown(path), len(talk.slide_deck.slides))
        except (SlideTimesError, UnicodeDecodeError) as error:
            raise TalkError(f"{_shown(talk.source_path)}: Slide-Times: {error}") from None
        shown_at = first_times(entries)
        # For the script: [[seconds, slide], ...] in order of time.
        talk.slide_times_json = [[round(e.start, 2), e.slide] for e in entries]
    else:
        talk.slide_times_json = []
    if talk.slide_deck is not None:
        talk.slide_list = [
            {
                "number": slide.number,
                "name": slide.name,
                "width": slide.width,
                "height": slide.height,
                "text": slide.text,
                "anchor": slide.anchor,
                "start": shown_at.get(slide.number),
                "clock": format_clock(shown_at[slide.number]) if slide.number in shown_at else "",
            }
            for slide in talk.slide_deck.slides
        ]


def prepare(talk, content_path, settings):
    """Give `talk` everything its page, feeds and downloads need; TalkError on any problem.

    Returns the subtitles.Problem of each cue skipped (TALKS_SKIP_BAD_CUES), for the caller to report;
    `talk.warnings` holds the rest to report (a guessed encoding, control characters removed).
    """
    meta = talk.metadata
    here = os.path.dirname(talk.source_path)
    try:
        talk.video = read_video(meta.get("video"))
        talk.speakers = read_speakers(meta.get("speakers"), settings.get("AUTHOR", ""))
        talk.duration = read_duration(meta.get("duration"))
        captions = read_captions(meta.get("captions"))
        for key, name in URL_KEYS.items():
            check_url(name, str(meta.get(key) or ""))
    except TalkMetadataError as error:
        raise TalkError(f"{_shown(talk.source_path)}: {error}") from None
    talk.video_source, talk.video_bytes = None, None
    if talk.video.kind == "file":
        talk.video_source = _source_file(talk, talk.video.path, "Video", content_path, here)
        talk.video_bytes = os.path.getsize(talk.video_source)
    talk.event = meta.get("event", "")
    talk.event_url = meta.get("event_url", "")
    talk.slides_source, talk.slides_url = None, meta.get("slides", "")
    if talk.slides_url and not is_url(talk.slides_url):
        talk.slides_source = _source_file(talk, talk.slides_url, "Slides", content_path, here)
        talk.slides_url = os.path.basename(talk.slides_source)
    _slides(talk, settings, content_path, here)
    options = transcript_options(settings)
    slug = _slug(settings)
    notes = []
    try:
        chapters = read_chapters(meta.get("chapters"), here, _shown(here), options, notes)
    except (SubtitleError, ValueError) as error:
        raise TalkError(f"{_shown(talk.source_path)}: Chapters: {error}") from None
    talk.transcript, skipped = None, []
    if meta.get("transcript"):
        path = _source_file(talk, meta["transcript"], "Transcript", here)
        try:
            talk.transcript = _cached_transcript(
                settings, path, chapters, options, _shown(path), slug, talk.duration
            )
        except (SubtitleError, ValueError) as error:
            # Both files: the talk that names the captions, and the captions with the line.
            raise TalkError(f"{_shown(talk.source_path)}: Transcript: {error}") from None
        skipped = talk.transcript.skipped
        notes += talk.transcript.notes
        chapters = talk.transcript.chapters
    else:
        chapters = finish_chapters(chapters, talk.duration, slug)
    talk.chapters = chapters
    talk.warnings = [str(note) for note in notes]
    _derive(talk, captions, settings)
    return skipped


def _derive(talk, captions, settings):
    """Labels, file names and structured data from what prepare() read."""
    transcript = talk.transcript
    if talk.duration is None and transcript is not None and transcript.end:
        talk.duration = round(transcript.end)
    talk.duration_label = format_minutes(talk.duration) if talk.duration else ""
    talk.duration_iso = format_iso_duration(talk.duration) if talk.duration else ""
    if transcript is not None and captions is None:
        captions = "auto" if transcript.looks_auto_generated else "human"
    talk.captions = captions
    slug = talk.slug
    talk.downloads = []
    talk.transcript_html = Markup("")
    if transcript is not None:
        talk.downloads = [
            ("WebVTT", f"{slug}.vtt", "text/vtt"),
            ("SRT", f"{slug}.srt", "application/x-subrip"),
            ("Plain text", f"{slug}.txt", "text/plain"),
        ]
        talk.transcript_html = Markup(transcript.html(talk.video.moment_url))
    plays_here = talk.video.kind in ("file", "url")  # our own <video>
    talk.chapters_track = f"{slug}.chapters.vtt" if talk.chapters and plays_here else None
    talk.poster = talk.metadata.get("image") or POSTER
    talk.poster_is_ours = "image" not in talk.metadata
    origin = settings.get("SITE_ORIGIN", "")
    page_url = f"{origin}/{talk.url}"
    poster_url = f"{origin}/{talk.poster}" if not talk.poster_is_ours else f"{page_url}{POSTER}"
    if talk.video.kind == "file":
        talk.video_absolute_url = f"{page_url}{talk.video.file_name}"
    else:
        talk.video_absolute_url = talk.video.url or talk.video.embed_url
    talk.poster_absolute_url = poster_url
    talk.json_ld = video_object(
        name=unescape(Markup(talk.title).striptags()),
        description=unescape(Markup(talk.summary).striptags()),
        upload_date=talk.date.isoformat(),
        duration=talk.duration_iso,
        thumbnail_url=poster_url,
        transcript=transcript.plain() if transcript is not None else None,
        page_url=page_url,
        embed_url=talk.video.embed_url or None,
        content_url=talk.video_absolute_url if plays_here else None,
        speakers=talk.speakers,
        event=talk.event or None,
    )


def assets(talk):
    """{file name: text} of the generated files beside the talk page."""
    files = {}
    if talk.poster_is_ours:
        footer = " \u00b7 ".join(part for part in (talk.event, talk.date.strftime("%B %Y")) if part)
        files[POSTER] = poster_svg(unescape(Markup(talk.title).striptags()), ", ".join(talk.speakers), footer)
    transcript = talk.transcript
    if transcript is not None:
        files[f"{talk.slug}.vtt"] = transcript.vtt()
        files[f"{talk.slug}.srt"] = transcript.srt()
        header = [
            unescape(Markup(talk.title).striptags()),
            " \u00b7 ".join(p for p in (", ".join(talk.speakers), talk.event, talk.locale_date) if p),
        ]
        if talk.captions == "auto":
            header.append("From auto-generated captions, cleaned; punctuation as captioned.")
        files[f"{talk.slug}.txt"] = transcript.text(header)
    if talk.chapters_track:
        files[talk.chapters_track] = chapters_vtt(talk.chapters)
    return files


def copies(talk):
    """{file name beside the page: source path} of files copied as they are."""
    found = {}
    if talk.video_source:
        found[talk.video.file_name] = talk.video_source
    if talk.slides_source:
        found[talk.slides_url] = talk.slides_source
    if talk.slide_deck is not None:
        found.update(talk.slide_deck.files())
    return found
