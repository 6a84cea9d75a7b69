"""A talk's transcript from its subtitle file: read, cleaned, grouped, ready to render. No Pelican here."""

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import render
from .chapters import chapters_from_captions, chapters_from_lines, finish_chapters
from .clean import HOLD_MAX_SECONDS, SECONDS_PER_WORD, SOUND_WORDS, clean
from .paragraphs import MAX_WORDS, PAUSE_SECONDS, captions_of, sections
from .subtitles import read_subtitles


@dataclass(frozen=True)
class Options:
    pause: float = PAUSE_SECONDS  # a silence this long (seconds) starts a paragraph
    max_words: int = MAX_WORDS  # paragraphs break before growing past this many words
    skip_bad_cues: bool = False  # skip unreadable cues (reported) instead of failing
    sound_words: tuple = SOUND_WORDS  # a cue of only this word is a sound, not speech
    hold_max: float = HOLD_MAX_SECONDS
    seconds_per_word: float = SECONDS_PER_WORD


@dataclass
class Transcript:
    captions: list
    sections: list
    chapters: list
    shape: str = "plain"  # clean.Cleaned.shape: rolling, overlapping or plain
    skipped: list = field(default_factory=list)  # subtitles.Problem per skipped cue
    notes: list = field(default_factory=list)  # subtitles.Problem warnings (a guessed encoding)
    _times: list | None = field(default=None, repr=False)  # cue timestamps, shared by vtt() and srt()

    @property
    def end(self):
        ends = [c.end for c in self.captions] + [c.end or 0.0 for c in self.chapters]
        return max(ends, default=0.0)

    @property
    def looks_auto_generated(self):
        return self.shape != "plain"

    def html(self, moment_url):
        return render.transcript_html(self.sections, moment_url)

    def vtt(self):
        return render.to_vtt(self.captions, self._stamps())

    def srt(self):
        return render.to_srt(self.captions, self._stamps())

    def _stamps(self):
        if self._times is None:
            self._times = render.stamps(self.captions)
        return self._times

    def text(self, header=()):
        return render.to_text(self.sections, header)

    def plain(self):
        """The words alone, a paragraph a line (for JSON-LD's transcript)."""
        return "\n".join(render.shown_text_of(p.captions) for s in self.sections for p in s.paragraphs)


def read_chapters(value, base_dir, shown_dir="", options=None, notes=None):
    """Chapters from metadata: a chapters .vtt path (relative to base_dir) or `MM:SS Title` lines;
    warnings about the file are added to `notes`."""
    if not value:
        return []
    options = options or Options()
    lines = value if isinstance(value, list | tuple) else str(value).splitlines()
    if len(lines) == 1 and lines[0].strip().lower().endswith(".vtt"):
        name = lines[0].strip()
        subtitles = read_subtitles(
            os.path.join(base_dir, name), options.skip_bad_cues, os.path.join(shown_dir, name)
        )
        if notes is not None:
            notes += subtitles.notes
        return chapters_from_captions(clean(subtitles.cues, sound_words=()).captions)
    return chapters_from_lines(lines)


def build_transcript(cues, chapters=(), options=None, skipped=(), slug=None, talk_end=None, notes=()):
    """A Transcript from parsed cues (subtitles.Cue) and chapters.Chapter objects."""
    options = options or Options()
    cleaned = clean(cues, options.sound_words, options.hold_max, options.seconds_per_word)
    end = max([talk_end or 0.0] + [c.end for c in cleaned.captions])
    chapters = finish_chapters(list(chapters), end, slug)
    grouped = sections(cleaned.captions, chapters, options.pause, options.max_words)
    return Transcript(captions_of(grouped), grouped, chapters, cleaned.shape, list(skipped), list(notes))


@contextmanager
def _collector_paused():
    """An hour of captions makes tens of thousands of small, acyclic objects: without pausing
    the cycle collector, its passes over them cost about a tenth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_transcript(path, chapters=(), options=None, shown_path=None, slug=None, talk_end=None):
    """A Transcript from an .srt or .vtt file; SubtitleError names `shown_path` and the line."""
    options = options or Options()
    with _collector_paused():
        subtitles = read_subtitles(path, options.skip_bad_cues, shown_path)
        return build_transcript(
            subtitles.cues, chapters, options, subtitles.skipped, slug, talk_end, subtitles.notes
        )
