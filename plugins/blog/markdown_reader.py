"""Pelican's Markdown reader, keeping the table of contents and refusing bad metadata.

Pelican's reader discards Python-Markdown's `toc_tokens`, and it accepts any metadata key,
so a typo such as `Tgas:` vanishes without a word. Raising ValueError here makes Pelican
report "Could not process <file>" with our message, and `invoke build` then fails.
It also builds its two Markdown converters once and resets them between files, where
Pelican builds a new one (every extension, every registry) for each file.
"""

import logging

from markdown import Markdown
from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader
from pelican.utils import pelican_open

from . import parallel_reading
from .compact_bodies import pack_body, wanted
from .metadata_check import metadata_problems
from .post_extras import text_statistics
from .reading_guard import guarded_reader

_packed = {}  # source path -> (body, its compressed form), from a worker, until the post exists
TEXT_FACTS = "lectern_text_facts"  # (toc tokens, number of headings, (prose words, code lines))


def count_headings(tokens):
    return sum(1 + count_headings(t.get("children", [])) for t in tokens)


def packed_body(source_path, body):
    """The worker's compressed form of `body` for this file, if it is of this very body."""
    found = _packed.pop(source_path, None)
    return found[1] if found is not None and found[0] is body else None


def forget_packed_bodies():
    _packed.clear()


@guarded_reader
class LecternMarkdownReader(MarkdownReader):
    _converter = None
    _metadata_converter = None

    def _converters(self):
        if self._converter is None:
            self._converter = Markdown(**self.settings["MARKDOWN"])
            # Formatted metadata (Summary) must not be read as metadata itself.
            self._metadata_converter = Markdown(**self.settings["MARKDOWN"])
            self._metadata_converter.preprocessors.deregister("meta")
        return self._converter, self._metadata_converter

    def render(self, source_path):
        """The Markdown work for one file, as plain data (it may run in a worker process):
        (content HTML, raw metadata, formatted metadata HTML, table of contents, text statistics)."""
        converter, metadata_converter = self._converters()
        converter.reset()
        with pelican_open(source_path) as text:
            content = converter.convert(text)
        raw_meta = dict(getattr(converter, "Meta", {}))
        formatted = {}
        for name, value in raw_meta.items():
            if name.lower() in self.settings["FORMATTED_FIELDS"]:
                metadata_converter.reset()
                formatted[name.lower()] = metadata_converter.convert("\n".join(value))
        toc = list(getattr(converter, "toc_tokens", []))
        return content, raw_meta, formatted, toc, text_statistics(content)

    def render_in_worker(self, source_path):
        """render(), plus the body already compressed when bodies are held compressed: the
        worker does that work rather than the parent, which takes it from packed_body()."""
        content, *rest = self.render(source_path)
        return (content, *rest, pack_body(content, self.settings) if wanted(self.settings) else None)

    def read(self, source_path):
        self._source_path = source_path
        rendered = parallel_reading.take(source_path)
        if rendered is not None:
            content, raw_meta, formatted, toc_tokens, statistics, packed = rendered
            if packed is not None:
                _packed[source_path] = (content, packed)
        else:
            content, raw_meta, formatted, toc_tokens, statistics = self.render(source_path)
        problems = metadata_problems(raw_meta, self.settings.get("EXTRA_METADATA_KEYS", ()))
        if problems:
            raise ValueError("; ".join(problems))
        metadata = self._metadata(raw_meta, formatted)
        headings = count_headings(toc_tokens)
        # Only posts long enough for a table of contents keep its tokens (memory at scale).
        toc_tokens = toc_tokens if headings >= self.settings.get("TOC_MIN_HEADINGS", 4) else []
        # One key (one attribute on the post; see PostExtras), kept in Pelican's content cache.
        metadata[TEXT_FACTS] = (toc_tokens, headings, statistics)
        return content, metadata

    def _metadata(self, meta, formatted):
        """What Pelican's _parse_metadata returns, from already converted formatted fields."""
        output = {}
        for name, value in meta.items():
            name = name.lower()
            if name in formatted:
                output[name] = self.process_metadata(name, formatted[name])
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True):
                if len(value) > 1:
                    self._warn_duplicate(name)
                output[name] = self.process_metadata(name, value[0])
            elif len(value) > 1:
                output[name] = self.process_metadata(name, value)
            else:
                output[name] = self.process_metadata(name, value[0])
        return output

    def _warn_duplicate(self, name):

        logging.getLogger(__name__).warning(
            "Duplicate definition of `%s` for %s. Using first one.", name, self._source_path
        )
