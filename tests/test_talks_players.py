"""Every kind of talk video in real headless Chromium: nothing leaves for another host before play
is pressed; after it, the host's player is requested (answered here by a stub of ours that speaks
that player's postMessage protocol) and the transcript seeks it; slides follow the video; the
poster's text is never under the play button; the talk page lines up with the rest of the site."""

import json
import re
import shutil
from contextlib import contextmanager

import pytest

from browser import chromium, serve_directory
from conftest import ROOT, pelican_build

pytestmark = pytest.mark.browser

LOCAL = "talks/partial-indexes-in-practice/"
YOUTUBE = "talks/row-level-security-for-django/"
VIMEO = "talks/vacuum-in-one-minute/"
POST = "posts/2024/"  # any post: found in the built site
PEERTUBE_UUID = "9c9de5e8-0a1e-484a-b099-e80766180a6d"
PEERTUBE_VIDEO = f"https://tube.example.org/w/{PEERTUBE_UUID}"
FILE_URL = "https://media.example.org/talks/vacuum.webm"
CURRENT_START = "parseFloat(document.querySelector('#transcript [aria-current]')?.dataset.start ?? '-1')"

# A Vimeo player of ours: says "ready", records what the page asks (window.calls), and once asked
# to play sends timeupdate events from a clock running at 4x, as player.vimeo.com does.
VIMEO_STUB = """<!doctype html><title>vimeo stub</title><script>
var calls = [], at = 0, since = 0, playing = false;
function now() { return playing ? at + (Date.now() - since) / 250 : at; }
function send(event, data) { parent.postMessage({ event: event, data: data }, "*"); }
addEventListener("message", function (e) {
  var m = e.data; calls.push(m.method + (m.value === undefined ? "" : " " + m.value));
  if (m.method === "setCurrentTime") { at = m.value; since = Date.now(); send("seeked", { seconds: at }); }
  if (m.method === "play") { at = now(); since = Date.now(); playing = true; send("play", { seconds: at }); }
});
setInterval(function () { if (playing) send("timeupdate", { seconds: now() }); }, 100);
send("ready");
</script>"""

# A PeerTube embed of ours speaking its embed API: a JSChannel (JSON text, scope "peertube").
PEERTUBE_STUB = """<!doctype html><title>peertube stub</title><script>
var calls = [], at = 0, since = 0, playing = false;
function now() { return playing ? at + (Date.now() - since) / 250 : at; }
function send(m) { parent.postMessage(JSON.stringify(m), "*"); }
addEventListener("message", function (e) {
  var m = JSON.parse(e.data); calls.push(m.method + (m.params === undefined ? "" : " " + m.params));
  if (m.method === "peertube::__ready" && m.params === "ping") send({ method: "peertube::__ready", params: "pong" });
  if (m.method === "peertube::seek") { at = m.params; since = Date.now(); }
  if (m.method === "peertube::play") { at = now(); since = Date.now(); playing = true; }
  if (m.id) send({ id: m.id, result: null });
});
setInterval(function () {
  send({ method: "peertube::playbackStatusUpdate",
         params: { position: now(), volume: 1, duration: 60, playbackState: playing ? "playing" : "paused" } });
}, 100);
send({ method: "peertube::__ready", params: "ping" });
</script>"""


@pytest.fixture(scope="module")
def other_kinds_site(tmp_path_factory):
    """The demo site with the Vimeo talk moved to a PeerTube instance and a copy of it whose video
    is a file at another host's URL."""
    project = tmp_path_factory.mktemp("kinds") / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".venv", "output", ".git", "__pycache__", ".pytest_cache", "cache"),
    )
    talks = project / "content" / "talks"
    text = (talks / "vacuum-in-one-minute.md").read_text(encoding="utf-8")
    (talks / "vacuum-in-one-minute.md").write_text(
        text.replace("https://vimeo.com/1000000001", PEERTUBE_VIDEO), encoding="utf-8"
    )
    (talks / "vacuum-from-a-url.md").write_text(
        text.replace("https://vimeo.com/1000000001", FILE_URL).replace("Title: VACUUM", "Title: Also VACUUM"),
        encoding="utf-8",
    )
    output = tmp_path_factory.mktemp("kinds-site")
    result = pelican_build(
        "pelicanconf.py", output, project=project, extra_args=("-e", 'PLUGINS=["blog", "talks"]')
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@contextmanager
def talk_page(site, path, stubs=None, **context_options):
    """The page loaded with every request to another host recorded (page.outside) and answered by
    `stubs` ({URL prefix: (content type, body)}) or refused."""
    stubs = stubs or {}
    with serve_directory(site) as base, chromium(**context_options) as context:
        page = context.new_page()
        page.outside, page.problems = [], []
        page.on("pageerror", lambda error: page.problems.append(str(error)))

        def route(route):
            url = route.request.url
            if url.startswith(base):
                return route.continue_()
            page.outside.append(url)
            for prefix, (kind, body) in stubs.items():
                if url.startswith(prefix):
                    return route.fulfill(body=body, content_type=kind, status=200)
            return route.abort()

        context.route("**/*", route)
        page.goto(f"{base}/{path}")
        page.wait_for_function("document.documentElement.classList.contains('js-talk')")
        page.base = base
        yield page


def cue(page, index):
    element = page.locator("#transcript [data-start][data-end]").nth(index)
    return element, float(element.get_attribute("data-start"))


def embed_frame(page, prefix):
    page.wait_for_function(f"!!document.querySelector('.talk-player iframe[src^=\"{prefix}\"]')")
    for _ in range(100):
        frame = next((f for f in page.frames if f.url.startswith(prefix)), None)
        if frame is not None:
            return frame
        page.wait_for_timeout(50)
    raise AssertionError(f"no frame from {prefix}")


@pytest.mark.parametrize(
    ("kind", "prefix", "stub", "label"),
    [
        ("vimeo", "https://player.vimeo.com/video/1000000001?", VIMEO_STUB, "Vimeo"),
        (
            "peertube",
            f"https://tube.example.org/videos/embed/{PEERTUBE_UUID}?api=1",
            PEERTUBE_STUB,
            "tube.example.org",
        ),
    ],
)
def test_embedded_players_load_after_the_click_and_follow_the_transcript(
    site, other_kinds_site, kind, prefix, stub, label
):
    built = site if kind == "vimeo" else other_kinds_site
    origin = re.match(r"https://[^/]+", prefix).group(0)
    with talk_page(built, VIMEO, {origin: ("text/html", stub)}) as page:
        assert page.locator(".talk-player").get_attribute("data-kind") == kind
        _, later = cue(page, 5)
        page.locator("#transcript .cue").nth(5).hover()
        page.mouse.wheel(0, 200)
        assert page.outside == []  # nothing before the click
        assert page.locator("iframe").count() == 0
        page.get_by_role("button", name=f"Play video (loads {label})").click()
        frame = embed_frame(page, prefix)
        assert page.outside and all(url.startswith(prefix) for url in page.outside), page.outside
        assert "autoplay=1" in page.outside[0]
        title = page.locator(".talk-player iframe").get_attribute("title")
        assert title == "Video: VACUUM in one minute"
        element, start = cue(page, 4)
        element.click()
        seek = "setCurrentTime" if kind == "vimeo" else "peertube::seek"
        play = "play" if kind == "vimeo" else "peertube::play"
        for _ in range(100):
            calls = frame.evaluate("calls")
            if f"{seek} {start:g}" in calls and play in calls:
                break
            page.wait_for_timeout(50)
        assert f"{seek} {start:g}" in calls and play in calls, calls
        page.wait_for_function(f"{CURRENT_START} > {start}")  # the transcript follows the player's clock
        assert page.locator("#transcript [aria-current]").count() == 1
        assert not page.problems


def test_youtube_loads_nothing_before_the_click(site):
    with talk_page(site, YOUTUBE) as page:
        page.mouse.wheel(0, 300)
        assert page.outside == []
        page.get_by_role("button", name="Play video (loads YouTube)").click()
        page.wait_for_selector(".talk-player iframe")
        page.wait_for_timeout(200)
        assert any(
            url.startswith("https://www.youtube-nocookie.com/embed/Lectern0001?") for url in page.outside
        )
        assert all(re.match(r"https://www\.youtube(-nocookie)?\.com/", url) for url in page.outside)


def test_a_video_file_at_a_url_loads_after_the_click_with_our_captions(other_kinds_site):
    video = (ROOT / "content" / "talks" / "media" / "partial-indexes-in-practice.webm").read_bytes()
    path = "talks/vacuum-from-a-url/"
    with talk_page(other_kinds_site, path, {FILE_URL: ("video/webm", video)}) as page:
        player = page.locator(".talk-player video")
        assert player.get_attribute("preload") == "none" and player.get_attribute("src") is None
        assert page.locator(".talk-player source").get_attribute("src") == FILE_URL
        assert (
            page.locator(".talk-player track[kind=captions]").get_attribute("src") == "vacuum-from-a-url.vtt"
        )
        page.mouse.wheel(0, 300)
        assert page.outside == []
        element, start = cue(page, 3)
        element.click()  # the transcript plays the video too
        page.wait_for_function(f"Math.abs(document.querySelector('video').currentTime - {start}) < 0.5")
        assert page.outside and all(url == FILE_URL for url in page.outside)
        assert page.locator(".talk-facade").count() == 0  # the poster made way for the video


def test_our_own_video_file_waits_for_the_click(site):
    with talk_page(site, LOCAL) as page:
        requested = []
        page.on("request", lambda r: requested.append(r.url))
        assert page.locator("video").get_attribute("preload") == "none"
        page.wait_for_timeout(300)
        assert not [url for url in requested if url.endswith(".webm")]
        page.get_by_role("button", name="Play video").click()
        page.wait_for_function("!document.querySelector('video').paused")
        assert page.outside == []


def test_slides_follow_the_video_and_seek_it(site):
    with talk_page(site, LOCAL) as page:
        times = json.loads(page.locator("#slides").get_attribute("data-slide-times"))
        assert times == [[0, 1], [108, 2], [224, 3]]
        assert page.locator("#slides .slide img").count() == 3
        page.get_by_role("button", name="Play video").click()
        page.wait_for_function("!document.querySelector('video').paused")
        page.evaluate("document.querySelector('video').currentTime = 120")
        page.wait_for_function("document.getElementById('slide-2').getAttribute('aria-current') === 'true'")
        page.evaluate("document.querySelector('video').currentTime = 230")
        page.wait_for_function("document.getElementById('slide-3').getAttribute('aria-current') === 'true'")
        assert page.locator("#slides [aria-current]").count() == 1
        page.locator("#slide-2 a").click()  # a slide plays the video from where it was shown
        page.wait_for_function("Math.abs(document.querySelector('video').currentTime - 108) < 0.5")
        page.wait_for_function("document.getElementById('slide-2').classList.contains('is-current')")
        assert 105 <= page.evaluate(CURRENT_START) <= 108
        assert not page.problems


def test_a_link_to_a_slide_seeks_to_its_moment(site):
    with talk_page(site, LOCAL + "#slide-3") as page:
        page.wait_for_function("Math.abs(document.querySelector('video').currentTime - 224) < 0.5")
        assert page.locator("#slide-3").get_attribute("aria-current") == "true"
        assert page.evaluate("document.querySelector('video').paused")  # seek, never autoplay


def _overlap(a, b):
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.mark.parametrize("width", [360, 390, 768, 1280])
def test_the_posters_text_is_never_under_the_play_button(site, width):
    for path in (YOUTUBE, VIMEO, LOCAL):
        with talk_page(site, path, viewport={"width": width, "height": 800}) as page:
            play = page.locator(".talk-play").bounding_box()
            player = page.locator(".talk-player").bounding_box()
            texts = page.locator(".talk-poster-title, .talk-poster-speakers, .talk-poster-footer")
            assert texts.count() == 3
            for index in range(3):
                box = texts.nth(index).bounding_box()
                assert box["width"] > 20 and box["height"] > 8
                assert not _overlap(box, play), (path, width, index, box, play)
                assert player["x"] <= box["x"] and box["x"] + box["width"] <= player["x"] + player["width"]
            assert (
                player["x"] <= play["x"] and play["x"] + play["width"] <= player["x"] + player["width"] + 0.5
            )
            assert play["y"] + play["height"] <= player["y"] + player["height"] + 0.5


@pytest.mark.parametrize("width", [390, 1280, 1600])
def test_the_talk_page_lines_up_with_a_post(site, width):
    with serve_directory(site) as base, chromium(viewport={"width": width, "height": 800}) as context:
        page = context.new_page()
        post = next(p for p in sorted((site / "posts").rglob("index.html")))
        page.goto(f"{base}/{post.relative_to(site).parent.as_posix()}/")
        post_left = page.locator("main h1").bounding_box()["x"]
        header_left = page.locator(".site-header .header-inner").bounding_box()["x"]
        page.goto(f"{base}/{LOCAL}")
        assert page.locator("main h1").bounding_box()["x"] == pytest.approx(post_left, abs=0.5)
        assert page.locator(".talk-layout").bounding_box()["x"] == pytest.approx(post_left, abs=0.5)
        assert page.locator(".site-header .header-inner").bounding_box()["x"] == pytest.approx(
            header_left, abs=0.5
        )


def test_the_event_link_is_one_tab_stop(site):
    with talk_page(site, LOCAL) as page:
        event = "https://pgharbour.example.org/2025/"
        assert page.locator(f'a[href="{event}"]').count() == 1
