"""`invoke new-talk --from-youtube URL`: what yt-dlp knows of a video (title, date, description,
chapters, duration) and its captions, the human ones when there are, else YouTube's auto-captions.

yt-dlp is optional (not a Lectern dependency: it changes every few weeks, as YouTube does); it is
run as a program, `yt-dlp` on PATH, through a runner that tests replace. This is the only part of
new-talk that uses the network.
"""

import datetime as dt
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from talks.timecode import format_vtt

CAPTION_FORMATS = "vtt/srt/json3"  # what we read, in order of preference (json3 is converted)
TIMEOUT_SECONDS = 120


class YouTubeError(ValueError):
    """yt-dlp is missing, failed, or said something we cannot use; the message says which."""


@dataclass
class VideoInfo:
    title: str
    url: str
    date: dt.datetime | None = None
    description: str = ""
    duration: float | None = None
    chapters: list = field(default_factory=list)  # (start, end, title)
    captions_path: Path | None = None  # a .vtt or .srt file in the work folder
    captions_kind: str | None = None  # "auto" or "human"


def run_yt_dlp(args):
    """Standard output of `yt-dlp ARGS`; YouTubeError when it is not installed or fails."""
    program = shutil.which("yt-dlp")
    if program is None:
        raise YouTubeError(
            "--from-youtube needs yt-dlp, which is not installed: `pip install yt-dlp` "
            "(optional; Lectern does not depend on it)"
        )
    try:
        done = subprocess.run(
            [program, *args], capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise YouTubeError(f"yt-dlp gave no answer in {TIMEOUT_SECONDS} s (offline?)") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise YouTubeError(f"yt-dlp failed: {lines[-1] if lines else f'exit status {done.returncode}'}")
    return done.stdout


def _date(info):
    stamp = info.get("release_timestamp") or info.get("timestamp")
    if isinstance(stamp, int | float):
        return dt.datetime.fromtimestamp(stamp, dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    day = info.get("release_date") or info.get("upload_date") or ""
    try:
        return dt.datetime.strptime(day, "%Y%m%d")
    except ValueError:
        return None


def _language(tracks, wanted):
    """The key of `tracks` for language `wanted` (`en`, then `en-GB`, `en-orig`...), or None."""
    keys = sorted(tracks or {})
    for key in keys:
        if key == wanted:
            return key
    return next((key for key in keys if key.split("-")[0] == wanted), None)


def json3_to_vtt(data):
    """WebVTT of YouTube's json3 captions: one cue per event that shows text."""
    out = ["WEBVTT", ""]
    for event in data.get("events", []):
        text = "".join(seg.get("utf8", "") for seg in event.get("segs") or []).strip()
        if not text or "tStartMs" not in event:
            continue
        start = event["tStartMs"] / 1000
        end = start + event.get("dDurationMs", 0) / 1000
        out += [f"{format_vtt(start)} --> {format_vtt(end)}", *text.splitlines(), ""]
    return "\n".join(out)


def _captions(url, info, language, folder, runner):
    """(path, kind) of the captions yt-dlp wrote into `folder`, or (None, None) when it has none."""
    for kind, tracks, flag in (
        ("human", info.get("subtitles"), "--write-subs"),
        ("auto", info.get("automatic_captions"), "--write-auto-subs"),
    ):
        key = _language(tracks, language)
        if key is None:
            continue
        runner(
            ["--skip-download", flag, "--sub-langs", key, "--sub-format", CAPTION_FORMATS]
            + ["--no-warnings", "-o", os.path.join(folder, "captions.%(ext)s"), url]
        )
        written = sorted(Path(folder).glob("captions.*"))
        for path in written:
            if path.suffix in (".vtt", ".srt"):
                return path, kind
            if path.suffix == ".json3":
                converted = path.with_suffix(".vtt")
                data = json.loads(path.read_text(encoding="utf-8"))
                converted.write_text(json3_to_vtt(data), encoding="utf-8")
                return converted, kind
        raise YouTubeError(f"yt-dlp wrote no {language} captions ({kind}) that we read (.vtt, .srt, .json3)")
    return None, None


def video_info(url, folder, language="en", runner=run_yt_dlp):
    """A VideoInfo of the video at `url`, its captions downloaded into `folder`."""
    try:
        info = json.loads(runner(["--dump-single-json", "--skip-download", "--no-warnings", url]))
    except json.JSONDecodeError as error:
        raise YouTubeError(f"yt-dlp's answer is not JSON ({error})") from None
    if not isinstance(info, dict) or not info.get("title"):
        raise YouTubeError("yt-dlp's answer has no title: is it a single video's URL?")
    chapters = [
        (float(c["start_time"]), float(c.get("end_time") or c["start_time"]), str(c["title"]))
        for c in info.get("chapters") or []
        if c.get("title") and isinstance(c.get("start_time"), int | float)
    ]
    captions_path, kind = _captions(info.get("webpage_url") or url, info, language, folder, runner)
    duration = info.get("duration")
    return VideoInfo(
        title=str(info["title"]).strip(),
        url=info.get("webpage_url") or url,
        date=_date(info),
        description=info.get("description") or "",
        duration=float(duration) if isinstance(duration, int | float) and duration > 0 else None,
        chapters=chapters,
        captions_path=captions_path,
        captions_kind=kind,
    )
