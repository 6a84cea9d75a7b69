"""Pelican's writer, with each output signed: one whose inputs are as recorded is linked from
the previous build instead of rendered (incremental.py says what a signature covers)."""

import os

from pelican import signals
from pelican.writers import Writer

from . import build_state


class PageByPage:
    """What Pelican's writer renders each page of a paginated output with: the template, or the
    previous build's page when its signature is as recorded (Pelican then writes the same text)."""

    def __init__(self, template, sign):
        self.template = template
        self.sign = sign
        self.signatures = {}  # output file -> its signature

    def render(self, localcontext):
        name = localcontext["output_file"]
        signature = self.signatures[name] = self.sign(localcontext)
        text = build_state.current.records.previous_text(("page", name), signature)
        return text if text is not None else self.template.render(localcontext)

    def __getattr__(self, name):  # name, environment, ...: the template's
        return getattr(self.template, name)


class LecternWriter(Writer):
    """Pelican's writer; an output whose inputs are as recorded is linked from the previous build."""

    def _unchanged(self, key, signature, context):
        records = build_state.current.records
        reused = records.reuse(key, signature)
        if reused is None:
            return False
        for relative in reused:
            signals.content_written.send(os.path.join(self.output_path, relative), context=context)
        return True

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        def write(template=template):
            return super(LecternWriter, self).write_file(
                name,
                template,
                context,
                relative_urls,
                paginated,
                template_name,
                override_output,
                url,
                **kwargs,
            )

        if not name or build_state.current is None or build_state.current.signer is None:
            return write()
        pages = (
            paginated
            if paginated is not None
            else {k: v for k, v in kwargs.items() if k in ("articles", "dates")}
        )
        paginating = bool(pages) and template_name in self.settings["PAGINATED_TEMPLATES"]
        key = ("file", name, relative_urls, template_name, override_output, url)
        if paginating:
            return self._write_page_by_page(key, template, write, list(pages))
        signature = build_state.current.signer.page(key, template, context, kwargs, relative_urls)
        if self._unchanged(key, signature, {**context, **kwargs}):
            return None
        build_state.current.capture = []
        try:
            write()
            build_state.current.records.record(key, signature, build_state.current.capture)
        finally:
            build_state.current.capture = None

    def _write_page_by_page(self, key, template, write, paginated_keys):
        """A paginated output: each page signed from what its template is given, and taken from
        the previous build when that is unchanged (a post edited on page 7 renders page 7 again,
        and its neighbours, not pages 1 to 100)."""
        pages = PageByPage(
            template,
            lambda local: build_state.current.signer.paginated_page(key, template, local, paginated_keys),
        )
        build_state.current.capture = []
        try:
            write(pages)
            for path in build_state.current.capture:
                relative = os.path.relpath(path, self.output_path)
                build_state.current.records.record(("page", relative), pages.signatures.get(relative), [path])
        finally:
            build_state.current.capture = None

    def write_feed(
        self, elements, context, path=None, url=None, feed_type="atom", override_output=False, feed_title=None
    ):
        def write():
            return super(LecternWriter, self).write_feed(
                elements, context, path, url, feed_type, override_output, feed_title
            )

        if not path or build_state.current is None or build_state.current.signer is None:
            return write()
        most = self.settings["FEED_MAX_ITEMS"]
        key = ("feed", path, url, feed_type, override_output, feed_title)
        signature = build_state.current.signer.feed(key, elements[:most] if most else elements)
        if build_state.current.records.reuse(key, signature) is not None:
            return None
        feed = write()
        build_state.current.records.record(key, signature, [os.path.join(self.output_path, path)])
        return feed
