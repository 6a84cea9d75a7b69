"""Cleaned cues grouped into paragraphs, and paragraphs into chapters.

A paragraph ends at a pause, at a speaker turn (`>>` or another `<v Speaker>`), at a chapter
start, or before it would grow past a word cap. Nothing is added to the words: no punctuation is
invented, and only a paragraph's first letter is capitalised.
"""

import re
from dataclasses import dataclass, field

PAUSE_SECONDS = 1.5
MAX_WORDS = 90
_FIRST_LETTER = re.compile(r"^([^\w\s]*)(\w)")


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


def capitalise(text):
    """`so today` -> `So today`; `'cause` -> `'Cause`; `42 rows` and `iPhone` stay as they are."""
    match = _FIRST_LETTER.match(text)
    first_word = text[match.start(2) :].split(" ", 1)[0] if match else ""
    if (
        match
        and match.group(2).isalpha()
        and match.group(2).islower()
        and first_word[1:] == first_word[1:].lower()
    ):
        return f"{match.group(1)}{match.group(2).upper()}{text[match.end() :]}"
    return text


def _breaks(paragraph, previous, caption, pause, max_words):
    if caption.turn or (caption.voice and paragraph.voice and caption.voice != paragraph.voice):
        return True
    if caption.start - previous.spoken_until >= pause:
        return True
    return paragraph.words > 0 and not caption.sound and paragraph.words + len(caption.words) > max_words


def _finish(paragraph):
    for caption in paragraph.captions:
        if not caption.sound:
            caption.text = capitalise(caption.text)
            break
    return paragraph


def sections(captions, chapters=(), pause=PAUSE_SECONDS, max_words=MAX_WORDS):
    """Sections (one per chapter, and one before the first chapter when words come before it)."""
    chapters = sorted(chapters, key=lambda c: c.start)
    result = [Section(chapter) for chapter in chapters]
    if captions and (not chapters or captions[0].start < chapters[0].start):
        result.insert(0, Section(None))
    at = 0 if result and result[0].chapter is None else -1
    paragraph, previous = None, None
    for caption in captions:
        while at + 1 < len(result) and caption.start >= result[at + 1].chapter.start:
            at, paragraph = at + 1, None
        section = result[at]
        if paragraph is None or _breaks(paragraph, previous, caption, pause, max_words):
            paragraph = Paragraph(voice=caption.voice, turn=caption.turn)
            section.paragraphs.append(paragraph)
        paragraph.captions.append(caption)
        paragraph.voice = paragraph.voice or caption.voice
        if not caption.sound:
            paragraph.words += len(caption.words)
        previous = caption
    for section in result:
        for each in section.paragraphs:
            _finish(each)
    return result


def captions_of(sections_):
    """The captions of `sections_`, in order."""
    return [
        caption for section in sections_ for paragraph in section.paragraphs for caption in paragraph.captions
    ]
