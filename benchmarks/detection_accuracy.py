"""Accuracy and speed of sql_highlight.detect on labelled sets of code blocks.

Without arguments: our own labelled corpora (benchmarks/corpus/detection*). With --folder (one
or more): folders of NNN-<label>.txt blocks, such as the real blocks that
gather_detection_blocks.py writes to /tmp/lectern-detection-real/{tuning,held-out}.

A folder may hold label audits (audit*.tsv: file, source label, audited label, reason; see
LABELLING.md): a block's label is then the audited one, and a block audited `unscored` (it fits
none of our labels) is left out. The figures are printed with the audited labels and, for
comparison, with the source's labels as gathered.

Run: .venv/bin/python benchmarks/detection_accuracy.py [-v] [--folder PATH ...]
"""

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import _paths  # noqa: F401

from sql_highlight.detect import SQL_FAMILY, detect_language

DETECTION_SETS = {
    "tuning set": _paths.CORPUS / "detection",  # the rules were tuned on this one
    "held-out set": _paths.CORPUS / "detection-holdout",  # written apart, never tuned on
}


UNSCORED = "unscored"


def audited_labels(folder):
    """{file name: audited label} from the folder's audit*.tsv files."""
    audited = {}
    for audit in sorted(Path(folder).glob("audit*.tsv")):
        for line in audit.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                name, _source, label = line.split("\t")[:3]
                audited[name] = label.strip()
    return audited


def labelled_blocks(folder, relabel=None):
    relabel = relabel or {}
    for path in sorted(Path(folder).glob("*.txt")):
        label = relabel.get(path.name, path.stem.split("-", 1)[1])
        if label != UNSCORED:
            yield path, label, path.read_text(encoding="utf-8")


RUNS = 3


def timed_answers(codes):
    """Each block's answer and its time, the best of RUNS passes over the whole set: a single
    pass counts the scheduler's and the collector's pauses against whichever block they fell on,
    and passing over the set (not repeating a block at once) keeps detection's per-block caches
    from serving a repeat."""
    answers, best = [], [float("inf")] * len(codes)
    for run in range(RUNS):
        for at, code in enumerate(codes):
            start = time.perf_counter()
            answer = detect_language(code)
            best[at] = min(best[at], (time.perf_counter() - start) * 1000)
            if run == 0:
                answers.append(answer)
    return answers, best


def score(name, folder, verbose=False, relabel=None):
    """Print and return (accuracy, SQL-family blocks labelled outside the family, ms per block).
    `relabel`: {file name: audited label}; an empty dict scores the sources' own labels."""
    total = correct = sql_mislabelled = 0
    misses = Counter()
    if relabel:
        name += f" (audited labels: {len(relabel)} changed, see {folder}/audit*.tsv)"
    elif relabel is not None:
        name += " (labels as the sources give them)"
    blocks = list(labelled_blocks(folder, relabel))
    answers, timings = timed_answers([code for _path, _label, code in blocks])
    for (path, label, _code), answer in zip(blocks, answers, strict=True):
        total += 1
        if answer == label:
            correct += 1
        else:
            misses[(label, answer)] += 1
            if verbose:
                print(f"  {path.name}: expected {label}, got {answer}")
        if label in SQL_FAMILY and answer not in SQL_FAMILY:
            sql_mislabelled += 1
    if not total:
        print(f"detection, {name}: no blocks in {folder}")
        return None
    print(f"detection, {name}: {correct}/{total} = {correct / total:.1%} (target >= 97%)")
    c_as_cpp = misses[("cpp", "c")] + misses[("c", "cpp")]
    if c_as_cpp:  # the issue lists C and C++ as one language; the sources' fences mix them
        merged = correct + c_as_cpp
        print(f"  with c and cpp as one label (the issue's c/cpp): {merged}/{total} = {merged / total:.1%}")
    print(f"SQL-family blocks labelled as anything else: {sql_mislabelled} (target 0)")
    median, worst = statistics.median(timings), max(timings)
    print(f"ms per block: median {median:.2f}, max {worst:.2f} (target <= 20; best of {RUNS} passes)")
    for (label, answer), count in misses.most_common():
        print(f"  {label} -> {answer}: {count}")
    return correct / total, sql_mislabelled, worst


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="name each block detected wrongly")
    parser.add_argument("--folder", action="append", type=Path, help="a folder of NNN-<label>.txt blocks")
    args = parser.parse_args(argv)
    sets = {str(folder): folder for folder in args.folder} if args.folder else DETECTION_SETS
    audits = {name: audited_labels(folder) for name, folder in sets.items()}
    results = {name: score(name, folder, args.verbose, audits[name] or None) for name, folder in sets.items()}
    for name, folder in sets.items():
        if audits[name]:  # the same blocks, as their sources label them
            results[f"{name}, source labels"] = score(name, folder, args.verbose, {})
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
