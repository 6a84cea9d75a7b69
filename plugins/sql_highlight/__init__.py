"""PostgreSQL-accurate highlighting: our lexers behind codehilite, and detection of the
language of unlabelled code blocks."""

import markdown.extensions.codehilite as codehilite
from pelican import signals

from . import lexer_registry
from .markdown_detect import UnlabelledCodeExtension

DEFAULTS = {
    "SQL_DIALECT": "postgresql",  # what an unqualified ```sql block means
    "SQL_DETECT_UNLABELLED": True,  # label code blocks that carry no language
}


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    lexer_registry.configure(settings["SQL_DIALECT"])
    codehilite.get_lexer_by_name = lexer_registry.get_lexer_by_name
    extensions = settings["MARKDOWN"].setdefault("extensions", [])
    extensions[:] = [e for e in extensions if not isinstance(e, UnlabelledCodeExtension)]
    if settings["SQL_DETECT_UNLABELLED"]:
        extensions.append(UnlabelledCodeExtension())


def register():
    signals.initialized.connect(configure)
