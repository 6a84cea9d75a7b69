"""Comments and analytics: off by default; when configured, comments load only after a click and
the analytics script is only in publish builds, where `invoke check` allows its host alone."""

import json
import re

import pytest

from blog.engagement import SettingError, analytics_config, comments_config, mastodon_problem
from browser import chromium, require_chromium, serve_directory
from conftest import pelican_build

POST = "content/posts/2026/django-keyset-pagination.md"
POST_PAGE = "posts/2026/django-keyset-pagination/index.html"
TOOT = "https://social.example.test/@mira/113456789012345678"
API = "https://social.example.test/api/v1/statuses/113456789012345678/context"
PLAUSIBLE = {"provider": "plausible", "host": "plausible.example.test", "site": "blog.example.test"}
ANALYTICS_SCRIPT = (
    '<script defer src="https://plausible.example.test/js/script.js" data-domain="blog.example.test">'
)


def test_settings_are_checked():
    assert comments_config(None) is None and analytics_config(None) is None
    assert comments_config({"provider": "mastodon"}) == {"provider": "mastodon"}
    giscus = comments_config(
        {
            "provider": "giscus",
            "repo": "mira/blog",
            "repo_id": "R_1",
            "category": "Comments",
            "category_id": "DIC_2",
        }
    )
    assert giscus["script"] == "https://giscus.app/client.js"
    assert (
        giscus["attributes"]["data-repo-id"] == "R_1" and giscus["attributes"]["data-mapping"] == "pathname"
    )
    with pytest.raises(SettingError, match="giscus needs repo_id, category_id"):
        comments_config({"provider": "giscus", "repo": "mira/blog", "category": "Comments"})
    with pytest.raises(SettingError, match="unknown provider 'disqus'"):
        comments_config({"provider": "disqus"})
    assert analytics_config(PLAUSIBLE)["src"] == "https://plausible.example.test/js/script.js"
    umami = analytics_config({"provider": "umami", "host": "cloud.umami.is", "site": "94db1cb1"})
    assert umami["attributes"] == {"data-website-id": "94db1cb1"}
    with pytest.raises(SettingError, match="host"):
        analytics_config({"provider": "plausible", "site": "blog.example.test"})
    goat = analytics_config({"provider": "goatcounter", "host": "mira.goatcounter.example.test"})
    assert goat["src"] is None  # the theme's own script, not GoatCounter's
    assert goat["attributes"] == {"data-goatcounter": "https://mira.goatcounter.example.test/count"}
    assert mastodon_problem(TOOT) is None
    assert mastodon_problem("https://social.example.test/users/mira/statuses/42") is None
    assert mastodon_problem("http://social.example.test/@mira/42")  # not https
    assert mastodon_problem("https://social.example.test/@mira")  # a profile, not a toot


def test_nothing_by_default(site, published_site):
    for build in (site, published_site):
        page = (build / POST_PAGE).read_text(encoding="utf-8")
        assert 'class="comments"' not in page and "comments.js" not in page
        assert "plausible" not in page and "umami" not in page


@pytest.fixture(scope="module")
def engaged(tmp_path_factory):
    """A copy of the project with Mastodon comments on one post and Plausible analytics, built
    locally and for publishing."""
    import shutil

    from conftest import ROOT

    project = tmp_path_factory.mktemp("engaged") / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".venv", "output", ".git", "__pycache__", ".pytest_cache", "cache"),
    )
    post = project / POST
    post.write_text(
        post.read_text(encoding="utf-8").replace("Slug:", f"Mastodon: {TOOT}\nSlug:", 1), encoding="utf-8"
    )
    extra = ["-e", f"COMMENTS={json.dumps({'provider': 'mastodon'})}", f"ANALYTICS={json.dumps(PLAUSIBLE)}"]
    builds = {}
    for name, settings in (("local", "pelicanconf.py"), ("published", "publishconf.py")):
        builds[name] = project / f"out-{name}"
        result = pelican_build(settings, builds[name], project=project, extra_args=extra)
        assert result.returncode == 0, result.stdout + result.stderr
    return builds


@pytest.mark.slow
def test_analytics_only_in_publish_builds_and_comments_only_where_a_toot_is(engaged):
    for name, output in engaged.items():
        pages = list(output.rglob("*.html"))
        with_script = [p for p in pages if ANALYTICS_SCRIPT in p.read_text(encoding="utf-8")]
        if name == "published":
            assert len(with_script) == len(pages)
        else:
            assert with_script == []
        post = (output / POST_PAGE).read_text(encoding="utf-8")
        assert f'data-toot="{TOOT}"' in post and "Load replies from social.example.test" in post
        others = [p for p in output.glob("posts/*/*/index.html") if p != output / POST_PAGE]
        assert others and not any('class="comments"' in p.read_text(encoding="utf-8") for p in others)


@pytest.mark.slow
def test_a_post_whose_mastodon_value_is_no_toot_fails_the_build(project_copy):
    post = project_copy / POST
    post.write_text(
        post.read_text(encoding="utf-8").replace(
            "Slug:", "Mastodon: https://social.example.test/@mira\nSlug:", 1
        ),
        encoding="utf-8",
    )
    result = pelican_build("pelicanconf.py", project_copy / "out", project=project_copy)
    assert result.returncode != 0
    assert "django-keyset-pagination.md: Mastodon: 'https://social.example.test/@mira' is not a toot" in (
        result.stdout + result.stderr
    )


@pytest.mark.slow
@pytest.mark.browser
def test_invoke_check_allows_the_analytics_host_and_no_other(engaged):
    from lectern.checks.config import analytics_hosts
    from lectern.checks.weight import check_weight

    output = engaged["published"]
    allowed = analytics_hosts(PLAUSIBLE)
    assert allowed == ("plausible.example.test",)
    about = output / "about/index.html"
    about.write_text(
        about.read_text(encoding="utf-8").replace(
            "</head>", '<script src="https://tracker.example.net/t.js"></script></head>', 1
        ),
        encoding="utf-8",
    )
    pages = ["index.html", POST_PAGE, "about/index.html"]
    require_chromium()
    findings = check_weight(output, ["https://blog.example.test"], pages=pages, allowed_hosts=allowed)
    errors = [(f.file, f.where) for f in findings if f.severity == "error"]
    assert errors == [("about/index.html", "https://tracker.example.net/t.js")]
    analytics = {f.file for f in findings if "analytics host" in f.message}
    assert analytics == {"index.html", "posts/2026/django-keyset-pagination/index.html", "about/index.html"}


REPLIES = {
    "ancestors": [],
    "descendants": [
        {
            "id": "1",
            "created_at": "2026-06-10T09:15:00.000Z",
            "url": "https://social.example.test/@ines/1",
            "account": {
                "display_name": "Ines <b>Okafor</b>",
                "acct": "ines",
                "url": "https://social.example.test/@ines",
            },
            "content": '<p>Keyset pagination saved our API.<br>Thanks!</p><p>See <a href="https://ines.example.test/">my notes</a>.</p>',
        },
        {
            "id": "2",
            "created_at": "2026-06-11T18:00:00.000Z",
            "url": "https://social.example.test/@mallory/2",
            "account": {
                "display_name": "Mallory",
                "acct": "mallory@evil.example.test",
                "url": "javascript:alert(1)",
            },
            "content": '<p>Nice<img src="https://evil.example.test/pixel.png" onerror="window.pwned=1">'
            '<script>window.pwned=2</script> <a href="javascript:window.pwned=3">click</a></p>',
        },
    ],
}


@pytest.mark.slow
@pytest.mark.browser
def test_mastodon_replies_are_fetched_only_after_the_click_and_shown_as_text(engaged):
    from fixtures.planet.feedserver import FeedServer, Raw

    output = engaged["local"]
    with FeedServer() as instance, serve_directory(output) as base, chromium() as context:
        instance.routes["/api/v1/statuses/113456789012345678/context"] = Raw(
            json.dumps(REPLIES).encode(),
            {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"},
        )

        def stand_in(route):  # the instance named in the post is answered by the one on 127.0.0.1
            response = route.fetch(url=instance.url(route.request.url.split("social.example.test", 1)[1]))
            route.fulfill(response=response)

        context.route("https://social.example.test/**", stand_in)
        context.route("https://evil.example.test/**", lambda route: route.abort())
        page = context.new_page()
        requests, errors = [], []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/posts/2026/django-keyset-pagination/", wait_until="load")
        page.wait_for_timeout(500)
        assert [u for u in requests if "social.example.test" in u] == []
        assert instance.hits == []
        button = page.get_by_role("button", name="Load replies from social.example.test")
        button.click()
        page.locator(".comment").nth(1).wait_for()
        assert [u for u in requests if "social.example.test" in u] == [API]
        assert [hit.path for hit in instance.hits] == ["/api/v1/statuses/113456789012345678/context"]
        first, second = page.locator(".comment").all()
        assert "Ines <b>Okafor</b> (@ines)" in first.inner_text()  # a name is text, tags and all
        assert "Keyset pagination saved our API.\nThanks!" in first.inner_text()
        assert first.locator("a", has_text="my notes").get_attribute("href") == "https://ines.example.test/"
        assert first.locator("time").get_attribute("datetime") == "2026-06-10T09:15:00.000Z"
        assert first.locator("a:has(time)").get_attribute("href") == "https://social.example.test/@ines/1"
        # Someone else's HTML: no element of it reaches the page, no script runs, no image loads.
        assert second.locator("img, script").count() == 0
        assert [a.get_attribute("href") for a in second.locator("a").all()] == [
            "https://social.example.test/@mallory/2"
        ]
        assert page.evaluate("window.pwned") is None
        assert not any("evil.example.test" in u for u in requests)
        assert page.get_by_role("button", name=re.compile("Load replies")).count() == 0
        assert not errors


@pytest.mark.browser
@pytest.mark.parametrize("do_not_track", [False, True])
def test_goatcounter_sends_one_page_view_to_its_host_unless_the_reader_opts_out(tmp_path, do_not_track):
    """The theme's goatcounter.js, as the analytics partial includes it, in Chromium."""
    import shutil
    from urllib.parse import parse_qs, urlsplit

    from conftest import ROOT

    shutil.copy(ROOT / "theme" / "static" / "js" / "goatcounter.js", tmp_path / "goatcounter.js")
    (tmp_path / "post").mkdir()
    (tmp_path / "post" / "index.html").write_text(
        "<!doctype html><html lang='en'><head><title>Keyset pagination</title>"
        "<script defer src='/goatcounter.js' data-goatcounter='https://mira.goatcounter.example.test/count'>"
        "</script></head><body><p>Hello</p></body></html>",
        encoding="utf-8",
    )
    with serve_directory(tmp_path) as base, chromium() as context:
        if do_not_track:
            context.add_init_script("Object.defineProperty(navigator, 'doNotTrack', {get: () => '1'})")
        counted = []
        context.route(
            "https://mira.goatcounter.example.test/**",
            lambda route: (counted.append(route.request.url), route.fulfill(status=204)),
        )
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(f"{base}/post/", wait_until="load")
        page.wait_for_timeout(300)
    others = [u for u in requests if not u.startswith(base) and "goatcounter.example.test" not in u]
    assert others == []
    if do_not_track:
        assert counted == []
        return
    [url] = counted
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.path == "/count" and query["p"] == ["/post/"] and query["t"] == ["Keyset pagination"]
