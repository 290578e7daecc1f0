#!/usr/bin/env bash
# Renders cheat sheets to PNG for looking at: one page of each PDF booklet (pdftoppm, from poppler-utils) and
# the same sheets printed from their HTML pages by headless Chromium (as a reader's browser prints them).
# Build the site first. Usage: bench/cheatsheet-screenshots.sh [SITE_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(realpath "${1:-dist}")
out=${2:-docs/screenshots}
mkdir -p "$out"
a4=$(ls "$site"/downloads/*-cheatsheets-a4.pdf)
letter=$(ls "$site"/downloads/*-cheatsheets-letter.pdf)
# Page 2 is the first case study (visual search); page 16 the fullest sheet (e-mail autocomplete).
pdftoppm -png -r 110 -singlefile -f 2 -l 2 "$a4" "$out/cheatsheet-pdf-a4"
pdftoppm -png -r 110 -singlefile -f 16 -l 16 "$letter" "$out/cheatsheet-pdf-letter"

mvn -B -q -DskipTests test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test | sed "s/\x1b\[[0-9;]*m//g")
tmp=$(mktemp -d)
print() { java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.PrintPage "$site" "$1" "$tmp/$2.pdf" "$3" "$4"
          pdftoppm -png -r 110 -singlefile "$tmp/$2.pdf" "$out/$2"; }
print cheatsheets/visual-search.html cheatsheet-chromium-a4 210 297
print cheatsheets/email-autocomplete.html cheatsheet-chromium-letter 215.9 279.4
rm -rf "$tmp"
ls -1 "$out"/cheatsheet-*
