"""Publishing: scheduled posts (dated in the future, without a Status) wait for their date, and
the site's CNAME file for GitHub Pages. The decisions live in plain modules (schedule.py,
site_files.py); this is the glue."""

import logging
import os

from pelican import signals
from pelican.contents import Article

from .schedule import BadNow, build_now, is_scheduled
from .site_files import BadHost, cname_text

logger = logging.getLogger(__name__)

DEFAULTS = {
    # A post dated after the build's "now" (LECTERN_NOW, else the clock) without a Status is a
    # draft until that date. False: Pelican's default, such a post is published at once.
    "SCHEDULE_FUTURE_POSTS": True,
    "CNAME": "",  # a custom domain for GitHub Pages: written to CNAME at the output's root
}

_state = {"now": None, "timezone": "UTC", "on": False}


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    _state["timezone"] = settings.get("TIMEZONE") or "UTC"
    _state["on"] = bool(settings["SCHEDULE_FUTURE_POSTS"])
    try:
        _state["now"] = build_now(os.environ, _state["timezone"])
    except BadNow as problem:
        logger.error("%s", problem)
        _state["on"] = False
    if settings["CNAME"]:
        try:
            cname_text(settings["CNAME"])
        except BadHost as problem:
            logger.error("%s", problem)


def schedule(content):
    """Runs as Pelican makes each post, before its own WITH_FUTURE_DATES check: a scheduled post
    gets Pelican's draft status, and `scheduled` for the theme."""
    if not _state["on"] or not isinstance(content, Article):
        return
    if is_scheduled(
        getattr(content, "date", None), "status" in content.metadata, _state["now"], _state["timezone"]
    ):
        content.status = "draft"
        content.scheduled = True


def write_cname(pelican):
    value = pelican.settings.get("CNAME")
    if not value:
        return
    try:
        text = cname_text(value)
    except BadHost:
        return  # reported when the build started
    with open(
        os.path.join(pelican.settings["OUTPUT_PATH"], "CNAME"), "w", encoding="utf-8", newline="\n"
    ) as f:
        f.write(text)


def register():
    signals.initialized.connect(configure)
    signals.content_object_init.connect(schedule)
    signals.finalized.connect(write_cname)
