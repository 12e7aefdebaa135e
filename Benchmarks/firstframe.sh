#!/usr/bin/env bash
# Launch to first frame of the release reader on the bundled collection, next to `less`
# opening the longest article, measured the same way in the same run (tmux, polled
# capture-pane; medians net of the harness). Usage: Benchmarks/firstframe.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
harness=../shared/tools/firstframe.py
[ -f "$harness" ] || { echo "needs $harness (the shared tools beside the repo)"; exit 2; }
swift build -c release --product dossier >/dev/null
binary=$PWD/.build/release/dossier
longest=$(ls -S Content/articles/*.md | head -1)
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
python3 "$harness" "$runs" \
  "Sections ·|env DOSSIER_STATE_DIR=$state DOSSIER_NOTES=$state/notes.sqlite $binary --content $PWD/Content" \
  "id: $(basename "$longest" .md)|less $PWD/$longest"
