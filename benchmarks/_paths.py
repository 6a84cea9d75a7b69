"""Make the plugins importable from benchmark scripts run as `python benchmarks/x.py`."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "plugins"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
CORPUS = ROOT / "benchmarks" / "corpus"
