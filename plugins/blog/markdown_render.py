"""The Markdown work for one file, as plain data: the same function in the build process and in
a render worker (render_pool), so where a file was rendered never changes what comes out."""

import hashlib

from markdown import Markdown

from .post_extras import text_statistics

_worker_converters = None  # in a render worker: its Converters, made once by setup()


def source_digest(data):
    return hashlib.sha256(data).hexdigest()


class Converters:
    """Two Markdown converters, built once and reset between files (Pelican builds a new one,
    every extension and registry, for each file)."""

    def __init__(self, markdown_settings, formatted_fields):
        self.formatted_fields = formatted_fields
        self.body = Markdown(**markdown_settings)
        # Formatted metadata (Summary) must not be read as metadata itself.
        self.metadata = Markdown(**markdown_settings)
        self.metadata.preprocessors.deregister("meta")

    def render(self, source_path):
        """(digest of the bytes rendered, (content HTML, raw metadata, formatted metadata HTML,
        table of contents, text statistics)): the digest is of the very bytes read, so a file
        saved again while it is rendered is never cached under its new contents."""
        self.body.reset()
        with open(source_path, "rb") as f:
            data = f.read()
        return source_digest(data), self._render(source_path, data)

    def _render(self, source_path, data):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise ValueError(
                f"line {line}: not UTF-8 text (byte {data[error.start]:#04x}): save the file as UTF-8"
            ) from None
        try:
            content = self.body.convert(text)
        except RecursionError:
            raise ValueError("the Markdown is nested too deeply to render (lists or quotes)") from None
        raw_meta = dict(getattr(self.body, "Meta", {}))
        formatted = {}
        for name, value in raw_meta.items():
            if name.lower() in self.formatted_fields:
                self.metadata.reset()
                formatted[name.lower()] = self.metadata.convert("\n".join(value))
        toc = list(getattr(self.body, "toc_tokens", []))
        return content, raw_meta, formatted, toc, text_statistics(content)


def setup_worker(markdown_settings, formatted_fields):
    global _worker_converters
    _worker_converters = Converters(markdown_settings, formatted_fields)


def render_in_worker(source_path):
    return _worker_converters.render(source_path)
