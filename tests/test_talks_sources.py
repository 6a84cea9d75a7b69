"""Where a talk's video and slides come from: `Video:` URLs of every shape, Slide-Times files, and
slides rendered from a PDF (3-page fixture: 3 images, cached, the same bytes every time)."""

import os
from pathlib import Path

import pytest

from fixtures.talks.make_slides_pdf import slides_pdf
from talks.slide_times import SlideTimesError, first_times, parse_slide_times
from talks.slides import SlidesError, slide_deck
from talks.video_sources import SUPPORTED, VideoSourceError, parse_video

UUID = "9c9de5e8-0a1e-484a-b099-e80766180a6d"
SHORT = "kkGMgK9ZtnKfYAgnEtQxbv"


@pytest.mark.parametrize(
    ("value", "kind", "video_id"),
    [
        ("https://www.youtube.com/watch?v=Lectern0001", "youtube", "Lectern0001"),
        ("https://youtube.com/watch?feature=share&v=Lectern0001&t=3s", "youtube", "Lectern0001"),
        ("https://youtu.be/Lectern0001?si=abc", "youtube", "Lectern0001"),
        ("https://www.youtube-nocookie.com/embed/Lectern0001", "youtube", "Lectern0001"),
        ("https://www.youtube.com/live/Lectern0001", "youtube", "Lectern0001"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://www.vimeo.com/76979871#t=30s", "vimeo", "76979871"),
        ("https://vimeo.com/channels/staffpicks/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
        (f"https://framatube.org/w/{UUID}", "peertube", UUID),
        (f"https://peertube.example.org/w/{SHORT}", "peertube", SHORT),
        (f"https://videos.example.net/videos/watch/{UUID}", "peertube", UUID),
        (f"https://videos.example.net/videos/embed/{UUID}", "peertube", UUID),
        ("https://media.example.org/talks/2024/talk.mp4", "url", ""),
        ("https://media.example.org/talk.webm?download=1", "url", ""),
        ("http://media.example.org/talk.OGG", "url", ""),
        ("talks/media/demo.webm", "file", ""),
        ("/talks/media/demo.mp4", "file", ""),
    ],
)
def test_every_video_url_shape(value, kind, video_id):
    video = parse_video(value)
    assert (video.kind, video.id) == (kind, video_id)


def test_urls_each_kind_plays_from():
    youtube = parse_video("https://youtu.be/Lectern0001")
    assert youtube.embed_url == "https://www.youtube-nocookie.com/embed/Lectern0001"
    assert youtube.moment_url(90.7) == "https://www.youtube.com/watch?v=Lectern0001&t=90s"
    assert (youtube.is_embed, youtube.provider) == (True, "YouTube")
    vimeo = parse_video("https://vimeo.com/76979871")
    assert vimeo.embed_url == "https://player.vimeo.com/video/76979871"
    assert vimeo.moment_url(75) == "https://vimeo.com/76979871#t=75s" and vimeo.provider == "Vimeo"
    for unlisted in (
        "https://vimeo.com/76979871/4f2e8a9b1c",
        "https://player.vimeo.com/video/76979871?h=4f2e8a9b1c",
    ):
        video = parse_video(unlisted)
        assert (video.id, video.hash) == ("76979871", "4f2e8a9b1c")
        assert video.embed_url == "https://player.vimeo.com/video/76979871?h=4f2e8a9b1c"
        assert video.watch_url == "https://vimeo.com/76979871/4f2e8a9b1c"
    peertube = parse_video(f"https://tube.example.org:8443/videos/watch/{UUID}")
    assert peertube.host == "tube.example.org:8443" and peertube.provider == "tube.example.org:8443"
    assert peertube.embed_url == f"https://tube.example.org:8443/videos/embed/{UUID}"
    assert peertube.moment_url(61.2) == f"https://tube.example.org:8443/w/{UUID}?start=61s"
    url = parse_video("https://media.example.org/talks/talk.mp4")
    assert (url.src, url.file_name, url.mime_type, url.is_embed) == (
        "https://media.example.org/talks/talk.mp4",
        "talk.mp4",
        "video/mp4",
        False,
    )
    assert url.moment_url(12.5) == "https://media.example.org/talks/talk.mp4#t=12.5"
    local = parse_video("talks/media/demo.webm")
    assert (local.src, local.path, local.moment_url(90)) == (
        "demo.webm",
        "talks/media/demo.webm",
        "demo.webm#t=90",
    )


@pytest.mark.parametrize(
    "value",
    [
        "https://dailymotion.com/video/x8abcd",
        "https://vimeo.com/about",
        "https://vimeo.com/76979871/not-a-hash!",
        "https://www.youtube.com/watch?v=short",
        "https://youtube.evil/watch?v=Lectern0001",
        "https://example.org/w/not_a_peertube_id",
        "http://peertube.example.org/w/" + SHORT,  # PeerTube embeds are https
        "https://example.org/videos/watch/123",
        "https://media.example.org/talk.avi",
        "ftp://media.example.org/talk.mp4",
        "javascript:alert(1)//.mp4",
    ],
)
def test_unknown_hosts_and_shapes_list_what_is_supported(value):
    with pytest.raises(VideoSourceError) as raised:
        parse_video(value)
    message = str(raised.value)
    assert repr(value) in message and SUPPORTED in message
    for kind in ("YouTube", "Vimeo", "PeerTube", "video file"):
        assert kind in message


def test_video_files_and_missing_values():
    with pytest.raises(VideoSourceError, match="must be one of"):
        parse_video("talks/media/demo.avi")
    with pytest.raises(VideoSourceError, match="missing Video"):
        parse_video("  ")


# Slide-Times ---------------------------------------------------------------------------------


def test_slide_times_as_time_and_slide_pairs():
    text = "\ufeff# when each slide was shown\n0:00 1\n\n2:15 2\n4:03 slide 3\n9:40 2\n1:02:03 1\n"
    entries = parse_slide_times(text, "t.txt", slide_count=3)
    assert [(e.start, e.slide) for e in entries] == [(0, 1), (135, 2), (243, 3), (580, 2), (3723, 1)]
    assert first_times(entries) == {1: 0, 2: 135, 3: 243}
    assert entries[1].clock == "2:15"


def test_slide_times_one_time_per_line():
    entries = parse_slide_times("0:00\n2:15\n250\n5m10s\n", "t.txt")
    assert [(e.start, e.slide) for e in entries] == [(0, 1), (135, 2), (250, 3), (310, 4)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0:00 1\n2:15 4\n", "t.txt:2: slide 4 is not in the slides (3 slide(s))"),
        ("0:00 1\n2:15\n", "t.txt:2: '2:15': every line is a time and a slide number"),
        ("0:00 1\n1:75 2\n", "t.txt:2: '1:75' is not a time"),
        ("0:00 1\n2:15 2\n2:15 3\n", "t.txt:3: 2:15 is not after the previous line's 2:15"),
        ("0:00\n1:00\n2:00\n3:00\n", "t.txt:4: slide 4 is not in the slides"),
        ("# nothing\n\n", "t.txt: no times in the file"),
        ("0:00 0\n", "t.txt:1: slide 0 is not in the slides"),
    ],
)
def test_bad_slide_times_name_the_file_and_line(text, message):
    with pytest.raises(SlideTimesError) as raised:
        parse_slide_times(text, "t.txt", slide_count=3)
    assert message in str(raised.value)


# Slides rendered from a PDF --------------------------------------------------------------------

PAGES = [("One", ["first slide"]), ("Two", ["second slide"]), ("Three", ["third slide"])]


def test_a_three_page_pdf_gives_three_images_cached_and_deterministic(tmp_path, monkeypatch):
    from PIL import Image

    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(slides_pdf(PAGES))
    cache = tmp_path / "cache"
    deck = slide_deck(str(pdf), str(cache), width=480, quality=80)
    assert [s.name for s in deck.slides] == ["slide-1.webp", "slide-2.webp", "slide-3.webp"]
    assert [s.anchor for s in deck.slides] == ["slide-1", "slide-2", "slide-3"]
    assert deck.slides[1].text == "Two second slide 2"  # the page's own text, for search and alt text
    files = deck.files()
    for slide in deck.slides:
        with Image.open(files[slide.name]) as image:
            assert image.format == "WEBP" and image.size == (480, 270) == (slide.width, slide.height)
    first = {name: Path(path).read_bytes() for name, path in files.items()}
    assert deck.folder.startswith(str(cache / "slides"))
    assert not [n for n in os.listdir(deck.folder) if n.startswith(".tmp-")]

    # Cached: a second build renders nothing (keyed by the PDF's bytes).
    import talks.slides as slides_module

    def no_render(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(slides_module, "render_pdf", no_render)
    again = slide_deck(str(pdf), str(cache), width=480, quality=80)
    assert again == deck
    monkeypatch.undo()

    # Deterministic: a cold render elsewhere gives the same bytes.
    cold = slide_deck(str(pdf), str(tmp_path / "other"), width=480, quality=80, cold=True)
    assert {name: Path(path).read_bytes() for name, path in cold.files().items()} == first
    assert all(os.stat(path).st_mode & 0o044 for path in cold.files().values())  # readable by a web server
    assert cold.lectern_signature == deck.lectern_signature

    # Other bytes, another folder; other settings, another folder.
    pdf.write_bytes(slides_pdf(PAGES[:2]))
    changed = slide_deck(str(pdf), str(cache), width=480, quality=80)
    assert len(changed.slides) == 2 and changed.folder != deck.folder
    assert slide_deck(str(pdf), str(cache), width=320).folder != changed.folder


def test_a_half_written_cache_folder_is_rendered_again(tmp_path):
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(slides_pdf(PAGES))
    deck = slide_deck(str(pdf), str(tmp_path / "cache"), width=240)
    os.unlink(os.path.join(deck.folder, "slide-2.webp"))
    again = slide_deck(str(pdf), str(tmp_path / "cache"), width=240)
    assert os.path.isfile(again.files()["slide-2.webp"])


def test_a_broken_pdf_is_a_clear_error(tmp_path):
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(SlidesError, match="not a PDF that can be read"):
        slide_deck(str(pdf), str(tmp_path / "cache"))
