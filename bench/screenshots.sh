#!/usr/bin/env bash
# Screenshots of the built site (build it first) at phone and desktop sizes, light and dark, in headless
# Chromium. Usage: bench/screenshots.sh [SITE_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(realpath "${1:-dist}")
out=${2:-docs/screenshots}
mvn -B -q -DskipTests test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test | sed "s/\x1b\[[0-9;]*m//g")
shot() { java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.Screenshots "$site" "$out/$1.png" "${@:2}"; }
for scheme in light dark; do
  shot "home-phone-$scheme" index.html 390 844 "$scheme"
  shot "home-desktop-$scheme" index.html 1366 900 "$scheme"
  shot "chapter-phone-$scheme" offline-evaluation.html 390 844 "$scheme"
  shot "chapter-desktop-$scheme" offline-evaluation.html 1366 900 "$scheme"
  shot "diagram-phone-$scheme" visual-search.html 390 844 "$scheme" "figure.diagram"
  shot "diagram-desktop-$scheme" visual-search.html 1366 900 "$scheme" "figure.diagram"
  shot "cheatsheet-page-phone-$scheme" cheatsheets/visual-search.html 390 844 "$scheme"
  shot "cheatsheet-page-desktop-$scheme" cheatsheets/visual-search.html 1366 900 "$scheme"
done
shot "diagram-viewer-phone-light" visual-search.html 390 844 light "figure.diagram .diagram-frame" click
shot "drawer-phone-dark" offline-evaluation.html 390 844 dark "#menu-button" click
shot "search-desktop-light" offline-evaluation.html 1366 900 light "#search-input" "type:two tower"
shot "search-desktop-dark" offline-evaluation.html 1366 900 dark "#search-input" "type:calibration"
shot "search-phone-light" offline-evaluation.html 390 844 light "#search-open" "type:embed"
shot "search-page-phone-dark" "search.html?q=cold start" 390 844 dark
if [ -e "$site/glossary.html" ]; then
  shot "glossary-phone-light" glossary.html 390 844 light
  shot "a-z-desktop-dark" a-z.html 1366 900 dark
  shot "popover-phone-light" visual-search.html 390 844 light "a.term[data-term]" click
  shot "popover-desktop-dark" visual-search.html 1366 900 dark "a.term[data-term]" click
fi
ls -1 "$out"
