#!/bin/sh
# The whole test suite under AddressSanitizer, leaks included (issue 9).
#   Fuzz/asan.sh [ARGUMENTS FOR swift test, e.g. --filter NotesStoreTests]
# The sanitized build goes to .build-asan/ (git-ignored), so .build/ stays as it is. The
# end-to-end tests run the sanitized `dossier` beside the test bundle and pass it the options
# below (DossierProcess forwards ASAN_OPTIONS/LSAN_OPTIONS); the readers they start in tmux
# get them from this run's own tmux server. Fuzz/lsan.supp lists the leaks that are the
# toolchain's, not ours. About 10 minutes to build and 25 to run on 2 cores.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
swift build --build-tests --sanitize=address --scratch-path .build-asan
tmux_dir=$(mktemp -d)
trap 'TMUX_TMPDIR="$tmux_dir" tmux kill-server 2>/dev/null; rm -rf "$tmux_dir"' EXIT
TMUX_TMPDIR="$tmux_dir" \
ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    swift test --skip-build --sanitize=address --scratch-path .build-asan "$@"
