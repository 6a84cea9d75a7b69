"""axe-core (as bundled by axe-playwright-python) in headless Chromium, light and dark schemes.

Zero violations at WCAG 2.1 AA on a representative page of each template, picked from the output.
"""

import glob
import os

from lectern.tools import ToolMissing

from . import Finding
from .browsing import PageNotLoaded, relative, site_browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ("light", "dark")
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def _largest(output_dir, pattern):
    matches = sorted(glob.glob(os.path.join(output_dir, pattern)))
    return max(matches, key=os.path.getsize) if matches else None


def _code_heaviest(output_dir):
    """The page with the most code blocks (<pre> elements), if any page has one."""
    best, best_count = None, 0
    for path in sorted(glob.glob(os.path.join(output_dir, "**", "*.html"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            count = f.read().count("<pre")
        if count > best_count:
            best, best_count = path, count
    return best


PROSE_MARKS = ('class="admonition', "<details", "<math", "<dl>", "<abbr")


def _richest_prose(output_dir):
    """The post with the most admonitions, collapsible blocks, formulas, definition lists and
    abbreviations, if any post has one."""
    best, best_count = None, 0
    for path in sorted(glob.glob(os.path.join(output_dir, "posts", "**", "index.html"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        count = sum(text.count(mark) for mark in PROSE_MARKS)
        if count > best_count:
            best, best_count = path, count
    return best


def representative_pages(output_dir):
    """Home, the most code-heavy post, the post richest in admonitions and math, a tag page, a page,
    archives, 404; talks, planet and search if built."""
    candidates = [
        os.path.join(output_dir, "index.html"),
        _code_heaviest(output_dir),
        _richest_prose(output_dir),
        _largest(output_dir, "tag/*/index.html"),
        os.path.join(output_dir, "about", "index.html"),
        os.path.join(output_dir, "archives", "index.html"),
        os.path.join(output_dir, "404.html"),
        os.path.join(output_dir, "talks", "index.html"),
        _largest(output_dir, "talks/*/index.html"),
        os.path.join(output_dir, "planet", "index.html"),
        os.path.join(output_dir, "search", "index.html"),
    ]
    pages = [path for path in candidates if path and os.path.isfile(path)]
    return list(dict.fromkeys(pages))


def _axe():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        raise ToolMissing(
            "axe-core (the axe-playwright-python package)", ".venv/bin/pip install -e ."
        ) from None
    return Axe()


def _node_message(node):
    for key in ("any", "all", "none"):
        for check in node.get(key) or []:
            if check.get("message"):
                return check["message"]
    return ""


def check_accessibility(output_dir, site_origins=(), pages=None, schemes=SCHEMES):
    """One finding per element axe-core flags, per page and colour scheme."""
    output_dir = os.path.normpath(output_dir)
    pages = (
        representative_pages(output_dir) if pages is None else [os.path.join(output_dir, p) for p in pages]
    )
    axe = _axe()
    findings = []
    with site_browser(output_dir, site_origins) as site:
        for scheme in schemes:
            with site.context(color_scheme=scheme, reduced_motion="reduce") as context:
                page = context.new_page()
                for path in pages:
                    try:
                        site.visit(page, path)
                    except PageNotLoaded as failure:
                        findings.append(failure.finding)
                        continue
                    results = axe.run(page, options=AXE_OPTIONS).response
                    for violation in results["violations"]:
                        for node in violation["nodes"]:
                            detail = _node_message(node)
                            findings.append(
                                Finding(
                                    relative(output_dir, path),
                                    " ".join(str(t) for t in node["target"]),
                                    f"[{scheme}] {violation['id']} ({violation.get('impact')}): {violation['help']}"
                                    + (f" ({detail})" if detail else ""),
                                )
                            )
    return findings
