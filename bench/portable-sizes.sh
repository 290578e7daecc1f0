#!/usr/bin/env bash
# Sizes of the two portable downloads of the real guide: raw, gzipped (as an e-mail gateway or web server
# would send them) and the EPUB. Usage: bench/portable-sizes.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)/dist}
mvn -B -q -DskipTests package >/dev/null 2>&1
java -jar target/guidebook.jar build --no-cache --out "$out" >/dev/null
name=$(sed -n 's/^name: *//p' guide/guide.yml)
html="$out/downloads/$name.html"
epub="$out/downloads/$name.epub"
raw=$(stat -c %s "$html")
gz=$(gzip -9 -c "$html" | wc -c)
svgs=$( (grep -o "<svg" "$html" || true) | wc -l)
uses=$( (grep -o "<use " "$html" || true) | wc -l)
echo "| file | raw | gzip -9 |"
echo "|---|---|---|"
printf "| %s.html (single file) | %.2f MB (%d bytes) | %.2f MB (%d bytes) |\n" "$name" "$(echo "$raw / 1000000" | bc -l)" "$raw" \
  "$(echo "$gz / 1000000" | bc -l)" "$gz"
printf "| %s.epub | %.2f MB (%d bytes) | (already a zip) |\n" "$name" "$(echo "$(stat -c %s "$epub") / 1000000" | bc -l)" "$(stat -c %s "$epub")"
echo
echo "SVG elements in the single file: $svgs ($uses of them reuse an earlier drawing with <use>)"
