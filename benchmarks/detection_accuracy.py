"""Accuracy of sql_highlight.detect on our labelled set of unlabelled code blocks.

Run: .venv/bin/python benchmarks/detection_accuracy.py [-v]
"""

import sys
from collections import Counter

import _paths  # noqa: F401

from sql_highlight.detect import _parses_as_sql, detect_language

DETECTION_SETS = {
    "tuning set": _paths.CORPUS / "detection",  # the rules were tuned on this one
    "held-out set": _paths.CORPUS / "detection-holdout",  # written apart, never tuned on
}


def labelled_blocks(folder):
    for path in sorted(folder.glob("*.txt")):
        label = path.stem.split("-", 1)[1]
        yield path, label, path.read_text(encoding="utf-8")


def score(name, folder, verbose=False):
    total = correct = sql_mislabelled = 0
    misses = Counter()
    for path, label, code in labelled_blocks(folder):
        answer = detect_language(code)
        total += 1
        if answer == label:
            correct += 1
        else:
            misses[(label, answer)] += 1
            if verbose:
                print(f"  {path.name}: expected {label}, got {answer}")
        if _parses_as_sql(code) and answer != "postgresql":
            sql_mislabelled += 1
    print(f"detection, {name}: {correct}/{total} = {correct / total:.1%} (target >= 97%)")
    print(f"blocks that parse as SQL but were labelled otherwise: {sql_mislabelled} (target 0)")
    for (label, answer), count in misses.most_common():
        print(f"  {label} -> {answer}: {count}")
    return correct / total, sql_mislabelled


def main(verbose=False):
    return {name: score(name, folder, verbose) for name, folder in DETECTION_SETS.items()}


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
