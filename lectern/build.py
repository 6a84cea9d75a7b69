"""Run Pelican in-process, into a folder of its own, and put the result in place only if it finished.

Pelican logs a broken post ("Could not process posts/x.md | ValueError: ...") and carries on, and
it turns Ctrl-C into a warning and a normal return. Here every logged error is collected and
named, an interrupt (SIGINT or SIGTERM) is an interrupt, and the site is built into a staging
folder beside the output: only a build that finished without error replaces the output (two
renames), so a failed or interrupted build leaves the previous site whole and publishes nothing.
The blog plugin links the pages that did not change from the previous output into the stage.
"""

import contextlib
import json
import logging
import multiprocessing
import os
import shlex
import shutil
import signal
import sys
import tempfile

from pelican import main as pelican_main
from pelican import parse_arguments

from . import build_record

STAGE_MARK = ".building-"


class BuildFailed(Exception):
    """Pelican finished but logged errors, or stopped; `problems` holds the messages."""

    exit_code = 1

    def __init__(self, problems):
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"the build reported {len(problems)} error(s):\n{listing}")


class BuildInterrupted(BuildFailed):
    def __init__(self, signum, replaced=False):
        self.exit_code = 128 + signum
        name = signal.Signals(signum).name
        self.problems = [f"interrupted by {name}"]
        what = "after the new site was put in place" if replaced else "the previous site was left as it was"
        Exception.__init__(self, f"interrupted by {name}: {what}")


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


def _quiet_pelican(record):
    """-q as Pelican means it (only its critical messages shown), on the console only."""
    return not record.name.startswith("pelican") or record.levelno >= logging.CRITICAL


@contextlib.contextmanager
def _interrupts_handled_by(handler):
    """SIGINT and SIGTERM go to `handler` in the block; the previous handlers come back after."""
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
            previous[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


@contextlib.contextmanager
def _interrupts_raise():
    """SIGINT and SIGTERM raise KeyboardInterrupt, and are remembered even if Pelican swallows it."""
    received = []

    def handler(signum, frame):
        received.append(signum)
        raise KeyboardInterrupt

    with _interrupts_handled_by(handler):
        yield received


@contextlib.contextmanager
def _signals_held():
    """SIGINT and SIGTERM wait until the block is done, then are delivered to the handlers that
    were there before (the default one ends the process, as it would have)."""
    received = []
    with _interrupts_handled_by(lambda signum, frame: received.append(signum)):
        yield
    if received:
        signal.raise_signal(received[0])


def _remove_stages(parent, name, left_by):
    """The stages (and set-aside outputs) in `parent` whose process id `left_by` accepts."""
    prefix = f".{name}{STAGE_MARK}"
    for entry in os.scandir(parent):
        if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
            pid = entry.name[len(prefix) :].split("-", 1)[0]
            if pid.isdigit() and left_by(int(pid)):
                shutil.rmtree(entry.path, ignore_errors=True)


def _remove_abandoned_stages(parent, name):
    """Stages of builds that were killed (their process is gone)."""
    _remove_stages(parent, name, lambda pid: not os.path.exists(f"/proc/{pid}"))


def remove_own_stages(output):
    """What this process's builds left beside `output`, once no build of it runs: a loop stopped by
    Ctrl-C leaves nothing behind even where an interrupt cut a build's clean-up short."""
    parent, name = os.path.split(os.path.abspath(output))
    if os.path.isdir(parent):
        _remove_stages(parent, name, lambda pid: pid == os.getpid())


def _replace(output, stage, replaced):
    """Put `stage` where `output` was, with signals held off for the two renames. `replaced` is
    told before the signals are let through: one that waited is delivered as they are."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        if os.path.lexists(output):
            os.rename(output, f"{stage}.old")
        os.rename(stage, output)
        replaced.append(True)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
    # The previous output, now `<stage>.old`, is removed by run_pelican however it ends: a signal
    # held off during the renames arrives right here.


def _reap_workers():
    """No render worker outlives the build, however it ended."""
    for child in multiprocessing.active_children():
        if child.name == "lectern-render":
            child.terminate()
            child.join(5)


def _arguments(arguments):
    return shlex.split(arguments) if isinstance(arguments, str) else list(arguments)


def run_pelican(arguments, after_build=None, cold=False):
    """Run `pelican <arguments>` into a staging folder; `after_build(stage, output)` may add to it
    (the search index); then it replaces the output. BuildFailed if anything went wrong, and then
    the output is as it was. `cold`: no cache is read and no page is reused (`invoke rebuild`)."""
    argv = _arguments(arguments)
    # Pelican's -q sets its loggers to CRITICAL, which would hide "Could not process <file>" from
    # the error collector too: quiet is done here, on the console handlers only.
    levels = [a for a in argv if a in ("-q", "--quiet", "-v", "--verbose", "-D", "--debug")]
    quiet = bool(levels) and levels[-1] in ("-q", "--quiet")  # the last one says, as in argparse
    argv = [a for a in argv if a not in ("-q", "--quiet")]
    from pelican.settings import read_settings

    parsed = parse_arguments(argv)
    from pelican import get_config

    settings = read_settings(parsed.settings, override=get_config(parsed))
    output = os.path.abspath(settings["OUTPUT_PATH"])
    parent, name = os.path.split(output)
    os.makedirs(parent, exist_ok=True)
    _remove_abandoned_stages(parent, name)
    stage = tempfile.mkdtemp(prefix=f".{name}{STAGE_MARK}{os.getpid()}-", dir=parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(stage, 0o777 & ~umask)  # mkdtemp's 0700 would hide the site from a web server
    overrides = dict(parsed.overrides or {})
    overrides["LECTERN_PREVIOUS_OUTPUT"] = output
    overrides["LECTERN_COLD"] = bool(cold)
    argv += ["-o", stage, "-e", *[f"{key}={json.dumps(value)}" for key, value in overrides.items()]]

    collector = _ErrorCollector()
    root = logging.getLogger()
    if not root.handlers:
        # Pelican sets up its console handler with logging.basicConfig, which does nothing once
        # the root logger has a handler: give it Pelican's own handler first, so that warnings
        # (ours and every plugin's) are still shown.
        from pelican.log import DEFAULT_LOG_HANDLER

        DEFAULT_LOG_HANDLER.setFormatter(logging.Formatter("%(message)s", datefmt="[%H:%M:%S]"))
        root.addHandler(DEFAULT_LOG_HANDLER)
    console = list(root.handlers)
    if quiet:
        for handler in console:
            handler.addFilter(_quiet_pelican)
    root.addHandler(collector)
    replaced = []
    try:
        with _interrupts_raise() as received:
            try:
                try:
                    pelican_main(argv)
                except SystemExit as exit_:
                    if exit_.code not in (0, None) and not collector.messages:
                        collector.messages.append(f"pelican exited with status {exit_.code}")
                except KeyboardInterrupt:
                    raise
                except BaseException as error:  # a worker died, or anything Pelican let through
                    collector.messages.append(f"{type(error).__name__}: {error}")
                if received:  # Pelican turns Ctrl-C into a warning and returns
                    raise KeyboardInterrupt
                if collector.messages:
                    raise BuildFailed(collector.messages)
                if after_build is not None:
                    after_build(stage, output)
                _replace(output, stage, replaced)
                with contextlib.suppress(OSError):  # a record is a help to `invoke check`, no more
                    build_record.write(
                        settings.get("CACHE_PATH"), output, settings.get("SITEURL"), parsed.settings
                    )
            except KeyboardInterrupt:
                raise BuildInterrupted(
                    received[0] if received else signal.SIGINT, replaced=bool(replaced)
                ) from None
    finally:
        with _signals_held():  # a signal in the last instant must not cut the clean-up short
            root.removeHandler(collector)
            for handler in console:
                handler.removeFilter(_quiet_pelican)
            _reap_workers()
            if not replaced:
                shutil.rmtree(stage, ignore_errors=True)
            shutil.rmtree(f"{stage}.old", ignore_errors=True)
