"""Pelican's Markdown reader, keeping the table of contents and refusing bad metadata.

Pelican's reader discards Python-Markdown's `toc_tokens`, and it accepts any metadata key,
so a typo such as `Tgas:` vanishes without a word. Raising ValueError here makes Pelican
report "Could not process <file>" with our message, and `invoke build` then fails.
"""

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

from .metadata_check import metadata_problems


def count_headings(tokens):
    return sum(1 + count_headings(t.get("children", [])) for t in tokens)


class LecternMarkdownReader(MarkdownReader):
    def read(self, source_path):
        self._source_path = source_path
        self._md = Markdown(**self.settings["MARKDOWN"])
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        toc_tokens = list(getattr(self._md, "toc_tokens", []))
        raw_meta = getattr(self._md, "Meta", {})
        problems = metadata_problems(raw_meta, self.settings.get("EXTRA_METADATA_KEYS", ()))
        if problems:
            raise ValueError("; ".join(problems))
        metadata = self._parse_metadata(raw_meta) if raw_meta else {}
        metadata["toc_tokens"] = toc_tokens
        metadata["toc_headings"] = count_headings(toc_tokens)
        return content, metadata
