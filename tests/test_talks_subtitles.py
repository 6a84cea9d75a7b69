"""Reading SRT and WebVTT files (plugins/talks/subtitles.py, cuetext.py) on our fixtures."""

from pathlib import Path

import pytest

from talks.cuetext import read_payload
from talks.subtitles import SubtitleError, parse_subtitles, read_subtitles
from talks.timecode import TimestampError, format_clock, format_iso_duration, parse_moment, parse_timestamp

FIXTURES = Path(__file__).parent / "fixtures" / "talks"


def texts(subtitles):
    return [" ".join(line for line in cue.payload.lines if line) for cue in subtitles.cues]


def test_srt_with_bom_crlf_odd_numbers_dots_and_missing_hours():
    subtitles = read_subtitles(str(FIXTURES / "human.srt"))
    assert subtitles.format == "srt"
    assert [(c.start, c.end) for c in subtitles.cues] == [
        (1.0, 2.5),
        (3.0, 4.2),
        (4.5, 6.0),
        (7.0, 8.0),
        (9.0, 11.0),
    ]
    assert [c.identifier for c in subtitles.cues] == ["1", "", "7", "8", "9"]
    assert texts(subtitles) == [
        "Welcome to the talk.",
        "This cue has no number.",
        "Milliseconds after a dot, coloured.",
        "Hours left out; a <select> element stays text & so does AT&T.",
        "Another speaker on two lines.",
    ]
    assert subtitles.cues[-1].payload.turns == [True, False]
    assert subtitles.cues[0].line == 2  # the timing line, counted after the BOM


def test_vtt_header_blocks_identifiers_settings_voices_and_entities():
    subtitles = read_subtitles(str(FIXTURES / "human.vtt"))
    cues = subtitles.cues
    assert [c.identifier for c in cues] == ["intro", "", "", ""]
    assert cues[0].settings == "align:start line:0%"
    assert (cues[0].start, cues[0].end) == (1.0, 3.0)  # hours left out
    assert texts(subtitles) == [
        "Good morning, and welcome.",
        "Can you hear me & the others at the back?",
        "Yes <loud> and clear.",
        "[Applause]",
    ]
    assert [c.payload.voice for c in cues] == ["Mira Halloran", "Audience Member", "Mira Halloran", None]


def test_raw_youtube_vtt_keeps_blank_lines_and_word_times():
    cues = read_subtitles(str(FIXTURES / "youtube-raw.vtt")).cues
    first, hold, rolling = cues[0], cues[1], cues[2]
    assert first.payload.lines == ["", "[Music]"]  # YouTube's " " line is a line, not a cue break
    assert hold.end - hold.start == pytest.approx(0.01)
    assert hold.payload.lines == ["[Music]", ""]
    assert rolling.payload.lines == ["[Music]", "so today we are going to look"]
    assert rolling.payload.timed == [False, True]
    assert rolling.payload.last_word_at == 3.8
    assert any(c.payload.turns[-1] for c in cues)  # "&gt;&gt; a question"


def test_cue_markup_is_read_not_passed_on():
    payload = read_payload(
        ["<v.loud Ann Lee><i>a</i> <b>b</b> <u>c</u> <lang en>d</lang> <ruby>e<rt>f</rt></ruby>"]
    )
    assert payload.lines == ["a b c d ef"] and payload.voice == "Ann Lee"
    assert read_payload(["&amp;&lt;&gt;&#65;&#x42;&nbsp;x"]).lines == ["&<>AB x"]
    # SRT knows only formatting tags: anything else in angle brackets is text.
    assert read_payload(["<i>x</i> <script>alert(1)</script>"], "srt").lines == [
        "x <script>alert(1)</script>"
    ]
    assert read_payload(["  spaced\tout  "]).lines == ["spaced out"]


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("bad-timing.srt", 6, "cannot read the timing line '00:00:03,000 -> 00:00:04,000'"),
        ("bad-minutes.srt", 6, "minutes and seconds must be below 60"),
        ("ends-before-start.vtt", 6, "the cue ends (00:00:04.000) before it starts (00:00:05.000)"),
        ("missing-header.vtt", 1, "must start with a line WEBVTT"),
        ("orphan-text.srt", 5, "text without a timing line above it: 'these words have no timing line'"),
        ("empty.vtt", 4, "no cues found"),
        ("no-text.srt", 2, "none of its 1 cue(s) holds any text"),
        ("too-long.vtt", 3, "'00:00:01.000 --> 123456789:00:00.000': more than 48 hours"),
    ],
)
def test_malformed_files_name_the_file_the_line_and_the_problem(name, line, message):
    path = str(FIXTURES / name)
    with pytest.raises(SubtitleError) as raised:
        read_subtitles(path, shown_path=f"content/talks/{name}")
    text = str(raised.value)
    assert text.startswith(f"content/talks/{name}:{line}: ")
    assert message in text
    assert raised.value.problem.line == line


@pytest.mark.parametrize(
    "name", ["bad-timing.srt", "orphan-text.srt", "ends-before-start.vtt", "bad-minutes.srt"]
)
def test_skipping_bad_cues_reports_each_and_keeps_the_rest(name):
    subtitles = read_subtitles(str(FIXTURES / name), skip_bad_cues=True)
    assert len(subtitles.skipped) == 1
    assert subtitles.skipped[0].line in (5, 6)
    assert "fine" in texts(subtitles)[0]


def test_file_level_problems_are_never_skipped():
    with pytest.raises(SubtitleError, match="WEBVTT"):
        read_subtitles(str(FIXTURES / "missing-header.vtt"), skip_bad_cues=True)
    with pytest.raises(SubtitleError, match=r"no cues found \(1 unreadable\)"):
        parse_subtitles("1\n00:00:01,000 -> 00:00:02,000\nx\n", "x.srt", "srt", skip_bad_cues=True)


def test_missing_blank_line_loses_no_cue():
    text = "1\n00:00:01,000 --> 00:00:02,000\nfirst\n2\n00:00:03,000 --> 00:00:04,000\nsecond\n"
    cues = parse_subtitles(text, "x.srt", "srt").cues
    assert [(c.identifier, c.payload.lines) for c in cues] == [("1", ["first"]), ("2", ["second"])]
    text = "WEBVTT\n00:01.000 --> 00:02.000\nfirst\n00:03.000 --> 00:04.000\nsecond\n"
    assert [c.payload.lines for c in parse_subtitles(text, "x.vtt").cues] == [["first"], ["second"]]


def test_other_extensions_are_refused():
    with pytest.raises(SubtitleError, match=r"^content/talks/x\.sbv: subtitles must be \.srt or \.vtt"):
        read_subtitles("/somewhere/x.sbv", shown_path="content/talks/x.sbv")


def test_timestamps_and_moments():
    assert parse_timestamp("01:02:03,045") == 3723.045
    assert parse_timestamp("02:03.5") == 123.5
    assert parse_timestamp("00:00:07") == 7.0
    with pytest.raises(TimestampError):
        parse_timestamp("12.5")
    assert [parse_moment(m) for m in ("90", "1:30", "1:02:03", "1m30s", "90s", "PT1M30S", "1h")] == [
        90,
        90,
        3723,
        90,
        90,
        90,
        3600,
    ]
    assert parse_moment("soon") is None and parse_moment("1:75") is None
    assert format_clock(5) == "0:05" and format_clock(3723.9) == "1:02:03"
    assert format_iso_duration(2530) == "PT42M10S" and format_iso_duration(3600) == "PT1H"
