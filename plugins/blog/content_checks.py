"""Bad input in posts and pages, made safe or refused with one line naming the file.

- Control characters (C0 except tab, newline and carriage return; C1; lone surrogates;
  U+FFFE/U+FFFF) cannot be written to XML, so one of them in a post failed the feeds with a
  traceback. They are removed from the body, title and text metadata, with one warning per
  file naming its lines. An ANSI escape sequence (`ESC[01;34m` in a console block pasted
  from a terminal) is removed whole, since the colour it asks for cannot be shown.
- Titles are HTML in Pelican (`<em>` and `<code>` are kept), so a title holding markup goes
  through the planet's sanitizer: `<script>` and its content, event handlers and the like
  are gone from the page heading, the listings and the feeds alike.
- Two posts or pages written to the same output file stop the build, naming both files,
  before anything is written (Pelican would only warn, or fail with a traceback).
"""

import importlib
import importlib.machinery
import importlib.util
import logging
import os
import re
import sys

from pelican import signals
from pelican.contents import Content, Static

from . import pelican_compat

logger = logging.getLogger(__name__)
PLUGINS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _planet_sanitizer():
    """plugins/planet/sanitize.py. Pelican imports plugins from PLUGIN_PATHS without putting
    them on sys.path, so the planet package is loaded the way Pelican loads it (and Pelican
    then finds it in sys.modules) when the blog plugin comes first."""
    if "planet" not in sys.modules:
        spec = importlib.machinery.PathFinder.find_spec("planet", [PLUGINS_DIR])
        module = importlib.util.module_from_spec(spec)
        sys.modules["planet"] = module
        try:
            spec.loader.exec_module(module)
        except Exception:
            del sys.modules["planet"]
            raise
    return importlib.import_module("planet.sanitize")


_sanitize = _planet_sanitizer()
sanitize_html, strip_control = _sanitize.sanitize_html, _sanitize.strip_control

ANSI_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")  # CSI: colours, cursor moves


def without_control(text):
    """`text` with ANSI escape sequences and characters XML cannot hold removed."""
    return strip_control(ANSI_SEQUENCE.sub("", text))


def display_path(path):
    if not path:
        return "?"
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _control_lines(path):
    """1-based numbers of the lines of the file at `path` holding a control character."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [n for n, line in enumerate(f, 1) if strip_control(line) != line]
    except OSError:
        return []


def remove_control_characters(instance):
    """Clean the body and text metadata of `instance`; warn once, naming the file and lines."""
    changed = False
    body = pelican_compat.raw_body(instance)
    if isinstance(body, str):
        clean = without_control(body)
        if clean != body:
            pelican_compat.set_raw_body(instance, clean)
            changed = True
    for key, value in list(instance.metadata.items()):
        if isinstance(value, str):
            clean = without_control(value)
            if clean != value:
                instance.metadata[key], changed = clean, True
                if key not in ("save_as", "url"):
                    setattr(instance, key.lower(), clean)
                if key == "summary":
                    pelican_compat.set_raw_summary(instance, clean)
    if changed:
        lines = _control_lines(instance.source_path)
        where = f":{lines[0]}" if lines else ""
        more = (
            f" (also on line{'s' if len(lines) > 2 else ''} {', '.join(map(str, lines[1:]))})"
            if lines[1:]
            else ""
        )
        logger.warning(
            "%s%s: control characters removed (XML, and so the feeds, cannot hold them)%s",
            display_path(instance.source_path),
            where,
            more,
        )


def sanitize_title(instance):
    """A title holding markup keeps its inline HTML, through the planet's sanitizer."""
    title = getattr(instance, "title", None)
    if isinstance(title, str) and "<" in title:
        instance.title = sanitize_html(title)
        instance.metadata["title"] = instance.title


def clean_content(instance):
    if isinstance(instance, Static):
        return
    remove_control_characters(instance)
    sanitize_title(instance)


def duplicate_outputs(contents):
    """[(output path, first source, second source)] for contents written to the same file."""
    seen, clashes = {}, []
    for content in contents:
        save_as = getattr(content, "save_as", None)
        if not save_as:
            continue
        path = os.path.normpath(save_as)
        first = seen.setdefault(path, content)
        if first is not content:
            clashes.append((path, first.source_path, content.source_path))
    return clashes


def every_content(generators):
    """Every post, page or talk the generators hold (published, hidden, drafts, translations,
    and those of other plugins), each once, in the order of their source paths."""
    contents = {}
    for generator in generators:
        # The same object may be in several of a generator's lists.
        for value in vars(generator).values():
            if isinstance(value, list) and value and isinstance(value[0], Content):
                for content in value:
                    contents.setdefault(id(content), content)
    return sorted(contents.values(), key=lambda c: c.source_path or "")


def refuse_duplicate_outputs(generators):
    clashes = duplicate_outputs(every_content(generators))
    for path, first, second in clashes:
        logger.error(
            "%s and %s are both written to %s: give one of them another Slug (or date)",
            display_path(first),
            display_path(second),
            path,
        )
    if clashes:
        # Stop before writing: Pelican would otherwise fail on the second write with a
        # traceback. lectern.build reports the error logged above and exits non-zero.
        raise SystemExit(1)


def register():
    """Connect before Lectern's own receivers (bodies must be clean before they are packed)."""
    signals.content_object_init.connect(clean_content)
    signals.all_generators_finalized.connect(refuse_duplicate_outputs)
