"""Worker processes that turn plain data into plain data (a file path into rendered Markdown).

Started with the spawn method: each worker is a fresh interpreter, never a fork of the build
process, which by then runs threads (Pelican's console spinner) whose locks a
forked child could inherit held. The parent hands out one file at a time from the back of the
list and renders from the front itself when it reaches a file nobody has taken, so the pool's
start-up time is never waited for. A worker that raises hands its exception back for that file
alone; a worker that dies makes `take` raise WorkerDied naming the file it had. `close()` stops
and reaps every worker; workers also exit by themselves when the parent's end of their pipe
closes (the parent died), and they ignore SIGINT, so Ctrl-C is handled once, by the parent.
"""

import multiprocessing
import os
import signal
from collections import deque
from multiprocessing.connection import wait

JOIN_SECONDS = 5


class WorkerDied(BaseException):
    """A worker process ended without answering. A BaseException: Pelican's per-file
    `except Exception` must not turn it into one error per remaining file."""


def _worker(connection, function, setup, setup_args):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if setup is not None:
        setup(*setup_args)
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if item is None:
            return
        try:
            answer = (True, function(item))
        except Exception as error:  # handed back: the parent reports it for this item
            answer = (False, _picklable(error))
        try:
            connection.send(answer)
        except OSError:  # the parent closed the pool while this item was rendered
            return


def _picklable(error):
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


class RenderPool:
    def __init__(self, items, function, setup=None, setup_args=(), workers=2):
        self._waiting = deque(items)  # workers take from the right, the parent from the left
        self._results = {}
        self._busy = {}  # connection -> (process, item)
        self._idle = []
        self._processes = []
        self._answered = set()  # pids of the workers that have answered at least once
        context = multiprocessing.get_context("spawn")
        for _ in range(workers):
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_worker, args=(theirs, function, setup, setup_args), daemon=True, name="lectern-render"
            )
            process.start()
            theirs.close()
            self._processes.append((process, ours))
            self._idle.append((process, ours))
        self._dispatch()

    def _dispatch(self):
        while self._idle and self._waiting:
            process, connection = self._idle.pop()
            item = self._waiting.pop()
            self._busy[connection] = (process, item)
            try:
                connection.send(item)
            except OSError:
                self._died(process, item)

    def _collect(self, timeout):
        """Take in whatever answers are ready (waiting up to `timeout`), then hand out more work."""
        if not self._busy:
            return
        sentinels = {process.sentinel: connection for connection, (process, _item) in self._busy.items()}
        for ready in wait(list(self._busy) + list(sentinels), timeout):
            connection = sentinels.get(ready, ready)
            if connection not in self._busy:
                continue
            process, item = self._busy[connection]
            try:
                answer = connection.recv()
            except (EOFError, OSError):
                self._died(process, item)
            del self._busy[connection]
            self._answered.add(process.pid)
            self._results[item] = answer
            self._idle.append((process, connection))
        self._dispatch()

    def _died(self, process, item):
        process.join(JOIN_SECONDS)
        code = process.exitcode
        started = process.pid in self._answered
        self.close()
        if not started:  # e.g. it imported a __main__ without a `__name__ == "__main__"` guard
            raise WorkerDied(
                f"a render worker process could not start (exit code {code}); its error is above"
            )
        raise WorkerDied(
            f"{item}: a render worker process died while rendering it (exit code {code})"
        ) from None

    def take(self, item):
        """(True, result) or (False, exception) from a worker, or None: render it yourself."""
        self._collect(0)
        if item in self._waiting:
            self._waiting.remove(item)
            return None
        while item not in self._results and any(i == item for _p, i in self._busy.values()):
            self._collect(None)
        return self._results.pop(item, None)

    def close(self):
        """Stop every worker and reap it; what was not rendered is forgotten."""
        self._waiting.clear()
        for _process, connection in self._processes:
            try:
                if connection not in self._busy:
                    connection.send(None)
            except OSError:
                pass
            connection.close()
        for process, _connection in self._processes:
            process.join(JOIN_SECONDS if not self._busy else 0.2)
            if process.is_alive():
                process.terminate()
                process.join(JOIN_SECONDS)
            if process.is_alive():
                os.kill(process.pid, signal.SIGKILL)
                process.join()
        self._processes = []
        self._busy.clear()
        self._idle = []
