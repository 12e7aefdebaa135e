#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Fuzzers) and runs one or all of them.
#   Fuzz/run.sh markdown|yaml|dates|anchor|w3c|all SECONDS
# Seeds come from Fuzz/Corpus/<target>/ (read only); new inputs go to
# Fuzz/Work/<target>/corpus and crashes, hangs (-timeout) and memory blow-ups
# (-rss_limit_mb) to Fuzz/Work/<target>/crash-*, timeout-*, oom-* (git-ignored).
# "all" runs the targets one after the other, SECONDS each.
set -eu
targets="markdown yaml dates anchor w3c"
if [ $# -ne 2 ]; then
    echo "usage: $0 $(echo $targets | tr ' ' '|')|all SECONDS" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
case "$1" in
    all) chosen=$targets ;;
    markdown|yaml|dates|anchor|w3c) chosen=$1 ;;
    *) echo "unknown target '$1'; expected one of: $targets, all" >&2; exit 2 ;;
esac
seconds=$2

# -Xswiftc -sanitize=fuzzer does not link; SwiftPM's --sanitize=fuzzer does.
for target in $chosen; do
    swift build --package-path "$here/Fuzzers" -c release --sanitize=fuzzer --product "fuzz-$target"
done
bin=$(swift build --package-path "$here/Fuzzers" -c release --sanitize=fuzzer --show-bin-path)

for target in $chosen; do
    work="$here/Work/$target"
    mkdir -p "$work/corpus" "$work/tmp"
    echo "== fuzz-$target for $seconds s (corpus $work/corpus)"
    # Swift's backtracer would bury libFuzzer's report of a crash; TMPDIR holds the
    # w3c target's notes database.
    SWIFT_BACKTRACE=enable=no TMPDIR="$work/tmp" "$bin/fuzz-$target" "$work/corpus" "$here/Corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -artifact_prefix="$work/" -print_final_stats=1 || status=$?
    rm -rf "$work/tmp"
    [ "${status:-0}" -eq 0 ] || exit "$status"
done
