"""Caption files in whatever encoding they come: the bytes of a file read into text, or refused.

The rule, in order:

1. a byte-order mark says it: UTF-8, UTF-16 LE or BE, UTF-32 LE or BE (the mark is dropped);
2. text that is valid UTF-8 is UTF-8;
3. otherwise charset-normalizer decides whether it is text at all. Text it reads as UTF-16 or
   UTF-32 without a mark is read so; any other text is read as Windows-1252 (cp1252, Latin-1's
   superset), with a warning naming the file: short legacy files do not say which 8-bit code
   page they are, and charset-normalizer's guess among them is not reliable on a few hundred
   bytes (it calls German Latin-1 gb18030), so we take the one caption tools write.

A file that is none of these (an image renamed .srt, binary garbage, text that is mostly control
characters) is refused with one message naming the file. No Pelican here.
"""

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

# UTF-32's marks first: UTF-32 LE's starts with UTF-16 LE's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
FALLBACK = "cp1252"
# More control characters than this share of the text: not a caption file (all NULs, say).
MAX_CONTROL_SHARE = 0.3
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class EncodingError(ValueError):
    """Bytes that are not text in any encoding we read; the message says what was found."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # how it was read, for people: "UTF-8", "UTF-16 LE", "Windows-1252"
    warning: str = ""  # set when the encoding was a guess


def _control_share(text):
    if not text:
        return 0.0
    controls = sum(
        1 for char in text if (char < " " or "\x7f" <= char <= "\x9f") and char not in _TEXT_CONTROLS
    )
    return controls / len(text)


def _cp1252(data):
    """cp1252, with the five bytes it leaves undefined read as Latin-1 (C1 controls, removed later)."""
    return data.decode(FALLBACK, errors="latin-1-fallback")


def _latin1_fallback(error):
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin-1-fallback", _latin1_fallback)


def decode_text(data):
    """Decoded text of a caption file's bytes; EncodingError when they are not text."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                decoded = Decoded(data[len(mark) :].decode(codec), name)
            except UnicodeDecodeError as error:
                raise EncodingError(
                    f"starts with a {name} byte-order mark but is not {name} text (byte {error.start + len(mark)})"
                ) from None
            break
    else:
        try:
            decoded = Decoded(data.decode("utf-8"), "UTF-8")
        except UnicodeDecodeError:
            decoded = _guess(data)
    if _control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise EncodingError("not a text file (mostly control characters: binary data, or an image?)")
    return decoded


_TEXT_WITH_CONTROLS = object()
# Control bytes (C0 but tab, newline and carriage return; DEL; the five bytes cp1252 leaves
# undefined, read as C1 controls): removed from cues anyway, with a warning.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r") + b"\x7f\x81\x8d\x8f\x90\x9d"


_PRINTABLE_ASCII = bytes(range(32, 127)) + b"\t\n\r"


def _mostly_ascii_text(data):
    """Printable ASCII for most bytes (a caption file's numbers and times), control bytes taken out."""
    return len(data.translate(None, _PRINTABLE_ASCII)) * 2 < len(data)


def _guess(data):
    best = from_bytes(data).best()
    if best is None and (
        from_bytes(text := data.translate(None, _CONTROL_BYTES)).best() is not None
        or _mostly_ascii_text(text)
    ):
        # Text with a few stray control bytes (a NUL, a BEL) is still text; what is mostly
        # control characters is refused by decode_text's count. So is a short file whose few
        # words are all accented (`ÀÍ0¹Ñå`), too short for charset-normalizer to name its
        # encoding: its timings are ASCII, as no image's or archive's bytes are.
        best = _TEXT_WITH_CONTROLS
    if best is None:
        raise EncodingError(
            "not a text file in any encoding (binary data, or an image?): save the captions as UTF-8"
        )
    if best is not _TEXT_WITH_CONTROLS and best.encoding.startswith(("utf_16", "utf_32")):
        name = best.encoding.replace("_", "-").upper().replace("-LE", " LE").replace("-BE", " BE")
        return Decoded(str(best), name, f"no byte-order mark; read as {name}")
    return Decoded(
        _cp1252(data),
        "Windows-1252",
        "not UTF-8; read as Windows-1252 (cp1252/Latin-1): if letters look wrong, save it as UTF-8",
    )
