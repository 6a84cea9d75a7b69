"""`invoke check`: run the chosen checks on a built site, print a table and a summary line for each.

A check fails on any finding of severity "error". A check whose tool (Java, Chromium) is missing
is skipped with the install command, or fails under CI=true.
"""

import sys
import time
from dataclasses import dataclass, field

from lectern.tools import ToolMissing, running_in_ci

from .accessibility import check_accessibility
from .feeds import check_feeds
from .html import check_html
from .links import check_links
from .weight import check_weight

CHECKS = {
    "html": lambda config: check_html(config.output_dir),
    "feeds": lambda config: check_feeds(config.output_dir, config.publish, config.site_origins),
    "links": lambda config: check_links(config.output_dir, config.site_origins),
    "accessibility": lambda config: check_accessibility(config.output_dir, config.site_origins),
    "weight": lambda config: check_weight(
        config.output_dir, config.site_origins, config.page_budget_kb, allowed_hosts=config.allowed_hosts
    ),
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class CheckResult:
    name: str
    findings: list = field(default_factory=list)
    missing: ToolMissing | None = None  # the tool that was not there
    seconds: float = 0.0

    def count(self, severity):
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def failed(self):
        return self.count("error") > 0 or (self.missing is not None and running_in_ci())

    def summary(self):
        if self.missing is not None:
            verdict = "FAILED" if self.failed else "SKIPPED"
            why = " (CI=true: a missing tool is a failure)" if self.failed else ""
            return f"{self.name}: {verdict}: {self.missing}{why}"
        counts = ", ".join(f"{self.count(s)} {s}{'s' if self.count(s) != 1 else ''}" for s in SEVERITY_ORDER)
        return f"{self.name}: {'FAILED' if self.failed else 'passed'}: {counts} ({self.seconds:.1f} s)"


def parse_only(only):
    """Check names from a comma list ("" for all); ValueError naming any unknown one."""
    names = [name.strip() for name in (only or "").split(",") if name.strip()] or list(CHECKS)
    unknown = [name for name in names if name not in CHECKS]
    if unknown:
        raise ValueError(f"unknown check(s) {', '.join(unknown)}; choose from {', '.join(CHECKS)}")
    return names


def run_checks(config, names):
    """A CheckResult per name, in the order given."""
    results = []
    for name in names:
        started = time.monotonic()
        result = CheckResult(name)
        try:
            result.findings = sorted(CHECKS[name](config), key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
        except ToolMissing as missing:
            result.missing = missing
        result.seconds = time.monotonic() - started
        results.append(result)
    return results


def table(findings):
    """Findings as an aligned text table: file, line/selector, severity, message."""
    rows = [("file", "where", "severity", "message")]
    rows += [(f.file or "-", f.where or "-", f.severity, f.message) for f in findings]
    widths = [min(max(len(row[i]) for row in rows), limit) for i, limit in enumerate((60, 40, 8))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        lines.append("  ".join([*cells, row[3]]).rstrip())
    return "\n".join(lines)


def report(results, stream=None):
    """Print a table per check and a summary line per check; return the exit status (0 or 1)."""
    stream = stream or sys.stdout
    for result in results:
        stream.write(f"\n== {result.name} ==\n")
        if result.missing is not None:
            stream.write(f"{result.missing}\n")
        elif result.findings:
            stream.write(table(result.findings) + "\n")
        else:
            stream.write("no findings\n")
    stream.write("\n")
    for result in results:
        stream.write(result.summary() + "\n")
    return 1 if any(result.failed for result in results) else 0
