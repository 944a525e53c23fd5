#!/usr/bin/env bash
# Runs every benchmark; pass --smoke for the quick versions (12 files, small graphs).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
smoke="${1:-}"
$py benchmarks/bench_startup.py $smoke
$py benchmarks/bench_extraction.py $smoke
$py benchmarks/bench_build.py $smoke
if [ "$smoke" = "--smoke" ]; then
  $py benchmarks/bench_neo4j_load.py --nodes 2000 --edges 6000
else
  $py benchmarks/bench_neo4j_load.py
fi
if [ -x /usr/bin/chromium ]; then $py benchmarks/bench_viz.py $smoke; fi
