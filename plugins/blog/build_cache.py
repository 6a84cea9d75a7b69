"""Lectern's caches on disk: what they are keyed by, where they live, how they are written.

Every cache is a pickle in a folder named after a digest of everything its contents depend on
beyond their own input file (settings, plugin code, library versions): builds with other
settings use another folder and never touch this one. Files are written to a temporary file
in the same folder and renamed, so a crash or a kill -9 leaves the previous file whole; a file
that cannot be read anyway is discarded with a warning and the build goes on without it.
Folders unused for PRUNE_DAYS are removed; a folder in use is never removed.
"""

import contextlib
import datetime
import hashlib
import importlib.metadata
import logging
import os
import pickle
import re
import shutil
import tempfile
import time
from pathlib import Path

logger = logging.getLogger(__name__)

FORMAT = 2  # bump when what a cache holds changes shape
PRUNE_DAYS = 30
LIBRARIES = (
    "pelican",
    "markdown",
    "pygments",
    "jinja2",
    "pglast",
    "nh3",
    "feedgenerator",
    "pymdown-extensions",
    "latex2mathml",
)
# Per run, not per site: where this build writes, and switches of the build runner itself.
UNSIGNED_SETTINGS = (
    "CACHE_PATH",
    "OUTPUT_PATH",
    "LOAD_CONTENT_CACHE",
    "JINJA_ENVIRONMENT",
    "LECTERN_PREVIOUS_OUTPUT",
    "LECTERN_COLD",
    "LECTERN_CACHE_FOLDER",
)


class Digest:
    """A sha256 of plain data, stable from one run to the next (no id() or memory address)."""

    def __init__(self):
        self.hash = hashlib.sha256()

    def add(self, value, depth=0):
        h = self.hash
        if value is None or isinstance(value, (bool, int, float, bytes)):
            h.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, str):
            h.update(b"s%d:" % len(value))
            h.update(value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, (datetime.date, datetime.time)):
            h.update(f"{type(value).__name__}:{value.isoformat()}:{getattr(value, 'tzinfo', None)};".encode())
        elif isinstance(value, (list, tuple)):
            h.update(b"[")
            for item in value:
                self.add(item, depth + 1)
            h.update(b"]")
        elif isinstance(value, dict):
            h.update(b"{")
            for key in sorted(value, key=repr):
                self.add(key, depth + 1)
                self.add(value[key], depth + 1)
            h.update(b"}")
        elif isinstance(value, (set, frozenset)):
            self.add(sorted(value, key=repr), depth + 1)
        elif isinstance(value, datetime.tzinfo):
            h.update(f"tz:{getattr(value, 'key', None)}:{value};".encode())
        elif isinstance(value, re.Pattern):
            self.add(("re", value.pattern, value.flags))
        elif isinstance(value, type) or callable(value) and hasattr(value, "__qualname__"):
            h.update(f"code:{getattr(value, '__module__', '')}.{value.__qualname__};".encode())
        elif hasattr(value, "__dict__") and depth < 8:
            self.add((type(value).__module__, type(value).__qualname__, vars(value)), depth + 1)
        else:
            h.update(f"object:{type(value).__module__}.{type(value).__qualname__};".encode())
        return self

    def hexdigest(self):
        return self.hash.hexdigest()


def files_digest(roots, suffixes):
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(Path(root).rglob("*")):
            if path.suffix in suffixes and path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def settings_signature(settings):
    """What every cached result depends on besides its own input: settings, plugin code, libraries."""
    digest = Digest()
    digest.add(FORMAT)
    digest.add({key: value for key, value in settings.items() if key not in UNSIGNED_SETTINGS})
    digest.add([importlib.metadata.version(name) for name in LIBRARIES])
    digest.add(files_digest(settings.get("PLUGIN_PATHS", []), {".py"}))
    return digest.hexdigest()


def cache_folder(cache_root, signature):
    """The folder for caches made under `signature`; older folders of other signatures unused for
    PRUNE_DAYS go (another build may still be using a recent one)."""
    folder = os.path.join(cache_root, f"lectern-{signature[:20]}")
    os.makedirs(folder, exist_ok=True)
    os.utime(folder)
    cutoff = time.time() - PRUNE_DAYS * 86400
    for entry in os.scandir(cache_root):
        if entry.name.startswith("lectern-") and entry.path != folder:
            try:
                if entry.stat().st_mtime < cutoff:
                    shutil.rmtree(entry.path, ignore_errors=True)
            except OSError:
                pass
    return folder


def load(path, what):
    """The object pickled at `path`, or None (with a warning) when it cannot be read."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as error:  # truncated, from another version, anything: start afresh
        logger.warning(
            "%s: the %s cache could not be read (%s: %s); it is rebuilt",
            path,
            what,
            type(error).__name__,
            error,
        )
        return None


_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once, at import


def write_atomically(path, data):
    """Write bytes to `path` whole or not at all (a temporary file, renamed), with the mode of
    any file this process makes: mkstemp's 0600 would hide a published file from a web server."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def save(path, value):
    """Pickle `value` to `path` whole or not at all."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
