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


_LINK_HOOKS = []


def after_links_resolved(hook):
    """Call `hook(content, html, siteurl, resolve)` on each body or summary once Pelican has
    resolved its `{filename}`/`{static}` links for a page (`siteurl`), and use what it returns;
    `resolve(link)` gives the URL Pelican makes of one such link there, or None when it finds no
    file. Pelican resolves links only in src, href and a few other attributes, never in srcset
    (plugins/images). Content._update_content is wrapped once per process; a hook is added once."""
    if hook not in _LINK_HOOKS:
        _LINK_HOOKS.append(hook)
    if getattr(Content._update_content, "lectern_hooks", None) is _LINK_HOOKS:
        return
    original = Content._update_content

    def _update_content(self, content, siteurl):
        html = original(self, content, siteurl)
        if not html:
            return html

        def resolve(link):
            resolved = original(self, f'<a href="{link}">', siteurl)
            url = resolved[len('<a href="') : -len('">')]
            return None if url == link else url

        for each in _LINK_HOOKS:
            html = each(self, html, siteurl, resolve)
        return html

    _update_content.lectern_hooks = _LINK_HOOKS
    _update_content.lectern_original = original
    Content._update_content = _update_content
