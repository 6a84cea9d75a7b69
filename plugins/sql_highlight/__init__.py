"""PostgreSQL-accurate highlighting: our lexers behind codehilite, and detection of the
language of unlabelled code blocks."""

from pelican import signals

from .highlighting import OurLexers
from .markdown_detect import UnlabelledCodeExtension
from .markdown_fences import OurLanguageFencesExtension

DEFAULTS = {
    "SQL_DIALECT": "postgresql",  # what an unqualified ```sql block means
    "SQL_DETECT_UNLABELLED": True,  # label code blocks that carry no language
}
CODEHILITE = ("markdown.extensions.codehilite", "codehilite")


def configure(pelican):
    """Wrap codehilite's formatter (the blog plugin's, configured first) so that it uses our lexers.

    Everything goes into settings["MARKDOWN"], which worker processes receive pickled.
    """
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    markdown = settings["MARKDOWN"]
    for name in CODEHILITE:
        config = markdown.get("extension_configs", {}).get(name)
        if config is None:
            continue
        formatter = config.get("pygments_formatter", "html")
        if isinstance(formatter, OurLexers):  # configured again (autoreload): wrap the original
            formatter = formatter.formatter
        config["pygments_formatter"] = OurLexers(
            formatter, settings["SQL_DIALECT"], config.get("lang_prefix", "language-")
        )
    extensions = markdown.setdefault("extensions", [])
    ours = (UnlabelledCodeExtension, OurLanguageFencesExtension)
    extensions[:] = [e for e in extensions if not isinstance(e, ours)]
    if settings["SQL_DETECT_UNLABELLED"]:
        extensions.append(UnlabelledCodeExtension())
    extensions.append(OurLanguageFencesExtension(settings["SQL_DIALECT"]))


def register():
    signals.initialized.connect(configure)
