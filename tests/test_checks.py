"""`invoke check`: each checker catches the flaw its fixture carries, and the demo site passes them all."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from browser import missing_tool
from conftest import PUBLISH_SITEURL, ROOT
from lectern.checks import Finding
from lectern.checks.accessibility import check_accessibility, representative_pages
from lectern.checks.config import config_from_settings
from lectern.checks.feeds import check_feeds, control_characters, feedparser_problem
from lectern.checks.html import check_html
from lectern.checks.links import check_links
from lectern.checks.report import CheckResult, parse_only, report, run_checks
from lectern.checks.weight import check_weight
from lectern.tools import ToolMissing

FIXTURES = Path(__file__).parent / "fixtures" / "check"
FIXTURE_ORIGIN = "https://blog.example.test"


def run(check, *args, **kwargs):
    """A checker's findings; a missing Java or Chromium skips locally and fails under CI=true."""
    try:
        return check(*args, **kwargs)
    except ToolMissing as missing:
        missing_tool(missing)


def errors(findings):
    return [f for f in findings if f.severity == "error"]


def by_file(findings):
    files = {}
    for finding in errors(findings):
        files.setdefault(finding.file, []).append(finding.message)
    return files


def listing(findings):
    return "\n".join(f"{f.file}:{f.where} {f.message}" for f in findings)


# HTML ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_html_check_catches_an_unclosed_tag_and_passes_a_valid_page():
    found = by_file(run(check_html, FIXTURES / "html"))
    assert set(found) == {"unclosed-tag.html"}, found
    assert any("span" in message for message in found["unclosed-tag.html"])


# Feeds --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("duplicate-id.atom.xml", "duplicate id"),
        ("control-character.atom.xml", "control character U+001B"),
        ("escaped-control-character.rss.xml", "control character U+001B written as &amp;#x1b;"),
        ("missing-updated-and-link.atom.xml", "entry 2 has no updated, alternate link"),
        ("malformed.rss.xml", "not well-formed XML"),
        ("guid-not-permalink.rss.xml", 'must be a full URL unless it has isPermaLink="false"'),
        ("bad-dates.rss.xml", "<lastBuildDate>: '2024-05-01T10:00:00+00:00' is not an RFC 822 date"),
        ("bad-dates.rss.xml", "the day of the week is wrong (it was a Wed)"),
        ("no-author.atom.xml", "entry 1 has no author, nor has the feed"),
        ("no-author.atom.xml", "feed <updated>: '2024-05-01 10:00:00' is not an RFC 3339 date-time"),
    ],
)
def test_feed_check_catches(name, expected):
    found = by_file(check_feeds(FIXTURES / "feeds", publish=False, site_origins=[FIXTURE_ORIGIN]))
    assert any(expected in message for message in found.get(name, [])), found


def test_feed_check_passes_valid_feeds_and_opml():
    found = by_file(check_feeds(FIXTURES / "feeds", publish=True, site_origins=[FIXTURE_ORIGIN]))
    for name in ("valid.atom.xml", "valid.rss.xml", "subscriptions.opml"):
        assert name not in found, found[name]


def test_relative_urls_and_dead_links_in_feeds_fail_only_a_publish_build():
    local = by_file(check_feeds(FIXTURES / "feeds", publish=False, site_origins=[FIXTURE_ORIGIN]))
    published = by_file(check_feeds(FIXTURES / "feeds", publish=True, site_origins=[FIXTURE_ORIGIN]))
    assert "relative-url.atom.xml" not in local and "dead-link.atom.xml" not in local
    assert published["relative-url.atom.xml"] == ["relative URL '/posts/first/' in entry content"]
    assert "posts/gone/" in published["dead-link.atom.xml"][0]


def test_feed_dates_are_held_to_their_rfcs():
    from lectern.checks.feed_rules import rfc822_problem, rfc3339_problem

    assert rfc822_problem("Wed, 01 May 2024 10:00:00 +0000") is None
    assert rfc822_problem("01 May 2024 10:00 GMT") is None
    assert rfc822_problem("Wed, 1 May 2024 10:00:00 CEST")  # not a zone RFC 822 knows
    assert rfc822_problem("Fri, 31 Feb 2024 10:00:00 +0000")  # no such day
    assert rfc822_problem("Wed, 01 May 2024") and rfc822_problem("")
    assert rfc3339_problem("2024-05-01T10:00:00Z") is None
    assert rfc3339_problem("2024-05-01T10:00:00.5+01:00") is None
    assert rfc3339_problem("2024-05-01T10:00:00") and rfc3339_problem("2024-13-01T10:00:00Z")


def test_feedparser_bozo_is_reported():
    broken = (FIXTURES / "feeds" / "malformed.rss.xml").read_bytes()
    assert feedparser_problem(broken)
    assert feedparser_problem((FIXTURES / "feeds" / "valid.rss.xml").read_bytes()) is None


def test_control_characters_are_found_but_tab_and_newline_are_not():
    assert control_characters("a\tb\r\nc\n") == []
    assert control_characters("ok\nbad\x85 &#127; &amp;#x0c;") == [
        (2, "control character U+0085"),
        (2, "control character U+007F written as &#127;"),
        (2, "control character U+000C written as &amp;#x0c;"),
    ]


# Links --------------------------------------------------------------------------------------------


def test_link_check_catches_dead_links_missing_fragments_and_srcset_candidates():
    findings = check_links(FIXTURES / "links", [FIXTURE_ORIGIN])
    found = by_file(findings)
    assert set(found) == {"dead-link.html", "missing-fragment.html", "dead-image.html"}, found
    assert found["dead-link.html"] == ["href='posts/gone/': no file posts/gone/index.html"]
    assert found["missing-fragment.html"] == ["href='target.html#absent': no id 'absent' in target.html"]
    assert found["dead-image.html"] == ["srcset='pixel@2x.svg': no file pixel@2x.svg"]
    external = [f for f in findings if f.severity == "info"]
    assert [f.message for f in external] == ["external link https://www.postgresql.org/docs/"]


# Accessibility and weight (headless Chromium) -----------------------------------------------------


@pytest.mark.browser
def test_accessibility_check_catches_low_contrast_in_either_scheme_and_missing_alt():
    pages = ["ok.html", "low-contrast.html", "low-contrast-dark.html", "image-without-alt.html"]
    findings = run(check_accessibility, FIXTURES / "accessibility", pages=pages)
    rules = {(f.file, f.message.split(" (")[0]) for f in errors(findings)}
    assert rules == {
        ("low-contrast.html", "[light] color-contrast"),
        ("low-contrast.html", "[dark] color-contrast"),
        ("low-contrast-dark.html", "[dark] color-contrast"),
        ("image-without-alt.html", "[light] image-alt"),
        ("image-without-alt.html", "[dark] image-alt"),
    }, listing(findings)


@pytest.mark.browser
def test_weight_check_catches_third_party_requests_and_pages_over_budget():
    findings = run(check_weight, FIXTURES / "weight", budget_kb=4)
    found = by_file(findings)
    assert set(found) == {"third-party.html", "overweight.html"}, found
    assert found["third-party.html"] == ["requests a script from another host"]
    assert [f.where for f in errors(findings) if f.file == "third-party.html"] == [
        "https://cdn.example.com/analytics.js"
    ]
    assert found["overweight.html"][0].endswith("over the 4 KB budget")
    # The light page's heavy picture is left out: only its HTML and CSS count.
    (weight,) = [f.message for f in findings if f.file == "ok.html"]
    assert weight.startswith("HTML 0.4 KB + CSS 0.0 KB + JS 0.0 KB"), weight


# The demo site passes every check -----------------------------------------------------------------


@pytest.fixture(scope="module")
def local_config(site):
    return config_from_settings(str(ROOT / "pelicanconf.py"), output_dir=str(site))


@pytest.fixture(scope="module")
def published_config(published_site, monkeypatch_module):
    monkeypatch_module.setenv("SITEURL", PUBLISH_SITEURL)
    return config_from_settings(str(ROOT / "publishconf.py"), output_dir=str(published_site))


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_settings_say_what_a_build_is(local_config, published_config):
    assert local_config.site_origins == ("http://localhost:8000",) and not local_config.publish
    assert published_config.site_origins == (PUBLISH_SITEURL,) and published_config.publish
    assert local_config.page_budget_kb == 150


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "html",
        "feeds",
        "links",
        *(pytest.param(n, marks=pytest.mark.browser) for n in ("accessibility", "weight")),
    ],
)
@pytest.mark.parametrize("build", ["local_config", "published_config"])
def test_demo_site_passes(request, build, name):
    config = request.getfixturevalue(build)
    (result,) = run_checks(config, [name])
    if result.missing:
        missing_tool(result.missing)
    assert not errors(result.findings), listing(errors(result.findings))
    if name == "weight":  # every page was loaded and weighed
        weighed = {f.file for f in result.findings if " KB" in f.message}
        assert len(weighed) == sum(1 for _ in Path(config.output_dir).rglob("*.html"))


def test_representative_pages_cover_each_template(site):
    pages = [os.path.relpath(p, site) for p in representative_pages(str(site))]
    assert pages[0] == "index.html"
    assert {"archives/index.html", "404.html"} <= set(pages)
    assert any(p.startswith("tag/") for p in pages)
    code_heavy = pages[1]
    counts = {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8").count("<pre")
        for p in site.rglob("*.html")
    }
    assert counts[code_heavy] == max(counts.values()) > 0


# The report and the command -----------------------------------------------------------------------


def test_report_prints_a_table_and_a_summary_per_check_and_fails_on_errors():
    results = [
        CheckResult(
            "links",
            [
                Finding("a.html", "12", "href='x': no file x"),
                Finding("a.html", "13", "external link https://e.test/", "info"),
            ],
        ),
        CheckResult("feeds", [Finding("all.atom.xml", "3", "odd but allowed", "warning")]),
    ]
    out = io.StringIO()
    assert report(results, out) == 1
    text = out.getvalue()
    assert "== links ==" in text and "== feeds ==" in text
    assert any(line.split()[:3] == ["a.html", "12", "error"] for line in text.splitlines())
    assert "links: FAILED: 1 error, 0 warnings, 1 info" in text
    assert "feeds: passed: 0 errors, 1 warning, 0 infos" in text
    assert report(results[1:], io.StringIO()) == 0


def test_only_names_known_checks():
    assert parse_only("html, links") == ["html", "links"]
    assert parse_only("") == ["html", "feeds", "links", "accessibility", "weight"]
    with pytest.raises(ValueError, match="nope"):
        parse_only("html,nope")


def invoke_check(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "invoke", "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_invoke_check_runs_a_subset_and_exits_non_zero_on_findings():
    result = invoke_check("--only", "links,feeds", "--output", str(FIXTURES / "links"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "dead-link.html" in result.stdout and "missing-fragment.html" in result.stdout
    assert "links: FAILED: 3 errors" in result.stdout and "feeds: passed" in result.stdout
    assert "== html ==" not in result.stdout
    clean = invoke_check("--only", "links", "--output", str(FIXTURES / "accessibility"))
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_invoke_check_rejects_an_unknown_check_and_a_missing_output():
    assert "unknown check(s) nope" in invoke_check("--only", "nope").stderr
    missing = invoke_check("--output", str(FIXTURES / "not-built"))
    assert missing.returncode == 2 and "invoke build" in missing.stderr


@pytest.mark.parametrize(
    ("check", "env", "install"),
    [
        ("html", {"PATH": "/nonexistent", "JAVA_HOME": ""}, "apt-get install -y default-jre-headless"),
        ("accessibility", {"CHROMIUM": "/nonexistent/chromium"}, "apt-get install -y chromium"),
        ("weight", {"CHROMIUM": "/nonexistent/chromium"}, "apt-get install -y chromium"),
    ],
)
@pytest.mark.parametrize("ci", ["false", "true"])
def test_a_missing_tool_is_a_skip_locally_and_a_failure_under_ci(check, env, install, ci):
    result = invoke_check("--only", check, "--output", str(FIXTURES / "html"), env_extra={**env, "CI": ci})
    assert install in result.stdout, result.stdout + result.stderr
    if ci == "true":
        assert result.returncode == 1 and f"{check}: FAILED" in result.stdout
    else:
        assert result.returncode == 0 and f"{check}: SKIPPED" in result.stdout
