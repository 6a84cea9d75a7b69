"""Faults end in a clear failure, never a false success: a broken template, a killed worker,
Ctrl-C or SIGTERM, a broken cache, two builds at once. After each: the exit code says so, the
previous output is whole, no process of the build is left, and errors name the right file."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import PUBLISH_SITEURL, ROOT

pytestmark = pytest.mark.slow
BUILD = (
    "import sys; sys.path.insert(0, '.');"
    "from lectern.build import run_pelican, BuildFailed\n"
    "try:\n"
    "    run_pelican(sys.argv[1:])\n"
    "except BuildFailed as e:\n"
    "    print(e, file=sys.stderr); sys.exit(e.exit_code)\n"
)


def start_build(project, output, *args, marker):
    env = {**os.environ, "SITEURL": PUBLISH_SITEURL, "LECTERN_TEST_MARKER": marker}
    return subprocess.Popen(
        [sys.executable, "-c", BUILD, "-s", "pelicanconf.py", "-o", str(output), *args],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def processes_with(marker):
    """Processes whose environment carries `marker`: the build and anything it started."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if f"LECTERN_TEST_MARKER={marker}".encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def parent(pid):
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def assert_nothing_left(marker, seconds=10):
    deadline = time.monotonic() + seconds
    while processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_with(marker) == []


def wait_for_worker(build, marker, seconds=20):
    """The pids of the build's render workers, once there are any."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        workers = []
        for pid in processes_with(marker):
            try:
                spawned = b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if spawned and parent(pid) == build.pid:
                workers.append(pid)
        if workers:
            time.sleep(0.3)  # past start-up: rendering
            return workers
        time.sleep(0.01)
    return []


def more_posts(project, count=30):
    folder = project / "content" / "posts" / "2022"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"filler-{n}.md").write_text(
            f"Title: Filler {n}\nDate: 2022-01-{n % 28 + 1:02d} 10:00\nCategory: PostgreSQL\n\n"
            + "Some prose about vacuum and indexes.\n\n```sql\nSELECT 1;\n```\n" * 20,
            encoding="utf-8",
        )


def tree(folder):
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()
    }


def test_a_failing_template_with_workers_fails_fast_and_leaves_no_process(project_copy, tmp_path):
    more_posts(project_copy)
    template = project_copy / "theme" / "templates" / "base.html"
    template.write_text("{{ no_such_thing.oops() }}" + template.read_text(encoding="utf-8"), encoding="utf-8")
    marker = uuid.uuid4().hex
    build = start_build(project_copy, tmp_path / "out", "-e", "PARALLEL_READERS=2", marker=marker)
    _out, err = build.communicate(timeout=30)
    assert build.returncode == 1, err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()  # nothing half-built was put in place
    assert_nothing_left(marker)


def test_a_worker_killed_with_sigkill_fails_the_build_and_leaves_no_process(project_copy, tmp_path):
    more_posts(project_copy, 200)  # seconds of rendering: the worker is killed in the middle
    marker = uuid.uuid4().hex
    build = start_build(project_copy, tmp_path / "out", "-e", "PARALLEL_READERS=2", marker=marker)
    victims = wait_for_worker(build, marker)
    assert victims, "no worker process was seen"
    os.kill(victims[-1], signal.SIGKILL)
    _out, err = build.communicate(timeout=30)
    assert build.returncode == 1, err
    assert "render worker process" in err
    assert not (tmp_path / "out").exists()
    assert_nothing_left(marker)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("after", [0.3, 0.8, 1.5])
def test_an_interrupt_at_any_moment_exits_non_zero_and_leaves_the_old_site_whole(
    project_copy, tmp_path, signum, after
):
    more_posts(project_copy)
    output = tmp_path / "out"
    first = start_build(project_copy, output, "-e", "PARALLEL_READERS=2", marker="first")
    assert first.wait(60) == 0
    before = tree(output)
    (project_copy / "content" / "posts" / "2022" / "filler-0.md").write_text(
        "Title: Changed\nDate: 2022-01-01 10:00\n\nChanged.\n", encoding="utf-8"
    )
    marker = uuid.uuid4().hex
    build = start_build(project_copy, output, "-e", "LECTERN_COLD=true", "PARALLEL_READERS=2", marker=marker)
    time.sleep(after)
    build.send_signal(signum)
    _out, err = build.communicate(timeout=30)
    changed = output / "posts" / "2022" / "changed" / "index.html"
    if build.returncode == 0:  # finished before the signal arrived: it must then be whole and new
        assert changed.exists()
    elif build.returncode == -signum:
        # The signal came while Python was still importing, or once the build was over: the
        # default handler ended the process, and the site is the old one or the whole new one.
        assert tree(output) == before or changed.exists()
    else:
        assert build.returncode == 128 + signum, err
        if "after the new site was put in place" in err:  # the signal came in the last instant
            assert changed.exists()
        else:
            assert "the previous site was left as it was" in err
            assert tree(output) == before
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    assert_nothing_left(marker)


def test_an_error_names_its_file_alone(project_copy, tmp_path):
    more_posts(project_copy)
    (project_copy / "content" / "posts" / "2022" / "latin1.md").write_bytes(
        b"Title: Caf\xe9\nDate: 2022-02-02\n\nNot UTF-8: caf\xe9.\n"
    )
    build = start_build(project_copy, tmp_path / "out", "-e", "PARALLEL_READERS=2", marker="blame")
    _out, err = build.communicate(timeout=60)
    assert build.returncode == 1
    problems = [line for line in err.splitlines() if line.startswith("  - ")]
    assert len(problems) == 1, err
    assert "latin1.md" in problems[0] and "line 1" in problems[0] and "UTF-8" in problems[0]


def test_a_broken_cache_is_discarded_with_a_warning(project_copy, tmp_path):
    output = tmp_path / "out"
    assert start_build(project_copy, output, marker="c1").wait(60) == 0
    caches = list((project_copy / "cache").rglob("*.pickle"))
    assert caches
    for cache in caches:
        cache.write_bytes(cache.read_bytes()[:10])  # what a kill -9 mid-write would leave, or worse
    build = start_build(project_copy, output, marker="c2")
    out, err = build.communicate(timeout=60)
    assert build.returncode == 0, err
    assert "could not be read" in out + err
    cold = start_build(project_copy, tmp_path / "cold", "-e", "LECTERN_COLD=true", marker="c3")
    assert cold.wait(60) == 0
    assert tree(output) == tree(tmp_path / "cold")


def test_two_builds_with_different_settings_keep_each_others_cache(project_copy, tmp_path):
    local = start_build(project_copy, tmp_path / "a", marker="s1")
    other = subprocess.Popen(
        [sys.executable, "-c", BUILD, "-s", "publishconf.py", "-o", str(tmp_path / "b")],
        cwd=project_copy,
        env={**os.environ, "SITEURL": PUBLISH_SITEURL},
    )
    assert local.wait(60) == 0 and other.wait(60) == 0
    folders = sorted(p.name for p in (project_copy / "cache").iterdir() if p.name.startswith("lectern-"))
    assert len(folders) == 2
    assert start_build(project_copy, tmp_path / "a", marker="s3").wait(60) == 0
    assert (
        sorted(p.name for p in (project_copy / "cache").iterdir() if p.name.startswith("lectern-")) == folders
    )


def test_two_cold_builds_are_byte_identical(tmp_path):
    """Reproducible output, search index included (the way `invoke rebuild` builds)."""
    code = (
        "import sys; sys.path.insert(0, '.'); import tasks;"
        "from lectern.build import run_pelican;"
        "run_pelican(['-s', 'pelicanconf.py', '-o', sys.argv[1], '-q'],"
        " after_build=tasks.search_indexer('pelicanconf.py'), cold=True)"
    )
    for name in ("one", "two"):
        result = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / name)], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


def test_publish_uploads_nothing_from_a_failed_build(project_copy, tmp_path):
    (project_copy / "content" / "posts" / "2022").mkdir(parents=True, exist_ok=True)
    (project_copy / "content" / "posts" / "2022" / "broken.md").write_text("Title: x\nTgas: typo\n\nx\n")
    calls = tmp_path / "rsync-calls"
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "rsync").write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    (fake / "rsync").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{fake}:{os.environ['PATH']}",
        "LECTERN_SSH_TARGET": "nobody@127.0.0.1:/srv/",
    }
    result = subprocess.run(
        [str(Path(sys.executable).parent / "invoke"), "publish"],
        cwd=project_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "broken.md" in result.stdout + result.stderr
    assert not calls.exists()


def test_a_build_killed_with_sigkill_leaves_no_worker_and_the_next_build_is_whole(project_copy, tmp_path):
    more_posts(project_copy, 200)
    output = tmp_path / "out"
    marker = uuid.uuid4().hex
    build = start_build(project_copy, output, "-e", "PARALLEL_READERS=2", marker=marker)
    assert wait_for_worker(build, marker)
    build.kill()
    build.communicate(timeout=30)
    assert_nothing_left(marker)  # the workers see their pipe close and exit
    assert start_build(project_copy, output, marker="after").wait(120) == 0
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]  # the killed build's stage is gone
    assert (
        start_build(project_copy, tmp_path / "cold", "-e", "LECTERN_COLD=true", marker="cold").wait(120) == 0
    )
    assert tree(output) == tree(tmp_path / "cold")


def test_a_signal_during_the_clean_up_waits_for_it_then_is_delivered():
    """A Ctrl-C that lands while the stage is being removed must not leave half of it behind:
    the clean-up finishes, then the interrupt is delivered as it would have been."""
    from lectern.build import _signals_held

    done = []
    with pytest.raises(KeyboardInterrupt), _signals_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # a signal is handled between bytecodes: give it the chance
        done.append("cleaned")
    assert done == ["cleaned"]


def test_a_stopped_loop_removes_what_its_own_builds_left_and_nothing_of_another_process(tmp_path):
    """However a loop's build was cut short, its process's stages and set-aside outputs beside
    output/ go once the loop ends; another live build's stage stays."""
    from lectern.build import STAGE_MARK, remove_own_stages

    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("site")
    own = tmp_path / f".output{STAGE_MARK}{os.getpid()}-abc123.old"
    (own / "posts").mkdir(parents=True)
    (own / "posts" / "index.html").write_text("previous site")
    other = tmp_path / f".output{STAGE_MARK}{os.getppid()}-def456"
    other.mkdir()
    remove_own_stages(output)
    assert not own.exists()
    assert other.exists()  # the parent's build is alive: its stage is its own business
    assert (output / "index.html").read_text() == "site"
