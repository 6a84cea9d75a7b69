"""Small files at the root of the published site (GitHub Pages' CNAME)."""

import re

_HOST = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"
)


class BadHost(ValueError):
    pass


def cname_text(value):
    """The text of a CNAME file for the custom domain `value` (a host name, nothing more)."""
    host = (value or "").strip().rstrip(".").lower()
    if not _HOST.match(host):
        raise BadHost(
            f'CNAME = {value!r} is not a host name: give the domain alone, e.g. CNAME = "blog.example.org"'
        )
    return host + "\n"
