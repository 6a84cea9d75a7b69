"""Talk pages: the video beside an interactive transcript built from the subtitle file.

content/talks/<slug>.md -> talks/<slug>/ (video, transcript, chapters, downloads), talks/ (index by
year), talks feeds, talk tags on the tag pages. The subtitle work (reading, cleaning YouTube's
auto-captions, paragraphs, rendering) lives in modules without Pelican; generator.py is the glue.
"""

from pelican import signals

from .generator import TalksGenerator

NAV_TITLE = "Talks"
METADATA_KEYS = [
    "event",
    "event_url",
    "speakers",
    "video",
    "transcript",
    "captions",
    "slides",
    "duration",
    "chapters",
    "slide-times",  # Python-Markdown keeps the hyphen
    "slide_times",
]

DEFAULTS = {
    "TALKS_PATHS": ["talks"],  # under PATH; neither articles nor pages are read from there
    "TALKS_EXCLUDES": [],
    "TALK_URL": "talks/{slug}/",
    "TALK_SAVE_AS": "talks/{slug}/index.html",
    "TALK_LANG_URL": "talks/{slug}-{lang}/",
    "TALK_LANG_SAVE_AS": "talks/{slug}-{lang}/index.html",
    "TALK_DRAFT_URL": "drafts/talks/{slug}/",  # written only when DRAFT_SAVE_AS is set
    "TALK_DRAFT_SAVE_AS": "drafts/talks/{slug}/index.html",
    "TALK_DRAFT_LANG_URL": "drafts/talks/{slug}-{lang}/",
    "TALK_DRAFT_LANG_SAVE_AS": "drafts/talks/{slug}-{lang}/index.html",
    "TALKS_INDEX_URL": "talks/",
    "TALKS_INDEX_SAVE_AS": "talks/index.html",
    "TALKS_FEED_ATOM": "feeds/talks.atom.xml",
    "TALKS_FEED_RSS": "feeds/talks.rss.xml",
    "TALKS_PARAGRAPH_PAUSE": 1.5,  # seconds of silence that start a new paragraph
    "TALKS_PARAGRAPH_MAX_WORDS": 90,  # a paragraph breaks before growing past this
    "TALKS_SKIP_BAD_CUES": False,  # True: an unreadable cue is a warning (and skipped), not an error
    "TALKS_SOUND_WORDS": ["foreign"],  # a cue of only this word is a sound (YouTube's "foreign")
    "TALKS_SLIDE_WIDTH": 960,  # pixels: a PDF's pages are rendered this wide (WebP, cached)
    "TALKS_SLIDE_QUALITY": 80,  # WebP quality of the slide images
}


def _with(values, *added):
    """`values` (a list or tuple) with `added` appended unless already there; a new list."""
    values = list(values or [])
    return values + [item for item in added if item not in values]


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    # New lists, never appended in place: a default list may be shared with another build.
    settings["EXTRA_METADATA_KEYS"] = _with(settings.get("EXTRA_METADATA_KEYS"), *METADATA_KEYS)
    nav = list(settings.get("NAV_SECTIONS") or [])
    if settings["TALKS_INDEX_SAVE_AS"] and not any(
        link == settings["TALKS_INDEX_URL"] for _title, link in nav
    ):
        nav.append((NAV_TITLE, settings["TALKS_INDEX_URL"]))
    settings["NAV_SECTIONS"] = nav
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):
        settings[key] = _with(settings.get(key), *settings["TALKS_PATHS"])


def get_generators(pelican):
    return TalksGenerator


def register():
    signals.initialized.connect(configure)
    signals.get_generators.connect(get_generators)
