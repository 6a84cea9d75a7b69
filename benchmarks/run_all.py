"""`invoke bench`: every measured target of the project in one run, written to benchmarks/RESULTS.md.

Run: .venv/bin/invoke bench [--posts 1000] [--rounds 5] [--quick]
"""

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

import _paths
import build_speed
import detection_accuracy
import import_export
import livereload_latency
import planet_fetch
import sql_accuracy
import talks_transcript
from process_memory import machine_description

RESULTS = _paths.ROOT / "benchmarks" / "RESULTS.md"


class _Tee(io.StringIO):
    """Print as it goes, and keep a copy for the results file."""

    def write(self, text):
        sys.__stdout__.write(text)
        sys.__stdout__.flush()
        return super().write(text)


def _captured(title, function, *args):
    buffer = _Tee()
    print(f"\n## {title}\n", flush=True)
    with redirect_stdout(buffer):
        function(*args)
    return f"## {title}\n\n```\n{buffer.getvalue().strip()}\n```\n"


def search_index_sizes(posts):
    """Pagefind index of the demo site and of a synthetic site of `posts` posts."""
    sys.path.insert(0, str(_paths.ROOT))
    from lectern.build import run_pelican
    from lectern.search_index import build_index

    rows = []
    work = Path(tempfile.mkdtemp(prefix="lectern-search-"))
    try:
        demo = work / "demo"
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; sys.path.insert(0, '.'); from lectern.build import run_pelican; "
                f"run_pelican(['-q', '-s', 'pelicanconf.py', '-o', {str(demo)!r}])",
            ],
            cwd=_paths.ROOT,
            check=True,
            capture_output=True,
        )
        rows.append(("demo site", *build_index(str(demo))))
        site, _content, _commands = build_speed.make_site(posts)
        settings = site / "lectern_settings.py"
        run_pelican(["-q", "-s", str(settings), "-o", str(site / "out")])
        rows.append((f"{posts} synthetic posts (+3 talks, planet)", *build_index(str(site / "out"))))
        shutil.rmtree(site, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, files, data, total in rows:
        print(
            f"{name}: index data {data / 1024:.0f} KiB; with Pagefind's scripts {total / 1024:.0f} KiB in {files} files"
        )


def main(argv=None):
    quick = "--quick" in (argv or [])
    build_args = list(argv or [])
    sections = [
        f"# Benchmark results\n\nMeasured on {dt.date.today().isoformat()}: {machine_description()}, "
        f"Python {sys.version.split()[0]}.\nCommand: `.venv/bin/invoke bench{' --quick' if quick else ''}` "
        "(each script also runs alone: `.venv/bin/python benchmarks/<script>.py`).\n",
    ]
    buffer = _Tee()
    print("## Build speed against vanilla Pelican\n", flush=True)
    with redirect_stdout(buffer):
        result = build_speed.main(build_args)
    sections.append(
        "## Build speed against vanilla Pelican\n\n"
        "Vanilla: Pelican 4.12, its `simple` theme, default Markdown settings, no plugins, the same posts.\n"
        "Lectern: this repository's pelicanconf.py as it is, through lectern.build as `invoke build` runs it\n"
        "(without the search index), and it also builds 3 hour-long talks and a planet of 4,000 cached\n"
        "entries. A cold build reads no cache; the rebuild reuses what did not change. Builds alternate\n"
        "A/B. Peak memory is sampled from /proc every 50 ms, children included (the render worker too):\n"
        "PSS counts a page shared by several processes once, RSS once per process.\n\n"
        + "\n".join(result["table"])
        + "\n\n"
        + "\n".join(f"- {line}" for line in result["summary"])
        + "\n"
    )
    sections.append(
        _captured(
            "Livereload: saving a post to its page and a listing updated",
            livereload_latency.main,
            ["--posts", "100", "--edits", "3"] if quick else [],
        )
    )
    sections.append(
        _captured("SQL highlighting: agreement with PostgreSQL's scanner, speed", sql_accuracy.main)
    )
    sections.append(_captured("Detection of unlabelled code blocks", detection_accuracy.main))
    sections.append(_captured("Talk transcripts: read, clean and render an hour", talks_transcript.main))
    sections.append(
        _captured("Planet: fetch and build", planet_fetch.main, ["--feeds", "60"] if quick else [])
    )
    sections.append(_captured("Search index size", search_index_sizes, 100 if quick else 1000))
    sections.append(
        _captured(
            "Import: a large WordPress export, streamed",
            import_export.main,
            ["--megabytes", "5"] if quick else ["--megabytes", "50"],
        )
    )
    RESULTS.write_text("\n".join(sections), encoding="utf-8")
    print(f"\nWrote {RESULTS.relative_to(_paths.ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
