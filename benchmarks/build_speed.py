"""Build speed: Lectern against vanilla Pelican on the same synthetic posts, same machine, same run.

Vanilla: Pelican 4.12, its `simple` theme, default Markdown settings, no plugins. Lectern: this
repository's settings, theme and plugins. Builds alternate A/B; each pair gives a ratio.

Run: .venv/bin/python benchmarks/build_speed.py [--posts 1000] [--rounds 5] [--scale 250,1000,4000] [--quick]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import textwrap
from pathlib import Path

import _paths
from process_memory import machine_description, run_measured
from synthetic_site import write_posts

ROOT = _paths.ROOT
PYTHON = sys.executable


def _write_settings(work, content, with_cache):
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True} if with_cache else {}
    vanilla = work / "vanilla_settings.py"
    vanilla.write_text(
        textwrap.dedent(f"""\
        AUTHOR = "Bench"
        SITENAME = "Bench"
        SITEURL = ""
        PATH = {str(content)!r}
        TIMEZONE = "UTC"
        THEME = "simple"
        ARTICLE_PATHS = ["posts"]
        CACHE_PATH = {str(work / "cache-vanilla")!r}
        {"".join(f"{k} = {v!r}; " for k, v in cache.items())}
    """)
    )
    ours = work / "lectern_settings.py"
    ours.write_text(
        textwrap.dedent(f"""\
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        os.chdir({str(ROOT)!r})
        from pelicanconf import *
        PATH = {str(content)!r}
        THEME = {str(ROOT / "theme")!r}
        PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
        CACHE_PATH = {str(work / "cache-lectern")!r}
        {"".join(f"{k} = {v!r}; " for k, v in cache.items())}
    """)
        + _extra_lectern_settings(work)
    )
    return vanilla, ours


def _extra_lectern_settings(work):
    """Settings for the synthetic talks and planet (vanilla Pelican has neither)."""
    return "".join(
        __import__(name).settings_for_benchmark(work) + "\n"
        for name in ("synthetic_talks", "synthetic_planet")
    )


def _commands(work, settings_vanilla, settings_ours):
    vanilla = [PYTHON, "-m", "pelican", "-q", "-s", str(settings_vanilla), "-o", str(work / "out-vanilla")]
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); from lectern.build import run_pelican; "
        f"run_pelican(['-q', '-s', {str(settings_ours)!r}, '-o', {str(work / 'out-lectern')!r}], cold=COLD)"
    )
    return {
        "vanilla": vanilla,
        "lectern": [PYTHON, "-c", code.replace("COLD", "True")],  # no cache read, nothing reused
        "lectern-incremental": [PYTHON, "-c", code.replace("COLD", "False")],  # as `invoke build`
    }


def make_site(posts, with_cache=False):
    work = Path(tempfile.mkdtemp(prefix="lectern-bench-"))
    content = work / "content"
    (content / "pages").mkdir(parents=True)
    (content / "extra").mkdir()
    shutil.copy(ROOT / "content" / "extra" / "robots.txt", content / "extra" / "robots.txt")
    write_posts(content, posts)
    for name in ("synthetic_talks", "synthetic_planet"):
        __import__(name).write_content(work, content)
    settings_vanilla, settings_ours = _write_settings(work, content, with_cache)
    return work, content, _commands(work, settings_vanilla, settings_ours)


def _clean(work, name):
    shutil.rmtree(work / f"out-{name}", ignore_errors=True)


def measure(command, work, name, clean=True):
    if clean:
        _clean(work, name)
    seconds, rss, pss, code, err = run_measured(command)
    if code != 0:
        raise SystemExit(f"{name} build failed:\n{err[-2000:]}")
    return seconds, rss, pss


def cold(posts, rounds):
    work, _content, commands = make_site(posts)
    rows = {"vanilla": [], "lectern": []}
    for _ in range(rounds):
        for name in ("vanilla", "lectern"):
            rows[name].append(measure(commands[name], work, name))
    shutil.rmtree(work, ignore_errors=True)
    return rows


def rebuild(posts, rounds):
    """Edit one post, build again: vanilla with Pelican's content cache on, Lectern as `invoke
    build` runs (its own cache, unchanged pages reused). Also timed: vanilla's cold build."""
    work, content, commands = make_site(posts, with_cache=True)
    commands = {"vanilla": commands["vanilla"], "lectern": commands["lectern-incremental"]}
    for name in ("vanilla", "lectern"):
        measure(commands[name], work, name)  # fills the cache
    post_files = sorted((content / "posts").rglob("*.md"))
    rows = {"vanilla": [], "lectern": []}
    for i in range(rounds):
        edited = post_files[(i * 37) % len(post_files)]
        with open(edited, "a", encoding="utf-8") as f:
            f.write(f"\nAn edit made by the benchmark, round {i}.\n")
        for name in ("vanilla", "lectern"):
            rows[name].append(measure(commands[name], work, name, clean=False))
    shutil.rmtree(work, ignore_errors=True)
    return rows


def _median(values):
    return statistics.median(values)


def summarize(title, rows, posts):
    pairs = [ours[0] / theirs[0] for ours, theirs in zip(rows["lectern"], rows["vanilla"])]
    line = []
    for name in ("vanilla", "lectern"):
        times = [r[0] for r in rows[name]]
        line.append(
            f"| {title} | {name} | {posts} | {_median(times):.2f} s | {_median(times) / posts * 1000:.2f} ms "
            f"| {max(r[1] for r in rows[name]):.0f} MB | {max(r[2] for r in rows[name]):.0f} MB |"
        )
    ratio = f"| {title} | lectern / vanilla, pair by pair | | {', '.join(f'{p:.2f}' for p in pairs)} (median {_median(pairs):.2f}) | | | |"
    return line + [ratio], _median(pairs)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scale", default="250,1000,4000")
    parser.add_argument("--quick", action="store_true", help="few posts and rounds, to try the script")
    args = parser.parse_args(argv)
    if args.quick:
        args.posts, args.rounds, args.scale = 100, 2, "50,100"
    header = [
        "| scenario | build | posts | median wall time | per post | peak RSS (sum) | peak PSS (sum) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    table, figures = list(header), {}
    print(f"machine: {machine_description()}")
    print(f"cold builds of {args.posts} posts, {args.rounds} A/B rounds ...", flush=True)
    cold_rows = cold(args.posts, args.rounds)
    lines, figures["cold"] = summarize("cold build", cold_rows, args.posts)
    table += lines
    print("\n".join(lines), flush=True)
    print(f"rebuilds after editing one post ({args.posts} posts, content cache on) ...", flush=True)
    rebuild_rows = rebuild(args.posts, args.rounds)
    lines, figures["rebuild"] = summarize("rebuild, one post edited", rebuild_rows, args.posts)
    vanilla_cold = _median([r[0] for r in cold_rows["vanilla"]])
    figures["rebuild/cold"] = _median([r[0] for r in rebuild_rows["lectern"]]) / vanilla_cold
    table += lines
    print("\n".join(lines), flush=True)
    per_post = {}
    for posts in [int(n) for n in args.scale.split(",")]:
        print(f"scale point: {posts} posts ...", flush=True)
        rows = cold(posts, args.rounds)
        lines, _ratio = summarize(f"scale {posts}", rows, posts)
        table += lines
        print("\n".join(lines), flush=True)
        per_post[posts] = {name: _median([r[0] for r in rows[name]]) / posts for name in rows}
        figures[f"memory {posts}"] = max(r[2] for r in rows["lectern"]) / max(r[2] for r in rows["vanilla"])
    sizes = sorted(per_post)
    growth = per_post[sizes[-1]]["lectern"] / per_post[sizes[0]]["lectern"]
    figures["growth"] = growth
    summary = [
        f"cold build, lectern/vanilla (median of pairs): {figures['cold']:.2f} (target <= 0.70)",
        f"rebuild after one edit, lectern/vanilla's cached rebuild: {figures['rebuild']:.2f}",
        f"rebuild after one edit, lectern/vanilla's cold build: {figures['rebuild/cold']:.2f} (target <= 0.15)",
        f"peak memory (PSS) at {sizes[-1]} posts, lectern/vanilla: {figures[f'memory {sizes[-1]}']:.2f} (target <= 1.10)",
        f"time per post at {sizes[-1]} / at {sizes[0]}: {growth:.2f} (target <= 1.20)",
    ]
    print("\n".join(summary))
    return {"table": table, "summary": summary, "figures": figures, "machine": machine_description()}


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
