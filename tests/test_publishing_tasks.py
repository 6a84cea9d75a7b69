"""`invoke publish` and `invoke gh-pages` as a user runs them."""

import os
import subprocess
import sys

import pytest

INVOKE = [sys.executable, "-m", "invoke"]


def test_publish_without_rsync_says_so_in_one_line(project_copy, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty), "LECTERN_SSH_TARGET": "me@host:/srv/"}
    result = subprocess.run([*INVOKE, "publish"], cwd=project_copy, env=env, capture_output=True, text=True)
    assert result.returncode == 2
    said = (result.stdout + result.stderr).strip()
    assert said == "publish: rsync is not installed (e.g. `apt-get install rsync`)."
    assert not (project_copy / "cache" / "upload").exists()  # nothing built


def git(*args, cwd):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_gh_pages_pushes_the_site_with_nojekyll_and_cname_to_origin(project_copy, tmp_path):
    origin = tmp_path / "origin.git"
    git("init", "--bare", "-q", str(origin), cwd=tmp_path)
    git("init", "-q", cwd=project_copy)
    git("remote", "add", "origin", str(origin), cwd=project_copy)
    with open(project_copy / "publishconf.py", "a", encoding="utf-8") as f:
        f.write('CNAME = "blog.example.org"\n')
    env = {
        **os.environ,
        "SITEURL": "https://blog.example.org",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    result = subprocess.run(
        [*INVOKE, "gh-pages"], cwd=project_copy, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    files = git("ls-tree", "--name-only", "gh-pages", cwd=origin).split()
    assert {".nojekyll", "CNAME", "index.html", "sitemap.xml"} <= set(files)
    assert git("show", "gh-pages:CNAME", cwd=origin) == "blog.example.org\n"
