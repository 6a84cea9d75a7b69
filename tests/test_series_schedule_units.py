"""Plain modules of series, scheduled posts, CNAME and the build record, without Pelican."""

import datetime

import pytest

from lectern import build_record
from publishing.schedule import BadNow, build_now, is_scheduled, parse_now
from publishing.site_files import BadHost, cname_text
from series.series import Post, SeriesProblem, collect, navigation, part_number, preview

UTC = datetime.UTC


def post(title, day, part=None, name="Indexes"):
    return Post(
        name,
        part,
        datetime.datetime(2024, 1, day, tzinfo=UTC),
        title,
        f"posts/{title}/",
        source=f"{title}.md",
    )


def test_parts_follow_series_part_then_date():
    found, problems = collect(
        [post("c", 3), post("late-first", 9, part=1), post("b", 2), post("early-second", 1, part=2)]
    )
    assert problems == []
    [series] = found
    assert [p.title for p in series.parts] == ["late-first", "early-second", "b", "c"]
    assert [p.number for p in series.parts] == [1, 2, 3, 4]
    assert (series.slug, series.url, series.save_as) == (
        "indexes",
        "series/indexes/",
        "series/indexes/index.html",
    )


def test_without_numbers_the_date_decides_and_series_are_apart():
    found, _ = collect([post("two", 5), post("one", 1), post("other", 2, name="Vacuum  notes")])
    assert [s.name for s in found] == ["Indexes", "Vacuum notes"]
    nav = navigation(found[0], "posts/two/")
    assert (nav.number, nav.series.total) == (2, 2)
    assert navigation(found[0], "posts/other/") is None


def test_a_part_number_claimed_twice_or_not_a_number_is_a_problem():
    _, problems = collect([post("a", 1, part=1), post("b", 2, part=1)])
    assert problems and "b.md" in problems[0] and "Series-Part 1" in problems[0]
    with pytest.raises(SeriesProblem, match="x.md.*'two'"):
        part_number("two", "x.md")
    with pytest.raises(SeriesProblem):
        part_number("0")
    assert part_number(" 3 ") == 3 and part_number(None) is None


def test_a_draft_previews_its_place_among_the_published_parts():
    [series], _ = collect([post("one", 1, part=1), post("two", 2, part=2)])
    nav = preview(series, post("draft", 9))
    assert (nav.number, nav.series.total, nav.series.url) == (3, 3, "series/indexes/")
    nav = preview(series, post("draft", 9, part=2))
    assert [p.title for p in nav.series.parts] == ["one", "draft", "two"]
    alone = preview(None, post("draft", 9))
    assert (alone.number, alone.series.total, alone.series.url) == (1, 1, "")  # no page to link yet


def test_scheduled_only_when_dated_after_now_and_without_status():
    now = parse_now("2026-11-22T09:30", "Europe/Dublin")
    later = datetime.datetime(2026, 11, 22, 9, 31, tzinfo=now.tzinfo)
    earlier = datetime.datetime(2026, 11, 22, 9, 29, tzinfo=now.tzinfo)
    assert is_scheduled(later, False, now)
    assert not is_scheduled(earlier, False, now)
    assert not is_scheduled(now, False, now)  # due on the minute
    assert not is_scheduled(later, True, now)  # an explicit Status wins
    # A naive date is in the site's time zone: 09:31 in Dublin (UTC+0 in November) vs 09:30 UTC.
    assert is_scheduled(
        datetime.datetime(2026, 11, 22, 9, 31), False, parse_now("2026-11-22T09:30Z"), "Europe/Dublin"
    )


def test_now_comes_from_lectern_now_or_the_clock():
    fixed = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    assert build_now({}, clock=lambda: fixed) == fixed
    assert build_now({"LECTERN_NOW": "2026-05-01"}, "UTC") == datetime.datetime(2026, 5, 1, tzinfo=UTC)
    assert parse_now("2026-05-01T10:00+02:00").utcoffset() == datetime.timedelta(hours=2)
    with pytest.raises(BadNow, match="LECTERN_NOW='next tuesday'"):
        build_now({"LECTERN_NOW": "next tuesday"})


def test_cname_is_a_host_name_alone():
    assert cname_text(" Blog.Example.org ") == "blog.example.org\n"
    for bad in ("https://blog.example.org", "blog.example.org/path", "localhost", "a b.org"):
        with pytest.raises(BadHost):
            cname_text(bad)


def test_build_record_warns_only_when_the_siteurl_differs(tmp_path):
    cache, output = tmp_path / "cache", tmp_path / "out"
    assert build_record.read(cache, output) is None
    build_record.write(cache, output, "https://a.example/", "publishconf.py")
    record = build_record.read(cache, output)
    assert build_record.siteurl_warning(record, "https://a.example", "out", "publishconf.py") is None
    warning = build_record.siteurl_warning(record, "https://b.example", "out", "publishconf.py")
    assert "https://a.example" in warning and "https://b.example" in warning and "\n" not in warning
