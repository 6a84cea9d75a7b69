"""Pagefind's search index for a built site, made after Pelican finishes.

The `pagefind` package from PyPI ships the binary (the `bin` extra), so indexing needs no
download. Only elements marked `data-pagefind-body` (posts, pages, talks) are indexed:
navigation, footers and the planet's outside content never are.
"""

import filecmp
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


def _html_files(root):
    found = {}
    for folder, dirs, names in os.walk(root):
        if folder == root and "pagefind" in dirs:
            dirs.remove("pagefind")
        for name in names:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                stat = os.stat(path)
                found[os.path.relpath(path, root)] = (stat.st_dev, stat.st_ino)
    return found


def reuse_index(output_dir, previous_dir):
    """Link the previous build's index into `output_dir` if every page is the same as in the
    previous build (most are its very files, hard-linked): Pagefind's index is a function of the
    pages alone (two builds of the same pages give the same index, byte for byte). True if reused."""
    previous_index = os.path.join(previous_dir or "", "pagefind")
    if not previous_dir or not os.path.isdir(previous_index):
        return False
    pages, previous_pages = _html_files(output_dir), _html_files(previous_dir)
    if set(pages) != set(previous_pages):
        return False
    for name, identity in pages.items():  # linked from the previous build, or written again the same
        if identity != previous_pages[name] and not filecmp.cmp(
            os.path.join(output_dir, name), os.path.join(previous_dir, name), shallow=False
        ):
            return False
    shutil.copytree(previous_index, os.path.join(output_dir, "pagefind"), copy_function=os.link)
    return True


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
