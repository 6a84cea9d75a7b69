"""The tests' view of lectern.browser: a missing Chromium (or Java) skips locally, fails under CI=true."""

from contextlib import contextmanager

import pytest

from lectern import browser as lectern_browser
from lectern.browser import serve_directory  # noqa: F401  (re-exported for the tests)
from lectern.tools import ToolMissing, running_in_ci


def missing_tool(missing):
    """A test that needs a missing program (Chromium, Java): skipped locally, failed under CI=true."""
    if running_in_ci():
        pytest.fail(f"{missing} (CI=true: a missing tool is a failure)")
    pytest.skip(str(missing))


def require_chromium():
    try:
        return lectern_browser.require_chromium()
    except ToolMissing as missing:
        missing_tool(missing)


@contextmanager
def chromium(**context_options):
    """A Playwright browser context on Debian's Chromium."""
    require_chromium()
    with lectern_browser.chromium(**context_options) as context:
        yield context
