"""`invoke livereload` at 1,000 posts: from saving a post with a new title to its page and a listing
(the archives) showing that title in output/, through the same loop and build as livereload
(one long-lived process, the watcher polling every 0.2 s, the search index made after the pages
are in place; each edit waits until the previous one's index is made).

Run: .venv/bin/python benchmarks/livereload_latency.py [--posts 1000] [--edits 8]
"""

import argparse
import os
import shutil
import statistics
import sys
import threading
import time

import _paths
from build_speed import make_site

ROOT = _paths.ROOT


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=8)
    args = parser.parse_args(argv)
    work, content, _commands = make_site(args.posts)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    import tasks
    from lectern.build import run_pelican

    settings = str(work / "lectern_settings.py")
    output = work / "out-live"
    deferred, built, stop, idle = [], threading.Event(), threading.Event(), threading.Event()

    def build_once():
        run_pelican(
            ["-q", "-s", settings, "-o", str(output)], after_build=tasks.search_indexer(settings, deferred)
        )

    def after():
        built.set()
        while deferred:
            tasks.build_index(deferred.pop())
        idle.set()

    loop = threading.Thread(
        target=tasks.watch_and_build,
        args=(build_once, after),
        kwargs={"roots": [str(content)], "stop": stop},
        daemon=True,
    )
    loop.start()
    built.wait(600)
    posts = sorted((content / "posts").rglob("*.md"))
    seconds = []
    for n in range(args.edits):
        idle.wait(120)  # the previous edit's search index is made (a writer reads before editing again)
        time.sleep(0.5)
        idle.clear()
        post = posts[(n * 131) % len(posts)]
        marker = f"Edited{n}x{os.getpid()}"
        text = post.read_text(encoding="utf-8").replace("Title: ", f"Title: {marker} ", 1)
        slug = post.stem
        start = time.perf_counter()
        post.write_text(text, encoding="utf-8")
        while True:
            page = next(iter(output.glob(f"posts/*/{slug}/index.html")), None)
            try:
                ready = page and marker in page.read_text(encoding="utf-8")
                ready = ready and marker in (output / "archives" / "index.html").read_text(encoding="utf-8")
            except OSError:
                ready = False
            if ready:
                break
            if time.perf_counter() - start > 60:
                raise SystemExit("the edit never showed")
            time.sleep(0.005)
        seconds.append(time.perf_counter() - start)
        print(f"edit {n + 1}: {seconds[-1]:.2f} s", flush=True)
    median = statistics.median(seconds)
    print(
        f"livereload at {args.posts} posts, save to page and listing updated: median {median:.2f} s, "
        f"max {max(seconds):.2f} s (target <= 0.5)"
    )
    stop.set()
    loop.join(60)
    shutil.rmtree(work, ignore_errors=True)
    return {"median": median, "max": max(seconds), "all": seconds}


if __name__ == "__main__":
    main()
