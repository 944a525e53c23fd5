#!/usr/bin/env bash
# Build the in-process Neo4j 5 launcher used by the neo4j tests and benchmarks.
# Idempotent: does nothing when target/ is newer than the sources. Needs java (17+) and mvn.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/neo4j-launcher.jar"
stamp="$here/target/lib/.complete"
up_to_date() {
    [[ -f "$jar" && -f "$stamp" ]] \
        && [[ -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]
}
up_to_date && exit 0
mkdir -p "$here/target"
exec 9>"$here/target/.build.lock"
flock 9                     # two test runs at once build once
up_to_date && exit 0
if ! out="$(mvn -B -q --no-transfer-progress -f "$here/pom.xml" package 2>&1)"; then
    printf '%s\n' "$out" >&2
    echo "building the Neo4j launcher failed" >&2
    exit 1
fi
touch "$stamp"
