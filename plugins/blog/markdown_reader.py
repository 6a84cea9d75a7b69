"""Pelican's Markdown reader, keeping the table of contents and refusing bad metadata.

Pelican's reader discards Python-Markdown's `toc_tokens`, and it accepts any metadata key,
so a typo such as `Tgas:` vanishes without a word. Raising ValueError here makes Pelican
report "Could not process <file>" with our message, and `invoke build` then fails.
It also builds its two Markdown converters once and resets them between files, where
Pelican builds a new one (every extension, every registry) for each file.
"""

import logging

from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader

from .content_checks import display_path
from .markdown_render import Converters
from .metadata_check import metadata_problems

TEXT_FACTS = "lectern_text_facts"  # (toc tokens, number of headings, (prose words, code lines))


def count_headings(tokens):
    return sum(1 + count_headings(t.get("children", [])) for t in tokens)


class LecternMarkdownReader(MarkdownReader):
    build = None  # the blog plugin's Build: cached and parallel rendering
    _converters = None

    def converters(self):
        if self._converters is None:
            self._converters = Converters(self.settings["MARKDOWN"], self.settings["FORMATTED_FIELDS"])
        return self._converters

    def read(self, source_path):
        self._source_path = source_path
        if self.build is not None:
            rendered = self.build.render(source_path, self.converters())
        else:
            rendered = self.converters().render(source_path)[1]
        content, raw_meta, formatted, toc_tokens, statistics = rendered
        problems = metadata_problems(
            raw_meta, self.settings.get("EXTRA_METADATA_KEYS", ()), display_path(source_path)
        )
        if problems:
            raise ValueError("; ".join(problems))
        metadata = self._metadata(raw_meta, formatted)
        headings = count_headings(toc_tokens)
        # Only posts long enough for a table of contents keep its tokens (memory at scale).
        toc_tokens = toc_tokens if headings >= self.settings.get("TOC_MIN_HEADINGS", 4) else []
        # One key (one attribute on the post; see PostExtras).
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
