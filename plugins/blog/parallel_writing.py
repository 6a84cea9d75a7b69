"""Write the site's pages from several processes once every page's data is known.

After Pelican has read everything, writing means rendering one template per output file:
independent work. When Pelican asks for its writer we fork; each process renders the share of
Pelican's own article and page outputs (posts, listings, feeds) whose output name hashes to
it, the children exit when those are done, and the parent writes everything else (other
generators, static files) and then collects what the children wrote and logged. Every file is
rendered by exactly one process from the same state, so the output is byte-identical to a
sequential build.
"""

import gc
import logging
import os
import pickle
import sys
import zlib

from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.writers import Writer

SHARDED_GENERATORS = (ArticlesGenerator, PagesGenerator)
logger = logging.getLogger(__name__)


class _Plan:
    generators = []  # set at all_generators_finalized
    workers = 1
    shard = 0  # this process's share
    shards = 1
    children = []  # in the parent: (pid, read end of its pipe)
    pipe = None  # in a child: write end of its pipe
    records = None  # in a child: callable returning what to send back
    errors = []  # in a child: error messages logged while writing


class _ErrorCapture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)

    def emit(self, record):
        message = record.getMessage()
        error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if error is not None and str(error) not in message:
            message = f"{message}: {type(error).__name__}: {error}"
        _Plan.errors.append(message)


def mine(name):
    """Whether output `name` is rendered by this process."""
    return _Plan.shards == 1 or zlib.crc32(str(name).encode()) % _Plan.shards == _Plan.shard


class ShardedWriter(Writer):
    """A Writer that, while a sharded generator runs, skips outputs of other processes."""

    sharding = False

    def write_file(self, name, *args, **kwargs):
        if self.sharding and not mine(name):
            return None
        return super().write_file(name, *args, **kwargs)

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        if self.sharding and path and not mine(path):
            return None
        return super().write_feed(elements, context, path, *args, **kwargs)


def preload_templates(env):
    """Compile the theme's templates before forking, once, rather than in every process."""
    for name in env.list_templates():
        if not name.startswith("!"):  # Pelican's own themes, reachable as "!simple/..."
            env.get_template(name)


def plan(generators, workers):
    _Plan.generators = list(generators)
    _Plan.workers = workers


def fork_writers(writer, records, compile_first=True):
    """Called once the writer exists: fork the children and set up every process's share.

    `records()` returns the picklable data a child sends back (what it wrote). With
    `compile_first`, every template is compiled before the fork (not when a rebuild renders
    only the few pages whose inputs changed)."""
    sharded = [g for g in _Plan.generators if isinstance(g, SHARDED_GENERATORS)]
    _Plan.shard, _Plan.shards, _Plan.children, _Plan.errors = 0, 1, [], []
    if _Plan.workers < 2 or not sharded or not hasattr(os, "fork"):
        return
    shards = _Plan.workers
    if compile_first:
        for generator in sharded:
            preload_templates(generator.env)
    # Frozen objects are left alone by the garbage collector, which would otherwise rewrite
    # every object's header in each process and so copy every shared page (see collect()).
    gc.collect()
    gc.freeze()
    for shard in range(1, shards):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _Plan.shard, _Plan.shards, _Plan.children = shard, shards, []
            _Plan.pipe, _Plan.records = write_end, records
            logging.getLogger().addHandler(_ErrorCapture())
            _become_child(writer, sharded)
            return
        os.close(write_end)
        _Plan.children.append((pid, read_end))
    _Plan.shards = shards
    for generator in sharded:
        _shard_output(generator, writer)


def _shard_output(generator, writer):
    original = generator.generate_output

    def generate_output(writer_):
        writer.sharding = True
        try:
            original(writer_)
        finally:
            writer.sharding = False

    generator.generate_output = generate_output


def _become_child(writer, sharded):
    last = sharded[-1]
    for generator in _Plan.generators:
        if isinstance(generator, SHARDED_GENERATORS):
            _shard_output(generator, writer)
        elif hasattr(generator, "generate_output"):
            generator.generate_output = lambda writer_: None  # the parent writes these
    original = last.generate_output

    def generate_output_then_exit(writer_):
        status = 0
        try:
            original(writer_)
        except BaseException as error:  # report, never fall back into Pelican's loop
            _Plan.errors.append(f"writer process {_Plan.shard}: {type(error).__name__}: {error}")
            status = 1
        try:
            payload = pickle.dumps((_Plan.records(), _Plan.errors))
        except Exception as error:
            payload, status = pickle.dumps(({}, [f"writer process {_Plan.shard}: {error}"])), 1
        view = memoryview(payload)
        while view:
            view = view[os.write(_Plan.pipe, view) :]
        os.close(_Plan.pipe)
        logging.shutdown()
        os._exit(status)

    last.generate_output = generate_output_then_exit


def collect():
    """In the parent: wait for the children; returns the records they sent back."""
    if _Plan.children:
        gc.unfreeze()
    results = []
    for pid, read_end in _Plan.children:
        chunks = []
        while True:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(read_end)
        _pid, status = os.waitpid(pid, 0)
        try:
            records, errors = pickle.loads(b"".join(chunks))
        except Exception:
            records, errors = {}, [f"a writer process ended without reporting (status {status})"]
        for message in errors:
            logger.error("%s", message)
        results.append(records)
    _Plan.children = []
    return results
