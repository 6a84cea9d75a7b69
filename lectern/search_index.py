"""Pagefind's search index for a built site, made after Pelican finishes.

The `pagefind` package from PyPI ships the binary (the `bin` extra), so indexing needs no
download. Only elements marked `data-pagefind-body` (posts, pages, talks) are indexed:
navigation, footers and the planet's outside content never are.
"""

import os
import shutil
import subprocess
import sys


class IndexFailed(Exception):
    pass


INDEX_PARTS = ("index", "fragment", "filter")  # the data; the rest is Pagefind's scripts and wasm


def index_size(output_dir):
    """(files, bytes of the index data, bytes of everything) under output/pagefind/."""
    root = os.path.join(output_dir, "pagefind")
    files = data = total = 0
    for folder, _dirs, names in os.walk(root):
        part = os.path.relpath(folder, root).split(os.sep)[0]
        for name in names:
            size = os.path.getsize(os.path.join(folder, name))
            files += 1
            total += size
            if part in INDEX_PARTS or name.endswith(".pf_meta"):
                data += size
    return files, data, total


def build_index(output_dir):
    """Index `output_dir` in place; raises IndexFailed with pagefind's message."""
    if not os.path.isdir(output_dir):
        raise IndexFailed(f"no built site in {output_dir}/")
    shutil.rmtree(os.path.join(output_dir, "pagefind"), ignore_errors=True)  # no stale fragments
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", output_dir, "--silent"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        message = (
            result.stderr or result.stdout
        ).strip() or f"pagefind exited with status {result.returncode}"
        raise IndexFailed(message)
    return index_size(output_dir)
