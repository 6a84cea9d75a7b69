"""Caption files in any encoding (plugins/talks/encoding.py), control characters in cues, and the
bounds and URL rules of talk metadata. Every caption text here is our own."""

import codecs
import random
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from talks.encoding import EncodingError, decode_text
from talks.metadata import TalkMetadataError, check_url, read_duration
from talks.subtitles import SubtitleError, decode, parse_subtitles, read_subtitles
from talks.timecode import format_srt, format_vtt, parse_moment
from talks.transcript import Options, build_transcript

SRT = "1\n00:00:01,000 --> 00:00:02,500\nCaf\u00e9 cr\u00e8me, na\u00efve \u201cquotes\u201d \u2014 d\u00e9j\u00e0 vu\n"
ENCODINGS = {
    "UTF-8": SRT.encode("utf-8"),
    "UTF-8 BOM": codecs.BOM_UTF8 + SRT.encode("utf-8"),
    "UTF-16 LE": codecs.BOM_UTF16_LE + SRT.encode("utf-16-le"),
    "UTF-16 BE": codecs.BOM_UTF16_BE + SRT.encode("utf-16-be"),
    "UTF-32 LE": codecs.BOM_UTF32_LE + SRT.encode("utf-32-le"),
    "Windows-1252": SRT.encode("cp1252"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_each_encoding_reads_the_same_words(name, tmp_path):
    path = tmp_path / "talk.srt"
    path.write_bytes(ENCODINGS[name])
    subtitles = read_subtitles(str(path), shown_path="content/talks/talk.srt")
    assert subtitles.cues[0].payload.lines == [
        "Caf\u00e9 cr\u00e8me, na\u00efve \u201cquotes\u201d \u2014 d\u00e9j\u00e0 vu"
    ]
    assert decode_text(ENCODINGS[name]).encoding == name.replace(" BOM", "")
    warnings = [str(note) for note in subtitles.notes]
    if name == "Windows-1252":
        assert warnings == [
            "content/talks/talk.srt: not UTF-8; read as Windows-1252 (cp1252/Latin-1): "
            "if letters look wrong, save it as UTF-8"
        ]
    else:
        assert warnings == []


def test_latin1_bytes_cp1252_leaves_undefined_are_not_lost():
    # 0x81 is undefined in cp1252: read as Latin-1's C1 control, which the cue reader then removes.
    decoded = decode_text(
        "1\n00:00:01,000 --> 00:00:02,000\nGr\u00fc\u00dfe\n".encode("latin-1") + b"\x81x\n"
    )
    assert decoded.encoding == "Windows-1252" and "Gr\u00fc\u00dfe\n\x81x" in decoded.text


def test_a_short_cp1252_file_of_accented_words_is_read_as_cp1252():
    # Too few bytes for charset-normalizer to name an encoding (a draw of the property test below
    # found it): its ASCII timings say text, where an image's bytes would not.
    decoded = decode_text(
        "1\n00:00:01,000 --> 00:00:01,900\n\u00c0\u00cd0\u00b9\u00d1\u00e50\u00a1\n".encode("cp1252")
    )
    assert decoded.encoding == "Windows-1252" and "\u00c0\u00cd0\u00b9\u00d1\u00e50\u00a1" in decoded.text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + random.Random(15).randbytes(600),  # an image renamed .srt
        random.Random(16).randbytes(2000),  # garbage
        bytes(300),  # NULs: valid UTF-8, but no text
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a UTF-16 mark over a lone surrogate
    ],
    ids=["png", "random", "nuls", "bad-utf16"],
)
def test_what_is_not_text_is_one_error_naming_the_file(data, tmp_path):
    path = tmp_path / "talk.srt"
    path.write_bytes(data)
    with pytest.raises(SubtitleError) as raised:
        read_subtitles(str(path), shown_path="content/talks/talk.srt")
    message = str(raised.value)
    assert message.startswith("content/talks/talk.srt: ") and "\n" not in message
    assert "text" in message
    with pytest.raises(EncodingError):
        decode_text(data)


def test_control_characters_are_removed_with_a_warning_naming_the_lines():
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nring\x07 the \x1b[01;31mbell\x1b[0m\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nnull\x00ed &#7;out\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\nclean\tline\n"
    )
    subtitles = parse_subtitles(text, "content/talks/x.srt", "srt")
    assert [c.payload.lines for c in subtitles.cues] == [["ring the bell"], ["nulled out"], ["clean line"]]
    assert [str(n) for n in subtitles.notes] == [
        "content/talks/x.srt:2: control characters removed from the cue(s) at line(s) 2, 6"
    ]
    transcript = build_transcript(subtitles.cues)
    for written in (transcript.vtt(), transcript.srt(), transcript.text(), transcript.html(str)):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", written)


def test_times_and_durations_are_bounded():
    assert parse_moment("48:00:00") == 48 * 3600
    for value in ("inf", "nan", "-inf", "1e20", "49:00:00", "123456789:00:00", "9" * 5000):
        assert parse_moment(value) is None, value
    for value in ("inf", "nan", "1e20", "0", "-5"):
        with pytest.raises(TalkMetadataError, match="at most 48 hours"):
            read_duration(value)
    assert read_duration("1h 5m") == 3900
    text = "1\n123456789:00:00,000 --> 123456789:00:01,000\nlong\n"
    with pytest.raises(SubtitleError, match=r"x\.srt:2: bad time .* more than 48 hours"):
        parse_subtitles(text, "x.srt", "srt")
    with pytest.raises(SubtitleError, match="more than 48 hours"):
        parse_subtitles("1\n" + "9" * 5000 + ":00:00,000 --> 00:00:01,000\nx\n", "x.srt", "srt")


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "mailto:someone@example.org",
        "https:evil.example.org",
    ],
)
def test_metadata_urls_other_than_http_or_site_paths_are_refused(value):
    with pytest.raises(TalkMetadataError, match="^Event_URL "):
        check_url("Event_URL", value)


@pytest.mark.parametrize(
    "value",
    [
        "https://pgharbour.example.org/2025/",
        "HTTP://x.example",
        "//cdn.example.org/x",
        "/talks/",
        "slides/x.pdf",
        "",
    ],
)
def test_http_urls_and_site_paths_are_kept(value):
    assert check_url("Slides", value) == value.strip()


# The round trip: whatever a cue says, in whatever encoding we read, the page, the .vtt, the .srt and
# the .txt show exactly those words, with control characters removed.
SAFE = st.characters(
    exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn"),
    exclude_characters="<>&[](){}\u266a\ufeff\ufffe\uffff",
)
CONTROLS = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x1b[31m", "\x0b", "\x1f"]
C1 = ["\x85", "\x9b"]
ENCODERS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
}


def _in_cp1252(char):
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def cue_texts(draw, cp1252):
    """A list of (text as written, text expected once control characters are gone) per cue."""
    alphabet = SAFE.filter(_in_cp1252) if cp1252 else SAFE
    controls = CONTROLS if cp1252 else CONTROLS + C1
    cues = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.text(alphabet, min_size=1, max_size=30))
        control = draw(st.none() | st.sampled_from(controls))
        at = draw(st.integers(0, len(words)))
        written = words if control is None else words[:at] + control + words[at:]
        cues.append((written, words))
    return cues


def words_in(text):
    return text.split()


@settings(max_examples=120, deadline=None)
@given(data=st.data(), encoding=st.sampled_from(sorted(ENCODERS)), fmt=st.sampled_from(["srt", "vtt"]))
def test_any_cue_text_survives_encode_read_render(data, encoding, fmt):
    cues = data.draw(cue_texts(encoding == "cp1252"))
    expected = [word for _written, words in cues for word in words_in(words)]
    stamp = format_srt if fmt == "srt" else format_vtt
    blocks = [
        f"{n}\n{stamp(n)} --> {stamp(n + 0.9)}\n{written}\n" for n, (written, _words) in enumerate(cues, 1)
    ]
    text = ("WEBVTT\n\n" if fmt == "vtt" else "") + "\n".join(blocks)
    if encoding == "cp1252":
        # cp1252 bytes that happen to be valid UTF-8 ("Ã\xa0" is the bytes of "à") are UTF-8 to
        # any reader: UTF-8 is tried first, as it should be. Such a draw says nothing here.
        try:
            ENCODERS[encoding](text).decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    if not expected:
        with pytest.raises(SubtitleError, match="holds any text"):
            parse_subtitles(decode(ENCODERS[encoding](text), "x")[0], "x", fmt)
        return
    decoded, _notes = decode(ENCODERS[encoding](text), f"x.{fmt}")
    subtitles = parse_subtitles(decoded, f"x.{fmt}", fmt)
    transcript = build_transcript(subtitles.cues, options=Options(sound_words=()))
    assert [w for c in transcript.captions for w in c.words] == expected
    page = BeautifulSoup(transcript.html(lambda s: f"#t={s}"), "html.parser")
    assert [w for cue in page.select("[data-start]") for w in words_in(cue.get_text())] == expected
    for written, kind in ((transcript.vtt(), "vtt"), (transcript.srt(), "srt")):
        again = parse_subtitles(written, f"y.{kind}", kind).cues
        assert [w for c in again for line in c.payload.lines for w in words_in(line)] == expected
    lines = [line.split("] ", 1)[1] for line in transcript.text().splitlines() if line.startswith("[")]
    assert [w for line in lines for w in words_in(line)] == expected
