"""Math in posts: `$...$` and `$$...$$` rendered to MathML when the site is built (no script,
no web font). The Markdown extension goes into settings["MARKDOWN"], which the render workers
receive pickled, like every other extension."""

from pelican import signals

from .extension import MathExtension

DEFAULTS = {
    "MARKDOWN_MATH": True,  # $...$ and $$...$$ become MathML; False: dollars are plain text
}


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    extensions = settings["MARKDOWN"].setdefault("extensions", [])
    extensions[:] = [e for e in extensions if not isinstance(e, MathExtension)]
    if settings["MARKDOWN_MATH"]:
        extensions.append(MathExtension())


def register():
    signals.initialized.connect(configure)
