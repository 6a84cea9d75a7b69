"""Render Markdown files in worker processes ahead of Pelican's (sequential) reading loop.

Pelican reads content one file at a time, and Markdown plus highlighting is most of a cold
build. When a generator is created we hand the files it is about to read to a pool of forked
workers; the reader then picks up each result as Pelican asks for that file. Workers run the
very same render code on the same settings, so the output is identical to a sequential build.
"""

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

MIN_FILES = 12  # below this a pool costs more than it saves
CHUNK = 8  # files per task: fewer round trips

_render = None  # set in the parent before forking; workers inherit it
_futures = {}  # absolute path -> Future of (path -> rendered) for its chunk
_executor = None


def _render_chunk(paths):
    return {path: _render(path) for path in paths}


def worker_count(setting):
    if setting in (None, "auto"):
        return os.cpu_count() or 1
    return max(int(setting), 0)


def start(paths, render, workers):
    """Begin rendering `paths` with `render(path)` in `workers` forked processes."""
    global _render, _executor
    paths = [p for p in paths if p not in _futures]
    if workers < 2 or len(paths) < MIN_FILES or "fork" not in multiprocessing.get_all_start_methods():
        return
    _render = render
    if _executor is None:
        gc.collect()  # workers start from a tidy heap: less to copy on write
        _executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    for i in range(0, len(paths), CHUNK):
        chunk = paths[i : i + CHUNK]
        future = _executor.submit(_render_chunk, chunk)
        for path in chunk:
            _futures[path] = future


def take(path):
    """The rendered result for `path` if a worker has (or is) rendering it, else None."""
    future = _futures.pop(path, None)
    if future is None:
        return None
    rendered = future.result()[path]
    if not _futures:
        stop()  # the last file: the workers' memory goes back before the site is assembled
    return rendered


def stop():
    """Shut the pool down and forget anything not taken (e.g. files Pelican skipped)."""
    global _executor
    _futures.clear()
    if _executor is not None:
        _executor.shutdown(wait=True, cancel_futures=True)
        _executor = None
