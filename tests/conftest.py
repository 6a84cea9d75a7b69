"""Shared fixtures: real Pelican builds of the demo site into temporary folders."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests: no deadline (tests never time things; a loaded machine is not a failure), and
# under CI the same examples every run (derandomize), so a landing never hangs on a draw that a
# local run did not make; locally every run draws anew, which is how new cases are found.
hypothesis_settings.register_profile("lectern", deadline=None)
hypothesis_settings.register_profile(
    "ci", parent=hypothesis_settings.get_profile("lectern"), derandomize=True
)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "lectern")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))

PUBLISH_SITEURL = "https://blog.example.test"


def pelican_build(settings_file, output_dir, project=ROOT, env_extra=None, extra_args=()):
    """Build `project` with `settings_file` into `output_dir` through `lectern.build` (as invoke does)."""
    env = {**os.environ, "SITEURL": PUBLISH_SITEURL, **(env_extra or {})}
    code = (
        "import sys; sys.path.insert(0, '.');"
        "from lectern.build import run_pelican, BuildFailed\n"
        "try:\n"
        f"    run_pelican({['-s', settings_file, '-o', str(output_dir), '-q', *extra_args]!r})\n"
        "except BuildFailed as e:\n"
        "    print(e, file=sys.stderr); sys.exit(1)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def pelican_with_warnings(project, output_dir, *args):
    """Pelican's own command line on `project` (settings pelicanconf.py), plain log lines: unlike
    lectern.build (pelican_build), it shows warnings. `args` go after `-o output_dir`."""
    return subprocess.run(
        [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-o", str(output_dir), *args]
        + ["--log-handler", "plain"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _built(settings_file, tmp_path_factory, name):
    output = tmp_path_factory.mktemp(name)
    result = pelican_build(settings_file, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The demo site built with pelicanconf.py (local settings)."""
    return _built("pelicanconf.py", tmp_path_factory, "site")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The demo site built with publishconf.py and SITEURL set."""
    return _built("publishconf.py", tmp_path_factory, "published")


@pytest.fixture(scope="session")
def demo_settings():
    from pelican.settings import read_settings

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return read_settings("pelicanconf.py")
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def demo_posts(demo_settings):
    """Metadata of every demo post, read with Pelican's own reader (published and drafts)."""
    from pelican.contents import Article
    from pelican.readers import Readers

    readers = Readers(demo_settings)
    posts = []
    for path in sorted((ROOT / "content" / "posts").rglob("*.md")):
        content = readers.read_file(
            str(ROOT / "content"), str(path.relative_to(ROOT / "content")), content_class=Article
        )
        posts.append(content)
    return posts


def copy_project(target):
    """A copy of the project (without output/, caches and .venv) at `target`."""
    shutil.copytree(
        ROOT,
        target,
        ignore=shutil.ignore_patterns(
            ".venv", "output", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "cache"
        ),
    )
    return target


@pytest.fixture()
def project_copy(tmp_path):
    """A throwaway copy of the project (without output/ and .venv) to break things in."""
    return copy_project(tmp_path / "project")
