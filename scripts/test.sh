#!/usr/bin/env bash
# The test suite on a fresh machine: installs the package with test extras, Debian's headless
# Chromium and CJK fonts (browser tests), builds the Neo4j test launcher (Java 17 + Maven), lints
# and runs pytest. Extra arguments go to pytest (e.g. scripts/test.sh -m "not neo4j").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  else
    echo "note: run as root (or install chromium and fonts-noto-cjk) for the browser tests" >&2
  fi
fi
if [ -x tests/neo4j_launcher/build.sh ] && command -v mvn >/dev/null && command -v java >/dev/null; then
  tests/neo4j_launcher/build.sh
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest "$@"
