#!/usr/bin/env bash
# Cheat sheets of the real guide: what they add to a build (time) and what they weigh (PDF sizes).
# Usage: bench/cheatsheet-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test | sed "s/\x1b\[[0-9;]*m//g")
work=$(mktemp -d)
java -jar target/guidebook.jar build --out "$work/warm" >/dev/null   # fills the diagram cache
/usr/bin/time -f "whole build (diagrams cached): %e s wall, %M KiB peak RSS" java -jar target/guidebook.jar build --out "$work/dist" >/dev/null
echo "cheat-sheet renderer alone, in one JVM:"
java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.CheatSheetTiming . 3
ls -l "$work"/dist/downloads/*.pdf | awk '{print $5, $9}' | sed "s|$work/dist/||"
ls "$work"/dist/cheatsheets/*.html | wc -l | xargs echo "sheet pages (with the index):"
rm -rf "$work"
