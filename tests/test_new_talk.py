"""`invoke new-talk` (lectern/new_talk.py, lectern/youtube.py): a talk started from its files, or from
a YouTube video through yt-dlp. No network: yt-dlp is a fake of ours, on PATH or injected, that
answers with info JSON and captions we wrote in yt-dlp's formats."""

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import pelican_build
from lectern.new_talk import NewTalkError, new_talk
from lectern.youtube import YouTubeError, json3_to_vtt, video_info
from talks.chapters import ChapterError, chapters_from_description
from talks.subtitles import parse_subtitles

FIXTURES = Path(__file__).parent / "fixtures" / "talks"
NOW = __import__("datetime").datetime(2026, 2, 3, 9, 30)
DESCRIPTION = """How we vacuum a 4 TB table without stopping writes.

0:00 Introduction
[0:42] Why autovacuum falls behind
1:30 - Freezing, and wraparound
Slides and notes on the blog. Thanks to everyone at 10:30 for coming!
"""
# What `yt-dlp --dump-single-json` says of a video, in its field names (our own video, made up).
INFO = {
    "id": "Lectern0002",
    "title": "Vacuum at scale",
    "webpage_url": "https://www.youtube.com/watch?v=Lectern0002",
    "upload_date": "20240917",
    "timestamp": 1726570800,
    "duration": 312,
    "description": DESCRIPTION,
    "chapters": [
        {"start_time": 0.0, "end_time": 42.0, "title": "Introduction"},
        {"start_time": 42.0, "end_time": 90.0, "title": "Why autovacuum falls behind"},
        {"start_time": 90.0, "end_time": 312.0, "title": "Freezing, and wraparound"},
    ],
    "subtitles": {},
    "automatic_captions": {
        "en-orig": [{"ext": "vtt", "url": "https://example.invalid/en-orig.vtt"}],
        "en": [{"ext": "json3"}, {"ext": "vtt"}],
        "fr": [{"ext": "vtt"}],
    },
}
JSON3 = {
    "events": [
        {"tStartMs": 0, "dDurationMs": 2000, "id": 1},
        {
            "tStartMs": 500,
            "dDurationMs": 1500,
            "segs": [{"utf8": "so"}, {"utf8": " today", "tOffsetMs": 300}],
        },
        {"tStartMs": 2000, "dDurationMs": 10, "aAppend": 1, "segs": [{"utf8": "\n"}]},
        {"tStartMs": 2100, "dDurationMs": 1900, "segs": [{"utf8": "we freeze rows"}]},
    ]
}


def fake_runner(info, captions_text, ext="vtt", calls=None):
    """A stand-in for run_yt_dlp: the info JSON, and a caption file where `-o` says."""

    def run(args):
        if calls is not None:
            calls.append(args)
        if "--dump-single-json" in args:
            return json.dumps(info)
        out, language = args[args.index("-o") + 1], args[args.index("--sub-langs") + 1]
        Path(out.replace("%(ext)s", f"{language}.{ext}")).write_text(captions_text, encoding="utf-8")
        return ""

    return run


def test_a_talk_from_its_files(tmp_path):
    captions = tmp_path / "in" / "captions.srt"
    captions.parent.mkdir()
    text = (FIXTURES / "youtube-export.srt").read_text(encoding="utf-8")
    captions.write_bytes(codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    (tmp_path / "in" / "description.txt").write_text(DESCRIPTION, encoding="cp1252")
    (tmp_path / "in" / "Deck.PDF").write_bytes(b"%PDF-1.4 our slides\n")
    content = tmp_path / "content"
    written, warnings = new_talk(
        content,
        "Vacuum at scale: 4 TB & no downtime!",
        video="https://www.youtube.com/watch?v=Lectern0002",
        captions=captions,
        chapters=tmp_path / "in" / "description.txt",
        slides=tmp_path / "in" / "Deck.PDF",
        event="PG Harbour Day 2026",
        date="2026-05-15 14:00",
        now=NOW,
    )
    assert warnings == []
    slug = "vacuum-at-scale-4-tb-no-downtime"
    folder = content / "talks"
    assert sorted(p.name for p in written) == sorted(
        [f"{slug}.md", f"{slug}.srt", f"{slug}.chapters.vtt", f"{slug}.pdf"]
    )
    assert (folder / f"{slug}.md").read_text(encoding="utf-8") == (
        "Title: Vacuum at scale: 4 TB & no downtime!\n"
        "Date: 2026-05-15 14:00\n"
        "Event: PG Harbour Day 2026\n"
        "Video: https://www.youtube.com/watch?v=Lectern0002\n"
        f"Transcript: {slug}.srt\n"
        f"Chapters: {slug}.chapters.vtt\n"
        f"Slides: {slug}.pdf\n"
        "Summary: One or two sentences for the talks index, feeds and social cards.\n"
        "Status: draft\n\n"
        "The abstract, notes and links, in Markdown.\n"
    )
    assert (folder / f"{slug}.srt").read_bytes() == text.encode("utf-8")  # UTF-8, no BOM, \n
    chapters = parse_subtitles((folder / f"{slug}.chapters.vtt").read_text(encoding="utf-8"), "c.vtt").cues
    assert [(c.start, c.end, c.payload.lines) for c in chapters] == [
        (0, 42, ["Introduction"]),
        (42, 90, ["Why autovacuum falls behind"]),
        (90, 90, ["Freezing, and wraparound"]),
    ]
    assert (folder / f"{slug}.pdf").read_bytes() == b"%PDF-1.4 our slides\n"


def test_it_never_overwrites_and_writes_nothing_when_anything_is_wrong(tmp_path):
    content = tmp_path / "content"
    (content / "talks").mkdir(parents=True)
    (content / "talks" / "taken.srt").write_text("mine", encoding="utf-8")
    captions = tmp_path / "c.srt"
    captions.write_text("1\n00:00:01,000 --> 00:00:02,000\nhello\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="taken.srt already exist"):
        new_talk(content, "Taken", video="https://youtu.be/Lectern0002", captions=captions, now=NOW)
    assert sorted(p.name for p in (content / "talks").iterdir()) == ["taken.srt"]
    assert (content / "talks" / "taken.srt").read_text(encoding="utf-8") == "mine"
    broken = tmp_path / "broken.srt"
    broken.write_text("1\n00:00:01,000 -> 00:00:02,000\nhello\n", encoding="utf-8")
    for kwargs, message in (
        ({"captions": broken}, "broken.srt:2: cannot read the timing line"),
        ({"captions": tmp_path / "c.sbv"}, "subtitles must be .srt or .vtt"),
        ({"chapters": FIXTURES / "README.md"}, "README.md: no chapter lines"),
        ({"slides": tmp_path / "none.pdf"}, "--slides"),
        ({"date": "15/05/2026"}, "--date '15/05/2026'"),
        ({"video": "javascript:alert(1)"}, "--video 'javascript:alert(1)': a javascript: URL"),
        ({"video": ""}, "a talk needs --video"),
    ):
        arguments = {"video": "https://youtu.be/Lectern0002", **kwargs}
        with pytest.raises(NewTalkError, match=message.replace("(", r"\(").replace(")", r"\)")):
            new_talk(content, "Fresh", now=NOW, **arguments)
    assert sorted(p.name for p in (content / "talks").iterdir()) == ["taken.srt"]


def test_captions_in_a_legacy_encoding_are_copied_as_utf8_with_a_warning(tmp_path):
    captions = tmp_path / "c.srt"
    captions.write_bytes("1\n00:00:01,000 --> 00:00:02,000\ncaf\u00e9 cr\u00e8me\n".encode("cp1252"))
    written, warnings = new_talk(
        tmp_path / "content", "Caf\u00e9", video="https://youtu.be/Lectern0002", captions=captions, now=NOW
    )
    assert [w.split(":", 1)[1].strip() for w in warnings] == [
        "not UTF-8; read as Windows-1252 (cp1252/Latin-1): if letters look wrong, save it as UTF-8"
    ]
    assert "caf\u00e9 cr\u00e8me" in (tmp_path / "content" / "talks" / "cafe.srt").read_text(encoding="utf-8")
    assert "Date: 2026-02-03 09:30" in written[-1].read_text(encoding="utf-8")


def test_description_chapter_lines():
    chapters = chapters_from_description(DESCRIPTION)
    assert [(c.start, c.title) for c in chapters] == [
        (0, "Introduction"),
        (42, "Why autovacuum falls behind"),
        (90, "Freezing, and wraparound"),
    ]
    with pytest.raises(ChapterError, match="starts at 0:42, not 0:00"):
        chapters_from_description("0:42 Late start\n1:00 Later\n")
    with pytest.raises(ChapterError, match="no chapter lines"):
        chapters_from_description("Just prose.\n")


def test_from_youtube_with_an_injected_runner_and_json3_captions(tmp_path):
    calls = []
    info = {**INFO, "chapters": None, "subtitles": {"en-GB": [{"ext": "json3"}]}}
    runner = fake_runner(info, json.dumps(JSON3), ext="json3", calls=calls)
    written, _warnings = new_talk(
        tmp_path / "content", "", from_youtube="https://youtu.be/Lectern0002", runner=runner, now=NOW
    )
    text = written[-1].read_text(encoding="utf-8")
    assert "Title: Vacuum at scale\n" in text and "Date: 2024-09-17 11:00\n" in text
    assert "Duration: 5:12\n" in text and "Captions: human\n" in text  # human subtitles come first
    assert "Chapters: vacuum-at-scale.chapters.vtt" in text  # from the description's lines
    assert text.endswith(DESCRIPTION)
    assert calls[1][:2] == ["--skip-download", "--write-subs"] and "en-GB" in calls[1]
    captions = (tmp_path / "content" / "talks" / "vacuum-at-scale.vtt").read_text(encoding="utf-8")
    cues = parse_subtitles(captions, "x.vtt").cues
    assert [(c.start, c.payload.lines) for c in cues] == [(0.5, ["so today"]), (2.1, ["we freeze rows"])]
    assert json3_to_vtt({}) == "WEBVTT\n"


def test_yt_dlp_problems_are_one_clear_line(tmp_path):
    with pytest.raises(YouTubeError, match="not JSON"):
        video_info("u", tmp_path, runner=lambda args: "<html>")
    with pytest.raises(YouTubeError, match="no title"):
        video_info("u", tmp_path, runner=lambda args: "{}")


def fake_yt_dlp(folder, info, captions_file):
    """A `yt-dlp` program on PATH that answers as yt-dlp does, from our files."""
    folder.mkdir()
    (folder / "info.json").write_text(json.dumps(info), encoding="utf-8")
    script = folder / "yt-dlp"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, pathlib, sys\n"
        "args = sys.argv[1:]\n"
        f"here = pathlib.Path({str(folder)!r})\n"
        "if '--dump-single-json' in args:\n"
        "    print((here / 'info.json').read_text(encoding='utf-8'))\n"
        "elif '--write-auto-subs' in args:\n"
        "    out = args[args.index('-o') + 1].replace('%(ext)s', args[args.index('--sub-langs') + 1] + '.vtt')\n"
        f"    pathlib.Path(out).write_bytes(pathlib.Path({str(captions_file)!r}).read_bytes())\n"
        "else:\n"
        "    sys.exit('ERROR: [youtube] unexpected arguments')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return folder


def invoke_in(project, *args, path=None):
    env = {**os.environ, "PATH": f"{path}{os.pathsep}{os.environ['PATH']}" if path else os.environ["PATH"]}
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_invoke_new_talk_from_youtube_with_a_fake_yt_dlp_and_the_draft_builds(project_copy, tmp_path):
    bin_dir = fake_yt_dlp(tmp_path / "bin", INFO, FIXTURES / "youtube-raw.vtt")
    url = "https://www.youtube.com/watch?v=Lectern0002"
    result = invoke_in(project_copy, "new-talk", "", "--from-youtube", url, "--event", "PG Day", path=bin_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Remove 'Status: draft' to publish it." in result.stdout
    folder = project_copy / "content" / "talks"
    text = (folder / "vacuum-at-scale.md").read_text(encoding="utf-8")
    for line in (
        "Title: Vacuum at scale",
        "Date: 2024-09-17 11:00",
        "Event: PG Day",
        f"Video: {url}",
        "Duration: 5:12",
        "Transcript: vacuum-at-scale.vtt",
        "Captions: auto",
        "Chapters: vacuum-at-scale.chapters.vtt",
        "Status: draft",
    ):
        assert f"{line}\n" in text, line
    assert (folder / "vacuum-at-scale.vtt").read_bytes() == (FIXTURES / "youtube-raw.vtt").read_bytes()
    again = invoke_in(project_copy, "new-talk", "", "--from-youtube", url, path=bin_dir)
    assert again.returncode == 1 and "already exist" in again.stderr
    out = tmp_path / "out"
    build = pelican_build(
        "pelicanconf.py", out, project=project_copy, extra_args=("-e", 'PLUGINS=["blog", "talks"]')
    )
    assert build.returncode == 0, build.stdout + build.stderr
    talks = len(list((project_copy / "content" / "talks").glob("*.md")))  # the demo's and the new draft
    assert f"Talks: {talks} (1 draft)" in build.stdout  # the build's summary counts talks
    page = (out / "drafts" / "talks" / "vacuum-at-scale" / "index.html").read_text(encoding="utf-8")
    assert "so today we are going to look" in page and "Why autovacuum falls behind" in page


def test_build_summary_line():
    from talks.generator import talks_summary

    assert talks_summary(3) == "Talks: 3"
    assert talks_summary(2, 0, 1) == "Talks: 3 (1 draft)"
    assert talks_summary(1, 1, 2) == "Talks: 4 (2 draft, 1 hidden)"


def test_without_yt_dlp_the_message_says_how_to_get_it(tmp_path):
    from lectern.youtube import run_yt_dlp

    empty = tmp_path / "empty"
    empty.mkdir()
    old = os.environ["PATH"]
    os.environ["PATH"] = str(empty)
    try:
        with pytest.raises(YouTubeError, match="needs yt-dlp, which is not installed: `pip install yt-dlp`"):
            run_yt_dlp(["--version"])
    finally:
        os.environ["PATH"] = old
