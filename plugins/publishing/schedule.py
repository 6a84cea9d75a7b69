"""Scheduled posts: a post dated after "now" and without a `Status` waits for its date.

Plain data only: the plugin asks `is_scheduled` for each post and, when it says yes, gives the
post Pelican's own `draft` status (so Pelican writes it under drafts/ in a local build and
nowhere in a publish build, and leaves it out of listings and feeds).
"""

import datetime
import zoneinfo

NOW_VARIABLE = "LECTERN_NOW"  # e.g. LECTERN_NOW=2026-11-22T09:30 (the site's time zone) for a build


class BadNow(ValueError):
    pass


def parse_now(text, timezone="UTC"):
    """The moment `text` names (ISO 8601: `2026-11-22`, `2026-11-22T09:30`, `...+01:00`, `...Z`);
    without an offset it is read in the site's `timezone`, as post dates are."""
    text = (text or "").strip()
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise BadNow(
            f"{NOW_VARIABLE}={text!r} is not a date and time (ISO 8601, e.g. 2026-11-22T09:30)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(timezone or "UTC"))
    return moment


def build_now(environ, timezone="UTC", clock=None):
    """The build's "now": LECTERN_NOW from `environ` when set, else the clock (UTC)."""
    text = environ.get(NOW_VARIABLE, "")
    if text.strip():
        return parse_now(text, timezone)
    return clock() if clock is not None else datetime.datetime.now(datetime.UTC)


def is_scheduled(date, status_given, now, timezone="UTC"):
    """True for a post dated after `now` whose metadata gives no Status (a Status, whatever it
    says, is the writer's decision and wins). A date without a time zone is in `timezone`."""
    if status_given or date is None:
        return False
    if date.tzinfo is None:
        date = date.replace(tzinfo=zoneinfo.ZoneInfo(timezone or "UTC"))
    return date > now
