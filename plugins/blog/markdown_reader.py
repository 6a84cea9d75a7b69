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

from .metadata_check import metadata_problems


def count_headings(tokens):
    return sum(1 + count_headings(t.get("children", [])) for t in tokens)


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

    def read(self, source_path):
        self._source_path = source_path
        converter, metadata_converter = self._converters()
        converter.reset()
        with pelican_open(source_path) as text:
            content = converter.convert(text)
        toc_tokens = list(getattr(converter, "toc_tokens", []))
        raw_meta = getattr(converter, "Meta", {})
        problems = metadata_problems(raw_meta, self.settings.get("EXTRA_METADATA_KEYS", ()))
        if problems:
            raise ValueError("; ".join(problems))
        metadata = self._metadata(raw_meta, metadata_converter)
        metadata["toc_tokens"] = toc_tokens
        metadata["toc_headings"] = count_headings(toc_tokens)
        return content, metadata

    def _metadata(self, meta, metadata_converter):
        """What Pelican's _parse_metadata returns, with a reusable converter for formatted fields."""
        formatted_fields = self.settings["FORMATTED_FIELDS"]
        output = {}
        for name, value in meta.items():
            name = name.lower()
            if name in formatted_fields:
                metadata_converter.reset()
                output[name] = self.process_metadata(name, metadata_converter.convert("\n".join(value)))
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
