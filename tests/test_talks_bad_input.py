"""Bad talk input in real builds: each is refused with one line naming the talk's .md (and the caption
file, with its line, where there is one), or read with a warning naming the file. No traceback."""

import codecs
import random
import re

import pytest

from conftest import copy_project, pelican_build, pelican_with_warnings

ONLY_TALKS = ("-e", 'PLUGINS=["blog", "talks"]')
TALK = """Title: {slug}
Date: 2025-01-01 10:00
Video: https://www.youtube.com/watch?v=Lectern0001
{extra}
Summary: A talk that is wrong on purpose.

Body.
"""
# slug: (metadata lines, {file name: bytes}, what the error says)
BROKEN = {
    "duration-inf": ("Duration: inf", {}, "content/talks/duration-inf.md: Duration 'inf': expected"),
    "duration-nan": ("Duration: nan", {}, "content/talks/duration-nan.md: Duration 'nan': expected"),
    "duration-huge": ("Duration: 1e20", {}, "content/talks/duration-huge.md: Duration '1e20': expected"),
    "no-text": (
        "Transcript: no-text.srt",
        {"no-text.srt": b"a line of words with no time\n00:00:01,000 --> 00:00:04,000\n"},
        "content/talks/no-text.md: Transcript: content/talks/no-text.srt:2: "
        "none of its 1 cue(s) holds any text",
    ),
    "event-url": (
        "Event_URL: javascript:alert(1)",
        {},
        "content/talks/event-url.md: Event_URL 'javascript:alert(1)': a javascript: URL",
    ),
    "slides-url": (
        "Slides: data:text/html,hello",
        {},
        "content/talks/slides-url.md: Slides 'data:text/html,hello': a data: URL",
    ),
    "sbv": (
        "Transcript: sbv.sbv",
        {"sbv.sbv": b"0:00:01.000,0:00:02.000\nwords in another format\n"},
        "content/talks/sbv.md: Transcript: content/talks/sbv.sbv: subtitles must be .srt or .vtt, not '.sbv'",
    ),
    "binary": (
        "Transcript: binary.srt",
        {"binary.srt": b"\x89PNG\r\n\x1a\n" + random.Random(15).randbytes(600)},
        "content/talks/binary.md: Transcript: content/talks/binary.srt: not a text file",
    ),
    "hours": (
        "Transcript: hours.srt",
        {"hours.srt": b"1\n123456789:00:00,000 --> 123456789:00:01,000\nthe longest talk\n"},
        "content/talks/hours.md: Transcript: content/talks/hours.srt:2: bad time",
    ),
}
# Talks that build, with a warning naming the file.
WARNED = {
    "latin": (
        "Transcript: latin.srt",
        {
            "latin.srt": "1\n00:00:01,000 --> 00:00:03,000\ncaf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n".encode(
                "cp1252"
            )
        },
    ),
    "utf16": (
        "Transcript: utf16.vtt",
        {
            "utf16.vtt": codecs.BOM_UTF16_BE
            + "WEBVTT\n\n00:01.000 --> 00:03.000\n\u00fcber \u65e5\u672c\n".encode("utf-16-be")
        },
    ),
    "bell": (
        "Transcript: bell.srt",
        {"bell.srt": b"1\n00:00:01,000 --> 00:00:03,000\nring\x07 the \x1b[31mbell\x1b[0m now\x00\n"},
    ),
}


def add_talks(project, talks):
    folder = project / "content" / "talks"
    for slug, (extra, files, *_rest) in talks.items():
        (folder / f"{slug}.md").write_text(TALK.format(slug=slug, extra=extra), encoding="utf-8")
        for name, data in files.items():
            (folder / name).write_bytes(data)


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("broken") / "project")
    add_talks(project, BROKEN)
    result = pelican_build("pelicanconf.py", project / "out", project=project, extra_args=ONLY_TALKS)
    return project, result.returncode, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("slug", sorted(BROKEN))
def test_bad_talk_input_fails_the_build_naming_the_files(broken_build, slug):
    project, code, output = broken_build
    assert code == 1
    message = BROKEN[slug][2]
    assert message in output
    (line,) = [line for line in output.splitlines() if message in line]
    assert str(project) not in line  # paths as they sit in content/, never absolute
    assert "Traceback" not in output


@pytest.mark.slow
def test_odd_encodings_and_control_characters_build_with_warnings(tmp_path):
    project = copy_project(tmp_path / "project")
    add_talks(project, WARNED)
    out = tmp_path / "out"
    result = pelican_with_warnings(project, out, *ONLY_TALKS)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "content/talks/latin.srt: not UTF-8; read as Windows-1252" in output
    assert "content/talks/bell.srt:2: control characters removed" in output
    assert "utf16.vtt" not in output  # a byte-order mark says it: nothing to warn about
    for slug, words in (
        ("latin", "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"),
        ("utf16", "\u00fcber \u65e5\u672c"),
    ):
        page = (out / "talks" / slug / "index.html").read_text(encoding="utf-8")
        assert words in page
        assert (out / "talks" / slug / f"{slug}.txt").read_text(encoding="utf-8").count(words) == 1
    folder = out / "talks" / "bell"
    for name in ("index.html", "bell.vtt", "bell.srt", "bell.txt"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "ring the bell now" in text, name
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text), name
