"""Series: posts with the same `Series: Name` read in order ("Part 2 of 3", links to every
part), each series with a page (series/<slug>/) and an index of them all (series/). Grouping and
ordering live in series.py, without Pelican; generator.py is the glue."""

from pelican import signals

from .generator import SeriesGenerator

DEFAULTS = {
    "SERIES_URL": "series/{slug}/",
    "SERIES_SAVE_AS": "series/{slug}/index.html",
    "SERIES_INDEX_URL": "series/",
    "SERIES_INDEX_SAVE_AS": "series/index.html",
}


def configure(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)


def get_generators(pelican):
    return SeriesGenerator


def register():
    signals.initialized.connect(configure)
    signals.get_generators.connect(get_generators)
