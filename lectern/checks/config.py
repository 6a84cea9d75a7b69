"""What `invoke check` needs to know about a build, read from its settings file in one place."""

import os
from dataclasses import dataclass, field

DEFAULT_PAGE_BUDGET_KB = 150


@dataclass(frozen=True)
class CheckConfig:
    output_dir: str
    site_origins: tuple = field(default_factory=tuple)  # absolute origins that mean "this site"
    publish: bool = False  # a publish build: feeds must carry no relative URL
    page_budget_kb: float = DEFAULT_PAGE_BUDGET_KB  # HTML+CSS+JS per page, images and fonts left out
    allowed_hosts: tuple = field(default_factory=tuple)  # ANALYTICS' host: its script may load


def config_from_settings(settings_file, output_dir=None, publish=None):
    """CheckConfig for a build made with `settings_file` (pelicanconf.py or publishconf.py).

    The site's origins are SITEURL and FEED_DOMAIN (the blog plugin's SITE_ORIGIN is one of
    them); a build is a publish build when the settings turn RELATIVE_URLS off.
    """
    from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

    settings = dict(DEFAULT_CONFIG)
    settings.update(get_settings_from_file(os.path.abspath(settings_file)))
    origins = tuple(
        dict.fromkeys(
            value.rstrip("/")
            for value in (settings.get("SITE_ORIGIN"), settings.get("FEED_DOMAIN"), settings.get("SITEURL"))
            if value and "://" in value
        )
    )
    return CheckConfig(
        output_dir=output_dir or settings.get("OUTPUT_PATH", "output"),
        site_origins=origins,
        publish=(not settings.get("RELATIVE_URLS", False)) if publish is None else publish,
        page_budget_kb=float(settings.get("CHECK_PAGE_BUDGET_KB", DEFAULT_PAGE_BUDGET_KB)),
        allowed_hosts=analytics_hosts(settings.get("ANALYTICS")),
    )


def analytics_hosts(analytics):
    """The one host ANALYTICS names (the blog plugin requires it): its script is allowed to load."""
    host = analytics.get("host") if isinstance(analytics, dict) else None
    return (host.lower(),) if isinstance(host, str) and host else ()
