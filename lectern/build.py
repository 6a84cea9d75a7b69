"""Run Pelican in-process and fail loudly when it reported errors.

Pelican logs a broken post ("Could not process posts/x.md | ValueError: ...") and carries on;
its `--fatal errors` switch turns the first one into a traceback. We want every problem listed,
named by file, and a non-zero exit without a traceback.
"""

import logging
import shlex
import sys

from pelican import main as pelican_main


class BuildFailed(Exception):
    """Pelican finished but logged errors; `problems` holds their messages."""

    def __init__(self, problems):
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"the build reported {len(problems)} error(s):\n{listing}")


class _ErrorCollector(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages = []

    def emit(self, record):
        message = record.getMessage()
        # Pelican logs "Could not process <file>" from inside its `except` block but without the
        # exception (unless DEBUG), so the reason would be lost; handlers run synchronously,
        # so the exception being handled is still at hand.
        error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if error is not None and str(error) not in message:
            message = f"{message}: {type(error).__name__}: {error}"
        self.messages.append(" ".join(message.split()))


def run_pelican(arguments):
    """Run `pelican <arguments>`; raise BuildFailed if it logged any error."""
    collector = _ErrorCollector()
    root = logging.getLogger()
    if not root.handlers:
        # Pelican sets up its console handler with logging.basicConfig, which does nothing once
        # the root logger has a handler: give it Pelican's own handler first, so that warnings
        # (ours and every plugin's) are still shown.
        from pelican.log import DEFAULT_LOG_HANDLER

        DEFAULT_LOG_HANDLER.setFormatter(logging.Formatter("%(message)s", datefmt="[%H:%M:%S]"))
        root.addHandler(DEFAULT_LOG_HANDLER)
    root.addHandler(collector)
    try:
        try:
            pelican_main(shlex.split(arguments) if isinstance(arguments, str) else list(arguments))
        except SystemExit as exit_:
            if exit_.code not in (0, None) and not collector.messages:
                collector.messages.append(f"pelican exited with status {exit_.code}")
    finally:
        root.removeHandler(collector)
    if collector.messages:
        raise BuildFailed(collector.messages)
