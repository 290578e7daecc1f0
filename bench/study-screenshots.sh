#!/usr/bin/env bash
# Screenshots of the study features (flashcards, practice interview, reading progress, the single file's
# flashcards) at phone and desktop size, with some state in them. Build the site first.
# Usage: bench/study-screenshots.sh [SITE_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(realpath "${1:-dist}")
out=${2:-docs/screenshots}
mvn -B -q -DskipTests test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test | sed "s/\x1b\[[0-9;]*m//g")
java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.StudyScreenshots "$site" "$out"
ls -1 "$out"/flashcards-* "$out"/practice-* "$out"/progress-* "$out"/single-file-flashcards-*
