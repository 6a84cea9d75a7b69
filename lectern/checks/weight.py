"""Page weight and privacy: every page loaded in Chromium requests nothing from another host
(but the configured analytics host, `allowed_hosts`), and its HTML+CSS+JS (images and fonts left
out) stays within the budget."""

import os
from urllib.parse import urlsplit

from . import Finding
from .browsing import PageNotLoaded, relative, site_browser
from .links import html_files

COUNTED = {"document": "HTML", "stylesheet": "CSS", "script": "JS"}


def _kb(size):
    return f"{size / 1024:.1f} KB"


def check_weight(output_dir, site_origins=(), budget_kb=150, pages=None, allowed_hosts=()):
    """Per page: an error per request to another host, its weight (info), an error over budget."""
    output_dir = os.path.normpath(output_dir)
    pages = list(html_files(output_dir)) if pages is None else [os.path.join(output_dir, p) for p in pages]
    findings = []
    with site_browser(output_dir, site_origins) as site, site.context() as context:
        page = context.new_page()
        for path in pages:
            try:
                requests = site.visit(page, path)
            except PageNotLoaded as failure:
                findings.append(failure.finding)
                continue
            name = relative(output_dir, path)
            sizes = dict.fromkeys(COUNTED.values(), 0)
            counted = set()
            for request in requests:
                if request.file is None:
                    allowed = (urlsplit(request.url).netloc or "").lower() in allowed_hosts
                    findings.append(
                        Finding(
                            name,
                            request.url,
                            f"requests a {request.resource_type} from the analytics host (ANALYTICS)"
                            if allowed
                            else f"requests a {request.resource_type} from another host",
                            "info" if allowed else "error",
                        )
                    )
                elif (
                    request.resource_type in COUNTED
                    and request.file not in counted
                    and os.path.isfile(request.file)
                ):
                    counted.add(request.file)
                    sizes[COUNTED[request.resource_type]] += os.path.getsize(request.file)
            total = sum(sizes.values())
            parts = " + ".join(f"{kind} {_kb(size)}" for kind, size in sizes.items())
            over = total > budget_kb * 1024
            findings.append(
                Finding(
                    name,
                    "",
                    f"{parts} = {_kb(total)}" + (f", over the {budget_kb:g} KB budget" if over else ""),
                    "error" if over else "info",
                )
            )
    return findings
