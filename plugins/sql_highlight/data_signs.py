"""JSON as posts show it: cut out of a larger document, with comments, trailing commas, `...`
for what was left out, or one object a line (JSON Lines). Strict JSON is tried first."""

import json
import re

_COMMENT = re.compile(r'("(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMA = re.compile(r'("(?:[^"\\\n]|\\.)*")|,(\s*[\]}])')
_ELIDED = re.compile(r"^\s*(?:\.\.\.|…),?\s*$", re.M)
# One line of a JSON document: a key and a value (or the value's opening), an item, a bracket.
_VALUE = r'(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|[\[{])'
_JSON_LINE = re.compile(
    r'^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE + r".*|" + _VALUE + r"[^:]*|[\]}][\]}, ]*|,)\s*$"
)
_KEY_LINE = re.compile(r'^\s*"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE)


def _loads(text):
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def looks_like_json(code):
    """Strict JSON, JSON lines, or JSON loosened (comments, trailing commas, `...`, a fragment of
    keys); Python's dicts say True and None and quote with ', so they do not pass."""
    stripped = code.strip()
    if not stripped or stripped[0] not in '[{"':
        return False
    if stripped[0] in "[{" and _loads(stripped):
        return True
    lines = [line for line in stripped.splitlines() if line.strip()]
    if len(lines) > 1 and all(line.lstrip()[:1] in "[{" and _loads(line) for line in lines):
        return True  # JSON Lines
    loose = _ELIDED.sub(
        "",
        _TRAILING_COMMA.sub(
            lambda m: m.group(1) or m.group(2), _COMMENT.sub(lambda m: m.group(1) or "", stripped)
        ),
    )
    if loose[:1] in "[{" and _loads(loose) or _loads("{" + loose.rstrip().rstrip(",") + "}"):
        return True
    # Cut short, or a piece of a larger document: nothing but JSON's lines, and some keyed.
    lines = [line for line in loose.splitlines() if line.strip()]
    keyed = sum(bool(_KEY_LINE.match(line)) for line in lines)
    return keyed >= 1 and sum(bool(_JSON_LINE.match(line)) for line in lines) >= 0.9 * len(lines)
