#!/usr/bin/env bash
# The main job on a fresh machine: install, build the shipped sample into the embedded store,
# query it, and write the graph as JSON and an offline HTML page under ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
ck=.venv/bin/conceptkg
$ck build examples/sample-policy.txt --db out/demo.db --json out/demo.json --html out/demo.html
$ck query "MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) RETURN o.name, i.name" --db out/demo.db
$ck ask drivers name=高质量发展 --db out/demo.db
echo "open out/demo.html in a browser (it works offline)"
