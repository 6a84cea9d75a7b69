"""What Lectern's per-post features cost a cold build: the same synthetic posts built cold with
pelicanconf.py as it is, without social cards, and also without image copies and math.

Run: .venv/bin/python benchmarks/feature_costs.py [--posts 1000]
"""

import argparse
import shutil
import sys
import time

import _paths
from build_speed import make_site

VARIANTS = (
    ("as pelicanconf.py is", []),
    ("SOCIAL_CARDS = False", ["-e", "SOCIAL_CARDS=false"]),
    (
        "also IMAGES_RESPONSIVE = False, MARKDOWN_MATH = False",
        ["-e", "SOCIAL_CARDS=false", "IMAGES_RESPONSIVE=false", "MARKDOWN_MATH=false"],
    ),
)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(_paths.ROOT))
    from lectern.build import run_pelican

    work, _content, _commands = make_site(args.posts)
    settings = str(work / "lectern_settings.py")
    for name, extra in VARIANTS:
        output = work / "out-features"
        shutil.rmtree(output, ignore_errors=True)
        started = time.perf_counter()
        run_pelican(["-q", "-s", settings, "-o", str(output), *extra], cold=True)
        print(f"cold build of {args.posts} posts, {name}: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
