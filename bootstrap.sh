#!/usr/bin/env bash
# Quick start, step 1: create .venv, install Lectern's pinned dependencies, build the demo site into output/.
# Needs Python 3.11+ and the Python package index; nothing else touches the network.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lectern needs Python 3.11 or newer")'
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/invoke build
echo "Built the demo site into output/. Run '.venv/bin/invoke serve' and open http://localhost:8000/"
