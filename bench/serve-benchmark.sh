#!/usr/bin/env bash
# `guidebook serve`: time from saving a chapter to the reloaded page's load event, in headless Chromium, for
# 20 edits of one chapter of a copy of the real guide (its diagram cache warm). Figures go to docs/benchmarks.md.
# Usage: bench/serve-benchmark.sh [EDITS]   (default: 20)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile >/dev/null
cpfile=$(mktemp)
trap 'rm -f "$cpfile"' EXIT
# To a file, not stdout: Maven's colour codes would otherwise end up in the class path.
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test
cp=$(cat "$cpfile")
java -jar target/guidebook.jar build >/dev/null   # warms .guidebook-cache/ (diagrams, sheet layouts)
java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.ServeLatency . \
  guide/concepts/offline-evaluation.md offline-evaluation.html "${1:-20}"
