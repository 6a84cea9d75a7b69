"""The one place Lectern touches private parts of Pelican (and of Pygments' HTML formatter).

Each touch is a small function here, and tests/test_pelican_compat.py checks by name that the
private attribute or method still exists with the signature and behaviour relied on, so an
upgrade fails that test first, instead of building a wrong site quietly.
"""

from pelican.contents import Content

# Content attributes that are Pelican's own state rather than what a post says.
PRIVATE_CONTENT_STATE = ("_context", "_content", "_summary")


def raw_body(content):
    """The body as the reader made it, before Pelican resolves `{filename}` links."""
    return content.__dict__.get("_content")


def set_raw_body(content, html):
    content._content = html


def raw_summary(content):
    """The `Summary:` metadata as read (None when the summary is cut from the body)."""
    return content.__dict__.get("_summary")


def set_raw_summary(content, html):
    content._summary = html


def mark_failed(generator, path):
    """Tell Pelican a source failed, as its own generators do (it then retries it next time)."""
    generator._add_failed_source_path(path)


def expand_settings(content, key, kind):
    """Pelican's URL/SAVE_AS lookup for a content kind of our own (talks)."""
    return Content._expand_settings(content, key, kind)


def site_writer(pelican):
    """The writer the generators wrote with (a new one of the class get_writer chose), for what
    is written once they are done (redirect pages)."""
    return pelican._get_writer()
