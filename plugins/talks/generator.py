"""TalksGenerator: reads content/talks/*.md with Pelican's readers and writes the talk pages, their
downloads, the talks index, the talks feeds and the tag pages of tags only talks use.

Everything goes through Pelican's writer (so the sitemap sees it) except the files beside a talk
page (downloads, poster, video), which are written only when they change.
"""

import filecmp
import logging
import os
import shutil
from itertools import groupby
from operator import attrgetter

from markupsafe import Markup
from pelican import signals
from pelican.generators import CachingGenerator
from pelican.log import console
from pelican.utils import sanitised_join

from blog import pelican_compat

from .feeds import FeedEntry, talks_feed
from .talk import Talk, TalkError, assets, copies, prepare

logger = logging.getLogger(__name__)


class TalksGenerator(CachingGenerator):
    def __init__(self, *args, **kwargs):
        self.talks = []  # published, newest first
        self.hidden_talks = []
        self.draft_talks = []
        self.talk_only_tags = []  # (Tag, talks) for tags no post uses
        super().__init__(*args, **kwargs)

    def _talk_files(self):
        return sorted(self.get_files(self.settings["TALKS_PATHS"], exclude=self.settings["TALKS_EXCLUDES"]))

    # Reading ----------------------------------------------------------------------------------

    def _read(self, path):
        talk = self.get_cached_data(path, None)
        if talk is not None:
            return talk
        try:
            talk = self.readers.read_file(
                base_path=self.path, path=path, content_class=Talk, context=self.context
            )
        except Exception as error:  # Pelican's own generators log and go on, so do we
            logger.error("Could not process %s | %s: %s", path, type(error).__name__, error)
            pelican_compat.mark_failed(self, path)
            return None
        if not talk.is_valid():
            pelican_compat.mark_failed(self, path)
            return None
        self.cache_data(path, talk)
        return talk

    def _prepare(self, talk):
        try:
            skipped = prepare(talk, self.path, self.settings)
        except TalkError as error:
            logger.error("%s", error)
            pelican_compat.mark_failed(self, talk.get_relative_source_path())
            return False
        for warning in talk.warnings:
            logger.warning("%s", warning)
        for problem in skipped:
            logger.warning("%s (cue skipped, TALKS_SKIP_BAD_CUES)", problem)
        if skipped:
            logger.warning("%s: %d unreadable cue(s) skipped", skipped[0].path, len(skipped))
        return True

    def generate_context(self):
        found = []
        for path in self._talk_files():
            talk = self._read(path)
            if talk is not None:
                found.append(talk)
        self.save_cache()
        self.readers.save_cache()
        newest_first = attrgetter("date")
        for talk in sorted(found, key=newest_first, reverse=True):
            if not self._prepare(talk):
                continue
            self.add_source_path(talk)
            self.add_static_links(talk)
            {"published": self.talks, "hidden": self.hidden_talks, "draft": self.draft_talks}[
                talk.status
            ].append(talk)
        self._tags()
        # Beside Pelican's "Done: Processed ..." line (printed the same way), which counts no talks.
        console.print(talks_summary(len(self.talks), len(self.hidden_talks), len(self.draft_talks)))
        self.context["talks"] = self.talks
        self.context["talks_by_year"] = [
            (year, list(talks)) for year, talks in groupby(self.talks, lambda t: t.date.year)
        ]

    def _tags(self):
        """talks_by_tag for the tag pages; tags only talks use join the site's tag list."""
        by_tag = {}
        tags = {}
        for talk in self.talks:
            for tag in getattr(talk, "tags", []):
                by_tag.setdefault(tag.slug, []).append(talk)
                tags.setdefault(tag.slug, tag)
        self.context["talks_by_tag"] = by_tag
        site_tags = self.context.get("tags") or []
        known = {tag.slug for tag, _articles in site_tags}
        self.talk_only_tags = [(tags[slug], by_tag[slug]) for slug in sorted(tags) if slug not in known]
        self.context["tags"] = list(site_tags) + [(tag, []) for tag, _talks in self.talk_only_tags]

    def refresh_metadata_intersite_links(self):
        for talk in self.talks + self.hidden_talks + self.draft_talks:
            talk.refresh_metadata_intersite_links()

    # Writing ----------------------------------------------------------------------------------

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        written = (
            self.talks + self.hidden_talks + (self.draft_talks if self.settings.get("DRAFT_SAVE_AS") else [])
        )
        for talk in written:
            self._write_beside(talk)
            writer.write_file(
                talk.save_as,
                self.get_template(talk.template),
                self.context,
                talk=talk,
                article=talk,
                relative_urls=relative,
                override_output=hasattr(talk, "override_save_as"),
                url=talk.url,
            )
        index = self.settings["TALKS_INDEX_SAVE_AS"]
        if index:
            writer.write_file(
                index,
                self.get_template("talks"),
                self.context,
                relative_urls=relative,
                page_name="talks",
                url=self.settings["TALKS_INDEX_URL"],
            )
        tag_template = self.get_template("tag")
        for tag, _talks in self.talk_only_tags:
            writer.write_file(
                tag.save_as,
                tag_template,
                self.context,
                relative_urls=relative,
                tag=tag,
                url=tag.url,
                articles=[],
                dates=[],
                template_name="tag",
                blog=True,
                page_name=tag.page_name,
            )
        for kind in ("atom", "rss"):
            path = self.settings[f"TALKS_FEED_{kind.upper()}"]
            if path:
                self._write_feed(kind, path)

    def _write_beside(self, talk):
        folder = sanitised_join(self.output_path, talk.output_dir)
        os.makedirs(folder, exist_ok=True)
        for name, text in assets(talk).items():
            target = os.path.join(folder, name)
            if not os.path.isfile(target) or _read_text(target) != text:
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        for name, source in copies(talk).items():
            target = os.path.join(folder, name)
            if not os.path.isfile(target) or not filecmp.cmp(source, target, shallow=True):
                shutil.copy2(source, target)

    def _feed_entry(self, talk, origin):
        link = f"{origin}/{talk.url}"
        enclosure = None
        if talk.video.kind == "file":
            enclosure = (talk.video_absolute_url, talk.video_bytes, talk.video.mime_type)
        content = talk.get_content(origin)
        facts = " \u00b7 ".join(p for p in (", ".join(talk.speakers), talk.event, talk.duration_label) if p)
        video = f'<p>{Markup.escape(facts)}. <a href="{link}">Video and transcript</a>.</p>'
        return FeedEntry(
            title=Markup(talk.title).striptags(),
            link=link,
            content=video + content,
            summary=talk.summary,
            published=talk.date,
            updated=getattr(talk, "modified", None),
            author=str(talk.author),
            categories=list(getattr(talk, "tags", [])),
            enclosure=enclosure,
        )

    def _write_feed(self, kind, path):
        settings, context = self.settings, self.context
        origin = settings.get("SITE_ORIGIN", "")
        entries = [self._feed_entry(t, origin) for t in self.talks[: settings["FEED_MAX_ITEMS"]]]
        feed = talks_feed(
            kind,
            entries,
            title=f"{Markup(settings['SITENAME']).striptags()} - Talks",
            link=f"{origin}/{settings['TALKS_INDEX_URL']}",
            feed_url=f"{origin}/{path}",
            description=settings.get("SITESUBTITLE", ""),
            summary_only=settings.get("RSS_FEED_SUMMARY_ONLY", False),
        )
        signals.feed_generated.send(context, feed=feed)
        target = sanitised_join(self.output_path, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            feed.write(f, "utf-8")
        logger.info('Writing "%s"', target)
        signals.feed_written.send(target, context=context, feed=feed)


def talks_summary(published, hidden=0, drafts=0):
    """The build's line about talks: `Talks: 3 (1 draft)`."""
    extra = [
        f"{count} {name}" for count, name in ((drafts, "draft"), (hidden, "hidden")) if count
    ]  # "2 draft"
    return f"Talks: {published + hidden + drafts}" + (f" ({', '.join(extra)})" if extra else "")


def _read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()
