#!/usr/bin/env bash
# The test suite on a fresh machine: installs the package with test extras, Debian's headless
# Chromium and CJK fonts (browser tests), builds the Neo4j test launcher (Java 17 + Maven), lints
# and runs pytest. Extra arguments go to pytest (e.g. scripts/test.sh -m "not neo4j").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
if [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; then
  scripts/install-browser.sh
else
  echo "note: install chromium and fonts-noto-cjk (as root) for the browser tests" >&2
fi
if [ -x tests/neo4j_launcher/build.sh ] && command -v mvn >/dev/null && command -v java >/dev/null; then
  tests/neo4j_launcher/build.sh
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest "$@"
