"""Pelican glue for series.py: posts' `Series` metadata in, each part's navigation and the
series pages (through Pelican's writer, so they are signed and in the sitemap) out."""

import logging
import os

from pelican.generators import Generator

from . import series as plain

logger = logging.getLogger(__name__)


def _part_value(content):
    metadata = content.metadata
    return metadata.get("series-part", metadata.get("series_part"))


def _post(content):
    source = os.path.relpath(content.source_path) if getattr(content, "source_path", None) else ""
    return plain.Post(
        name=str(content.metadata.get("series", "")),
        part=plain.part_number(_part_value(content), source),
        date=content.date,
        title=str(content.title),
        url=content.url,
        locale_date=getattr(content, "locale_date", ""),
        source=source,
    )


class SeriesGenerator(Generator):
    """Runs after the articles generator: its context has the published posts and the drafts."""

    def generate_context(self):
        self.series = []
        settings = self.settings
        published, previews, problems = [], [], []
        for key, into in (("articles", published), ("drafts", previews)):
            for content in self.context.get(key) or ():
                if not str(content.metadata.get("series", "")).strip():
                    continue
                try:
                    into.append((content, _post(content)))
                except plain.SeriesProblem as problem:
                    problems.append(str(problem))
        self.series, found_problems = plain.collect(
            [post for _content, post in published], settings["SERIES_URL"], settings["SERIES_SAVE_AS"]
        )
        problems += found_problems
        for problem in problems:
            logger.error("%s", problem)
        by_name = {s.name: s for s in self.series}
        for content, post in published:
            found = by_name.get(" ".join(post.name.split()))
            if found is not None:
                content.series_nav = plain.navigation(found, post.url)
        for content, post in previews:
            content.series_nav = plain.preview(by_name.get(" ".join(post.name.split())), post)

    def generate_output(self, writer):
        settings = self.settings
        relative = settings["RELATIVE_URLS"]
        if not self.series:
            return
        template = self.get_template("series")
        for found in self.series:
            if found.save_as:
                writer.write_file(
                    found.save_as,
                    template,
                    self.context,
                    relative_urls=relative,
                    series=found,
                    page_name="series",
                    url=found.url,
                )
        if settings["SERIES_INDEX_SAVE_AS"]:
            writer.write_file(
                settings["SERIES_INDEX_SAVE_AS"],
                self.get_template("series_index"),
                self.context,
                relative_urls=relative,
                all_series=tuple(self.series),
                page_name="series",
                url=settings["SERIES_INDEX_URL"],
            )
