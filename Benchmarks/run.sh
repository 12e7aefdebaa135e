#!/usr/bin/env bash
# The performance table of README "Performance": a release build on a generated collection,
# each Dossier figure beside its baseline (less, cat, grep) measured in the same run.
# Usage: Benchmarks/run.sh [ARTICLES] [RUNS] [NOTES]   (defaults: 1000 articles, 15 runs, 10000 notes)
# Needs python3, tmux, valgrind, /usr/bin/time and ../shared/tools/{firstframe,keycost}.py beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
runs=${2:-15}
notes=${3:-10000}
tools=../shared/tools
[ -f "$tools/firstframe.py" ] || tools=/work/shared/tools
harness=$tools/firstframe.py
# What `make install` ships: the Swift runtime linked in, so start-up loads no Swift libraries.
# DOSSIER_BINARY names a binary built that way already (a release build takes half an hour here).
binary=${DOSSIER_BINARY:-}
if [ -z "$binary" ]; then
  swift build -c release --static-swift-stdlib --product dossier >/dev/null
  binary=$PWD/.build/release/dossier
fi

work=$(mktemp -d)
# A tmux server of our own, started with the environment below (never the user's sessions).
export TMUX_TMPDIR=$work/tmux
mkdir -p "$TMUX_TMPDIR"
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
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
  "dossier notes list ($notes notes, anchored at import)|dossier|$dossier notes list" \
  "dossier notes list --search 'Note 4242:'|dossier|$dossier notes list --search 'Note 4242:'" \
  "dossier notes list --article $middle|dossier|$dossier notes list --article $middle" \
  "dossier notes list --search … --sort date --json|dossier|$dossier notes list --search 'Note 42' --sort date --json" \
  "dossier notes list --json ($notes notes)|dossier|$dossier notes list --json" \
  "dossier notes export --format w3c ($notes notes)|dossier|$dossier notes export --format w3c"
} > "$work/table.tsv"

# Warm means the index is built: the bundled collection's too (a harness run is stopped at its
# first frame, before the reader's background build could commit it).
$binary --content "$PWD/Content" index >/dev/null 2>&1
# Cold: a cache of its own where the index is never complete (each run is stopped at its first
# frame, before the background build commits), so every run starts with no index.
frames=$(python3 "$harness" "$runs" \
  "Sections ·|$dossier" \
  "Sections ·|env DOSSIER_CACHE_DIR=$work/cold-cache $dossier" \
  "Sections ·|$binary --content $PWD/Content" \
  "id: hanif|less $PWD/Content/articles/hanif.md")
harness_ms=$(echo "$frames" | awk 'NR==1 {print $1}')

echo "| work | median | p90 | peak RSS |"
echo "|---|---|---|---|"
awk -F'\t' '{ printf "| %s%s | %.1f ms | %.1f ms | %.0f MB |\n", ($2 == "baseline" ? "baseline: " : ""), $1, $3, $4, $5 }' "$work/table.tsv"
echo "$frames" | awk -v harness="$harness_ms" 'NR > 1 {
  label = $0; sub(/.*  ok [0-9]+\/[0-9]+  /, "", label)
  printf "| first frame (net of the tmux harness, %.1f ms): %s | %.1f ms | | |\n", harness, label, $1 - harness }'

# The first frame rows, in the order given to the harness above.
echo
echo "First frame rows: 1,000 articles with the index built (warm), then with no index (cold), then the bundled collection, then less."

# One scroll step's cost in instructions (stable on a loaded machine): callgrind instruments only
# while 20 `j` keys are handled, on the 1,000-article collection with its index built.
# valgrind cannot read the debug information of the static binary: it runs a stripped copy.
steps=20
session=callgrind
strip -o "$work/dossier-stripped" "$binary"
# Another file is another build to the index (ProgramIdentity): the copy gets an index of its own,
# built here, or the reader would rebuild it in the background under valgrind for minutes.
env DOSSIER_CACHE_DIR="$work/stripped-cache" "$work/dossier-stripped" --content "$collection" index >/dev/null 2>&1
tmux new-session -d -s $session -x 120 -y 40 \
  "env LANG=C.UTF-8 TERM=xterm-256color DOSSIER_CACHE_DIR=$work/stripped-cache valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=$work/callgrind.out $work/dossier-stripped --content $collection"
wait_for() { for _ in $(seq 1 600); do tmux capture-pane -p -t $session 2>/dev/null | grep -q "$1" && return 0; tmux has-session -t $session 2>/dev/null || return 1; sleep 0.5; done; return 1; }
wait_for "Sections ·"
# Let the background refresh and the events finish first.
for _ in $(seq 1 600); do tmux capture-pane -p -t $session 2>/dev/null | grep -qE "Indexing|Loading the events" || break; sleep 0.5; done
valgrind_pid=$(tmux list-panes -t $session -F '#{pane_pid}')
callgrind_control --instr=on "$valgrind_pid" >/dev/null
for _ in $(seq 1 $steps); do tmux send-keys -t $session j; sleep 0.3; done
sleep 2
callgrind_control --instr=off "$valgrind_pid" >/dev/null
tmux send-keys -t $session q
for _ in $(seq 1 120); do kill -0 "$valgrind_pid" 2>/dev/null || break; sleep 0.5; done
total=$(callgrind_annotate "$work/callgrind.out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
if [ -n "$total" ]; then
  echo "One scroll step (j) at 1,000 articles: $(( total / steps )) instructions (callgrind, $steps steps)"
else
  echo "One scroll step: callgrind wrote no totals (see $work/callgrind.out)"
fi
tmux kill-session -t $session 2>/dev/null || true

# CPU per key and peak RSS of the reader, then after one collection search and 20 articles opened.
echo
python3 "$tools/keycost.py" "$binary" "$collection" 50

# The reader with the notes imported above: launch to the notes shown (the first article's, read
# from the database), its CPU by then, and CPU per key with them loaded, from /proc.
echo
echo "Reader with $notes notes (median / p90 of $runs runs):"
echo "| work | median | p90 |"
echo "|---|---|---|"
python3 Benchmarks/notesload.py "$binary" "$collection" "$runs" 300
