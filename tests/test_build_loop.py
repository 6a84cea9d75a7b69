"""`invoke regenerate` (livereload's loop without the browser server): one long-lived process that
builds on every change, and the search index kept when no page changed."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
INVOKE = str(Path(sys.executable).parent / "invoke")


def wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def text(path):
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def test_regenerate_builds_each_change_in_one_process_and_stops_on_ctrl_c(project_copy):
    output = project_copy / "output"
    loop = subprocess.Popen(
        [INVOKE, "regenerate"], cwd=project_copy, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert wait_for(lambda: (output / "archives" / "index.html").exists())
        post = next((project_copy / "content" / "posts").rglob("jsonb-containment-queries.md"))
        post.write_text(post.read_text(encoding="utf-8").replace("Title: ", "Title: Regenerated ", 1))
        page = output / "posts" / "2024" / "jsonb-containment-queries" / "index.html"
        assert wait_for(
            lambda: "Regenerated" in text(page) and "Regenerated" in text(output / "archives" / "index.html")
        )
        assert loop.poll() is None  # the same process goes on
        post.write_text(post.read_text(encoding="utf-8").replace("Title: Regenerated ", "Title: Again ", 1))
        assert wait_for(lambda: "Again" in text(page))
    finally:
        loop.send_signal(signal.SIGINT)
        loop.communicate(timeout=30)
    assert loop.returncode != 0
    assert not [p for p in project_copy.iterdir() if ".building-" in p.name]


def test_the_search_index_is_kept_when_no_page_changed_and_made_again_when_one_did(project_copy):
    def build():
        result = subprocess.run(
            [INVOKE, "build"], cwd=project_copy, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def inodes():
        root = project_copy / "output" / "pagefind"
        return {p.relative_to(root): p.stat().st_ino for p in root.rglob("*") if p.is_file()}

    assert "Search index:" in build()
    first = inodes()
    assert "Search index:" not in build()
    assert inodes() == first  # the very files, linked
    post = next((project_copy / "content" / "posts").rglob("jsonb-containment-queries.md"))
    post.write_text(post.read_text(encoding="utf-8") + "\nA word nobody used: zyzzyvas.\n", encoding="utf-8")
    assert "Search index:" in build()
    assert inodes() != first
    assert os.path.isdir(project_copy / "output" / "pagefind")
