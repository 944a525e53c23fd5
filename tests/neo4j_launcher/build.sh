#!/usr/bin/env bash
# Build the in-process Neo4j 5 launcher used by the neo4j tests and benchmarks.
# Idempotent: does nothing when target/ is newer than the sources. Needs java (17+) and mvn.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/neo4j-launcher.jar"
stamp="$here/target/lib/.complete"
if [[ -f "$jar" && -f "$stamp" ]] \
   && [[ -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]; then
    exit 0
fi
mvn -B -q -f "$here/pom.xml" package
touch "$stamp"
