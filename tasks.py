"""Invoke tasks, with Pelican quickstart's names: `invoke --list` shows them all."""

import contextlib
import datetime
import os
import shlex
import shutil
import sys
import time

from invoke import task
from invoke.exceptions import Exit
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lectern.build import BuildFailed, remove_own_stages, run_pelican  # noqa: E402
from lectern.new_post import new_post as write_new_post  # noqa: E402
from lectern.search_index import IndexFailed, build_index, reuse_index  # noqa: E402

OPEN_BROWSER_ON_SERVE = False
SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS = {}
SETTINGS.update(DEFAULT_CONFIG)
SETTINGS.update(get_settings_from_file(SETTINGS_FILE_BASE))

CONFIG = {
    "settings_base": SETTINGS_FILE_BASE,
    "settings_publish": "publishconf.py",
    "deploy_path": SETTINGS["OUTPUT_PATH"],
    # `publish` and `gh-pages` build here and upload from here, apart from output/.
    "upload_path": os.path.join(SETTINGS.get("CACHE_PATH", "cache"), "upload"),
    # rsync over ssh: "user@host:/path/"; the LECTERN_SSH_TARGET environment variable wins.
    "ssh_target": os.environ.get("LECTERN_SSH_TARGET", SETTINGS.get("SSH_TARGET", "")),
    "ssh_port": os.environ.get("LECTERN_SSH_PORT", str(SETTINGS.get("SSH_PORT", 22))),
    "github_pages_branch": SETTINGS.get("GITHUB_PAGES_BRANCH", "gh-pages"),
    "commit_message": f"'Publish site on {datetime.date.today().isoformat()}'",
    "host": os.environ.get("LECTERN_HOST", "localhost"),
    "port": int(os.environ.get("LECTERN_PORT", "8000")),
}


def site_settings(settings_file):
    settings = dict(DEFAULT_CONFIG)
    settings.update(get_settings_from_file(settings_file))
    return settings


def pelican_run(arguments, settings_file, cold=False, deferred=None):
    """Build with Pelican into a staging folder, index it for search, then put it in place.
    On reported errors or an interrupt, print them and exit non-zero (no traceback); the
    previous output is left as it was."""
    from invoke.main import program

    remainder = getattr(program.core, "remainder", "") if program.core else ""
    try:
        run_pelican(
            f"{arguments} {remainder}", after_build=search_indexer(settings_file, deferred), cold=cold
        )
    except BuildFailed as failure:
        raise Exit(f"Build failed: {failure}", code=failure.exit_code) from None


def search_indexer(settings_file, deferred=None):
    """Pagefind's index of a freshly built site, unless SEARCH_ENABLED is off. The previous index
    is kept when no page changed. `deferred`: a list the livereload loop passes, which then
    gets the output to index after the new site is in place (the pages show at once)."""
    if not site_settings(settings_file).get("SEARCH_ENABLED"):
        return None

    def index(stage, previous):
        if reuse_index(stage, previous):
            return
        if deferred is not None and reuse_index_files(stage, previous):
            deferred.append(previous)
            return
        try:
            files, data, total = build_index(stage)
        except IndexFailed as failure:
            raise BuildFailed([f"search index: {failure}"]) from None
        print(
            f"Search index: {data / 1024:.0f} KiB of index data ({total / 1024:.0f} KiB with Pagefind's "
            f"scripts, {files} files)"
        )

    return index


def reuse_index_files(stage, previous):
    """The previous index, linked in until the new one is made (livereload)."""
    old = os.path.join(previous, "pagefind")
    if not os.path.isdir(old):
        return False
    shutil.copytree(old, os.path.join(stage, "pagefind"), copy_function=os.link)
    return True


@task
def clean(c):
    """Remove generated files"""
    if os.path.isdir(CONFIG["deploy_path"]):
        shutil.rmtree(CONFIG["deploy_path"])
        os.makedirs(CONFIG["deploy_path"])


@task
def build(c):
    """Build local version of site (and its search index), reusing what did not change"""
    pelican_run("-s {settings_base}".format(**CONFIG), CONFIG["settings_base"])


@task
def rebuild(c):
    """`build` from scratch: no cache read, every page rendered"""
    pelican_run("-s {settings_base}".format(**CONFIG), CONFIG["settings_base"], cold=True)


def build_in_loop(on_built=None):
    """A build for the livereload and regenerate loops: the new pages are put in place first, the
    search index is made in place right after (the previous one serves until then)."""
    deferred = []

    def build_once():
        pelican_run("-s {settings_base}".format(**CONFIG), CONFIG["settings_base"], deferred=deferred)

    def built():
        if on_built is not None:
            on_built()
        while deferred:
            try:
                build_index(deferred.pop())
            except IndexFailed as failure:
                sys.stderr.write(f"Search index failed: {failure}\n")

    watch_and_build(build_once, built)


@task
def regenerate(c):
    """Build again upon every change to content, theme, settings or plugins (Ctrl-C to stop)"""
    build_in_loop()


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
    """Build production version of site (and its search index) into output/"""
    pelican_run("-s {settings_publish}".format(**CONFIG), CONFIG["settings_publish"])


def build_for_upload():
    """The publish build, in a folder of its own (never output/): what is uploaded is exactly
    a build that finished without error."""
    pelican_run("-s {settings_publish} -o {upload_path}".format(**CONFIG), CONFIG["settings_publish"])
    return CONFIG["upload_path"]


def watched_files(roots=None):
    """(path, mtime, size) of everything a build reads: content, theme, settings, plugins, planet cache."""
    if roots is None:
        roots = [
            SETTINGS["PATH"],
            SETTINGS["THEME"],
            "plugins",
            SETTINGS.get("PLANET_CACHE_PATH", "planet-cache"),
        ]
    found = {}
    for name in (CONFIG["settings_base"], CONFIG["settings_publish"]):
        if os.path.isfile(name):
            stat = os.stat(name)
            found[name] = (stat.st_mtime_ns, stat.st_size)
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                path = os.path.join(folder, name)
                with contextlib.suppress(OSError):
                    stat = os.stat(path)
                    found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def plugin_code_changed(before, after):
    return any(
        p.startswith("plugins") and p.endswith(".py") and before.get(p) != after.get(p) for p in after
    ) or any(p.startswith("plugins") and p.endswith(".py") and p not in after for p in before)


def watch_and_build(build_once, on_built=None, poll_seconds=0.2, roots=None, stop=None):
    """Build, then build again after every change, in this one process. Plugin code is the one
    thing a running process cannot take in: on a change to it the process starts itself again."""

    def attempt():
        try:
            build_once()
        except Exit as failure:
            if failure.code >= 128:  # interrupted (128 + the signal): the loop ends with the build
                raise
            sys.stderr.write(f"{failure.message}\n")
            return
        if on_built is not None:
            on_built()

    try:
        attempt()
        seen = watched_files(roots)
        while stop is None or not stop.is_set():
            time.sleep(poll_seconds)
            now = watched_files(roots)
            if now == seen:
                continue
            if plugin_code_changed(seen, now):
                sys.stderr.write("Plugin code changed: starting again.\n")
                remove_own_stages(CONFIG["deploy_path"])
                os.execv(sys.executable, [sys.executable, *sys.argv])
            seen = now
            attempt()
    finally:
        remove_own_stages(CONFIG["deploy_path"])  # however the loop ends, no stage of it is left


@task
def livereload(c):
    """Build upon every change (in one process, reusing what did not change) and reload the browser"""
    import threading

    from livereload import Server

    server = Server()
    built = threading.Event()
    # Touched after each build that put a new output/ in place: the browser reloads then.
    stamp = os.path.join(SETTINGS.get("CACHE_PATH", "cache"), "livereload-built")

    def after_build():
        os.makedirs(os.path.dirname(stamp), exist_ok=True)
        with open(stamp, "w") as f:
            f.write(str(time.time()))
        built.set()

    threading.Thread(target=build_in_loop, args=(after_build,), daemon=True, name="lectern-builds").start()
    built.wait(600)
    server.watch(stamp)
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
    if not shutil.which("rsync"):
        raise Exit("publish: rsync is not installed (e.g. `apt-get install rsync`).", code=2)
    folder = build_for_upload()  # exits non-zero, before any upload, unless the build finished
    # --delay-updates and --delete-after: the site changes only once every file has arrived.
    c.run(
        'rsync --delete-after --delay-updates --exclude ".DS_Store" -pthrvz -c -e "ssh -p {ssh_port}" {} {ssh_target}'.format(
            shlex.quote(folder.rstrip("/") + "/"), **CONFIG
        )
    )


@task(name="gh-pages")
def gh_pages(c):
    """Publish to GitHub Pages"""
    preview(c)
    # ghp-import from this environment (.venv/bin need not be on PATH); -n adds .nojekyll, so
    # GitHub Pages serves the files as built; -p pushes the branch to `origin`.
    c.run(
        "{python} -m ghp_import -n -b {github_pages_branch} -m {commit_message} {deploy_path} -p".format(
            python=shlex.quote(sys.executable), **CONFIG
        )
    )


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
    name="new-talk",
    positional=["title"],
    help={
        "title": "the talk's title (\"\" with --from-youtube: the video's)",
        "video": "a YouTube URL, or the path of a video file under content/",
        "captions": "an .srt or .vtt file (any encoding): copied in beside the talk as UTF-8",
        "chapters": "a text file with '0:00 Intro' lines (a video's description): made a chapters .vtt",
        "slides": "a slides file (PDF...): copied in beside the talk",
        "event": "the event's name",
        "date": "YYYY-MM-DD [HH:MM] (default: now, or the video's date)",
        "from-youtube": "fill in title, date, description, chapters and captions from a YouTube video (needs yt-dlp)",
    },
)
def new_talk(
    c, title=None, video="", captions="", chapters="", slides="", event="", date="", from_youtube=""
):
    """Start a talk at content/talks/<slug>.md with its files beside it (as a draft; never overwrites)"""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins"))
    from lectern.new_talk import NewTalkError
    from lectern.new_talk import new_talk as write_new_talk
    from lectern.youtube import YouTubeError

    try:
        written, warnings = write_new_talk(
            SETTINGS["PATH"],
            title,
            video=video,
            captions=captions or None,
            chapters=chapters or None,
            slides=slides or None,
            event=event,
            date=date or None,
            from_youtube=from_youtube or None,
            talks_dir=(SETTINGS.get("TALKS_PATHS") or ["talks"])[0],
        )
    except (FileExistsError, NewTalkError, YouTubeError) as problem:
        raise Exit(f"new-talk: {problem}", code=1) from None
    for warning in warnings:
        print(f"warning: {warning}")
    print(f"Wrote {', '.join(str(path) for path in written)}. Remove 'Status: draft' to publish it.")


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
        "jobs": "test processes (pytest-xdist's -n): 'auto', one a core (the default); 0, all in this one",
    }
)
def test(c, args="", quick=False, jobs="auto"):
    """Run the whole test suite (--quick: the fast part, for the edit-test loop)"""
    selection = "-m 'not slow and not browser' " if quick else ""
    # Most of the time is real builds and browsers, each waiting on its own work: one process a core
    # runs them side by side (pytest-xdist starts fresh interpreters, it forks none).
    workers = f"-n {shlex.quote(str(jobs))} "
    c.run(f"{shlex.quote(sys.executable)} -m pytest {workers}{selection}{args}", pty=False)


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
    from lectern.build_record import read, siteurl_warning

    checked = site_settings(settings)
    warning = siteurl_warning(
        read(checked.get("CACHE_PATH"), config.output_dir),
        checked.get("SITEURL"),
        config.output_dir.rstrip("/"),
        settings,
    )
    if warning:
        print(warning, file=sys.stderr)
    status = report(run_checks(config, names))
    if status:
        raise Exit(code=status)


@task(
    name="import",
    help={
        "source": "a WordPress export (WXR), an RSS 2.0 or Atom feed (Blogger's export): a file or a URL",
        "dry-run": "read everything and print the summary, write nothing",
        "force": "replace files edited since they were imported",
        "images": "download the old site's images into content/images/ (--no-images keeps the links)",
    },
)
def import_(c, source, dry_run=False, force=False, images=True):
    """Move an existing blog in: posts to content/posts/<year>/<slug>.md, pages to content/pages/"""
    from lectern.importing.run import ImportFailed, import_source

    try:
        import_source(
            source,
            SETTINGS["PATH"],
            SETTINGS.get("CACHE_PATH", "cache"),
            dry_run=dry_run,
            force=force,
            images=images,
        )
    except ImportFailed as problem:
        raise Exit(f"import: {problem}", code=1) from None


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
