"""One table of defaults: pelicanconf.py shows every plugin setting with the value the plugin
uses when the setting is absent, so reading pelicanconf.py tells what a fork gets."""

import pytest
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

from conftest import ROOT

# Set by the build runner for one build, or demo data rather than a default.
NOT_SHOWN = {"LECTERN_PREVIOUS_OUTPUT", "LECTERN_COLD", "NAV_SECTIONS", "TALKS_EXCLUDES"}
DEMO_VALUES = {
    "PLANET_FEEDS",
    "SOCIAL_IMAGE",
    "TWITTER_USERNAME",
    "EXTRA_METADATA_KEYS",
    "SOCIAL",
    "FEDIVERSE_CREATOR",
}


def plugin_defaults():
    import blog
    import images
    import mathml
    import planet
    import publishing
    import series
    import sql_highlight
    import talks

    for plugin in (blog, sql_highlight, talks, planet, series, publishing, images, mathml):
        for key, value in plugin.DEFAULTS.items():
            yield plugin.__name__, key, value


@pytest.mark.parametrize(("plugin", "key", "default"), list(plugin_defaults()))
def test_pelicanconf_shows_each_plugin_default(plugin, key, default):
    if key in NOT_SHOWN:
        return
    shown = get_settings_from_file(str(ROOT / "pelicanconf.py"))
    assert key in shown, f"{plugin}: {key} has a default but pelicanconf.py does not show it"
    if key not in DEMO_VALUES:
        assert shown[key] == default, (
            f"{plugin}: {key} is {default!r} in the plugin, {shown[key]!r} in pelicanconf.py"
        )


def test_every_lectern_setting_in_pelicanconf_is_read_by_pelican_or_a_plugin():
    shown = get_settings_from_file(str(ROOT / "pelicanconf.py"))
    known = set(DEFAULT_CONFIG) | {key for _plugin, key, _value in plugin_defaults()}
    # Lectern's own tooling (tasks.py and `invoke check`) reads these.
    known |= {
        "SITEDESCRIPTION",
        "SSH_TARGET",
        "SSH_PORT",
        "GITHUB_PAGES_BRANCH",
        "CHECK_PAGE_BUDGET_KB",
        "FEED_DOMAIN",
    }
    known |= {"SEARCH_SAVE_AS", "PLANET_CACHE_PATH", "SITESUBTITLE", "MENUITEMS", "AUTHOR", "TIMEZONE"}
    # Pelican settings it reads without a default in DEFAULT_CONFIG.
    known |= {
        f"{name}_{kind}"
        for name in ("ARCHIVES", "AUTHORS", "CATEGORIES", "TAGS")
        for kind in ("URL", "SAVE_AS")
    }
    known |= {"CATEGORY_FEED_RSS", "FEED_ALL_RSS", "TAG_FEED_ATOM", "TAG_FEED_RSS"}
    assert sorted(set(shown) - known) == []
