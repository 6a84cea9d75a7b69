"""Speed must never cost correctness: parallel builds equal sequential ones byte for byte, and a
cached rebuild equals a fresh build after any change to a post, a template, a setting or a plugin."""

import filecmp
import os
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, pelican_build

sys.path.insert(0, str(ROOT / "benchmarks"))

# Every test here builds a project at least twice: `invoke test --quick` leaves them out.
pytestmark = pytest.mark.slow

VOLATILE = re.compile(rb"<updated>[^<]*</updated>|<lastBuildDate>[^<]*</lastBuildDate>")


def tree(folder):
    return sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*") if p.is_file())


def assert_same_site(first, second):
    assert tree(first) == tree(second)
    for name in tree(first):
        a, b = Path(first, name).read_bytes(), Path(second, name).read_bytes()
        if a != b and name.endswith(".xml"):
            a, b = VOLATILE.sub(b"", a), VOLATILE.sub(b"", b)  # feeds with no entries date themselves "now"
        assert a == b, name


@pytest.fixture()
def bigger_project(project_copy):
    """The demo plus 40 synthetic posts, enough for the worker pools to start."""
    from synthetic_site import write_posts

    write_posts(project_copy / "content", 40)
    return project_copy


def test_parallel_build_is_byte_identical_to_a_sequential_one(bigger_project):
    """Parallel reading and writing and compressed bodies change no byte of the site."""
    sequential, parallel = bigger_project / "out-seq", bigger_project / "out-par"
    result = pelican_build(
        "pelicanconf.py",
        sequential,
        project=bigger_project,
        extra_args=["-e", "PARALLEL_READERS=0", "PARALLEL_WRITERS=1", "COMPACT_BODIES=false"],
    )
    assert result.returncode == 0, result.stderr
    result = pelican_build(
        "pelicanconf.py",
        parallel,
        project=bigger_project,
        extra_args=["-e", "PARALLEL_READERS=2", "PARALLEL_WRITERS=2"],
    )
    assert result.returncode == 0, result.stderr
    assert_same_site(sequential, parallel)


def test_an_error_in_a_writer_process_fails_the_build(bigger_project):
    template = bigger_project / "theme" / "templates" / "article.html"
    broken = "{% block content %}{% if article.slug.startswith('synthetic') %}{{ none.attribute.missing }}{% endif %}"
    template.write_text(template.read_text().replace("{% block content %}", broken, 1))
    result = pelican_build(
        "pelicanconf.py",
        bigger_project / "out",
        project=bigger_project,
        extra_args=["-e", "PARALLEL_WRITERS=2"],
    )
    assert result.returncode != 0
    assert "Undefined" in result.stderr or "undefined" in result.stderr


CACHED = ["-e", "CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true"]


def cached_build(project, out):
    result = pelican_build("pelicanconf.py", out, project=project, extra_args=CACHED)
    assert result.returncode == 0, result.stderr


def fresh_build(project, out, extra=()):
    result = pelican_build(
        "pelicanconf.py", out, project=project, extra_args=["-e", "CACHE_CONTENT=false", *extra]
    )
    assert result.returncode == 0, result.stderr


def change_post(project):
    post = sorted((project / "content" / "posts").rglob("synthetic-post-3.md"))[0]
    post.write_text(post.read_text() + "\nA new closing paragraph with `inline code`.\n")


def change_title(project):
    post = sorted((project / "content" / "posts").rglob("synthetic-post-5.md"))[0]
    post.write_text(re.sub(r"^Title: .*$", "Title: A renamed post", post.read_text(), count=1, flags=re.M))


def change_template(project):
    base = project / "theme" / "templates" / "partials" / "post_meta.html"
    base.write_text(base.read_text().replace("min read", "minutes to read"))


def change_plugin(project):
    module = project / "plugins" / "blog" / "post_extras.py"
    module.write_text(module.read_text().replace("CODE_LINES_PER_MINUTE = 20", "CODE_LINES_PER_MINUTE = 2"))


def change_highlighting(project):
    module = project / "plugins" / "sql_highlight" / "vocabulary.py"
    module.write_text(module.read_text().replace('"bigserial bool box', '"bigserial boolean_alias box'))


@pytest.mark.parametrize(
    "change", [change_post, change_title, change_template, change_plugin, change_highlighting]
)
def test_cached_rebuild_after_a_change_equals_a_fresh_build(bigger_project, change):
    out = bigger_project / "out"
    cached_build(bigger_project, out)
    cached_build(bigger_project, out)  # everything from the caches
    change(bigger_project)
    cached_build(bigger_project, out)
    fresh = bigger_project / "fresh"
    fresh_build(bigger_project, fresh)
    assert_same_site(fresh, out)


def test_cached_rebuild_after_a_setting_changes_equals_a_fresh_build(bigger_project):
    out = bigger_project / "out"
    cached_build(bigger_project, out)
    conf = bigger_project / "pelicanconf.py"
    conf.write_text(
        conf.read_text()
        .replace('SITENAME = "Halloran on Postgres"', 'SITENAME = "Renamed Blog"')
        .replace("READING_WORDS_PER_MINUTE = 230", "READING_WORDS_PER_MINUTE = 100")
    )
    cached_build(bigger_project, out)
    fresh = bigger_project / "fresh"
    fresh_build(bigger_project, fresh)
    assert_same_site(fresh, out)
    assert "Renamed Blog" in (out / "index.html").read_text()


def test_deleted_output_files_are_written_again(bigger_project):
    out = bigger_project / "out"
    cached_build(bigger_project, out)
    victim = sorted(out.glob("posts/*/synthetic-post-1/index.html"))[0]
    os.remove(victim)
    cached_build(bigger_project, out)
    assert victim.is_file()
    fresh = bigger_project / "fresh"
    fresh_build(bigger_project, fresh)
    assert filecmp.cmp(victim, fresh / victim.relative_to(out), shallow=False)


def test_a_cached_rebuild_leaves_unchanged_pages_alone(bigger_project):
    out = bigger_project / "out"
    cached_build(bigger_project, out)
    pages = sorted(out.glob("posts/*/synthetic-post-*/index.html"))
    before = {p: p.stat().st_mtime_ns for p in pages}
    change_post(bigger_project)
    cached_build(bigger_project, out)
    rewritten = [p.parent.name for p in pages if p.stat().st_mtime_ns != before[p]]
    assert rewritten == ["synthetic-post-3"]


def test_generator_level_content_cache_survives_a_second_build(bigger_project):
    out = bigger_project / "out"
    args = [*CACHED, 'CONTENT_CACHING_LAYER="generator"']
    for _ in range(2):
        result = pelican_build("pelicanconf.py", out, project=bigger_project, extra_args=["-e", *args[1:]])
        assert result.returncode == 0, result.stderr
    fresh = bigger_project / "fresh"
    fresh_build(bigger_project, fresh)
    assert_same_site(fresh, out)
