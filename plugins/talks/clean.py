"""Cues as a reader should get them: every spoken word once, in order, cues that never overlap.

YouTube's auto-captions come in two shapes, and both are recognised from the cues themselves:

(a) raw YouTube WebVTT ("rolling"): each cue shows the previous line again above the new one,
    the new words carry inline timestamps, and a ~10 ms "hold" cue shows the finished line once
    more. We keep, from each cue, only the lines that are not a repeat of what the previous cue
    showed; a line with inline word times is new by definition, so a speaker who really says the
    same thing twice keeps both.
(b) exported SRT/VTT ("overlapping"): each cue holds only new words but stays on screen until the
    cue after next starts. The text is right; only the end times overlap.

Then, for every shape: end times clamped to the next cue's start, sound annotations (`[Music]`,
`[Applause]`, `(laughter)`, `♪`, YouTube's lone `foreign`) split into cues of their own marked
as sounds, and an estimate of when each cue's words are over, so that paragraphs can break at
pauses even where the end times say nothing.
"""

import re
from dataclasses import dataclass

HOLD_MAX_SECONDS = 0.05  # YouTube's hold cues last 10 ms
SECONDS_PER_WORD = 0.4  # about 150 words a minute, for estimating pauses in auto-captions
SOUND_WORDS = ("foreign",)  # YouTube writes a lone "foreign" for speech it does not transcribe
# [Music]; (LAUGHTER) or (laughs), not (a parenthesis in speech); ♪ lyrics ♪.
_SOUND = re.compile(r"\[[^\[\]]*\]|\((?:[^()a-z]*[A-Z][^()a-z]*|[A-Za-z][a-z]*)\)|♪[^♪]*♪|♪")


@dataclass(slots=True)
class Caption:
    """One cleaned cue."""

    start: float
    end: float
    text: str
    sound: bool = False  # an annotation such as [Music], not speech
    voice: str | None = None  # the speaker named by <v Name>
    turn: bool = False  # someone else starts speaking here (`>>`)
    spoken_until: float = 0.0  # when its words are likely over (end times of auto-captions overrun)

    @property
    def words(self):
        return self.text.split()


@dataclass(slots=True)
class Cleaned:
    captions: list
    shape: str  # "rolling" (YouTube raw), "overlapping" (YouTube export) or "plain"

    @property
    def auto_shaped(self):
        return self.shape != "plain"


def _shown(payload):
    return [line for line in payload.lines if line]


def is_rolling(cues, hold_max=HOLD_MAX_SECONDS):
    """True for YouTube's raw WebVTT: inline word times, or cues that show the previous cue's last
    line again above their own (two-line cues, or hold cues) at least as often as not."""
    candidates = repeats = 0
    previous = None
    for cue in cues:
        payload = cue.payload
        if any(payload.timed):
            return True
        shown = _shown(payload)
        if not shown:
            continue
        if previous is not None and (len(payload.lines) >= 2 or cue.end - cue.start <= hold_max):
            candidates += 1
            repeats += shown[0] == previous[-1]
        previous = shown
    return repeats > 0 and repeats * 2 >= candidates


def _repeated(cue, previous, hold_max):
    """How many of `cue`'s shown lines repeat the end of what the previous cue showed."""
    payload = cue.payload
    lines = payload.lines
    shown_at = [i for i, line in enumerate(lines) if line]
    if not previous or lines[0] == "":  # a blank first line: nothing above the new words
        return 0
    holds = lines[-1] == "" or cue.end - cue.start <= hold_max  # a hold cue may repeat everything
    most = min(len(previous), len(shown_at) if holds else len(shown_at) - 1)
    for count in range(most, 0, -1):
        head = shown_at[:count]
        if not any(payload.timed[i] for i in head) and [lines[i] for i in head] == previous[-count:]:
            return count
    return 0


def _pieces(cues, rolling, hold_max):
    """(cue, new text, turn) per cue that adds words."""
    previous = None
    for cue in cues:
        payload = cue.payload
        lines = payload.lines
        if (
            rolling
            and len(lines) == 2
            and previous
            and lines[0]
            and lines[0] == previous[-1]
            and not payload.timed[0]
        ):
            # YouTube's usual cue: the previous line again, then the new one (or a blank: a hold cue)
            previous = [line for line in lines if line]
            if lines[1]:
                yield cue, lines[1], payload.turns[1]
            continue
        shown_at = [i for i, line in enumerate(lines) if line]
        if not shown_at:
            continue
        if rolling:
            new_at = shown_at[_repeated(cue, previous, hold_max) :]
            previous = [payload.lines[i] for i in shown_at]
        else:
            new_at = shown_at
        if new_at:
            text = " ".join(payload.lines[i] for i in new_at)
            yield cue, text, any(payload.turns[i] for i in new_at)


def _segments(text, sound_words):
    """(text, is_sound) runs of a cue's text."""
    if text.lower() in sound_words:
        return [(text, True)]
    if "[" not in text and "(" not in text and "♪" not in text:
        return [(text, False)]
    runs, at = [], 0
    for match in _SOUND.finditer(text):
        runs.append((text[at : match.start()].strip(), False))
        runs.append((match.group(0), True))
        at = match.end()
    runs.append((text[at:].strip(), False))
    return [run for run in runs if run[0]]


def _split(start, end, text, turn, voice, sound_words):
    """Captions of one cue's new text, from `start` to `end`: sounds apart, the time shared by length."""
    runs = _segments(text, sound_words)
    if len(runs) == 1:
        return [Caption(start, end, text, runs[0][1], voice, turn)]
    total = sum(len(run) for run, _ in runs)
    at, captions = start, []
    for number, (run, sound) in enumerate(runs):
        until = end if number == len(runs) - 1 else round(at + (end - start) * len(run) / total, 3)
        captions.append(Caption(at, until, run, sound, voice, turn and number == 0))
        at = until
    return captions


def clean(cues, sound_words=SOUND_WORDS, hold_max=HOLD_MAX_SECONDS, seconds_per_word=SECONDS_PER_WORD):
    """Cleaned captions of parsed cues (subtitles.Cue with payloads), in time order."""
    sound_words = {word.lower() for word in sound_words}
    rolling = is_rolling(cues, hold_max)
    pieces = sorted(_pieces(cues, rolling, hold_max), key=lambda piece: piece[0].start)
    ends, overlaps = [], 0
    for piece, following in zip(pieces, [*pieces[1:], None]):
        end = piece[0].end
        if following is not None and end > following[0].start:
            overlaps += end - following[0].start > hold_max
            end = following[0].start
        ends.append(end)
    shape = "rolling" if rolling else "overlapping" if overlaps * 5 >= len(pieces) > 1 else "plain"
    captions = []
    for (cue, text, turn), end in zip(pieces, ends):
        said = cue.payload.last_word_at
        for caption in _split(cue.start, end, text, turn, cue.payload.voice, sound_words):
            if said is not None:
                caption.spoken_until = max(caption.start, min(caption.end, said + seconds_per_word))
            elif shape != "plain":
                caption.spoken_until = min(
                    caption.end, caption.start + seconds_per_word * (caption.text.count(" ") + 1)
                )
            else:
                caption.spoken_until = caption.end
            captions.append(caption)
    return Cleaned(captions, shape)
