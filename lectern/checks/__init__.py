"""Audits of a built site (`invoke check`): each module checks one thing and returns findings."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One problem found in the output: where it is and what is wrong."""

    file: str
    where: str  # a line number, a CSS selector or a URL; "" when the whole file is at fault
    message: str
    severity: str = "error"  # "error" fails the check; "warning" and "info" are only listed
