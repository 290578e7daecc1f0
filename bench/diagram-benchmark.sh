#!/usr/bin/env bash
# Diagram rendering: 50 synthetic diagrams (20 component/deployment, 15 sequence, 10 activity, 5 use-case)
# rendered four ways. Whole-process wall times; the in-process rows also print the diagram stage alone.
# Usage: bench/diagram-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
jar=$(ls ~/.m2/repository/net/sourceforge/plantuml/plantuml-mit/*/plantuml-mit-*.jar | sort | tail -1)
work=$(mktemp -d)
java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.SyntheticGuide "$work/g" 50 50 >/dev/null
java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.SyntheticGuide "$work/g0" 50 0 >/dev/null
t() { local s e; s=$(date +%s.%N); "$@" > "$work/last.log" 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
stage() { grep -o '[0-9.]* s)' "$work/last.log" | head -1 | tr -d ' s)'; }
base=$(t java -jar target/guidebook.jar build --no-cache --root "$work/g0" --out "$work/o0")
cold=$(t java -jar target/guidebook.jar build --root "$work/g" --out "$work/o1"); cold_stage=$(stage)
warm=$(t java -jar target/guidebook.jar build --root "$work/g" --out "$work/o2"); warm_stage=$(stage)
grep -q "0 rendered, 50 cached" "$work/last.log" || { echo "warm build rendered diagrams:"; cat "$work/last.log"; exit 1; }
mkdir -p "$work/batch"
batch=$(t java -Djava.awt.headless=true -jar "$jar" -tsvg -Playout=smetana -o "$work/batch" "$work"/g/diagrams/d*.puml)
per=$( s=$(date +%s.%N); for f in "$work"/g/diagrams/d*.puml; do java -Djava.awt.headless=true -jar "$jar" -tsvg -Playout=smetana -o "$work/per" "$f" >/dev/null 2>&1; done; e=$(date +%s.%N); echo "$e - $s" | bc -l)
printf "| way | whole process | diagram stage |\n|---|---|---|\n"
printf "| Guidebook, same guide without diagrams (baseline) | %.2f s | – |\n" "$base"
printf "| Guidebook in-process, cold (no cache) | %.2f s | %.2f s |\n" "$cold" "$cold_stage"
printf "| Guidebook in-process, warm cache | %.2f s | %.2f s |\n" "$warm" "$warm_stage"
printf "| PlantUML CLI, one batch process for all 50 | %.2f s | – |\n" "$batch"
printf "| PlantUML CLI, one process per diagram (pandoc filter / asciidoctor-diagram style) | %.2f s | – |\n" "$per"
rm -rf "$work"
