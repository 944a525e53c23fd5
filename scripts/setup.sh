#!/usr/bin/env bash
# Creates .venv (Python >= 3.11) and installs conceptkg into it. Usage: scripts/setup.sh [EXTRAS]
# e.g. scripts/setup.sh test  → installs the test extras too. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[$extras]"
else
  .venv/bin/python -m pip install -q -e .
fi
