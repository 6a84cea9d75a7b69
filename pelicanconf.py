"""Settings for writing locally: `invoke build`, `invoke serve`, `invoke livereload`.

Every Lectern setting has its default here; publishconf.py only overrides.
"""

AUTHOR = "Mira Halloran"
SITENAME = "Halloran on Postgres"
SITESUBTITLE = "Notes on PostgreSQL, Django and keeping databases boring"
SITEDESCRIPTION = (
    "Long-form notes on PostgreSQL, Django and operations: indexes, JSONB, "
    "row-level security, PL/pgSQL and reading query plans."
)
SITEURL = ""
# Where the local server (`invoke serve`) answers; feeds and the sitemap need absolute URLs.
FEED_DOMAIN = "http://localhost:8000"
RELATIVE_URLS = True

PATH = "content"
THEME = "theme"
OUTPUT_PATH = "output"
TIMEZONE = "Europe/Dublin"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%b %d, %Y"
DEFAULT_PAGINATION = 10

ARTICLE_PATHS = ["posts"]
PAGE_PATHS = ["pages"]
# Posts live in year folders (content/posts/2024/): a year is not a category. A post without
# `Category:` (an imported feed item, say) goes to DEFAULT_CATEGORY.
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "Notes"
STATIC_PATHS = ["images", "extra/favicon.svg"]
EXTRA_PATH_METADATA = {
    "extra/favicon.svg": {"path": "favicon.svg"},
}
# robots.txt is a template so that its Sitemap line carries the absolute URL.
TEMPLATE_PAGES = {"extra/robots.txt": "robots.txt"}
IGNORE_FILES = [".#*"]

# Pretty URLs: posts/2024/slug/ and friends.
ARTICLE_URL = "posts/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "posts/{date:%Y}/{slug}/index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# Translations: the same Slug with another `Lang:` (each links to the others, with hreflang).
ARTICLE_LANG_URL = "posts/{date:%Y}/{slug}-{lang}/"
ARTICLE_LANG_SAVE_AS = "posts/{date:%Y}/{slug}-{lang}/index.html"
DRAFT_LANG_URL = "drafts/{slug}-{lang}/"
DRAFT_LANG_SAVE_AS = "drafts/{slug}-{lang}/index.html"
PAGE_LANG_URL = "{slug}-{lang}/"
PAGE_LANG_SAVE_AS = "{slug}-{lang}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
CATEGORIES_URL = "categories/"
CATEGORIES_SAVE_AS = "categories/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
AUTHORS_URL = "authors/"
AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_URL = "posts/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "posts/{date:%Y}/index.html"
# Month archives are off: year pages already list every post; set these to turn them on.
MONTH_ARCHIVE_URL = ""
MONTH_ARCHIVE_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives", "404", "search"]
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None, "author": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# Feeds: all posts, per category and per tag (a planet can follow one tag), in Atom and RSS.
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/category/{slug}.rss.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
TAG_FEED_RSS = "feeds/tag/{slug}.rss.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 20
RSS_FEED_SUMMARY_ONLY = False

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.codehilite": {
            "css_class": "highlight",
            "guess_lang": False,
            "wrapcode": True,
        },
        "markdown.extensions.fenced_code": {},
        "markdown.extensions.attr_list": {},
        "markdown.extensions.tables": {},
        "markdown.extensions.footnotes": {},
        "markdown.extensions.toc": {"permalink": False, "toc_depth": "2-3"},
        # `!!! note "Title"` boxes; `??? note` / `???+ note` collapsible ones (<details>);
        # definition lists; *[SQL]: abbreviations. Math ($...$, $$...$$) is plugins/mathml.
        "markdown.extensions.admonition": {},
        "pymdownx.details": {},
        "markdown.extensions.def_list": {},
        "markdown.extensions.abbr": {},
    },
    "output_format": "html5",
}

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["blog", "sql_highlight", "planet", "talks", "series", "publishing", "images", "mathml"]

# Lectern: theme and post pages.
PYGMENTS_STYLE_LIGHT = "default"
PYGMENTS_STYLE_DARK = "vim"
TOC_MIN_HEADINGS = 4  # posts with at least this many h2/h3 headings get a table of contents
RELATED_POSTS_MAX = 3
READING_WORDS_PER_MINUTE = 230
SOCIAL_IMAGE = None  # path under output/ of a default Open Graph image, e.g. "images/card.png"
TWITTER_USERNAME = ""
# Profiles elsewhere, in the footer with rel="me" (Mastodon shows them as verified).
SOCIAL = (("Mastodon", "https://social.example/@mira"),)
FEDIVERSE_CREATOR = "@mira@social.example"  # <meta name="fediverse:creator">; "" for none
# Extra metadata keys a post may carry; unknown keys fail the build (a typo like "Tgas" is caught).
EXTRA_METADATA_KEYS = ["image", "image_alt"]

# Search: Pagefind indexes the built site after each build (posts, pages, talk transcripts).
SEARCH_ENABLED = True
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"

# Old addresses: a post's `Redirect-From: /2019/03/05/slug/, /?p=123` gives a redirect page at each
# old path and a line in this file at the output's root (Netlify / Cloudflare Pages syntax).
# None: the pages only.
REDIRECTS_FILE = "_redirects"

# Series: posts with the same `Series: Name` (ordered by `Series-Part: N`, else by date).
SERIES_URL = "series/{slug}/"
SERIES_SAVE_AS = "series/{slug}/index.html"
SERIES_INDEX_URL = "series/"
SERIES_INDEX_SAVE_AS = "series/index.html"

# Scheduled posts: a post dated after now (the LECTERN_NOW environment variable, else the clock)
# without a `Status` is a draft until its date: under drafts/ locally, not published.
# (Pelican's own WITH_FUTURE_DATES stays True: it would go by the clock alone.)
SCHEDULE_FUTURE_POSTS = True

# Comments, opt-in: None, {"provider": "mastodon"} (a post's `Mastodon:` toot; replies load when a
# reader clicks), or {"provider": "giscus", "repo": "you/blog", "repo_id": ..., "category": ...,
# "category_id": ...} (giscus loads when a reader clicks). Nothing is requested before the click.
COMMENTS = None
# Analytics, opt-in and only in publish builds: None, or {"provider": "plausible" or "umami",
# "host": "plausible.io", "site": "blog.example.org" (Plausible's domain or Umami's website id)},
# or {"provider": "goatcounter", "host": "<code>.goatcounter.com"}.
ANALYTICS = None

# Builds: Markdown is rendered by worker processes ("auto" = one per CPU, 0 = none), and a build
# reuses what did not change since the last one (rendered Markdown from cache/, unchanged pages
# from the previous output). False: every build is cold (`invoke rebuild` is one either way).
PARALLEL_READERS = "auto"
LECTERN_CACHE = True

# mathml: $...$ inline and $$...$$ blocks rendered to MathML at build time (no script, no web font).
MARKDOWN_MATH = True  # False: dollar signs are plain text

# sql_highlight: PostgreSQL lexers and detection of unlabelled code blocks.
SQL_DIALECT = "postgresql"  # what ```sql means: postgresql, or sqlite, mysql, tsql, ...
SQL_DETECT_UNLABELLED = True  # give code blocks without a language a detected one

# planet: other blogs' feeds and our posts, newest first, in planet/ (plugins/planet).
# `invoke planet` fetches PLANET_FEEDS into PLANET_CACHE_PATH (the only command that uses the
# network); the build reads that cache. The demo's blogs are fictional; planet-cache/ holds what
# their feeds (tests/fixtures/planet/demo/) gave.
PLANET_FEEDS = [
    {
        "name": "Vacuum Diaries",
        "url": "https://vacuum-diaries.example.org/feed.atom",
        "site": "https://vacuum-diaries.example.org/",
        "author": "Ines Okafor",
        "face": "https://vacuum-diaries.example.org/avatar.png",
    },
    {"name": "Index Only", "url": "https://indexonly.example.net/rss.xml"},
    {
        "name": "Les notes de Brigitte",
        "url": "https://notes.example.test/index.rdf",
        "site": "https://notes.example.test/",
        "summary_only": True,
    },
    {
        "name": "Django Drip",
        "url": "https://djangodrip.example.org/feeds/postgres.atom",
        "site": "https://djangodrip.example.org/",
        "include_tags": ["postgresql"],
    },
]
# Per feed also: "exclude_tags", "title_filter" (a regex the title must match), "max_entries".
PLANET_CACHE_PATH = "planet-cache"  # relative to the folder invoke and pelican run in
PLANET_INCLUDE_LOCAL = True  # our published posts too: True, False, or a list of tags
PLANET_TITLE = "Planet"
PLANET_DESCRIPTION = "Posts from the blogs we read, and ours, newest first."
PLANET_MAX_ENTRIES = 100  # on the planet pages, all pages together
PLANET_PER_PAGE = 10
PLANET_FEED_MAX_ITEMS = 30  # in planet/atom.xml and planet/rss.xml
PLANET_SUMMARY_LENGTH = 80  # words, for summary_only feeds and our own posts
PLANET_TIMEOUT = 10  # seconds per feed, all told (connecting: at most 5 of them)
PLANET_CONCURRENCY = 16  # feeds fetched at once
PLANET_MAX_BYTES = 5_000_000  # largest feed body, counted after decompression
PLANET_FACE_MAX_BYTES = 200_000  # largest avatar
PLANET_BURST_LIMIT = 10  # new entries shown from one fetch of one feed; older ones held back
PLANET_RETAIN_ENTRIES = 200  # entries kept per feed once they leave the feed
PLANET_URL = "planet/"
PLANET_SAVE_AS = "planet/index.html"
PLANET_PAGE_URL = "planet/{number}/"
PLANET_PAGE_SAVE_AS = "planet/{number}/index.html"
PLANET_ATOM = "planet/atom.xml"
PLANET_RSS = "planet/rss.xml"
PLANET_OPML = "planet/opml.xml"
PLANET_FACES_DIR = "planet/faces"  # cached avatars, copied into the output

# talks: talk pages with video and an interactive transcript (content/talks/*.md -> talks/<slug>/).
TALKS_PATHS = ["talks"]  # under PATH; never read as posts or pages
TALK_URL = "talks/{slug}/"
TALK_SAVE_AS = "talks/{slug}/index.html"
TALK_LANG_URL = "talks/{slug}-{lang}/"
TALK_LANG_SAVE_AS = "talks/{slug}-{lang}/index.html"
TALK_DRAFT_URL = "drafts/talks/{slug}/"  # written only when DRAFT_SAVE_AS is set
TALK_DRAFT_SAVE_AS = "drafts/talks/{slug}/index.html"
TALK_DRAFT_LANG_URL = "drafts/talks/{slug}-{lang}/"
TALK_DRAFT_LANG_SAVE_AS = "drafts/talks/{slug}-{lang}/index.html"
TALKS_INDEX_URL = "talks/"
TALKS_INDEX_SAVE_AS = "talks/index.html"
TALKS_FEED_ATOM = "feeds/talks.atom.xml"
TALKS_FEED_RSS = "feeds/talks.rss.xml"
TALKS_PARAGRAPH_PAUSE = 1.5  # seconds of silence that start a new transcript paragraph
TALKS_PARAGRAPH_MAX_WORDS = 90  # a paragraph breaks before growing past this many words
TALKS_SKIP_BAD_CUES = False  # True: an unreadable cue is skipped with a warning instead of failing the build
TALKS_SOUND_WORDS = ["foreign"]  # a cue of only this word is a sound, not speech (YouTube's "foreign")
TALKS_SLIDE_WIDTH = 960  # pixels: the pages of a talk's PDF slides are rendered this wide (WebP, cached)
TALKS_SLIDE_QUALITY = 80  # WebP quality of the slide images

# images: every <img> of a post, page or talk gets width/height from its file, loading="lazy"
# (the first one, near the top, loads at once) and decoding="async"; a raster image wider than
# the content column gets resized copies (srcset/sizes; WebP in a <picture> beside the original
# format), made with Pillow and cached under CACHE_PATH. `![alt](src "title")` alone in its
# paragraph becomes a <figure> with the title as its caption.
IMAGES_RESPONSIVE = True
IMAGES_CONTENT_WIDTH = 768  # px: the widest the theme's content column gets
IMAGES_SRCSET_WIDTHS = [480, 768, 1152, 1536]  # px: resized copies (those below the original's width)
IMAGES_SIZES = "(min-width: 80rem) 48rem, (min-width: 46rem) 44rem, calc(100vw - 2rem)"  # the theme's column
IMAGES_WEBP = True
IMAGES_WEBP_QUALITY = 80  # lossy WebP for JPEG sources; PNG and GIF sources get lossless WebP
IMAGES_JPEG_QUALITY = 85
IMAGES_EAGER_WITHIN = 600  # characters of text before the first image for it to load at once
# Social cards: og:image of each post and talk without `Image:`, a 1200x630 PNG at
# cards/<page path>.png (site name, title, date or event, in the theme's dark colours).
SOCIAL_CARDS = True
SOCIAL_CARDS_FOR = ["article", "talk"]  # templates that get a card; add "page" for pages
SOCIAL_CARDS_PATH = "cards"
SOCIAL_CARD_COLORS = {"background": "#15171b", "text": "#f4f5f7", "muted": "#a9adb5", "accent": "#7db8ff"}
SOCIAL_CARD_FONT = None  # path of a TrueType font; None: Pillow's bundled Aileron (ASCII and a few more)

# Publishing.
SSH_TARGET = ""  # e.g. "deploy@example.org:/srv/www/blog/" (or set LECTERN_SSH_TARGET)
SSH_PORT = 22
GITHUB_PAGES_BRANCH = "gh-pages"
CNAME = ""  # a custom domain for GitHub Pages, e.g. "blog.example.org": written to output/CNAME

# `invoke check`: the most HTML+CSS+JS one page may load, in KB (images and fonts not counted).
CHECK_PAGE_BUDGET_KB = 150

# Navigation: fixed items; "Talks" and "Planet" are added by their plugins when enabled.
MENUITEMS = [("Archives", "archives/"), ("Tags", "tags/")]
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = False
