#!/usr/bin/env bash
# `dossier import` of N plain-text files (the five encyclopedia fixtures, copied N/5 times
# under new names) into a new collection, then `dossier check` and `dossier articles` on it.
# Usage: Benchmarks/import.sh [N] [debug|release]   (default: 1000 release)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
configuration=${2:-release}
swift build -c "$configuration" --product dossier >/dev/null
binary=$PWD/.build/$configuration/dossier
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/texts"
fixtures=Tests/EndToEndTests/Fixtures/byzantium
for ((i = 0; i < count; i++)); do
  files=("$fixtures"/*.txt)
  cp "${files[i % ${#files[@]}]}" "$work/texts/text-$i.txt"
done
"$binary" init "$work/collection" >/dev/null
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
echo "files: $count ($(du -sh "$work/texts" | cut -f1)), $configuration build"
echo "import:   $(seconds "$binary" import "$work/texts" --into "$work/collection") s"
echo "reimport: $(seconds "$binary" import "$work/texts" --into "$work/collection") s (every file refused)"
echo "check:    $(seconds "$binary" check --content "$work/collection") s"
echo "articles: $(seconds "$binary" articles --content "$work/collection") s"
