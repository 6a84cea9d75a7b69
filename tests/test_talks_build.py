"""Talk pages in real Pelican builds of the demo site: pages, downloads, index, feeds, tags, sitemap,
and the build's errors for broken talks."""

import json
import re
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import PUBLISH_SITEURL, ROOT, pelican_build, pelican_with_warnings
from talks.subtitles import parse_subtitles, read_subtitles
from talks.transcript import load_transcript

LOCAL = "partial-indexes-in-practice"  # the demo talk with our own video file (YouTube shape b)
YOUTUBE = "row-level-security-for-django"  # the demo talk on YouTube (raw YouTube WebVTT, shape a)
TALKS = ROOT / "content" / "talks"
ONLY_TALKS = ("-e", 'PLUGINS=["blog", "talks"]')


def soup(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def page(site, slug):
    return soup(site / "talks" / slug / "index.html")


def test_demo_talks_meet_the_brief():
    for slug, shape, fmt in ((LOCAL, "overlapping", "srt"), (YOUTUBE, "rolling", "vtt")):
        transcript = load_transcript(str(TALKS / f"{slug}.{fmt}"))
        assert transcript.shape == shape
        assert transcript.end >= 300, slug  # at least five minutes
    raw = (TALKS / f"{YOUTUBE}.vtt").read_text(encoding="utf-8")
    assert re.search(r"<\d\d:\d\d:\d\d\.\d{3}><c> ", raw)  # inline word timestamps
    holds = [c for c in read_subtitles(str(TALKS / f"{YOUTUBE}.vtt")).cues if c.end - c.start <= 0.011]
    assert len(holds) > 50  # ~10 ms hold cues
    video = TALKS / "media" / f"{LOCAL}.webm"
    assert video.stat().st_size <= 300 * 1024


@pytest.mark.parametrize("slug", [LOCAL, YOUTUBE])
def test_talk_page_follows_the_transcript_markup_contract(site, slug):
    html = page(site, slug)
    fmt = "srt" if slug == LOCAL else "vtt"
    expected = load_transcript(str(TALKS / f"{slug}.{fmt}")).captions
    (transcript,) = html.select("#transcript")
    cues = transcript.select("[data-start][data-end]")
    assert len(cues) == len(expected)
    for element, caption in zip(cues, expected):
        assert re.fullmatch(r"\d+\.\d\d", element["data-start"])
        assert float(element["data-start"]) == pytest.approx(caption.start, abs=0.005)
        assert element.get_text() in (caption.text, caption.text.capitalize(), f"[{caption.text}]")
    starts = [float(c["data-start"]) for c in cues]
    assert starts == sorted(starts)
    assert all(float(c["data-end"]) <= later for c, later in zip(cues, starts[1:]))
    for paragraph in transcript.select("p.para"):
        link = paragraph.find("a")
        assert "moment" in link["class"] and paragraph.find(True) is link
        seconds = float(paragraph.select_one("[data-start]")["data-start"])
        if slug == LOCAL:
            assert link["href"] == f"{LOCAL}.webm#t={seconds:.2f}".rstrip("0").rstrip(".")
        else:
            assert link["href"] == f"https://www.youtube.com/watch?v=Lectern0001&t={int(seconds)}s"


def test_local_video_player_tracks_and_downloads(site):
    html = page(site, LOCAL)
    video = html.select_one(".talk-player video[controls]")
    assert video.select_one("source")["src"] == f"{LOCAL}.webm"
    assert video.select_one("source")["type"] == "video/webm"
    captions = video.select_one('track[kind="captions"]')
    assert captions.has_attr("default") and captions["src"] == f"{LOCAL}.vtt"
    assert video.select_one('track[kind="chapters"]')["src"] == f"{LOCAL}.chapters.vtt"
    folder = site / "talks" / LOCAL
    assert (folder / f"{LOCAL}.webm").read_bytes() == (TALKS / "media" / f"{LOCAL}.webm").read_bytes()
    downloads = {a["href"] for a in html.select(".talk-downloads a")}
    assert downloads == {f"{LOCAL}.vtt", f"{LOCAL}.srt", f"{LOCAL}.txt", f"{LOCAL}.webm"}
    page_words = " ".join(c.get_text() for c in html.select("#transcript [data-start]"))
    for name in (f"{LOCAL}.vtt", f"{LOCAL}.srt"):
        cues = parse_subtitles((folder / name).read_text(encoding="utf-8"), name, name[-3:]).cues
        assert " ".join(" ".join(c.payload.lines) for c in cues) == page_words
    text = (folder / f"{LOCAL}.txt").read_text(encoding="utf-8")
    assert text.startswith("Partial indexes in practice\n") and "Queue tables (3:00)" in text
    chapters = parse_subtitles((folder / f"{LOCAL}.chapters.vtt").read_text(encoding="utf-8"), "c.vtt").cues
    assert [c.payload.lines[0] for c in chapters][:2] == ["Introduction", "What a partial index is"]


def test_youtube_talk_loads_nothing_from_youtube_until_play(site):
    html = page(site, YOUTUBE)
    player = html.select_one(".talk-player")
    assert player["data-youtube-id"] == "Lectern0001" and player["data-kind"] == "youtube"
    assert not html.find("iframe")
    facade = player.select_one("a.talk-facade")
    assert facade["href"] == "https://www.youtube.com/watch?v=Lectern0001"
    # Our poster is text laid out beside the play button (poster.svg is for feeds and <video poster>).
    assert facade.select_one(".talk-poster-title").get_text() == html.h1.get_text()
    assert facade.select_one(".talk-play-label").get_text() == "Watch on YouTube"
    assert (site / "talks" / YOUTUBE / "poster.svg").is_file()
    for element in html.find_all(src=True):
        assert not re.match(r"(https?:)?//", element["src"]), element  # everything loaded is ours
    for element in html.find_all("link", href=True):
        assert "youtube" not in element["href"] and "ytimg" not in element["href"]


def test_chapters_auto_label_facts_and_structured_data(published_site):
    html = page(published_site, LOCAL)
    chapter_links = html.select(".talk-chapters a")
    headings = html.select("#transcript h3.chapter-heading")
    assert [a["href"] for a in chapter_links] == [f"#{h['id']}" for h in headings]
    assert [h.contents[0].strip() for h in headings][:3] == [
        "Introduction",
        "What a partial index is",
        "Soft deletes and unique emails",
    ]
    assert "Auto-generated captions" in html.select_one(".talk-transcript").get_text()
    facts = html.select_one(".talk-facts").get_text(" ", strip=True)
    for fact in ("PG Harbour Day 2025", "Mira Halloran", "6 min", "Slides 3 slides"):
        assert fact in facts
    base = f"{PUBLISH_SITEURL}/talks/{LOCAL}/"
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "VideoObject" and data["name"] == "Partial indexes in practice"
    assert data["uploadDate"].startswith("2025-05-16") and data["duration"] == "PT5M45S"
    assert (
        data["contentUrl"] == f"{base}{LOCAL}.webm"
        and data["thumbnailUrl"] == f"{PUBLISH_SITEURL}/cards/talks/{LOCAL}.png"
    )
    assert data["description"].startswith("Three places") and "partial indexes in" in data["transcript"]
    assert html.find("meta", property="og:type")["content"] == "video.other"
    assert html.find("meta", property="og:video")["content"] == f"{base}{LOCAL}.webm"
    assert html.find("meta", property="og:video:type")["content"] == "video/webm"
    assert html.find("link", rel="canonical")["href"] == base
    youtube = json.loads(page(published_site, YOUTUBE).find("script", type="application/ld+json").string)
    assert (
        youtube["embedUrl"] == "https://www.youtube-nocookie.com/embed/Lectern0001"
        and "contentUrl" not in youtube
    )
    assert youtube["duration"] == "PT5M20S"


def test_talks_index_lists_talks_by_year(site):
    html = soup(site / "talks" / "index.html")
    years = [h.get_text() for h in html.select(".talks-year h2")]
    assert years == ["2025", "2024", "2023"]
    items = html.select(".talk-summary")
    assert [i.select_one("a").get_text() for i in items] == [
        "Partial indexes in practice",
        "Row-level security for Django, without losing your weekend",
        "VACUUM in one minute",
    ]
    first = items[0].get_text(" ", strip=True)
    assert "PG Harbour Day 2025" in first and "6 min" in first and "Transcript (auto captions)" in first
    nav = html.select_one("nav.site-nav a[aria-current=page]")
    assert nav.get_text() == "Talks"


def test_talks_are_not_posts_or_pages(site):
    archives = (site / "archives" / "index.html").read_text(encoding="utf-8")
    assert "Partial indexes in practice" not in archives
    assert not list(site.glob("posts/**/partial-indexes-in-practice*"))
    assert not (site / "partial-indexes-in-practice").exists()


def test_talk_feeds_have_enclosures_and_absolute_urls(published_site):
    size = (TALKS / "media" / f"{LOCAL}.webm").stat().st_size
    for name in ("talks.atom.xml", "talks.rss.xml"):
        parsed = feedparser.parse((published_site / "feeds" / name).read_text(encoding="utf-8"))
        assert not parsed.bozo, parsed.bozo_exception
        by_link = {e.link: e for e in parsed.entries}
        local = by_link[f"{PUBLISH_SITEURL}/talks/{LOCAL}/"]
        (enclosure,) = local.enclosures
        assert enclosure.href == f"{PUBLISH_SITEURL}/talks/{LOCAL}/{LOCAL}.webm"
        assert (int(enclosure.length), enclosure.type) == (size, "video/webm")
        assert not by_link[f"{PUBLISH_SITEURL}/talks/{YOUTUBE}/"].get("enclosures")
    autodiscovery = page(published_site, LOCAL).find(
        "link", type="application/atom+xml", href=re.compile("talks")
    )
    assert autodiscovery["href"] == f"{PUBLISH_SITEURL}/feeds/talks.atom.xml"


def test_talk_tags_on_the_sites_tag_pages(site):
    shared = soup(site / "tag" / "indexing" / "index.html")  # used by posts and a talk
    assert [a.get_text() for a in shared.select(".tag-talks .talk-summary-title a")] == [
        "Partial indexes in practice"
    ]
    assert shared.select(".post-list li")
    only = soup(site / "tag" / "multi-tenancy" / "index.html")  # used by a talk only
    assert [a.get_text() for a in only.select(".tag-talks .talk-summary-title a")] == [
        "Row-level security for Django, without losing your weekend"
    ]
    assert not only.find("link", type="application/atom+xml", href=re.compile("feeds/tag/"))
    index = soup(site / "tags" / "index.html")
    entry = index.find("a", string="#multi-tenancy").parent.get_text(" ", strip=True)
    assert entry.endswith("1 talk")
    assert "talk" in index.find("a", string="#indexing").parent.get_text()


def test_sitemap_has_talk_pages(published_site):
    sitemap = (published_site / "sitemap.xml").read_text(encoding="utf-8")
    for path in ("talks/", f"talks/{LOCAL}/", f"talks/{YOUTUBE}/", "tag/multi-tenancy/"):
        assert (
            f"<loc>{PUBLISH_SITEURL}/{path}</loc>" in sitemap
            or f"<loc>{PUBLISH_SITEURL}/{path}</loc><lastmod>" in sitemap
        )
    assert re.search(rf"<loc>{PUBLISH_SITEURL}/talks/{LOCAL}/</loc><lastmod>2025-05-16", sitemap)


def break_file(project, name, old, new):
    path = project / "content" / "talks" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def failed_build(project, tmp_path, *extra):
    result = pelican_build(
        "pelicanconf.py", tmp_path / "out", project=project, extra_args=(*ONLY_TALKS, *extra)
    )
    return result.returncode, result.stdout + result.stderr


def test_a_malformed_subtitle_file_fails_the_build_naming_file_and_line(project_copy, tmp_path):
    break_file(project_copy, f"{LOCAL}.srt", "00:00:09,042 --> 00:00:13,872", "00:00:09,042 -> 00:00:13,872")
    code, output = failed_build(project_copy, tmp_path)
    assert code == 1
    assert (
        f"content/talks/{LOCAL}.srt:14: cannot read the timing line '00:00:09,042 -> 00:00:13,872'" in output
    )
    assert "Traceback" not in output


def test_skip_bad_cues_turns_cue_problems_into_warnings(project_copy, tmp_path):
    break_file(project_copy, f"{LOCAL}.srt", "00:00:09,042 --> 00:00:13,872", "00:00:09,042 -> 00:00:13,872")
    # Pelican's own command line: lectern.build keeps the errors but does not show warnings.
    result = pelican_with_warnings(project_copy, tmp_path / "out", *ONLY_TALKS, "TALKS_SKIP_BAD_CUES=true")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert f"content/talks/{LOCAL}.srt:14: cannot read the timing line" in output
    assert f"content/talks/{LOCAL}.srt: 1 unreadable cue(s) skipped" in output
    html = page(tmp_path / "out", LOCAL)
    assert "lunch my name is Mira Halloran" not in html.select_one("#transcript").get_text()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            f"{LOCAL}.md",
            f"Transcript: {LOCAL}.srt",
            "Transcript: missing.srt",
            f"content/talks/{LOCAL}.md: Transcript 'missing.srt': no such file",
        ),
        (
            f"{LOCAL}.md",
            f"Video: talks/media/{LOCAL}.webm",
            "Video: talks/media/gone.webm",
            f"content/talks/{LOCAL}.md: Video 'talks/media/gone.webm': no such file",
        ),
        (f"{YOUTUBE}.md", "Captions: auto", "Captions: robots", "Captions 'robots': use auto or human"),
        (
            f"{YOUTUBE}.md",
            "Video: https://www.youtube.com/watch?v=Lectern0001",
            "Video: https://example.org/v",
            f"content/talks/{YOUTUBE}.md: Video 'https://example.org/v': not a video we can play; use a "
            "YouTube URL",
        ),
        (
            f"{YOUTUBE}.chapters.vtt",
            "00:00:50.364 --> 00:01:29.016",
            "00:00:50.364 --> 00:01:2x.016",
            f"content/talks/{YOUTUBE}.chapters.vtt:6: cannot read the timing line",
        ),
        (f"{YOUTUBE}.md", "Event:", "Evnet:", "unknown metadata 'evnet'"),
        (
            f"{LOCAL}.slide-times.txt",
            "3:44 3",
            "3:44 4",
            f"content/talks/{LOCAL}.slide-times.txt:4: slide 4 is not in the slides (3 slide(s))",
        ),
    ],
)
def test_broken_talks_fail_the_build_with_a_clear_error(project_copy, tmp_path, name, old, new, message):
    break_file(project_copy, name, old, new)
    code, output = failed_build(project_copy, tmp_path)
    assert code == 1
    assert message in output
    assert "Traceback" not in output


@pytest.mark.slow
def test_content_cache_keeps_talks_and_picks_up_subtitle_edits(project_copy, tmp_path):
    cache = ()  # Lectern's cache is on by default
    for old, new in (
        ("concert tickets today I want to", "concert tickets today we want to"),
        ("concert tickets today we want to", "concert tickets today we wish to"),
    ):
        code, output = failed_build(project_copy, tmp_path, *cache)
        assert code == 0, output
        assert old in page(tmp_path / "out", LOCAL).select_one("#transcript").get_text()
        break_file(project_copy, f"{LOCAL}.srt", old, new)
    assert list((project_copy / "cache").iterdir())


@pytest.mark.slow
def test_a_draft_talk_is_previewed_locally_and_published_nowhere(project_copy, tmp_path):
    break_file(project_copy, f"{YOUTUBE}.md", "Captions: auto", "Captions: auto\nStatus: draft")
    local = tmp_path / "out"
    code, output = failed_build(project_copy, tmp_path)
    assert code == 0, output
    preview = local / "drafts" / "talks" / YOUTUBE / "index.html"
    assert 'name="robots" content="noindex"' in preview.read_text(encoding="utf-8")
    assert not (local / "talks" / YOUTUBE).exists()
    assert not (local / "tag" / "multi-tenancy").exists()  # only the draft uses that tag
    for listing in ("talks/index.html", "feeds/talks.atom.xml", "sitemap.xml", "tag/postgresql/index.html"):
        assert YOUTUBE not in (local / listing).read_text(encoding="utf-8"), listing
    result = pelican_build(
        "publishconf.py", tmp_path / "published", project=project_copy, extra_args=ONLY_TALKS
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "published" / "drafts").exists()


def test_settings_are_applied_once_and_shared_lists_left_alone():
    from types import SimpleNamespace

    import talks

    shared_nav, shared_keys = [("Planet", "planet/")], ["image"]
    pelican = SimpleNamespace(settings={"NAV_SECTIONS": shared_nav, "EXTRA_METADATA_KEYS": shared_keys})
    talks.configure(pelican)
    talks.configure(pelican)
    settings = pelican.settings
    assert settings["NAV_SECTIONS"] == [("Planet", "planet/"), ("Talks", "talks/")]
    assert settings["EXTRA_METADATA_KEYS"] == ["image", *talks.METADATA_KEYS]
    assert shared_nav == [("Planet", "planet/")] and shared_keys == ["image"]
    assert settings["ARTICLE_EXCLUDES"] == ["talks"] and settings["PAGE_EXCLUDES"] == ["talks"]
    assert settings["TALKS_SKIP_BAD_CUES"] is False and settings["TALKS_PARAGRAPH_PAUSE"] == 1.5
    no_index = SimpleNamespace(settings={"TALKS_INDEX_SAVE_AS": ""})
    talks.configure(no_index)
    assert no_index.settings["NAV_SECTIONS"] == []


@pytest.mark.slow
def test_cached_transcripts_are_reused_and_follow_the_subtitle_file(project_copy, tmp_path):
    args = []  # Lectern's cache is on by default
    out = tmp_path / "out"
    for _ in range(2):
        assert pelican_build("pelicanconf.py", out, project=project_copy, extra_args=args).returncode == 0
    cached = list((project_copy / "cache").rglob("talks/*.pickle"))
    assert len(cached) == 3  # one per demo talk, not one per build
    subtitles = sorted((project_copy / "content" / "talks").glob("*.srt"))[0]
    subtitles.write_text(
        subtitles.read_text(encoding="utf-8").replace(" partial ", " PARTIAL ", 1), encoding="utf-8"
    )
    assert pelican_build("pelicanconf.py", out, project=project_copy, extra_args=args).returncode == 0
    page = (out / "talks" / subtitles.stem / "index.html").read_text(encoding="utf-8")
    assert "PARTIAL" in page
