"""External programs a command needs (Java, Chromium): a clear message when one is missing."""

import os


class ToolMissing(Exception):
    """A program is not installed; the message says what it is and how to install it."""

    def __init__(self, what, install):
        self.what = what
        self.install = install
        super().__init__(f"{what} not found: install it with `{install}`")


def running_in_ci():
    """Under CI=true a missing tool is a failure, never a skip."""
    return os.environ.get("CI", "").lower() == "true"
