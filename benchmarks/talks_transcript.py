"""Time to read, clean and render the transcript of a generated one-hour talk (~2,000 cues).

    .venv/bin/python benchmarks/talks_transcript.py

The talk is written in both of YouTube's auto-caption shapes (raw WebVTT with rolling lines, word
timestamps and hold cues; exported SRT with overlapping times) by talks.shapes, to a temporary
folder. One run = read the file, parse, clean, group into paragraphs and chapters, render the
transcript HTML and the WebVTT, SRT and text downloads, as a build does for a talk page. The
figures are medians of RUNS runs after one warm-up: CPU time of this process (what the target
of TARGET_MS per talk is held to, so that other work on a shared machine does not count) and
wall-clock time beside it. `main()` returns the figures (for `invoke bench`).
"""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import _paths  # noqa: F401

from talks.chapters import Chapter
from talks.shapes import caption_lines, exported_srt, raw_youtube_vtt, timed_words
from talks.transcript import load_transcript

TARGET_MS = 50.0
RUNS = 9
LINES = 2000  # caption lines: cues of new words (the raw WebVTT has a hold cue after each, too)
VOCABULARY = (
    "the a we and to of index indexes partial postgres query planner table row rows is it that this "
    "for you on with where select update vacuum analyze statistics so when then now but not can "
    "will would have has be are was were one two three queue job jobs worker workers lock skip"
).split()


def one_hour_talk(seed=20250516):
    """Caption lines (lists of TimedWords) of a generated talk of about an hour and LINES lines."""
    rng = random.Random(seed)
    words, pauses = [], {}
    for index in range(LINES * 6):
        words.append(rng.choice(VOCABULARY))
        if rng.random() < 0.08:
            pauses[index] = rng.choice((0.4, 0.6, 1.8, 2.5))
    lines = caption_lines(timed_words(words, start=1.0, seconds_per_word=0.25, pauses=pauses))
    return lines[:LINES]


def _run(path, chapters):
    transcript = load_transcript(str(path), chapters, slug=str.lower)
    html = transcript.html(lambda seconds: f"talk.webm#t={seconds:.2f}")
    return len(transcript.captions), len(html) + len(transcript.vtt()) + len(transcript.srt()) + len(
        transcript.text()
    )


def measure(path, chapters, runs=RUNS):
    """(median CPU ms, median wall ms, cleaned cues)."""
    _run(path, chapters)  # warm-up: imports, regex caches
    cpu, wall = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        cues, _size = _run(path, chapters)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return statistics.median(cpu), statistics.median(wall), cues


def main():
    lines = one_hour_talk()
    length = lines[-1][-1].start
    chapters = [Chapter(length * i / 8, f"Part {i + 1}") for i in range(8)]
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        shapes = {
            "raw YouTube WebVTT (shape a)": (Path(folder) / "talk.vtt", raw_youtube_vtt(lines)),
            "exported SRT (shape b)": (Path(folder) / "talk.srt", exported_srt(lines)),
        }
        for name, (path, text) in shapes.items():
            path.write_text(text, encoding="utf-8")
            raw_cues = text.count("-->")
            cpu, wall, cues = measure(path, chapters)
            figures[name] = {
                "median_ms": round(cpu, 2),
                "median_wall_ms": round(wall, 2),
                "file_cues": raw_cues,
                "clean_cues": cues,
                "minutes": round(length / 60, 1),
                "target_ms": TARGET_MS,
                "ok": cpu < TARGET_MS,
            }
    print(
        f"Read + clean + render a generated talk of {length / 60:.0f} minutes, median of {RUNS} runs "
        f"(target {TARGET_MS:g} ms):"
    )
    for name, figure in figures.items():
        verdict = "ok" if figure["ok"] else "OVER TARGET"
        print(
            f"  {name:30} {figure['median_ms']:6.1f} ms CPU ({figure['median_wall_ms']:.1f} ms wall)  "
            f"{figure['file_cues']:5} cues in the file, {figure['clean_cues']} after cleaning  {verdict}"
        )
    return figures


if __name__ == "__main__":
    results = main()
    sys.exit(0 if all(r["ok"] for r in results.values()) else 1)
