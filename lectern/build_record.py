"""What a finished build was made with, for `invoke check` to compare with what it checks against.

The record is a small JSON file in the cache (CACHE_PATH/builds/), one per output folder, written
once the new site is in place. It is kept out of the output on purpose: everything in output/ is
uploaded, and the check needs no help from the published site. A site built with
`SITEURL=https://a.example` and checked with another SITEURL would have its feeds and links
judged against the wrong origin; the check says so in one line.
"""

import hashlib
import json
import os

FOLDER = "builds"


def record_path(cache_path, output_dir):
    key = hashlib.sha256(os.path.abspath(output_dir).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return os.path.join(os.path.abspath(cache_path or "cache"), FOLDER, f"{key}.json")


def write(cache_path, output_dir, siteurl, settings_file=""):
    """Record that `output_dir` now holds a site built with `siteurl` (atomically)."""
    path = record_path(cache_path, output_dir)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = {"output": os.path.abspath(output_dir), "SITEURL": siteurl or "", "settings": settings_file or ""}
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True)
    os.replace(temporary, path)


def read(cache_path, output_dir):
    """The record of `output_dir`, or None (never built through Lectern, or unreadable)."""
    try:
        with open(record_path(cache_path, output_dir), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("SITEURL"), str) else None


def siteurl_warning(record, siteurl, output_dir, settings_file):
    """One line when the build's SITEURL differs from the one the check uses, else None."""
    if record is None:
        return None
    built = record["SITEURL"].rstrip("/")
    checked = (siteurl or "").rstrip("/")
    if built == checked:
        return None
    return (
        f"warning: {output_dir}/ was built with SITEURL {built or '(empty)'!s}, but {settings_file} "
        f"gives {checked or '(empty)'!s}: links and feeds are checked against the latter "
        "(set SITEURL the same way for both, e.g. SITEURL=... invoke check)"
    )
