"""Rendering a cleaned transcript (plugins/talks/render.py) against the markup contract, the
downloads it writes, and the plain helpers of talk pages (metadata, poster, feeds)."""

import datetime
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from talks.chapters import Chapter
from talks.feeds import FeedEntry, talks_feed
from talks.metadata import TalkMetadataError, read_duration, read_speakers, read_video, youtube_id
from talks.poster import poster_svg
from talks.render import chapters_vtt
from talks.subtitles import parse_subtitles
from talks.transcript import build_transcript, load_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "talks"
ATTRIBUTE_TIME = re.compile(r"^\d+\.\d\d$")


def moment(seconds):
    return f"talk.webm#t={seconds:g}"


@pytest.fixture(scope="module")
def raw_transcript():
    chapters = [Chapter(0.0, "Opening"), Chapter(8.0, "Repeats & questions")]
    return load_transcript(
        str(FIXTURES / "youtube-raw.vtt"), chapters, slug=lambda t: re.sub(r"\W+", "-", t.lower())
    )


def test_transcript_markup_contract(raw_transcript):
    soup = BeautifulSoup(raw_transcript.html(moment), "html.parser")
    assert len(soup.select("#transcript")) == 1
    root = soup.select_one("#transcript")
    cues = root.select("[data-start]")
    assert cues == root.select("[data-start][data-end]")  # only cues carry data-start
    assert len(cues) == len(raw_transcript.captions)
    for element, caption in zip(cues, raw_transcript.captions):
        assert ATTRIBUTE_TIME.match(element["data-start"]) and ATTRIBUTE_TIME.match(element["data-end"])
        assert float(element["data-start"]) == pytest.approx(caption.start, abs=0.005)
        assert float(element["data-end"]) == pytest.approx(caption.end, abs=0.005)
        expected = f"[{caption.text}]" if caption.text == "foreign" else caption.text
        assert element.get_text() == expected
        assert ("sound" in element["class"]) == caption.sound
    for paragraph in root.select("p.para"):
        link = paragraph.find(True)
        first_cue = paragraph.select_one("[data-start]")
        assert link.name == "a" and "moment" in link["class"]
        assert link["href"] == moment(float(link["data-seek"]))
        assert link["data-seek"] == first_cue["data-start"]
        assert link.get_text() == "0:" + f"{int(float(first_cue['data-start'])):02d}"
    headings = root.select("h3.chapter-heading")
    assert [h["id"] for h in headings] == ["chapter-opening", "chapter-repeats-questions"]
    assert headings[1].contents[0].strip() == "Repeats & questions"
    assert root.select_one("span.speaker-change .visually-hidden").get_text() == "Speaker change:"


def test_text_is_escaped_never_markup():
    cues = parse_subtitles(
        '1\n00:00:01,000 --> 00:00:02,000\nsay <script>alert("x")</script> & <b>bold</b>\n', "x.srt", "srt"
    ).cues
    transcript = build_transcript(cues)
    html = transcript.html(moment)
    assert "<script>" not in html and "&lt;script&gt;" in html
    cue = BeautifulSoup(html, "html.parser").select_one("[data-start]")
    assert cue.get_text() == 'say <script>alert("x")</script> & bold'
    assert "&lt;script&gt;" in transcript.vtt() and "&amp;" in transcript.vtt()


@pytest.mark.parametrize("fixture", ["youtube-raw.vtt", "youtube-export.srt", "human.vtt", "human.srt"])
def test_downloads_read_back_as_the_same_cues(fixture):
    transcript = load_transcript(str(FIXTURES / fixture))
    expected = [(c.start, c.end, c.text) for c in transcript.captions]
    for text, fmt in ((transcript.vtt(), "vtt"), (transcript.srt(), "srt")):
        again = build_transcript(parse_subtitles(text, f"download.{fmt}", fmt).cues)
        shown = [
            (c.start, c.end, c.text.strip("[]") if c.text == "[foreign]" else c.text) for c in again.captions
        ]
        assert shown == expected, fmt
    if fixture == "human.vtt":
        assert "<v Mira Halloran>Good morning, and welcome." in transcript.vtt()


def test_plain_text_has_chapters_times_and_every_word(raw_transcript):
    text = raw_transcript.text(["Partial indexes", "Mira Halloran"])
    lines = text.splitlines()
    assert lines[:3] == ["Partial indexes", "Mira Halloran", ""]
    assert "Opening (0:00)" in lines and "Repeats & questions (0:08)" in lines
    assert "[0:08] no no no no" in lines
    assert "[0:11] >> a question [foreign]" in lines
    spoken = " ".join(c.text for c in raw_transcript.captions).lower().split()
    assert [w for w in spoken if w not in text.lower()] == []


def test_chapters_track_reads_back():
    track = chapters_vtt([Chapter(0.0, "Intro", 90.0), Chapter(90.0, "Queues & locks", 200.0)])
    cues = parse_subtitles(track, "chapters.vtt").cues
    assert [(c.start, c.end, c.payload.lines) for c in cues] == [
        (0.0, 90.0, ["Intro"]),
        (90.0, 200.0, ["Queues & locks"]),
    ]


def test_youtube_urls_and_video_files():
    for url in (
        "https://www.youtube.com/watch?v=Lectern0001&t=3s",
        "https://youtu.be/Lectern0001",
        "https://www.youtube.com/embed/Lectern0001",
        "https://www.youtube-nocookie.com/embed/Lectern0001",
        "https://m.youtube.com/watch?feature=share&v=Lectern0001",
        "https://www.youtube.com/live/Lectern0001",
    ):
        assert youtube_id(url) == "Lectern0001", url
    for url in (
        "https://vimeo.com/12345",
        "https://www.youtube.com/watch?v=short",
        "https://youtube.evil/watch?v=Lectern0001",
    ):
        assert youtube_id(url) is None, url
    video = read_video("https://www.youtube.com/watch?v=Lectern0001")
    assert video.moment_url(90.7) == "https://www.youtube.com/watch?v=Lectern0001&t=90s"
    assert video.embed_url == "https://www.youtube-nocookie.com/embed/Lectern0001"
    local = read_video("talks/media/demo.webm")
    assert (local.kind, local.file_name, local.mime_type) == ("file", "demo.webm", "video/webm")
    assert local.moment_url(12.345) == "demo.webm#t=12.35" and local.moment_url(90) == "demo.webm#t=90"
    with pytest.raises(TalkMetadataError, match="not a video we can play"):
        read_video("https://dailymotion.com/video/x12345")
    with pytest.raises(TalkMetadataError, match="must be one of"):
        read_video("talks/media/demo.avi")
    with pytest.raises(TalkMetadataError, match="missing Video"):
        read_video("")


def test_speakers_and_durations():
    assert read_speakers("Mira Halloran and Tom Byrne, Ann Lee") == ["Mira Halloran", "Tom Byrne", "Ann Lee"]
    assert read_speakers(None, "Mira Halloran") == ["Mira Halloran"]
    assert [read_duration(v) for v in ("42:10", "1:02:03", "42m", "1h 5min", None)] == [
        2530,
        3723,
        2520,
        3900,
        None,
    ]
    with pytest.raises(TalkMetadataError, match="Duration 'about an hour'"):
        read_duration("about an hour")


def test_poster_is_valid_svg_with_escaped_text():
    svg = poster_svg(
        'Indexes <and> & "quotes" in a title long enough to wrap over several lines', "Mira", "PGDay"
    )
    root = ET.fromstring(svg)
    text = "".join(root.itertext())
    assert 'Indexes <and> & "quotes"' in text and "Mira" in text and "PGDay" in text


def test_feed_entries_carry_the_video_as_an_enclosure():
    published = datetime.datetime(2025, 5, 16, 14, 30, tzinfo=datetime.UTC)
    entry = FeedEntry(
        "A talk",
        "https://blog.example.test/talks/a/",
        "<p>Body</p>",
        "Summary",
        published,
        categories=["postgresql"],
        enclosure=("https://blog.example.test/talks/a/a.webm", 98765, "video/webm"),
    )
    for kind in ("atom", "rss"):
        feed = talks_feed(
            kind,
            [entry],
            title="Talks",
            link="https://blog.example.test/talks/",
            feed_url=f"https://blog.example.test/feeds/talks.{kind}.xml",
        )
        parsed = feedparser.parse(feed.writeString("utf-8"))
        assert not parsed.bozo, parsed.bozo_exception
        (item,) = parsed.entries
        (enclosure,) = item.enclosures
        assert enclosure.href == "https://blog.example.test/talks/a/a.webm"
        assert (enclosure.length, enclosure.type) == ("98765", "video/webm")


def test_a_talks_feed_without_talks_is_dated_the_same_in_every_build():
    """feedgenerator dates an empty feed by the clock; ours by a constant."""
    import io

    from talks.feeds import talks_feed

    for kind, stamp in (
        ("atom", "<updated>1970-01-01T00:00:00+00:00<"),
        ("rss", "<lastBuildDate>Thu, 01 Jan 1970 00:00:00"),
    ):
        feed = talks_feed(
            kind, [], title="Talks", link="https://example.test/talks/", feed_url="https://example.test/f"
        )
        out = io.StringIO()
        feed.write(out, "utf-8")
        assert stamp in out.getvalue(), out.getvalue()
