"""Cleaned cues grouped into paragraphs, and paragraphs into chapters.

A paragraph always ends at a speaker turn (`>>` or another `<v Speaker>`) and at a chapter start.
Otherwise it ends at a pause, or before it would grow past a word cap, and where:

- captions that carry punctuation (a sentence end every SENTENCE_WORDS words or more often, as
  people's captions do) break only at the end of a sentence: a pause in mid-sentence is a
  breath, not a paragraph. A sentence that runs past twice the cap breaks anyway.
- captions without punctuation (YouTube's auto-captions) break at the pause itself.

Nothing is added to the words and nothing is changed in them: no punctuation is invented, and
every word keeps the case it was captioned in (a paragraph that starts mid-sentence starts with a
small letter), so the page, the .vtt, the .srt and the .txt hold exactly the captioned words.
"""

import re
from dataclasses import dataclass, field

PAUSE_SECONDS = 1.5
MAX_WORDS = 90
SENTENCE_WORDS = 40  # captions with fewer sentence ends than one per this many words are unpunctuated
# A sentence end: . ! ? or an ellipsis, then closing quotes or brackets, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s|$)")


@dataclass(slots=True)
class Paragraph:
    captions: list = field(default_factory=list)
    voice: str | None = None
    turn: bool = False  # it starts because someone else speaks
    words: int = 0

    @property
    def start(self):
        return self.captions[0].start

    @property
    def end(self):
        return self.captions[-1].end

    @property
    def text(self):
        return " ".join(caption.text for caption in self.captions)


@dataclass(slots=True)
class Section:
    chapter: object | None  # chapters.Chapter, or None for what comes before the first one
    paragraphs: list = field(default_factory=list)


def is_punctuated(captions):
    """True when the spoken captions end sentences at least once every SENTENCE_WORDS words."""
    words = ends = 0
    for caption in captions:
        if not caption.sound:
            words += len(caption.words)
            ends += len(_SENTENCE_END.findall(caption.text))
    return ends > 0 and ends * SENTENCE_WORDS >= words


def ends_sentence(caption):
    """A caption after which a new sentence starts: it ends with . ! ? or ..., or it is a sound."""
    return caption.sound or _SENTENCE_END.search(caption.text.rstrip()[-4:]) is not None


def _breaks(paragraph, previous, caption, pause, max_words, punctuated):
    if caption.turn or (caption.voice and paragraph.voice and caption.voice != paragraph.voice):
        return True
    grown = paragraph.words + len(caption.words)
    if punctuated and not ends_sentence(previous):
        return paragraph.words > 0 and not caption.sound and grown > 2 * max_words
    if caption.start - previous.spoken_until >= pause:
        return True
    return paragraph.words > 0 and not caption.sound and grown > max_words


def sections(captions, chapters=(), pause=PAUSE_SECONDS, max_words=MAX_WORDS):
    """Sections (one per chapter, and one before the first chapter when words come before it)."""
    chapters = sorted(chapters, key=lambda c: c.start)
    result = [Section(chapter) for chapter in chapters]
    if captions and (not chapters or captions[0].start < chapters[0].start):
        result.insert(0, Section(None))
    at = 0 if result and result[0].chapter is None else -1
    paragraph, previous = None, None
    punctuated = is_punctuated(captions)
    for caption in captions:
        while at + 1 < len(result) and caption.start >= result[at + 1].chapter.start:
            at, paragraph = at + 1, None
        section = result[at]
        if paragraph is None or _breaks(paragraph, previous, caption, pause, max_words, punctuated):
            paragraph = Paragraph(voice=caption.voice, turn=caption.turn)
            section.paragraphs.append(paragraph)
        paragraph.captions.append(caption)
        paragraph.voice = paragraph.voice or caption.voice
        if not caption.sound:
            paragraph.words += len(caption.words)
        previous = caption
    return result


def captions_of(sections_):
    """The captions of `sections_`, in order."""
    return [
        caption for section in sections_ for paragraph in section.paragraphs for caption in paragraph.captions
    ]
