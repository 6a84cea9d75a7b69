"""`invoke new-talk "Title" --video URL`: a new talk as a draft, its files copied in beside it.

Writes content/talks/<slug>.md with its metadata filled in and `Status: draft`; the caption file
beside it as <slug>.srt or .vtt, read in any encoding the build reads and written as UTF-8; a
chapters track <slug>.chapters.vtt from the `0:00 Intro` lines of a video description; the slides
as <slug>.<ext>. Everything is checked and every target name is free before anything is written:
it never overwrites a file. With `from_youtube`, yt-dlp fills in what the video knows (youtube.py).
"""

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from talks.chapters import Chapter, ChapterError, chapters_from_description, finish_chapters
from talks.metadata import TalkMetadataError, check_url
from talks.render import chapters_vtt
from talks.subtitles import SubtitleError, decode, parse_subtitles, subtitle_format
from talks.timecode import format_clock

from .new_post import slug_of
from .youtube import run_yt_dlp, video_info

SUMMARY = "One or two sentences for the talks index, feeds and social cards."
BODY = "The abstract, notes and links, in Markdown."
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M")


class NewTalkError(ValueError):
    """A talk that cannot be started; the message says why and names the file."""


@dataclass
class Plan:
    """What new_talk will write: {path: text or bytes}, and warnings to show."""

    files: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)


def read_date(value):
    """A datetime from `2025-05-16`, `2025-05-16 14:30`; NewTalkError for anything else."""
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), fmt)
        except ValueError:
            pass
    raise NewTalkError(f"--date {value!r}: expected YYYY-MM-DD or YYYY-MM-DD HH:MM")


def _read(path, what):
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise NewTalkError(f"{what} {path}: {error.strerror}") from None


def caption_text(path, plan):
    """The caption file at `path` as UTF-8 text, checked as the build will read it."""
    try:
        fmt = subtitle_format(str(path))
        text, notes = decode(_read(path, "--captions"), str(path))
        parse_subtitles(text, str(path), fmt)
    except SubtitleError as error:
        raise NewTalkError(str(error)) from None
    plan.warnings += [str(note) for note in notes]
    return fmt, text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def description_chapters(path, plan):
    """Chapters from the `0:00 Intro` lines of a text file (a video's description)."""
    try:
        text, notes = decode(_read(path, "--chapters"), str(path))
        chapters = chapters_from_description(text)
    except (SubtitleError, ChapterError) as error:
        raise NewTalkError(f"{path}: {error}") from None
    plan.warnings += [str(note) for note in notes]
    return chapters


def talk_text(meta, body):
    lines = [f"{key}: {value}" for key, value in meta.items() if value not in (None, "")]
    return "\n".join(lines) + f"\n\n{body.strip() or BODY}\n"


def new_talk(
    content_dir,
    title="",
    *,
    video="",
    captions=None,
    chapters=None,
    slides=None,
    event="",
    date=None,
    from_youtube=None,
    talks_dir="talks",
    now=None,
    runner=run_yt_dlp,
):
    """Write the new talk and its files; returns (paths written, warnings). NewTalkError on any
    problem, FileExistsError when a target exists: nothing is written then."""
    if from_youtube:
        with tempfile.TemporaryDirectory(prefix="lectern-new-talk-") as folder:
            info = video_info(from_youtube, folder, runner=runner)
            return _write(
                content_dir,
                talks_dir,
                _plan(
                    title or info.title, video or info.url, captions, chapters, slides, event, date, now, info
                ),
            )
    return _write(content_dir, talks_dir, _plan(title, video, captions, chapters, slides, event, date, now))


def _plan(title, video, captions, chapters, slides, event, date, now, info=None):
    title = " ".join((title or "").split())
    if not title:
        raise NewTalkError("a talk needs a title")
    slug = slug_of(title)
    if not slug:
        raise NewTalkError(f"the title {title!r} gives no file name; use some letters or digits")
    if not video:
        raise NewTalkError("a talk needs --video URL (a YouTube URL or a video file under content/)")
    try:
        check_url("--video", video)
    except TalkMetadataError as error:
        raise NewTalkError(str(error)) from None
    when = read_date(date) if date else (info.date if info and info.date else None)
    when = when or now or dt.datetime.now().replace(second=0, microsecond=0)
    plan = Plan()
    meta = {"Title": title, "Date": f"{when:%Y-%m-%d %H:%M}", "Event": event, "Video": video}
    duration = info.duration if info else None
    meta["Duration"] = format_clock(duration) if duration else ""
    caption_source = Path(captions) if captions else (info.captions_path if info else None)
    if caption_source is not None:
        fmt, text = caption_text(caption_source, plan)
        meta["Transcript"] = f"{slug}.{fmt}"
        meta["Captions"] = info.captions_kind if info and not captions else ""
        plan.files[f"{slug}.{fmt}"] = text
    found = []
    if chapters:
        found = description_chapters(chapters, plan)
    elif info and info.chapters:
        found = [Chapter(start, name, end) for start, end, name in info.chapters]
    elif info and info.description:
        try:
            found = chapters_from_description(info.description)
        except ChapterError:
            found = []
    if found:
        finish_chapters(found, duration or max(c.start for c in found))
        meta["Chapters"] = f"{slug}.chapters.vtt"
        plan.files[f"{slug}.chapters.vtt"] = chapters_vtt(found)
    if slides:
        source = Path(slides)
        name = f"{slug}{source.suffix.lower()}"
        plan.files[name] = _read(source, "--slides")
        meta["Slides"] = name
    meta["Summary"] = SUMMARY
    meta["Status"] = "draft"
    plan.files[f"{slug}.md"] = talk_text(meta, info.description if info else "")
    return plan


def _write(content_dir, talks_dir, plan):
    folder = Path(content_dir) / talks_dir
    targets = {folder / name: data for name, data in plan.files.items()}
    taken = [str(path) for path in targets if path.exists()]
    if taken:
        raise FileExistsError(f"{', '.join(taken)} already exist(s); pick another title or edit that talk")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for path, data in targets.items():
            if isinstance(data, bytes):
                with open(path, "xb") as f:
                    f.write(data)
            else:
                with open(path, "x", encoding="utf-8", newline="\n") as f:
                    f.write(data)
            written.append(path)
    except OSError:
        for path in written:  # all or nothing: no half-made talk is left behind
            path.unlink(missing_ok=True)
        raise
    return written, plan.warnings
