"""Work done ahead, in a forked process, while the parent does something else.

Reading and cleaning an hour of captions takes about 40 ms a talk, and Pelican reaches the
talks only after every post is read: time nothing else overlapped. The talks generator forks
when it is created, the child prepares every talk's transcript while the posts are read, and
the generator takes its results when it gets to the talks. The child runs the same code on
the same inputs, so nothing it hands over differs from what the parent would have made; any
talk it could not do, the parent does (and reports) as before.
"""

import atexit
import contextlib
import logging
import os
import pickle
import signal
import tempfile


class Ahead:
    """`work()` run in a forked child; take() returns its result, or `empty` when the child
    failed or forking is not possible."""

    def __init__(self, work, empty):
        self.empty = empty
        self.pid = None
        if not hasattr(os, "fork"):
            return
        fd, self.path = tempfile.mkstemp(prefix="lectern-ahead-", suffix=".pickle")
        os.close(fd)
        pid = os.fork()
        if pid == 0:
            self._child(work)
        self.pid = pid
        atexit.register(self._abandon)

    def _child(self, work):
        status = 0
        try:
            logging.disable(logging.CRITICAL)  # the parent reports whatever goes wrong
            result = work()
            with open(self.path, "wb") as f:
                pickle.dump(result, f, pickle.HIGHEST_PROTOCOL)
        except BaseException:
            status = 1
        os._exit(status)

    def take(self):
        if self.pid is None:
            return self.empty
        _pid, status = os.waitpid(self.pid, 0)
        self.pid = None
        try:
            if status != 0:
                return self.empty
            with open(self.path, "rb") as f:
                return pickle.load(f)
        except Exception:
            return self.empty
        finally:
            self._remove()

    def _abandon(self):
        """At exit, when the build stopped before take(): no orphan, no file left behind."""
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = None
        self._remove()

    def _remove(self):
        with contextlib.suppress(OSError):
            os.unlink(self.path)
