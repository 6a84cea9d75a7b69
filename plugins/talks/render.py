"""A cleaned transcript written out: the page's transcript HTML, and WebVTT, SRT and plain text.

The transcript markup is a contract that the script, the tests and other tools rely on:

    <div id="transcript">                       one element with this id
      <h3 id="chapter-..." class="chapter-heading">Title</h3>         per chapter
      <p class="para">                                                 per paragraph
        <a class="moment" href="(video at that time)" data-seek="12.34">0:12</a>
        <span class="cue" data-start="12.34" data-end="15.60">the cue's words</span> ...

Every cleaned cue is one element with data-start and data-end in seconds whose text is exactly
its words (sounds get the class "sound"); nothing else carries data-start. Text is escaped here,
always: subtitle text is never markup.
"""

from html import escape

from .cuetext import escape_vtt
from .timecode import format_attribute, format_clock, format_vtt


def shown_text(caption):
    """A cue's words as shown; a bare sound word (YouTube's `foreign`) in brackets."""
    text = caption.text
    if caption.sound and not text.startswith(("[", "(", "♪")):
        return f"[{text}]"
    return text


def shown_text_of(captions):
    return " ".join(shown_text(caption) for caption in captions)


def _cue(caption):
    kind = "cue sound" if caption.sound else "cue"
    return (
        f'<span class="{kind}" data-start="{format_attribute(caption.start)}" '
        f'data-end="{format_attribute(caption.end)}">{escape(shown_text(caption), quote=False)}</span>'
    )


def _moment(seconds, moment_url):
    clock = format_clock(seconds)
    return (
        f'<a class="moment" href="{escape(moment_url(seconds))}" data-seek="{format_attribute(seconds)}" '
        f'aria-label="Play from {clock}">{clock}</a>'
    )


def _speaker(paragraph, previous_voice):
    if paragraph.voice and (paragraph.voice != previous_voice or paragraph.turn):
        return f' <span class="speaker">{escape(paragraph.voice)}:</span>'
    if paragraph.turn:
        return (
            ' <span class="speaker speaker-change"><span aria-hidden="true">&#187;</span>'
            '<span class="visually-hidden">Speaker change:</span></span>'
        )
    return ""


def transcript_html(sections, moment_url, heading_level=3):
    """The transcript element for `sections` (paragraphs.Section); `moment_url(seconds)` gives the
    link that plays the video from a moment without JavaScript."""
    out = ['<div id="transcript" class="transcript">']
    voice = None
    for section in sections:
        chapter = section.chapter
        if chapter is not None:
            out.append(
                f'<h{heading_level} class="chapter-heading" id="{escape(chapter.anchor)}">{escape(chapter.title)} '
                f'<span class="chapter-time">{format_clock(chapter.start)}</span></h{heading_level}>'
            )
        for paragraph in section.paragraphs:
            speaker = _speaker(paragraph, voice)
            voice = paragraph.voice or voice
            cues = " ".join(_cue(caption) for caption in paragraph.captions)
            # The id names the moment ("t=12.34"): a link to page#t=12.34 (search results use them)
            # both scrolls to the paragraph and, with the talk script, plays from there.
            out.append(
                f'<p class="para" id="t={format_attribute(paragraph.start)}">'
                f"{_moment(paragraph.start, moment_url)}{speaker} {cues}</p>"
            )
    out.append("</div>")
    return "\n".join(out)


def _with_voice(caption, text):
    return f"<v {escape_vtt(caption.voice)}>{text}" if caption.voice and not caption.sound else text


def _escaped(text):
    return escape_vtt(text) if "&" in text or "<" in text or ">" in text else text


def stamps(captions):
    """WebVTT (start, end) timestamps of each caption; SRT's are the same with a comma."""
    return [(format_vtt(caption.start), format_vtt(caption.end)) for caption in captions]


def to_vtt(captions, times=None):
    """WebVTT of cleaned captions (voices as <v Speaker>, text escaped); `times` from stamps()."""
    out = ["WEBVTT", ""]
    for caption, (start, end) in zip(captions, times or stamps(captions)):
        out += [f"{start} --> {end}", _with_voice(caption, _escaped(shown_text(caption))), ""]
    return "\n".join(out)


def to_srt(captions, times=None):
    """SRT of cleaned captions, numbered from 1; `times` from stamps()."""
    out = []
    for number, (caption, (start, end)) in enumerate(zip(captions, times or stamps(captions)), start=1):
        out += [str(number), f"{start} --> {end}".replace(".", ","), shown_text(caption), ""]
    return "\n".join(out)


def to_text(sections, header=()):
    """Plain text: `header` lines, then chapter titles and paragraphs, each with its start time."""
    out = [*header, ""] if header else []
    voice = None
    for section in sections:
        if section.chapter is not None:
            out += [f"{section.chapter.title} ({format_clock(section.chapter.start)})", ""]
        for paragraph in section.paragraphs:
            speaker = ""
            if paragraph.voice and paragraph.voice != voice:
                speaker = f"{paragraph.voice}: "
            elif paragraph.turn:
                speaker = ">> "
            voice = paragraph.voice or voice
            text = shown_text_of(paragraph.captions)
            out += [f"[{format_clock(paragraph.start)}] {speaker}{text}", ""]
    return "\n".join(out)


def chapters_vtt(chapters):
    """A chapters track (WebVTT) for <track kind="chapters">."""
    out = ["WEBVTT", ""]
    for chapter in chapters:
        out += [f"{format_vtt(chapter.start)} --> {format_vtt(chapter.end)}", escape_vtt(chapter.title), ""]
    return "\n".join(out)
