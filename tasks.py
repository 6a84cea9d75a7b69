"""Invoke tasks, with Pelican quickstart's names: `invoke --list` shows them all."""

import datetime
import os
import shlex
import shutil
import sys

from invoke import task
from invoke.exceptions import Exit
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lectern.build import BuildFailed, run_pelican  # noqa: E402
from lectern.new_post import new_post as write_new_post  # noqa: E402
from lectern.search_index import IndexFailed, build_index  # noqa: E402

OPEN_BROWSER_ON_SERVE = False
SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS = {}
SETTINGS.update(DEFAULT_CONFIG)
SETTINGS.update(get_settings_from_file(SETTINGS_FILE_BASE))

CONFIG = {
    "settings_base": SETTINGS_FILE_BASE,
    "settings_publish": "publishconf.py",
    "deploy_path": SETTINGS["OUTPUT_PATH"],
    # rsync over ssh: "user@host:/path/"; the LECTERN_SSH_TARGET environment variable wins.
    "ssh_target": os.environ.get("LECTERN_SSH_TARGET", SETTINGS.get("SSH_TARGET", "")),
    "ssh_port": os.environ.get("LECTERN_SSH_PORT", str(SETTINGS.get("SSH_PORT", 22))),
    "github_pages_branch": SETTINGS.get("GITHUB_PAGES_BRANCH", "gh-pages"),
    "commit_message": f"'Publish site on {datetime.date.today().isoformat()}'",
    "host": os.environ.get("LECTERN_HOST", "localhost"),
    "port": int(os.environ.get("LECTERN_PORT", "8000")),
}


def pelican_run(arguments):
    """Run Pelican; on reported errors print them and exit non-zero (no traceback)."""
    from invoke.main import program

    remainder = getattr(program.core, "remainder", "") if program.core else ""
    try:
        run_pelican(f"{arguments} {remainder}")
    except BuildFailed as failure:
        raise Exit(f"Build failed: {failure}", code=1) from None


def index_for_search(settings_file):
    """Pagefind's index of the freshly built site, unless SEARCH_ENABLED is off."""
    settings = dict(DEFAULT_CONFIG)
    settings.update(get_settings_from_file(settings_file))
    if not settings.get("SEARCH_ENABLED"):
        return
    try:
        files, data, total = build_index(settings["OUTPUT_PATH"])
    except IndexFailed as failure:
        raise Exit(f"Search index failed: {failure}", code=1) from None
    print(
        f"Search index: {data / 1024:.0f} KiB of index data ({total / 1024:.0f} KiB with Pagefind's scripts, "
        f"{files} files) in {settings['OUTPUT_PATH']}/pagefind/"
    )


@task
def clean(c):
    """Remove generated files"""
    if os.path.isdir(CONFIG["deploy_path"]):
        shutil.rmtree(CONFIG["deploy_path"])
        os.makedirs(CONFIG["deploy_path"])


@task
def build(c):
    """Build local version of site (and its search index)"""
    pelican_run("-s {settings_base}".format(**CONFIG))
    index_for_search(CONFIG["settings_base"])


@task
def rebuild(c):
    """`build` with the delete switch"""
    pelican_run("-d -s {settings_base}".format(**CONFIG))
    index_for_search(CONFIG["settings_base"])


@task
def regenerate(c):
    """Automatically regenerate site upon file modification"""
    pelican_run("-r -s {settings_base}".format(**CONFIG))


@task
def serve(c):
    """Serve site at http://$HOST:$PORT/ (default is localhost:8000)"""

    class AddressReuseTCPServer(RootedHTTPServer):
        allow_reuse_address = True

    server = AddressReuseTCPServer(
        CONFIG["deploy_path"], (CONFIG["host"], CONFIG["port"]), ComplexHTTPRequestHandler
    )
    if OPEN_BROWSER_ON_SERVE:
        import webbrowser

        webbrowser.open("http://{host}:{port}".format(**CONFIG))
    sys.stderr.write("Serving at http://{host}:{port}/ ...\n".format(**CONFIG))
    server.serve_forever()


@task
def reserve(c):
    """`build`, then `serve`"""
    build(c)
    serve(c)


@task
def preview(c):
    """Build production version of site (and its search index)"""
    pelican_run("-s {settings_publish}".format(**CONFIG))
    index_for_search(CONFIG["settings_publish"])


@task
def livereload(c):
    """Automatically reload browser tab upon file modification."""
    from livereload import Server

    def cached_build():
        cmd = "-s {settings_base} -e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true"
        try:
            run_pelican(cmd.format(**CONFIG))
            index_for_search(CONFIG["settings_base"])
        except (BuildFailed, Exit) as failure:
            sys.stderr.write(f"Build failed: {failure}\n")

    cached_build()
    server = Server()
    theme_path = SETTINGS["THEME"]
    watched_globs = [CONFIG["settings_base"], f"{theme_path}/templates/**/*.html", "plugins/**/*.py"]
    for extension in (".md", ".rst", ".srt", ".vtt"):
        watched_globs.append("{}/**/*{}".format(SETTINGS["PATH"], extension))
    for extension in (".css", ".js"):
        watched_globs.append(f"{theme_path}/static/**/*{extension}")
    for glob in watched_globs:
        server.watch(glob, cached_build)
    if OPEN_BROWSER_ON_SERVE:
        import webbrowser

        webbrowser.open("http://{host}:{port}".format(**CONFIG))
    server.serve(host=CONFIG["host"], port=CONFIG["port"], root=CONFIG["deploy_path"])


@task
def publish(c):
    """Publish to production via rsync (refuses if the build reported errors)"""
    if not CONFIG["ssh_target"]:
        raise Exit(
            "Nothing to publish to: set SSH_TARGET in pelicanconf.py or the LECTERN_SSH_TARGET "
            "environment variable (e.g. deploy@example.org:/srv/www/blog/).",
            code=2,
        )
    pelican_run("-s {settings_publish}".format(**CONFIG))  # exits before rsync on errors
    index_for_search(CONFIG["settings_publish"])
    c.run(
        'rsync --delete --exclude ".DS_Store" -pthrvz -c -e "ssh -p {ssh_port}" {} {ssh_target}'.format(
            shlex.quote(CONFIG["deploy_path"].rstrip("/") + "/"), **CONFIG
        )
    )


@task(name="gh-pages")
def gh_pages(c):
    """Publish to GitHub Pages"""
    preview(c)
    c.run("ghp-import -n -b {github_pages_branch} -m {commit_message} {deploy_path} -p".format(**CONFIG))


@task(
    name="new-post",
    help={"title": "the post's title", "category": "its category", "tags": "comma-separated tags"},
)
def new_post(c, title, category="PostgreSQL", tags=""):
    """Start a post at content/posts/<year>/<slug>.md (as a draft; never overwrites)"""
    try:
        path = write_new_post(SETTINGS["PATH"], title, category=category, tags=tags)
    except (FileExistsError, ValueError) as problem:
        raise Exit(f"new-post: {problem}", code=1) from None
    print(f"Wrote {path}. Remove 'Status: draft' to publish it.")


@task(
    help={
        "posts": "posts in the synthetic site (default 1000)",
        "rounds": "A/B rounds (default 5)",
        "quick": "a small, fast run to try the benchmarks",
    }
)
def bench(c, posts=1000, rounds=5, quick=False):
    """Measure build speed against vanilla Pelican and every plugin's targets; writes benchmarks/RESULTS.md"""
    arguments = ["--quick"] if quick else ["--posts", str(posts), "--rounds", str(rounds)]
    c.run(f"{shlex.quote(sys.executable)} benchmarks/run_all.py {' '.join(arguments)}", pty=False)


@task(
    help={
        "args": "extra arguments for pytest, e.g. '-k feeds -x'",
        "quick": "leave out the slow and browser tests: unit tests and a few builds, about a minute",
    }
)
def test(c, args="", quick=False):
    """Run the whole test suite (--quick: the fast part, for the edit-test loop)"""
    selection = "-m 'not slow and not browser' " if quick else ""
    c.run(f"{shlex.quote(sys.executable)} -m pytest {selection}{args}", pty=False)


@task(
    help={
        "only": "comma-separated checks to run: html,feeds,links,accessibility,weight (default: all)",
        "output": "the built site to audit (default: output/)",
        "settings": "the settings it was built with (default: pelicanconf.py; publishconf.py for `preview`)",
        "publish": "treat it as a publish build (no relative URLs in feeds) whatever the settings say",
    }
)
def check(c, only="", output="", settings=SETTINGS_FILE_BASE, publish=False):
    """Audit a built site: valid HTML and feeds, live links, accessibility, weight; non-zero on findings"""
    from lectern.checks.config import config_from_settings
    from lectern.checks.report import parse_only, report, run_checks

    try:
        names = parse_only(only)
    except ValueError as problem:
        raise Exit(f"check: {problem}", code=2) from None
    config = config_from_settings(settings, output_dir=output or None, publish=publish or None)
    if not os.path.isdir(config.output_dir):
        raise Exit(f"check: no built site in {config.output_dir}/: run `invoke build` first", code=2)
    status = report(run_checks(config, names))
    if status:
        raise Exit(code=status)


@task(help={"settings": "the settings file whose PLANET_FEEDS to fetch (default: pelicanconf.py)"})
def planet(c, settings=SETTINGS_FILE_BASE):
    """Fetch the planet's feeds into its cache (the only command that uses the network)"""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins"))
    from planet import main as fetch_planet

    planet_settings = dict(DEFAULT_CONFIG)
    planet_settings.update(get_settings_from_file(settings))
    status = fetch_planet(planet_settings)
    if status:
        raise Exit(code=status)
