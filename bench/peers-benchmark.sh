#!/usr/bin/env bash
# Guidebook against Hugo, MkDocs and pandoc on the same generated text: wall time, peak RSS and output size,
# in one interleaved run per chapter count (round-robin over the five builds, so load on a shared machine
# falls on every tool alike and the ratios stay meaningful even when absolute times are noisy).
#
# Usage: bench/peers-benchmark.sh [CHAPTER_COUNTS...]        (default: 100 1000)
# Environment:
#   GUIDEBOOK_JAR  jar to measure (default target/guidebook.jar, built with Maven only if missing)
#   ROUNDS         measured rounds per N (default 5)
#   WARMUP         rounds run first and discarded (default 1)
#   PEERS_BENCH    folder holding gen-corpus.py and to-guidebook.py (default: ../shared/bench, or /work/shared/bench)
#
# Each round runs, in this order: Guidebook (`build`: site, single HTML, EPUB, print page, cheat sheets when the
# guide has any), Hugo (site), MkDocs with the theme the generated mkdocs.yml names (site), pandoc single
# standalone HTML (pandoc-html.yaml), pandoc EPUB 3 (pandoc-epub.yaml). Every output folder or file is deleted
# before every run, so no tool reuses the previous run's output. Hugo and MkDocs do full builds by default
# (incremental builds are `hugo server` / `mkdocs serve --dirty` only); Hugo's resources/ folder and Guidebook's
# diagram cache are deleted before each run too (the generated corpus has no diagrams, which the script checks).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(100 1000)
rounds=${ROUNDS:-5}
warmup=${WARMUP:-1}

# --- tools ------------------------------------------------------------------------------------------------------
missing=()
for t in java python3 hugo mkdocs pandoc; do command -v "$t" >/dev/null || missing+=("$t"); done
[ -x /usr/bin/time ] || missing+=("GNU time (/usr/bin/time)")
if command -v python3 >/dev/null && ! python3 -c 'import material' 2>/dev/null \
    && [ ! -d /usr/share/mkdocs/themes/material ]; then
  missing+=("mkdocs-material")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "peers-benchmark: missing: ${missing[*]}" >&2
  echo "install them with: apt-get install hugo mkdocs mkdocs-material pandoc hyperfine time (and a JDK 17, python3)" >&2
  exit 2
fi

peers=${PEERS_BENCH:-}
if [ -z "$peers" ]; then
  for d in "$project/../shared/bench" "$project/../../shared/bench" /work/shared/bench; do
    if [ -f "$d/gen-corpus.py" ]; then peers=$(cd "$d" && pwd); break; fi
  done
fi
if [ -z "$peers" ] || [ ! -f "$peers/gen-corpus.py" ] || [ ! -f "$peers/to-guidebook.py" ]; then
  echo "peers-benchmark: gen-corpus.py and to-guidebook.py not found; set PEERS_BENCH to their folder" >&2
  exit 2
fi

if [ -n "${GUIDEBOOK_JAR:-}" ]; then
  jar=$(realpath "$GUIDEBOOK_JAR")
  [ -f "$jar" ] || { echo "peers-benchmark: GUIDEBOOK_JAR=$GUIDEBOOK_JAR does not exist" >&2; exit 2; }
else
  jar=$project/target/guidebook.jar
  if [ ! -f "$jar" ]; then
    echo "building $jar (not present) ..." >&2
    mvn -B -q -DskipTests package >&2
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/peers-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

tools=(guidebook hugo mkdocs pandoc-html pandoc-epub)
declare -A label=(
  [guidebook]="Guidebook (all outputs)" [hugo]="Hugo (site)" [mkdocs]="MkDocs (site)"
  [pandoc-html]="pandoc (single HTML)" [pandoc-epub]="pandoc (EPUB 3)")

# Output path of a tool for corpus size $1.
output_of() {
  case $2 in
    guidebook) echo "$work/out$1/guidebook" ;;
    hugo) echo "$work/out$1/hugo" ;;
    mkdocs) echo "$work/out$1/mkdocs" ;;
    pandoc-html) echo "$work/out$1/book.html" ;;
    pandoc-epub) echo "$work/out$1/book.epub" ;;
  esac
}

# Runs tool $2 on corpus size $1 once under GNU time; appends "tool secs kib" to $work/times$1.
run_one() {
  local n=$1 tool=$2 c=$work/c$1 g=$work/g$1 out
  out=$(output_of "$n" "$tool")
  rm -rf "$out"
  local cmd
  case $tool in
    guidebook) rm -rf "$g/.guidebook-cache"; cmd=(java -jar "$jar" build --root "$g" --out "$out") ;;
    hugo) rm -rf "$c/hugo/resources" "$c/hugo/.hugo_build.lock"; cmd=(hugo --quiet -s "$c/hugo" -d "$out") ;;
    mkdocs) cmd=(mkdocs build --quiet --clean -f "$c/mkdocs.yml" -d "$out") ;;
    pandoc-html) cmd=(pandoc -d "$c/pandoc-html.yaml" -o "$out") ;;
    pandoc-epub) cmd=(pandoc -d "$c/pandoc-epub.yaml" -o "$out") ;;
  esac
  if ! /usr/bin/time -f '%e %M' -o "$work/time" "${cmd[@]}" >"$work/stdout" 2>"$work/stderr"; then
    echo "peers-benchmark: ${label[$tool]} failed at N=$n: ${cmd[*]}" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  local secs kib
  read -r secs kib < <(tail -n 1 "$work/time")
  echo "$tool $secs $kib" >> "$work/times$n"
  printf '  %-12s %7.2f s %6d MiB\n' "$tool" "$secs" $((kib / 1024)) >&2
}

# median / min / max of the numbers on stdin
stats() { sort -g | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print m, a[1], a[NR]}'; }

table=$work/table
: > "$table"
for n in "${counts[@]}"; do
  c=$work/c$n g=$work/g$n
  python3 "$peers/gen-corpus.py" "$n" --out "$c" >&2
  (cd "$project" && PROJECT=$project python3 "$peers/to-guidebook.py" "$c" "$g") >&2
  diagrams=$( (find "$g/diagrams" -name '*.puml'; grep -l '^```plantuml' "$g"/guide/chapters/*.md || true) | wc -l)
  mkdocs_theme=$(awk '/^theme:/ {getline; sub(/^ *name: */, ""); print; exit}' "$c/mkdocs.yml")
  mkdir -p "$work/out$n"
  : > "$work/times$n"
  for ((r = 1; r <= warmup + rounds; r++)); do
    if [ "$r" -le "$warmup" ]; then echo "N=$n warm-up round $r/$warmup (discarded)" >&2
    else echo "N=$n round $((r - warmup))/$rounds" >&2; fi
    for tool in "${tools[@]}"; do run_one "$n" "$tool"; done
  done
  # drop the warm-up lines (guarded: sed's "1,0d" would still delete line 1)
  [ "$warmup" -gt 0 ] && sed -i "1,$((warmup * ${#tools[@]}))d" "$work/times$n"
  gb_median=$(awk '$1 == "guidebook" {print $2}' "$work/times$n" | stats | cut -d' ' -f1)
  for tool in "${tools[@]}"; do
    read -r med lo hi < <(awk -v t="$tool" '$1 == t {print $2}' "$work/times$n" | stats)
    read -r rss _ _ < <(awk -v t="$tool" '$1 == t {print $3}' "$work/times$n" | stats)
    size=$(du -sb "$(output_of "$n" "$tool")" | cut -f1)
    if [ "$tool" = guidebook ]; then ratio="–"; else ratio=$(awk -v a="$gb_median" -v b="$med" 'BEGIN {printf "%.2f", a / b}'); fi
    name=${label[$tool]}
    [ "$tool" = mkdocs ] && name="MkDocs, theme $mkdocs_theme (site)"
    awk -v name="$name" -v n="$n" -v med="$med" -v lo="$lo" -v hi="$hi" -v rss="$rss" -v size="$size" -v ratio="$ratio" \
      'BEGIN {printf "| %s | %d | %.2f s | %.2f–%.2f s | %.0f MiB | %.1f MiB | %s |\n", name, n, med, lo, hi, rss / 1024, size / 1048576, ratio}' \
      >> "$table"
  done
  echo "N=$n: $diagrams diagrams in the corpus (Guidebook's diagram cache deleted before every run)" >> "$work/notes"
done

echo
echo "$rounds measured rounds per N after $warmup discarded warm-up round(s), interleaved (Guidebook, Hugo, MkDocs, pandoc HTML, pandoc EPUB, repeat)."
cat "$work/notes"
echo
echo "| tool | N | median wall time | min–max | median peak RSS | output size | Guidebook/peer (median wall time) |"
echo "|---|---|---|---|---|---|---|"
cat "$table"
echo
echo "Machine: nproc $(nproc); $(free -g | awk '/^Mem:/ {print $2 " GiB RAM, " $7 " GiB available"}'); load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$(java -version 2>&1 | head -n 1); $(hugo version | cut -d' ' -f1-2); $(mkdocs --version | cut -d' ' -f1-3 | tr -d ,);" \
  "mkdocs-material $(python3 -c 'import importlib.metadata as m; print(m.version("mkdocs-material"))' 2>/dev/null \
    || sed -n 's/^Version: //p' /usr/share/mkdocs/themes/mkdocs_material-*.egg-info/PKG-INFO 2>/dev/null | head -n 1);" \
  "$(pandoc --version | head -n 1); jar $(basename "$jar") $(stat -c %s "$jar") bytes; $(date -u '+%Y-%m-%d %H:%M UTC')"
