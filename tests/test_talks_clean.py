"""Cleaning YouTube's auto-captions, paragraphs and chapters (plugins/talks/clean.py, paragraphs.py)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talks.chapters import Chapter, ChapterError, chapters_from_lines, finish_chapters
from talks.clean import clean, is_rolling
from talks.paragraphs import captions_of, is_punctuated, sections
from talks.shapes import caption_lines, exported_srt, exported_vtt, raw_youtube_vtt, timed_words
from talks.subtitles import parse_subtitles, read_subtitles
from talks.timecode import format_srt

FIXTURES = Path(__file__).parent / "fixtures" / "talks"


def cleaned(name, **options):
    return clean(read_subtitles(str(FIXTURES / name)).cues, **options)


def words_of(captions):
    return [word for caption in captions for word in caption.words]


def assert_well_formed(captions):
    for caption in captions:
        assert caption.start <= caption.spoken_until <= caption.end, caption
    for before, after in zip(captions, captions[1:]):
        assert before.end <= after.start, (before, after)


def test_raw_youtube_vtt_keeps_every_word_once():
    result = cleaned("youtube-raw.vtt")
    assert result.shape == "rolling"
    assert [c.text for c in result.captions] == [
        "[Music]",
        "so today we are going to look",
        "at partial indexes in postgres",
        "no no no",
        "no",
        "a question",
        "foreign",
    ]
    # The speaker said "no" four times: the line repeated by the next cue is dropped, the fourth stays.
    assert words_of(result.captions).count("no") == 4
    assert [c.sound for c in result.captions] == [True, False, False, False, False, False, True]
    assert [c.turn for c in result.captions] == [False] * 5 + [True, False]
    assert_well_formed(result.captions)


def test_exported_srt_is_clamped_and_sounds_split_off():
    result = cleaned("youtube-export.srt")
    assert result.shape == "overlapping"
    assert [(c.start, c.end, c.text) for c in result.captions] == [
        (1.0, 2.1, "so today we are going to look"),
        (2.1, 4.2, "at partial indexes in postgres"),
        (4.2, 5.095, "[Applause]"),
        (5.095, 5.9, "thank you"),
        (5.9, 9.0, "and the next bit"),
        (9.0, 10.0, "the end"),
    ]
    assert [c.sound for c in result.captions] == [False, False, True, False, False, False]
    assert_well_formed(result.captions)


def test_the_issues_example_of_shape_b():
    text = (
        "1\n00:00:01,000 --> 00:00:04,200\nso today we are going to look\n\n"
        "2\n00:00:02,100 --> 00:00:05,900\nat partial indexes in postgres\n"
    )
    result = clean(parse_subtitles(text, "x.srt", "srt").cues)
    assert [(c.start, c.end) for c in result.captions] == [(1.0, 2.1), (2.1, 5.9)]
    assert words_of(result.captions) == "so today we are going to look at partial indexes in postgres".split()


def test_human_captions_are_left_alone():
    result = cleaned("human.vtt")
    assert result.shape == "plain"
    assert [c.text for c in result.captions][:3] == [
        "Good morning, and welcome.",
        "Can you hear me & the others at the back?",
        "Yes <loud> and clear.",
    ]
    assert [c.voice for c in result.captions] == ["Mira Halloran", "Audience Member", "Mira Halloran", None]
    assert [c.spoken_until for c in result.captions] == [c.end for c in result.captions]


def test_human_repeats_are_not_mistaken_for_rolling_captions():
    text = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\nNo.\n\n" for n in range(1, 6))
    result = clean(parse_subtitles(text, "x.srt", "srt").cues)
    assert [c.text for c in result.captions] == ["No."] * 5


def test_sounds_are_marked_not_dropped():
    text = (
        "WEBVTT\n\n00:01.000 --> 00:03.000\n[Music] so (laughs) and (a real aside) \u266a la la \u266a\n\n"
        "00:04.000 --> 00:05.000\nforeign\n\n00:06.000 --> 00:07.000\nforeign key\n"
    )
    result = clean(parse_subtitles(text, "x.vtt").cues)
    assert [(c.text, c.sound) for c in result.captions] == [
        ("[Music]", True),
        ("so", False),
        ("(laughs)", True),
        ("and (a real aside)", False),
        ("\u266a la la \u266a", True),
        ("foreign", True),
        ("foreign key", False),
    ]
    assert not clean(parse_subtitles(text, "x.vtt").cues, sound_words=()).captions[-2].sound


def test_out_of_order_cues_are_put_in_time_order():
    text = "2\n00:00:05,000 --> 00:00:06,000\nsecond\n\n1\n00:00:01,000 --> 00:00:02,000\nfirst\n"
    assert [c.text for c in clean(parse_subtitles(text, "x.srt", "srt").cues).captions] == ["first", "second"]


# The property: whatever words are said, both of YouTube's shapes clean back to exactly those words.
WORD = st.one_of(
    st.from_regex(r"[a-z][a-z']{0,8}", fullmatch=True),
    st.sampled_from(
        [
            "no",
            "no",
            "the",
            "a",
            "I",
            "Postgres",
            "foreign",
            "[Music]",
            "[Applause]",
            "42",
            "end.",
            "Why?",
            "So,",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=80),
    pauses=st.dictionaries(st.integers(0, 79), st.floats(0.0, 4.0), max_size=10),
    line_chars=st.integers(1, 42),
)
def test_any_words_survive_both_youtube_shapes(words, pauses, line_chars):
    lines = caption_lines(timed_words(words, start=0.5, pauses=pauses), line_chars=line_chars)
    for text, fmt, shape in (
        (raw_youtube_vtt(lines), "vtt", "rolling"),
        (exported_srt(lines), "srt", None),
        (exported_vtt(lines), "vtt", None),
    ):
        result = clean(parse_subtitles(text, "generated", fmt).cues)
        assert words_of(result.captions) == words, (fmt, shape, text)
        if shape:
            assert result.shape == shape
        assert_well_formed(result.captions)
        grouped = sections(result.captions, pause=1.5, max_words=12)
        assert captions_of(grouped) == result.captions
        assert words_of(captions_of(grouped)) == words  # nothing lost, repeated, or re-cased


def test_rolling_detection_needs_evidence():
    human = parse_subtitles(
        "WEBVTT\n\n00:01.000 --> 00:02.000\nA line\nand more\n\n"
        "00:02.000 --> 00:03.000\nand more\nof it\n\n00:03.000 --> 00:04.000\nnew\nlines\n\n"
        "00:04.000 --> 00:05.000\nnothing\nrepeated\n\n00:05.000 --> 00:06.000\nat all\nhere\n",
        "x",
    )
    assert not is_rolling(human.cues)


def test_paragraphs_break_at_pauses_turns_voices_chapters_and_length():
    result = cleaned("youtube-raw.vtt")
    grouped = sections(result.captions, pause=1.5, max_words=90)
    paragraphs = grouped[0].paragraphs
    assert [p.text for p in paragraphs][0] == "[Music]"  # 2 s of music, then speech: a pause
    assert paragraphs[1].text.startswith("so today")  # the words as captioned, case and all
    assert [p.text for p in paragraphs][-1] == "a question foreign"  # >> starts a paragraph
    assert paragraphs[-1].turn
    voices = sections(cleaned("human.vtt").captions)[0].paragraphs
    assert [p.voice for p in voices] == ["Mira Halloran", "Audience Member", "Mira Halloran"]
    short = sections(cleaned("youtube-export.srt").captions, pause=99, max_words=8)[0].paragraphs
    assert all(p.words <= 8 for p in short) and len(short) > 1
    chaptered = sections(result.captions, [Chapter(0.0, "Opening"), Chapter(8.0, "Repeats")], pause=99)
    assert [s.chapter.title for s in chaptered] == ["Opening", "Repeats"]
    assert chaptered[1].paragraphs[0].text == "no no no no"


def srt_of(*cues):
    """SRT text of (start, end, text) cues."""
    return "".join(
        f"{n}\n{format_srt(start)} --> {format_srt(end)}\n{text}\n\n"
        for n, (start, end, text) in enumerate(cues, start=1)
    )


def paragraph_texts(text, **options):
    captions = clean(parse_subtitles(text, "x.srt", "srt").cues).captions
    return [p.text for s in sections(captions, **options) for p in s.paragraphs]


def test_punctuated_captions_break_at_sentence_ends_not_at_pauses():
    # A pause after "of" (mid-sentence) is a breath; the pause after "Django." ends a paragraph.
    text = srt_of(
        (1, 2, "We use the ORM of"),
        (4, 5, "Django every day."),
        (7, 8, "Next comes the policy."),
        (8, 9, "It is short."),
    )
    assert paragraph_texts(text, pause=1.5) == [
        "We use the ORM of Django every day.",
        "Next comes the policy. It is short.",
    ]


def test_unpunctuated_captions_break_at_pauses_and_keep_their_case():
    text = srt_of((1, 2, "we use the orm of"), (4, 5, "django every day"), (5, 6, "and Postgres"))
    assert paragraph_texts(text, pause=1.5) == ["we use the orm of", "django every day and Postgres"]


def test_a_sentence_that_never_ends_still_breaks_at_twice_the_cap():
    cues = [(n, n + 0.5, "one two three.") if n == 1 else (n, n + 0.5, "and on and on") for n in range(1, 12)]
    texts = paragraph_texts(srt_of(*cues), pause=99, max_words=6)
    assert texts[0] == "one two three."  # the cap reached at a sentence end
    assert all(len(t.split()) <= 12 for t in texts) and len(texts) > 2


def test_punctuation_is_counted_not_guessed():
    captions = clean(
        parse_subtitles(srt_of((1, 2, "so today. we"), (3, 4, "look at 3.5 rows")), "x", "srt").cues
    )
    assert is_punctuated(captions.captions)
    bare = clean(parse_subtitles(srt_of((1, 2, "version 3.5 of it"), (3, 4, "e.g")), "x", "srt").cues)
    assert not is_punctuated(bare.captions)


def test_chapters_from_lines_and_files():
    chapters = chapters_from_lines(
        ["0:00 Introduction", "  1:02:03 - Questions", "", "12:30 \u2013 Queue tables"]
    )
    assert [(c.start, c.title) for c in chapters] == [
        (0, "Introduction"),
        (3723, "Questions"),
        (750, "Queue tables"),
    ]
    finished = finish_chapters(chapters, 4000, slug=lambda t: t.lower().replace(" ", "-"))
    assert [(c.start, c.end, c.anchor) for c in finished] == [
        (0, 750, "chapter-introduction"),
        (750, 3723, "chapter-queue-tables"),
        (3723, 4000, "chapter-questions"),
    ]
    with pytest.raises(ChapterError, match="chapter line 1 'Intro at two': expected 'MM:SS Title'"):
        chapters_from_lines("Intro at two")
    same = finish_chapters([Chapter(0, "Part"), Chapter(5, "Part")], 10, slug=str.lower)
    assert [c.anchor for c in same] == ["chapter-part", "chapter-part-2"]
