"""A talk page in real headless Chromium: the transcript drives the local video and follows it."""

import re
from contextlib import contextmanager

import pytest

from browser import chromium, serve_directory

pytestmark = pytest.mark.browser

LOCAL = "talks/partial-indexes-in-practice/"
YOUTUBE = "talks/row-level-security-for-django/"
THIRD_PARTY = re.compile(r"youtube|ytimg|googleapis|gstatic|doubleclick")
LOADED = "document.querySelector('video').readyState >= 1"
CURRENT_START = "parseFloat(document.querySelector('#transcript [aria-current]')?.dataset.start ?? '-1')"


@contextmanager
def talk_page(site, path=LOCAL, fragment="", **context_options):
    """The talk page loaded and its script set up (the video itself loads nothing: preload="none");
    `page.problems` collects console errors, page errors and requests to other hosts."""
    with serve_directory(site) as base, chromium(**context_options) as context:
        page = context.new_page()
        page.problems = []

        def console(message):
            # favicon.svg is the site's, not this page's; its absence is reported elsewhere.
            if message.type == "error" and not message.location.get("url", "").endswith("favicon.svg"):
                page.problems.append(f"console: {message.text} {message.location}")

        page.on("console", console)
        page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
        page.on(
            "request",
            lambda r: page.problems.append(f"request: {r.url}") if not r.url.startswith(base) else None,
        )
        context.route(THIRD_PARTY, lambda route: route.abort())
        page.goto(f"{base}/{path}{fragment}")
        if context_options.get("java_script_enabled", True):
            page.wait_for_function("document.documentElement.classList.contains('js-talk')")
        page.base = base
        yield page


def video_time(page):
    return page.evaluate("document.querySelector('video').currentTime")


def cue(page, index):
    element = page.locator("#transcript [data-start][data-end]").nth(index)
    return element, float(element.get_attribute("data-start"))


def test_clicking_a_cue_seeks_there_and_plays(site):
    with talk_page(site) as page:
        element, start = cue(page, 40)
        element.click()
        page.wait_for_function(f"Math.abs(document.querySelector('video').currentTime - {start}) < 0.5")
        assert video_time(page) == pytest.approx(start, abs=0.5)
        page.wait_for_function("!document.querySelector('video').paused")
        assert element.get_attribute("aria-current") == "time"
        assert not page.problems


def test_playback_moves_aria_current_and_keeps_it_in_view(site):
    with talk_page(site, reduced_motion="reduce") as page:
        element, start = cue(page, 100)
        page.evaluate("document.querySelector('video').playbackRate = 4")
        element.click()
        page.wait_for_function(f"{CURRENT_START} > {start}")
        assert page.locator("#transcript [aria-current]").count() == 1
        assert element.get_attribute("aria-current") is None
        current = page.locator("#transcript [aria-current]")
        assert current.evaluate("el => el.closest('.para').classList.contains('is-current')")
        box, height = current.bounding_box(), page.viewport_size["height"]
        assert 0 <= box["y"] <= height - box["height"]  # followed
        assert not page.problems


def test_a_moment_in_the_address_seeks_on_load(site):
    for fragment, seconds in (("#t=1:30", 90), ("?t=125", 125)):
        with talk_page(site, fragment=fragment) as page:
            page.wait_for_function(f"Math.abs(document.querySelector('video').currentTime - {seconds}) < 0.5")
            current = page.evaluate(CURRENT_START)
            assert seconds - 5 < current <= seconds
            assert page.evaluate("document.querySelector('video').paused")  # seek, never autoplay
            assert not page.problems


def test_paragraph_links_are_tab_stops_that_play_on_enter(site):
    with talk_page(site) as page:
        page.locator("#transcript .para .moment").nth(3).focus()
        target = float(page.locator("#transcript .para .moment").nth(3).get_attribute("data-seek"))
        page.keyboard.press("Tab")  # the paragraph's "Copy link" button comes next
        assert page.evaluate("document.activeElement.className") == "copy-moment"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "moment"
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_function(f"Math.abs(document.querySelector('video').currentTime - {target}) < 0.5")
        assert page.url.endswith(LOCAL)  # stayed on the page
        assert not page.problems


def test_search_finds_counts_and_jumps(site):
    with talk_page(site, viewport={"width": 1280, "height": 700}) as page:
        text = page.evaluate(
            "[...document.querySelectorAll('#transcript [data-start]')].map(c => c.textContent.toLowerCase()).join(' ')"
        )
        expected = text.count("partial index")
        assert expected >= 3
        search = page.get_by_label("Search the transcript")
        search.fill("Partial  Index")
        search.press("Enter")
        count = page.locator(".search-count")
        assert count.text_content() == f"1 of {expected} matches"
        search.press("Enter")
        assert count.text_content() == f"2 of {expected} matches"
        hit = page.locator("#transcript .is-search-current").first
        assert "partial" in hit.text_content().lower() or "index" in hit.text_content().lower()
        page.wait_for_function(
            "(() => { const r = document.querySelector('#transcript .is-search-current').getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= innerHeight; })()"
        )
        page.get_by_role("button", name="Previous").click()
        assert count.text_content() == f"1 of {expected} matches"
        search.fill("no such words here")
        search.press("Enter")
        assert count.text_content() == "No matches"
        assert not page.problems


def test_copy_link_to_a_moment(site):
    with talk_page(site, permissions=["clipboard-read", "clipboard-write"]) as page:
        paragraph = page.locator("#transcript .para").nth(5)
        seconds = float(paragraph.locator(".moment").get_attribute("data-seek"))
        paragraph.hover()
        paragraph.get_by_role("button", name=re.compile("Copy link")).click()
        link = page.evaluate("navigator.clipboard.readText()")
        minutes, rest = divmod(int(seconds), 60)
        assert link == f"{page.base}/{LOCAL}#t={minutes}:{rest:02d}"
        assert not page.problems


def test_paragraph_links_work_without_javascript(site):
    with talk_page(site, java_script_enabled=False) as page:
        assert page.locator(".transcript-tools").count() == 0
        link = page.locator("#transcript .para .moment").nth(6)
        seconds = float(link.get_attribute("data-seek"))
        link.click()
        page.wait_for_url(re.compile(r"partial-indexes-in-practice\.webm#t="))
        page.wait_for_function(LOADED)
        assert video_time(page) == pytest.approx(seconds, abs=0.5)


def test_youtube_loads_only_after_play_is_pressed(site):
    with talk_page(site, path=YOUTUBE, fragment="#t=2:00") as page:
        assert not page.problems  # nothing from YouTube (or anywhere else) so far
        assert page.locator("iframe").count() == 0
        assert page.evaluate(CURRENT_START) <= 120
        play = page.get_by_role("button", name="Play video (loads YouTube)")
        # The click asks for the embed and the iframe API; the browser sends both a moment later
        # (later still on a busy machine), so the test waits for them rather than looking at once.
        with (
            page.expect_request(lambda r: "youtube-nocookie.com/embed/Lectern0001" in r.url),
            page.expect_request(lambda r: "www.youtube.com/iframe_api" in r.url),
        ):
            play.click()
        iframe = page.locator(".talk-player iframe")
        assert (
            iframe.get_attribute("title")
            == "Video: Row-level security for Django, without losing your weekend"
        )
        src = iframe.get_attribute("src")
        assert src.startswith("https://www.youtube-nocookie.com/embed/Lectern0001?") and "start=120" in src
        requested = [p for p in page.problems if p.startswith("request:")]
        assert any("youtube-nocookie.com/embed/Lectern0001" in r for r in requested)
        assert any("www.youtube.com/iframe_api" in r for r in requested)
        # The tests run offline, so those requests are aborted; nothing else may go wrong.
        assert not [p for p in page.problems if not p.startswith("request:") and not THIRD_PARTY.search(p)]


# A stand-in for YouTube's iframe API (the tests run offline): a player whose clock runs at 4x once
# playVideo() is called, and that records what the page asked of it.
FAKE_IFRAME_API = """
window.YT = {
  PlayerState: { PLAYING: 1, PAUSED: 2 },
  Player: function (iframe, options) {
    var self = this, at = 0, since = 0, playing = false;
    self.calls = [];
    window.fakePlayer = self;
    self.seekTo = function (seconds) { self.calls.push("seekTo " + seconds); at = seconds; since = Date.now(); };
    self.playVideo = function () {
      self.calls.push("playVideo"); playing = true; since = Date.now();
      options.events.onStateChange({ data: 1 });
    };
    self.getCurrentTime = function () { return playing ? at + (Date.now() - since) / 250 : at; };
    setTimeout(function () { options.events.onReady({}); }, 0);
  }
};
if (window.onYouTubeIframeAPIReady) window.onYouTubeIframeAPIReady();
"""


def test_youtube_player_is_driven_through_its_iframe_api(site):
    with talk_page(site, path=YOUTUBE) as page:
        page.route(
            "https://www.youtube.com/iframe_api",
            lambda r: r.fulfill(body=FAKE_IFRAME_API, content_type="text/javascript"),
        )
        page.route(
            "https://www.youtube-nocookie.com/**",
            lambda r: r.fulfill(body="<title>player</title>", content_type="text/html"),
        )
        page.get_by_role("button", name="Play video (loads YouTube)").click()
        page.wait_for_function("window.fakePlayer !== undefined")
        element, start = cue(page, 60)
        element.click()
        page.wait_for_function(f"window.fakePlayer.calls.includes('seekTo {start:g}')")
        assert "playVideo" in page.evaluate("window.fakePlayer.calls")
        page.wait_for_function(f"{CURRENT_START} > {start}")  # the transcript follows YouTube's clock
        assert page.locator("#transcript [aria-current]").count() == 1
        assert not [p for p in page.problems if not p.startswith("request:")]
