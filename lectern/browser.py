"""Headless Chromium (Debian's package) through Playwright, and a static server for built sites.

Used by `invoke check` (accessibility, page weight) and by the browser tests (tests/browser.py).
"""

import functools
import http.server
import os
import re
import shutil
import threading
from contextlib import contextmanager

from .tools import ToolMissing

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
CHROMIUM_INSTALL = "apt-get install -y chromium"


def chromium_path():
    """Debian's Chromium, or the one named by $CHROMIUM (then only that one); None when missing."""
    explicit = os.environ.get("CHROMIUM")
    candidates = [explicit] if explicit else ["/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def require_chromium():
    """Path to Chromium; ToolMissing (with the install command) when it or Playwright is absent."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise ToolMissing("Playwright for Python", ".venv/bin/pip install -e .") from None
    path = chromium_path()
    if path is None:
        raise ToolMissing("Chromium (Debian's package)", CHROMIUM_INSTALL)
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, with HTTP Range requests as every static host answers them: a browser seeks
    in a video only where the server can send a part of the file."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
        if not match or not (match[1] or match[2]) or not os.path.isfile(path):
            return super().do_GET()
        size = os.path.getsize(path)
        first = int(match[1]) if match[1] else max(0, size - int(match[2]))
        last = min(int(match[2]), size - 1) if match[1] and match[2] else size - 1
        if first >= size or first > last:
            self.send_error(416)
            return None
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Content-Length", str(last - first + 1))
        self.end_headers()
        with open(path, "rb") as f:
            f.seek(first)
            self.wfile.write(f.read(last - first + 1))
        return None


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a browser that closes a connection early (a page left mid-load) is no news


@contextmanager
def serve_directory(directory):
    """Serve `directory` on 127.0.0.1 on a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium_browser():
    """A headless Playwright Browser on Debian's Chromium (open several contexts on it)."""
    from playwright.sync_api import sync_playwright

    path = require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium(**context_options):
    """A Playwright browser context on Debian's Chromium."""
    with chromium_browser() as browser:
        context = browser.new_context(**context_options)
        yield context
        context.close()
