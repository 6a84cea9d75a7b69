"""Guard for plugins/blog/pelican_compat.py: each private part of Pelican that Lectern touches is
still there, with the signature and behaviour relied on. An upgrade of Pelican fails here first,
by name, rather than building a wrong site."""

import hashlib
import inspect

import pelican
from pelican.contents import Article, Content
from pelican.generators import Generator
from pelican.settings import DEFAULT_CONFIG
from pelican.writers import Writer

from blog import pelican_compat

# Writer.write_file's behaviour is relied on by the incremental writer: one content_written
# signal per file it writes, pagination from `paginated` (or `articles`/`dates` in kwargs), and
# `localsiteurl` set from the page's name. A change to its source must be read before upgrading.
WRITE_FILE_SHA256 = "6a604ad67bbeec997e58ef69a393930c22cf3178a760fdc21d2c42f1871da373"


def test_pelican_is_the_version_lectern_was_checked_against():
    assert pelican.__version__ == "4.12.0"


def test_private_content_state_is_where_lectern_reads_it():
    article = Article("<p>body</p>", metadata={"title": "T", "summary": "<p>s</p>"}, settings=DEFAULT_CONFIG)
    assert pelican_compat.raw_body(article) == "<p>body</p>"
    assert pelican_compat.raw_summary(article) == "<p>s</p>"
    pelican_compat.set_raw_body(article, "<p>new</p>")
    assert article.get_content("") == "<p>new</p>"
    assert set(pelican_compat.PRIVATE_CONTENT_STATE) <= set(vars(article))


def test_private_methods_keep_their_signatures():
    assert str(inspect.signature(Generator._add_failed_source_path)) == "(self, path, static=False)"
    assert (
        str(inspect.signature(Content._expand_settings))
        == "(self, key: str, klass: str | None = None) -> str"
    )
    assert str(inspect.signature(pelican.Pelican._get_writer)) == "(self)"


def test_writer_methods_overridden_by_lectern_keep_their_signatures_and_source():
    assert list(inspect.signature(Writer.write_file).parameters) == [
        "self",
        "name",
        "template",
        "context",
        "relative_urls",
        "paginated",
        "template_name",
        "override_output",
        "url",
        "kwargs",
    ]
    assert list(inspect.signature(Writer.write_feed).parameters) == [
        "self",
        "elements",
        "context",
        "path",
        "url",
        "feed_type",
        "override_output",
        "feed_title",
    ]
    source = inspect.getsource(Writer.write_file)
    assert hashlib.sha256(source.encode()).hexdigest() == WRITE_FILE_SHA256


# blog/markdown_reader.py's _metadata does what MarkdownReader._parse_metadata does with
# formatted fields that a worker has already converted: it must follow that method.
PARSE_METADATA_SHA256 = "3f01f071bbc3672d341454c22fed793740b7a1014344f6db540c2b0bb3537a21"


def test_pelicans_metadata_rules_are_the_ones_lectern_follows():
    from pelican.readers import MarkdownReader

    source = inspect.getsource(MarkdownReader._parse_metadata)
    assert hashlib.sha256(source.encode()).hexdigest() == PARSE_METADATA_SHA256


def test_hooks_run_after_pelican_resolves_links_and_resolve_one_link_as_it_would():
    from types import SimpleNamespace

    seen = []

    def hook(content, html, siteurl, resolve):
        if "lectern-probe" in html:
            seen.append((resolve("{static}/images/a.png"), resolve("{static}/missing.png")))
        return html

    pelican_compat.after_links_resolved(hook)
    pelican_compat.after_links_resolved(hook)  # added once
    original = Content._update_content.lectern_original
    assert str(inspect.signature(original)) == "(self, content: str, siteurl: str) -> str"
    context = {
        "static_content": {"images/a.png": SimpleNamespace(url="images/a.png")},
        "generated_content": {},
    }
    settings = {**DEFAULT_CONFIG, "RELATIVE_URLS": True}
    article = Article(
        '<img class="lectern-probe" src="{static}/images/a.png">',
        metadata={"title": "T"},
        settings=settings,
        context=context,
    )
    assert article.get_content("../..") == '<img class="lectern-probe" src="../../images/a.png">'
    assert seen == [("../../images/a.png", None)]
