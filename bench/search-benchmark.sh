#!/usr/bin/env bash
# Search index size and query latency in headless Chromium with 4x CPU throttling, for the real guide and a
# synthetic guide, compared with lunr 2.3.9 on the same records. Figures go to docs/benchmarks.md.
# Usage: bench/search-benchmark.sh [SYNTHETIC_CHAPTERS]   (default: 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
chapters=${1:-1000}
mvn -B -q -DskipTests package test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
run() { java -cp "target/test-classes:target/classes:$cp" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
size() { printf "%.0f KiB" "$(echo "$1 / 1024" | bc -l)"; }
gz() { gzip -9 -c "$@" | wc -c; }
report() { # NAME GUIDE_DIR SITE_DIR
  local md idx texts
  md=$(cat $(find "$2/guide" -name '*.md') | wc -c)
  idx=$(stat -c %s "$3/search-index.js")
  texts=$(cat "$3"/search/*.js | wc -c)
  echo "### $1"
  echo
  echo "| what | raw | gzipped |"
  echo "|---|---|---|"
  echo "| Markdown of the chapters | $(size "$md") | $(size "$(cat $(find "$2/guide" -name '*.md') | gzip -9 | wc -c)") |"
  echo "| search-index.js (loaded on the first query) | $(size "$idx") | $(size "$(gz "$3/search-index.js")") |"
  echo "| search/*.js, $(ls "$3"/search | wc -l) files (texts for snippets, loaded per page as needed) | $(size "$texts") | $(size "$(cat "$3"/search/*.js | gzip -9 | wc -c)") |"
  echo
  echo "| measure (Chromium, 4x CPU throttling) | min | median | p95 |"
  echo "|---|---|---|---|"
  run org.guidebook.bench.SearchBenchmark "$3" lunr > "$work/bench.txt"
  grep -v '^| search-index.js\|^| lunr serialized' "$work/bench.txt" | sed 's/ | min / | /; s/ | median / | /; s/ | p95 / | /'
  echo
  grep '^| lunr serialized' "$work/bench.txt" | sed 's/^| /For comparison, the /; s/ | / — /; s/ raw | / raw, /; s/ gzipped |/ gzipped./'
  echo
}
java -jar target/guidebook.jar build --out "$work/real" >/dev/null
report "The real guide ($(ls guide/*/*.md | wc -l) chapters)" . "$work/real"
run org.guidebook.bench.SyntheticGuide "$work/g$chapters" "$chapters" >/dev/null
java -jar target/guidebook.jar build --root "$work/g$chapters" --out "$work/s$chapters" >/dev/null
report "Synthetic guide, $chapters chapters" "$work/g$chapters" "$work/s$chapters"
echo "Load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
