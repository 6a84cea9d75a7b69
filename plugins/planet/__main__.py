"""`python -m planet [--settings pelicanconf.py]` (with plugins/ on sys.path): what `invoke planet` runs."""

import argparse
import sys

from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

from .run import main


def cli(argv=None):
    parser = argparse.ArgumentParser(prog="planet", description="Fetch the planet's feeds into its cache.")
    parser.add_argument("--settings", default="pelicanconf.py", help="the Pelican settings file")
    arguments = parser.parse_args(argv)
    settings = dict(DEFAULT_CONFIG)
    settings.update(get_settings_from_file(arguments.settings))
    return main(settings)


if __name__ == "__main__":
    sys.exit(cli())
