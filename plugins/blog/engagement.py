"""Comments and analytics, both opt-in: the COMMENTS and ANALYTICS settings checked and turned
into the plain data the theme reads. Nothing here loads anything; the theme's comments.js asks
the comments host only after a reader's click, and the analytics script is only in publish builds.
"""

import re
from urllib.parse import urlsplit

GISCUS_REQUIRED = ("repo", "repo_id", "category", "category_id")
GISCUS_OPTIONAL = {
    "mapping": "pathname",
    "theme": "preferred_color_scheme",
    "lang": "en",
    "host": "giscus.app",
}
ANALYTICS_PROVIDERS = {
    # provider: (script path on its host, the attribute naming the site). The host is always
    # given (plausible.io, cloud.umami.is or your own): `invoke check` allows that host alone.
    "plausible": ("/js/script.js", "data-domain"),
    "umami": ("/script.js", "data-website-id"),
    # GoatCounter: no script of theirs; our goatcounter.js asks its /count endpoint for the pixel.
    "goatcounter": (None, None),
}
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$", re.I)
# A toot's address: https://host/@user/ID (Mastodon's web view) or https://host/users/user/statuses/ID.
_TOOT = re.compile(r"^/(?:@[^/]+|users/[^/]+/statuses)/(\d+)/?$")


class SettingError(ValueError):
    """A COMMENTS or ANALYTICS setting that cannot work; the message says why."""


def _host(value, setting):
    if not isinstance(value, str) or not _HOST.match(value):
        raise SettingError(f"{setting}: host {value!r} is not a host name (like 'plausible.io')")
    return value.lower()


def _provider(value, setting):
    """The provider a setting names; None when the setting is off (None, False, {})."""
    if not value:
        return None
    if not isinstance(value, dict):
        raise SettingError(f"{setting} must be None or a dict with a 'provider', not {value!r}")
    return value.get("provider")


def comments_config(value):
    """COMMENTS as the theme reads it, or None (no comments)."""
    provider = _provider(value, "COMMENTS")
    if provider is None:
        return None
    if provider == "mastodon":
        return {"provider": "mastodon"}
    if provider == "giscus":
        missing = [key for key in GISCUS_REQUIRED if not value.get(key)]
        if missing:
            raise SettingError(f"COMMENTS: giscus needs {', '.join(missing)} (giscus.app gives them)")
        unknown = sorted(set(value) - {"provider", *GISCUS_REQUIRED, *GISCUS_OPTIONAL})
        if unknown:
            raise SettingError(f"COMMENTS: unknown giscus keys {', '.join(unknown)}")
        options = {**GISCUS_OPTIONAL, **value}
        host = _host(options["host"], "COMMENTS")
        attributes = {f"data-{key.replace('_', '-')}": str(options[key]) for key in GISCUS_REQUIRED}
        attributes.update(
            {
                "data-mapping": str(options["mapping"]),
                "data-theme": str(options["theme"]),
                "data-lang": str(options["lang"]),
                "data-reactions-enabled": "1",
                "data-input-position": "bottom",
            }
        )
        return {
            "provider": "giscus",
            "host": host,
            "script": f"https://{host}/client.js",
            "attributes": attributes,
        }
    raise SettingError(f"COMMENTS: unknown provider {provider!r} (use 'mastodon' or 'giscus')")


def mastodon_problem(url):
    """Why a post's `Mastodon:` value is not a toot's https address, or None."""
    parts = urlsplit(str(url).strip())
    if parts.scheme != "https" or not parts.hostname or not _TOOT.match(parts.path):
        return f"Mastodon: {url!r} is not a toot's address (like https://mastodon.social/@you/123456789)"
    return None


def analytics_config(value):
    """ANALYTICS as the theme reads it ({"src", "host", "attributes"}; src None: the theme's own
    goatcounter.js), or None."""
    provider = _provider(value, "ANALYTICS")
    if provider is None:
        return None
    if provider not in ANALYTICS_PROVIDERS:
        raise SettingError(
            f"ANALYTICS: unknown provider {provider!r} (use {' or '.join(ANALYTICS_PROVIDERS)})"
        )
    path, site_attribute = ANALYTICS_PROVIDERS[provider]
    host = _host(value.get("host"), "ANALYTICS")
    if path is None:  # the theme's own script, sending to the host's counter (one host, no cookie)
        return {"src": None, "host": host, "attributes": {"data-goatcounter": f"https://{host}/count"}}
    if not value.get("site"):
        raise SettingError(f"ANALYTICS: {provider} needs 'site' ({site_attribute})")
    return {"src": f"https://{host}{path}", "host": host, "attributes": {site_attribute: str(value["site"])}}
