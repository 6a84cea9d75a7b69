"""Detection fixes of session 39 read off round 137 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # PostgreSQL's expressions a line each, what each gives after an arrow.
    ("postgresql", "ARRAY[7, 8] || ARRAY[9] -> {7, 8, 9}\n\nARRAY['talk'] || 'slides' -> {talk, slides}"),
    ("postgresql", "'12'::int + 1 → 13\n'lectern'::text || '!' → lectern!"),
    ("text", "build -> output\nplanet -> cache"),  # as before: words and arrows, no expression
    ("python", "posts[0]"),  # as before: an item looked up
    # The DOM's and the browser's names, a filter of falsy items: JavaScript, though Python parses it.
    ("javascript", "talks.filter(Boolean)"),
    ("javascript", "await navigator.clipboard.writeText(transcript)"),
    ("javascript", "caption.classList.add('current')\ncaption.offsetTop"),
    # A statement guarded by `;` (a style without semicolons).
    ("javascript", ";[first, last] = [last, first]"),
    ("javascript", "let title, slug\n;({ title, slug } = post)"),
    ("python", "first, last = last, first"),  # as before
    # The global namespace named after `new`: C++, no cast.
    ("cpp", "listener = new ::net::listener(port);"),
    ("postgresql", "SELECT '1'::text::int;"),  # as before: casts chained
    # A Django template tag's delimiters alone.
    ("html+django", "{% ... %}"),
    ("html+django", "{% %}"),
    # A migration's file name alone, a note with an arrow: no command.
    ("text", "0003_talk_slides.py"),
    ("text", "views.py → the page rendered"),
    ("bash", "manage.py migrate"),  # as before: a script run with its argument
    ("bash", "./build.sh"),  # as before
    # An attribute chain alone: Python's lookup, not a file's name nor a host's.
    ("python", "request.user.email"),
    ("python", "django.contrib.sitemaps"),
    ("text", "notes.txt"),  # as before: a file's name
    ("text", "planet.toml"),  # as before
]


test_session_39_round_137 = detection_test(CASES)
