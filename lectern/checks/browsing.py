"""A built site in headless Chromium: same-site requests answered from the output, all else blocked.

The output is served on 127.0.0.1; a publish build's absolute URLs (its site origins) are answered
from the same files, so its pages load as they will when published. A request to any other host
is recorded and aborted: nothing is fetched from the network.
"""

import os
from contextlib import contextmanager
from dataclasses import dataclass

from lectern.browser import chromium_browser, serve_directory

from . import Finding
from .links import resolve_target

LOAD_TIMEOUT_MS = 15_000


class PageNotLoaded(Exception):
    """A page that did not finish loading; `finding` says which and why."""

    def __init__(self, finding):
        super().__init__(finding.message)
        self.finding = finding


@dataclass(frozen=True)
class Request:
    url: str
    resource_type: str  # Playwright's: document, stylesheet, script, image, font, fetch, ...
    file: str | None  # the output file it was answered from; None for another host


def page_url(base, output_dir, path):
    relative = os.path.relpath(path, output_dir).replace(os.sep, "/")
    if relative.endswith("/index.html") or relative == "index.html":
        relative = relative[: -len("index.html")]
    return f"{base}/{relative}"


class SiteBrowser:
    def __init__(self, browser, output_dir, base, site_origins):
        self.browser, self.output_dir, self.base = browser, os.path.normpath(output_dir), base
        self.origins = (base, *site_origins)

    def file_for(self, url):
        """The output file a same-site URL names (it may not exist); None for another host."""
        target = resolve_target(
            self.output_dir, os.path.join(self.output_dir, "index.html"), url, self.origins
        )
        if target is None or not target.startswith(self.output_dir + os.sep):
            return None
        return target

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base + "/"):
            route.continue_()
        elif (target := self.file_for(url)) is not None:
            if os.path.isfile(target):
                route.fulfill(path=target)
            else:
                route.fulfill(status=404, body="not in the output")
        else:
            route.abort("blockedbyclient")

    @contextmanager
    def context(self, **options):
        context = self.browser.new_context(service_workers="block", **options)
        context.set_default_timeout(LOAD_TIMEOUT_MS)
        context.route("**/*", self._route)
        try:
            yield context
        finally:
            context.close()

    def visit(self, page, path):
        """Load the output file `path` in `page`; the requests it made, once it has loaded."""
        from playwright.sync_api import Error as PlaywrightError  # here: Playwright may be missing

        requests = []

        def record(request):
            if not request.url.startswith(("data:", "blob:", "about:")):
                requests.append(Request(request.url, request.resource_type, self.file_for(request.url)))

        page.on("request", record)
        try:
            page.goto(page_url(self.base, self.output_dir, path), wait_until="load")
        except PlaywrightError as error:
            message = f"did not load: {error.message.splitlines()[0]}"
            raise PageNotLoaded(Finding(relative(self.output_dir, path), "", message)) from None
        finally:
            page.remove_listener("request", record)
        return requests


@contextmanager
def site_browser(output_dir, site_origins=()):
    """A SiteBrowser over output_dir (ToolMissing when Chromium or Playwright is absent)."""
    with chromium_browser() as browser, serve_directory(output_dir) as base:
        yield SiteBrowser(browser, output_dir, base, tuple(o.rstrip("/") for o in site_origins if o))


def relative(output_dir, path):
    """`path` as the reports show it: relative to the output, with forward slashes."""
    return os.path.relpath(path, output_dir).replace(os.sep, "/")
