"""What an import did, as a table at the end, and a progress bar while a large one runs."""

import sys
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Report:
    dry_run: bool = False
    format: str = ""
    items: Counter = field(default_factory=Counter)  # post, page, draft
    skipped: Counter = field(default_factory=Counter)  # by the old blog's item type
    declared: Counter = field(default_factory=Counter)  # code blocks by language, label in the post
    detected: Counter = field(default_factory=Counter)  # code blocks by language, found by detection
    images: Counter = field(default_factory=Counter)
    files: Counter = field(default_factory=Counter)  # by write outcome
    written: list = field(default_factory=list)  # (relative path, outcome)
    warnings: list = field(default_factory=list)

    def warn(self, message):
        self.warnings.append(message)

    def count(self, item, converted, relative, outcome):
        self.items[item.kind + "s"] += 1
        if item.draft:
            self.items["drafts"] += 1
        for block in converted.blocks:
            (self.detected if block.detected else self.declared)[block.language] += 1
        self.files[outcome] += 1
        self.written.append((relative, outcome))
        if outcome.startswith("kept"):
            self.warn(f"{relative}: edited since it was imported; left as it is (--force replaces it)")

    def rows(self):
        yield "source", self.format
        yield "posts", self.items["posts"]
        yield "pages", self.items["pages"]
        yield "drafts (of those)", self.items["drafts"]
        for kind, n in sorted(self.skipped.items()):
            yield f"skipped: {kind}", n
        languages = sorted(
            set(self.declared) | set(self.detected), key=lambda k: (-self.declared[k] - self.detected[k], k)
        )
        total_declared, total_detected = sum(self.declared.values()), sum(self.detected.values())
        yield (
            "code blocks",
            f"{total_declared + total_detected} ({total_declared} declared, {total_detected} detected)",
        )
        for language in languages:
            yield f"  {language}", f"{self.declared[language]} declared, {self.detected[language]} detected"
        for what, n in sorted(self.images.items()):
            yield f"images: {what}", n
        for outcome, n in sorted(self.files.items()):
            yield f"files {'that would be ' if self.dry_run else ''}{outcome}", n
        yield "warnings", len(self.warnings)

    def print(self, out=sys.stdout):
        rows = [(label, str(value)) for label, value in self.rows()]
        width = max(len(label) for label, _ in rows)
        title = "Import (dry run: nothing written)" if self.dry_run else "Import"
        print(title, file=out)
        for label, value in rows:
            print(f"  {label.ljust(width)}  {value}", file=out)
        for message in self.warnings:
            print(f"warning: {message}", file=out)


class Progress:
    """A one-line bar on a terminal's stderr; silent when not a terminal or not enabled."""

    def __init__(self, label, *, enabled=True, stream=None):
        self.stream = stream or sys.stderr
        self.label = label
        self.enabled = enabled and self.stream.isatty()
        self.shown = -1

    def update(self, done, total):
        if not self.enabled or not total:
            return
        percent = int(100 * done / total)
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent // 4)
            self.stream.write(f"\r{self.label} [{bar:<25}] {percent:3d}%")
            self.stream.flush()

    def done(self):
        if self.enabled and self.shown >= 0:
            self.stream.write("\n")
            self.stream.flush()
