#!/usr/bin/env bash
# Whole-process build time, peak memory and output size for synthetic guides of 100 and 1000 chapters.
# Usage: bench/build-benchmark.sh [CHAPTER_COUNTS...]   (default: 100 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(100 1000)
mvn -B -q -DskipTests package test-compile >/dev/null
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
work=$(mktemp -d)
echo "| chapters | words (Markdown) | build wall time | peak RSS | site size | chapter page (median) | toc.js |"
echo "|---|---|---|---|---|---|---|"
for n in "${counts[@]}"; do
  java -cp "target/test-classes:target/classes:$cp" org.guidebook.bench.SyntheticGuide "$work/g$n" "$n" >/dev/null
  words=$(cat "$work/g$n"/guide/chapters/*.md | wc -w)
  /usr/bin/time -f "%e %M" -o "$work/time$n" java -jar target/guidebook.jar build --root "$work/g$n" --out "$work/out$n" >/dev/null
  read -r secs rss < "$work/time$n"
  size=$(du -sb "$work/out$n" | cut -f1)
  median=$(ls -l "$work/out$n"/ch*.html | awk '{print $5}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  toc=$(stat -c %s "$work/out$n/toc.js")
  printf "| %d | %d | %.1f s | %d MiB | %.1f MiB | %.1f KiB | %.1f KiB |\n" "$n" "$words" "$secs" $((rss / 1024)) \
    "$(echo "$size / 1048576" | bc -l)" "$(echo "$median / 1024" | bc -l)" "$(echo "$toc / 1024" | bc -l)"
done
rm -rf "$work"
