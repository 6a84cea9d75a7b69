"""Detection fixes of round 44 (the misses of rounds 42 and 43's sets once read), each on
snippets we write here."""

import pytest

from sql_highlight.detect import MAX_CHARS, detect_language

_LONG_SETTINGS = "NOTES_SETTINGS = {\n" + "".join(
    f'    # what the reader sees as feed {n}\n    "feed_{n}_title": "Feed number {n}",\n' for n in range(200)
)

CASES = [
    # Indentation mixing tabs and spaces inside brackets, the whole block indented.
    (
        "python",
        "    from django.urls import path\n\n    urlpatterns = [\n        path('feeds/',\n"
        "\t    views.feed_list,\n\t    name='feed-list'),\n    ]",
    ),
    # A dict longer than what detection reads: cut short inside its brackets, it is still Python.
    ("python", _LONG_SETTINGS + "}\n"),
    # Calls as C statements, named in lower case: SQL calls nothing without SELECT.
    ("c", "fd = dup(0);"),
    ("c", "/* reopen the log */\nopen(logpath, O_WRONLY | O_APPEND, mode);"),
    # ... but a call handed a string in single quotes is a SELECT's fragment.
    ("postgresql", "current_setting('notes.owner', true);"),
    # ... and calls handed `...` are a schema's outline.
    ("text", "feeds(id, title, url, ...);\nentries(id, feed_id, published, ...);"),
    # A path alone names a place; a program run by its path is a command.
    ("text", "/var/lib/notes/feeds"),
    ("text", "~/notes/cache/"),
    ("bash", "./publish.sh"),
    # A two-line prompt's second line, drawn from a corner.
    ("console", "╭─ana at notes-box in ~/site\n╰─○ git pull\nAlready up to date."),
    ("console", "┌──(ana㉿notes)-[~/site]\n└─$ invoke build\nDone: 42 articles"),
    # A tree drawn with the same corner is no prompt.
    ("text", "site\n├── content\n└── output"),
    # setup.cfg's data_files: paths as keys, their values wrapped under them.
    ("ini", "# setup.cfg\n[options.data_files]\nshare/man/man1 =\n    notesctl.1"),
    # `～` leaves out a transaction's middle, as Japanese posts write it: no output.
    ("postgresql", "begin;\n  ～\nrollback;"),
]


@pytest.mark.parametrize(("expected", "code"), CASES)
def test_detects_round42_shapes(expected, code):
    assert detect_language(code) == expected


def test_the_long_dict_is_longer_than_what_detection_reads():
    assert len(_LONG_SETTINGS) > MAX_CHARS
