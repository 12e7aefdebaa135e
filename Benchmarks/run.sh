#!/usr/bin/env bash
# The performance table of README "Performance": a release build on a generated collection,
# each Dossier figure beside its baseline (less, cat, grep) measured in the same run.
# Usage: Benchmarks/run.sh [ARTICLES] [RUNS] [NOTES]   (defaults: 1000 articles, 15 runs, 10000 notes)
# Needs python3, tmux, /usr/bin/time and ../shared/tools/firstframe.py beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
runs=${2:-15}
notes=${3:-10000}
harness=../shared/tools/firstframe.py
[ -f "$harness" ] || harness=/work/shared/tools/firstframe.py
swift build -c release --product dossier >/dev/null
binary=$PWD/.build/release/dossier

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
collection=$work/collection
python3 Benchmarks/generate.py "$collection" --articles "$articles" --notes "$notes" --seed 1
# Every run gets its own cache, state and notes: nothing of the user's is read or written.
export DOSSIER_CACHE_DIR=$work/cache DOSSIER_STATE_DIR=$work/state DOSSIER_NOTES=$work/notes.sqlite
dossier="$binary --content $collection"
middle=$(printf 'a%04d' $(( (articles + 1) / 2 )))
size=$(du -sh "$collection/articles" | cut -f1)

echo "Collection: $articles articles, $size, generated with seed 1; $runs runs each; $(nproc) cores; $(date -u +%F)"
cold=$( { /usr/bin/time -f '%e s, %M KB peak RSS' $dossier index --rebuild >/dev/null; } 2>&1 | tail -1)
echo "Building the index from nothing (dossier index --rebuild): $cold"
imported=$( { /usr/bin/time -f '%e s, %M KB peak RSS' $dossier notes import "$collection/notes.jsonld" >/dev/null; } 2>&1 | tail -1)
echo "Importing $notes notes (dossier notes import): $imported"
echo

{
python3 Benchmarks/measure.py "$runs" \
  "dossier search \"steel mill\"|dossier|$dossier search '\"steel mill\"'" \
  "grep -rilF \"steel mill\"|baseline|grep -rilF 'steel mill' $collection/articles" \
  "dossier articles|dossier|$dossier articles" \
  "dossier show $middle|dossier|$dossier show $middle --width 80" \
  "cat $middle.md|baseline|cat $collection/articles/$middle.md" \
  "dossier toc $middle|dossier|$dossier toc $middle" \
  "dossier index (nothing changed)|dossier|$dossier index" \
  "dossier check|dossier|$dossier check" \
  "cat of all files|baseline|cat $collection/articles/*.md" \
  "dossier notes list ($notes notes, all re-anchored)|dossier|$dossier notes list" \
  "dossier notes list --search 'Note 4242:'|dossier|$dossier notes list --search 'Note 4242:'" \
  "dossier notes list --article $middle|dossier|$dossier notes list --article $middle" \
  "dossier notes list --search … --sort date --json|dossier|$dossier notes list --search 'Note 42' --sort date --json"
} > "$work/table.tsv"

frames=$(python3 "$harness" "$runs" \
  "Sections ·|$dossier" \
  "Sections ·|$binary --content $PWD/Content" \
  "id: hanif|less $PWD/Content/articles/hanif.md")
harness_ms=$(echo "$frames" | awk 'NR==1 {print $1}')

echo "| work | median | p90 | peak RSS |"
echo "|---|---|---|---|"
awk -F'\t' '{ printf "| %s%s | %.1f ms | %.1f ms | %.0f MB |\n", ($2 == "baseline" ? "baseline: " : ""), $1, $3, $4, $5 }' "$work/table.tsv"
echo "$frames" | awk -v harness="$harness_ms" 'NR > 1 {
  label = $0; sub(/.*  ok [0-9]+\/[0-9]+  /, "", label)
  printf "| first frame (net of the tmux harness, %.1f ms): %s | %.1f ms | | |\n", harness, label, $1 - harness }'

# CPU per key with the notes loaded (j and page in the reading pane), from /proc.
keycost=../shared/tools/keycost.py
[ -f "$keycost" ] || keycost=/work/shared/tools/keycost.py
echo
echo "Reader with $notes notes:"
python3 "$keycost" "$binary" "$collection" 300
