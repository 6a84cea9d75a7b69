"""Imported posts as Markdown files, written so that importing again is safe.

A manifest in content/ records the digest of every file the importer wrote. A file whose bytes
are still those is the importer's to replace when the source changed; a file edited since
(or never imported) is left alone unless --force. Every write is a temp file and a rename.
"""

import hashlib
import json
import os
import tempfile
from pathlib import Path

MANIFEST = ".import-manifest.json"

NEW, UPDATED, UNCHANGED, KEPT, REPLACED = (
    "new",
    "updated",
    "unchanged",
    "kept (edited since import)",
    "replaced",
)


def digest(data):
    return hashlib.sha256(data).hexdigest()


def one_line(value):
    return " ".join(str(value).split())


def front_matter(fields):
    """Pelican's Markdown metadata: `Key: value` lines, then a blank line. Empty values are left out."""
    lines = []
    for key, value in fields:
        if isinstance(value, (list, tuple)):
            value = ", ".join(one_line(v).replace(",", " ") for v in value if one_line(v))
        value = one_line(value) if value is not None else ""
        if value:
            lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n\n"


# Temporary files of a write under way; a killed import's are found by this prefix and removed.
TEMPORARY_PREFIX = ".lectern-import-"


def atomic_write(path, data):
    """Readers see the old file or the whole new one: a temporary file, fsync'ed, then renamed;
    mode 0644 like any file in content/ (mkstemp's would be 0600)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMPORARY_PREFIX}{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ContentWriter:
    """Decides, and with write=True does, what happens to each file; remembers it in the manifest."""

    def __init__(self, content_dir, *, force=False, write=True):
        self.root = Path(content_dir)
        self.force, self.write = force, write
        try:
            self.manifest = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.manifest = {}
        except (ValueError, OSError):
            self.manifest = {}  # unreadable: nothing counts as the importer's, so nothing is overwritten
        self.changed = False

    def put(self, relative, text):
        """What became of content/<relative>: NEW, UPDATED, UNCHANGED, KEPT or REPLACED."""
        data = text.encode("utf-8")
        path = self.root / relative
        key = Path(relative).as_posix()
        try:
            existing = path.read_bytes()
        except FileNotFoundError:
            existing = None
        if existing == data:
            outcome = UNCHANGED
        elif existing is None:
            outcome = NEW
        elif self.manifest.get(key) == digest(existing):
            outcome = UPDATED
        elif self.force:
            outcome = REPLACED
        else:
            return KEPT
        if self.write and outcome != UNCHANGED:
            atomic_write(path, data)
        if self.manifest.get(key) != digest(data):
            self.manifest[key] = digest(data)
            self.changed = True
        return outcome

    def save(self):
        if self.write and self.changed:
            text = json.dumps(dict(sorted(self.manifest.items())), indent=1) + "\n"
            atomic_write(self.root / MANIFEST, text.encode("utf-8"))
