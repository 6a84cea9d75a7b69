"""invoke tasks as a writer uses them: new-post, and builds that fail clearly on broken posts."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

INVOKE = [sys.executable, "-m", "invoke"]


def invoke(project, *args):
    return subprocess.run([*INVOKE, *args], cwd=project, capture_output=True, text=True, timeout=300)


def test_task_names_follow_pelican_quickstart():
    from conftest import ROOT

    listed = invoke(ROOT, "--list").stdout
    for name in [
        "clean",
        "build",
        "rebuild",
        "regenerate",
        "serve",
        "reserve",
        "preview",
        "livereload",
        "publish",
        "gh-pages",
        "new-post",
        "new-talk",
        "import",
        "planet",
        "test",
    ]:
        assert f"  {name} " in listed or f"  {name}\n" in listed, name


@pytest.mark.slow
def test_new_post_writes_a_draft_and_refuses_to_overwrite(project_copy):
    result = invoke(project_copy, "new-post", "Vacuum, Freeze & Wraparound!", "--tags", "postgresql")
    assert result.returncode == 0, result.stderr
    written = list((project_copy / "content" / "posts").rglob("vacuum-freeze-wraparound.md"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert "Title: Vacuum, Freeze & Wraparound!" in text and "Slug: vacuum-freeze-wraparound" in text
    assert "Status: draft" in text and "Tags: postgresql" in text
    written[0].write_text(text + "\nMy words.\n", encoding="utf-8")
    again = invoke(project_copy, "new-post", "Vacuum, Freeze & Wraparound!")
    assert again.returncode != 0
    assert "already exists" in again.stderr + again.stdout
    assert written[0].read_text(encoding="utf-8").endswith("My words.\n")
    # And the new draft builds.
    assert invoke(project_copy, "build").returncode == 0


BROKEN_POSTS = {
    "bad-date.md": ("Title: Bad date\nDate: 2024-13-45 25:00\nCategory: PostgreSQL\n\nBody.\n", "2024-13-45"),
    "no-title.md": ("Date: 2024-01-02\nCategory: PostgreSQL\n\nBody.\n", "Title"),
    "typo-key.md": ("Title: Typo\nDate: 2024-01-02\nTgas: postgresql\n\nBody.\n", "tgas"),
    "bad-status.md": ("Title: Status\nDate: 2024-01-02\nStatus: publishd\n\nBody.\n", "publishd"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BROKEN_POSTS))
def test_broken_post_fails_the_build_and_names_the_file(project_copy, name):
    text, problem = BROKEN_POSTS[name]
    Path(project_copy, "content", "posts", name).write_text(text, encoding="utf-8")
    result = invoke(project_copy, "build")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert name in output and problem.lower() in output.lower(), output
    assert "Traceback" not in output


def test_publish_refuses_without_a_target(project_copy):
    result = invoke(project_copy, "publish")
    assert result.returncode != 0
    assert "SSH_TARGET" in result.stderr + result.stdout


@pytest.mark.slow
def test_publish_refuses_when_the_build_has_errors(project_copy, tmp_path):
    Path(project_copy, "content", "posts", "broken.md").write_text(
        "Date: 2024-01-01\n\nx\n", encoding="utf-8"
    )
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    marker = tmp_path / "rsync-ran"
    (fake_bin / "rsync").write_text(f"#!/bin/sh\ntouch {marker}\n")
    (fake_bin / "rsync").chmod(0o755)
    import os

    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "LECTERN_SSH_TARGET": "me@host:/srv/"}
    result = subprocess.run([*INVOKE, "publish"], cwd=project_copy, capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert "broken.md" in result.stdout + result.stderr
    assert not marker.exists()


@pytest.mark.slow
def test_build_shows_warnings_without_failing(project_copy):
    Path(project_copy, "content", "posts", "warn.md").write_text(
        "Title: Warn\nDate: 2024-01-01\nCategory: PostgreSQL\n\n![x]({static}/images/missing-figure.png)\n",
        encoding="utf-8",
    )
    result = invoke(project_copy, "build")
    assert result.returncode == 0, result.stderr
    assert "missing-figure.png" in result.stdout + result.stderr


@pytest.mark.slow
def test_quick_runs_the_fast_tests_and_leaves_out_slow_and_browser_ones():
    from conftest import ROOT

    listed = invoke(ROOT, "test", "--quick", "--args", "--collect-only -q -p no:cacheprovider")
    assert listed.returncode == 0, listed.stdout + listed.stderr
    tests = {line.split("::")[0] for line in listed.stdout.splitlines() if "::" in line}
    assert {"tests/test_sql_lexers.py", "tests/test_site_build.py", "tests/test_talks_subtitles.py"} <= tests
    assert not tests & {"tests/test_build_speed_guards.py", "tests/test_theme_browser.py"}
    assert "test_demo_site_passes" not in listed.stdout  # slow, and partly browser


@pytest.mark.slow
def test_the_suite_runs_one_process_a_core_and_all_in_one_with_jobs_0():
    """Workers by default (the suite's builds side by side); `--jobs 0` for a debugger's one process."""
    from conftest import ROOT

    some = "tests/test_detect_round204.py -q -p no:cacheprovider"
    spread = invoke(ROOT, "test", "--jobs", "2", "--args", some)
    assert spread.returncode == 0, spread.stdout + spread.stderr
    assert "bringing up nodes" in spread.stdout and " passed" in spread.stdout
    alone = invoke(ROOT, "test", "--jobs", "0", "--args", some)
    assert alone.returncode == 0, alone.stdout + alone.stderr
    assert "bringing up nodes" not in alone.stdout and " passed" in alone.stdout


def test_the_build_loop_ends_when_a_build_is_interrupted_and_goes_on_after_a_failed_one(tmp_path):
    """Ctrl-C during a loop's build (130) ends `invoke regenerate`/`livereload`; a broken post does not."""
    import threading

    from invoke.exceptions import Exit

    import tasks

    watched = tmp_path / "content"
    watched.mkdir()
    (watched / "post.md").write_text("one", encoding="utf-8")
    outcomes = iter(
        [Exit("Build failed: a broken post", code=1), Exit("Build failed: interrupted", code=130)]
    )
    builds = []

    def build_once():
        builds.append(1)
        if len(builds) > 1:
            raise next(outcomes)

    stop = threading.Event()
    result = {}

    def loop():
        try:
            tasks.watch_and_build(build_once, poll_seconds=0.02, roots=[str(watched)], stop=stop)
        except Exit as ended:
            result["code"] = ended.code

    runner = threading.Thread(target=loop, daemon=True)
    runner.start()
    for n, words in enumerate(("two", "three")):
        deadline = time.monotonic() + 10
        while len(builds) < n + 2 and time.monotonic() < deadline:
            (watched / "post.md").write_text(f"{words} {time.monotonic()}", encoding="utf-8")
            time.sleep(0.1)
    runner.join(10)
    stop.set()
    assert result == {"code": 130} and len(builds) == 3
