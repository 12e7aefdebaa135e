#!/usr/bin/env bash
# The reader and `show` on pathological articles: one 400,000-word line, 5,000 headings,
# one 2 MB line, one 10 MB line. Each is a one-article collection made in a temp dir.
# Reports `show` time and peak RSS beside `cat` of the same file, the reader's CPU per key
# and RSS (../shared/tools/keycost.py), and the CPU of a `/` search, of `n`, of a width
# change and of `G` in the reader beside the same keys in `less` on the same file.
# Usage: Benchmarks/longarticle.sh [BINARY] [KEYS]   (default: the release build, 300 keys)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=../shared/tools
[ -f "$tools/keycost.py" ] || { echo "needs $tools/keycost.py (the shared tools beside the repo)"; exit 2; }
if [ $# -ge 1 ]; then
    binary=$(realpath "$1")
else
    swift build -c release --product dossier >/dev/null
    binary=$PWD/.build/release/dossier
fi
keys=${2:-300}
work=$(mktemp -d)
# A tmux server of this run's own, ended with it (a stray server slows every figure).
export TMUX_TMPDIR=$work/tmux
mkdir -p "$TMUX_TMPDIR"
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export DOSSIER_STATE_DIR=$work/state DOSSIER_NOTES=$work/notes.sqlite
export XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache

# collection NAME BODY_GENERATOR: a collection holding one article whose body the
# generator (a python expression printing to stdout) writes.
collection() {
    local dir=$work/$1
    mkdir -p "$dir/articles"
    printf 'title: %s\narticles:\n  - long\n' "$1" >"$dir/collection.yaml"
    {
        printf -- '---\nid: long\ntitle: "A long article"\nauthors: []\nkind: journal-article\nsource: long.txt\n---\n\n'
        python3 -c "$2"
    } >"$dir/articles/long.md"
}
collection oneline 'import sys
words = ["pipeline", "corridor", "Moscow", "Islamabad", "gas", "treaty", "relations", "visit"]
sys.stdout.write(" ".join(words[i % 8] + str(i % 97) for i in range(400000)) + "\n")'
collection headings 'import sys
for i in range(5000):
    sys.stdout.write(f"# Heading {i}\n\nThe corridor talks went on in round {i}.\n\n")'
# one_line BYTES: one line of about BYTES bytes of words.
one_line='import sys
words = ["pipeline", "corridor", "Moscow", "Islamabad", "gas", "treaty", "relations", "visit"]
out, size, i = [], 0, 0
while size < int(sys.argv[1]):
    w = words[i % 8] + str(i % 89); out.append(w); size += len(w) + 1; i += 1
sys.stdout.write(" ".join(out) + "\n")'
collection twomb "import sys; sys.argv = ['', '2000000']
$one_line"
collection tenmb "import sys; sys.argv = ['', '10000000']
$one_line"

# key_cost NAME COMMAND READY QUERY: in tmux (120x40), CPU of `/QUERY` Enter, of 10 `n`,
# of a width change (the window narrowed to 100 columns and widened back) and of `G`,
# then the peak RSS. COMMAND is the dossier reader or `less` on the same file; READY a
# text its first screen shows.
key_cost() {
    python3 - "$tools" "$@" <<'PY'
import os, shlex, subprocess, sys, time
tools, name, command, ready, query = sys.argv[1:6]
sys.path.insert(0, tools)
from tmuxlib import Reader
r = Reader(command)
if r.wait(lambda s: ready in s, 60)[0] is None: print(f"  {name}: did not start"); sys.exit(1)
time.sleep(2)
pid = subprocess.run(["tmux", "list-panes", "-t", r.s, "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.split()[0]
def cpu():
    f = open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
def settle():
    # wait until the program stops using CPU (a key that takes long is still running)
    last = cpu()
    while True:
        time.sleep(0.5)
        now = cpu()
        if now == last: return
        last = now
if name == "dossier": r.keys("2", pause=0.3)
settle(); c0 = cpu()
r.keys("/", pause=0.2); r.type(query, pause=0.2); r.keys("Enter", pause=0.2); settle()
c1 = cpu()
for _ in range(10): r.keys("n", pause=0.05)
settle(); c2 = cpu()
subprocess.run(["tmux", "resize-window", "-t", r.s, "-x", "100"]); settle()
subprocess.run(["tmux", "resize-window", "-t", r.s, "-x", "120"]); settle()
c3 = cpu()
r.keys("G", pause=0.2); settle(); c4 = cpu()
hwm = next((l.split()[1] for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM")), "?")
print(f"  {name:7} /{query}: {1000*(c1-c0):5.0f} ms | n: {1000*(c2-c1)/10:6.1f} ms per key | "
      f"two width changes: {1000*(c3-c2):5.0f} ms | G: {1000*(c4-c3):5.0f} ms | peak RSS {hwm} KB (CPU, clock tick 10 ms)")
r.close()
PY
}

for name in oneline headings twomb tenmb; do
    dir=$work/$name
    file=$dir/articles/long.md
    echo "== $name ($(du -h "$file" | cut -f1))"
    /usr/bin/time -f '  show:             %e s elapsed, %U s user + %S s sys CPU, %M KB peak RSS' "$binary" show long --content "$dir" --width 80 >/dev/null
    /usr/bin/time -f '  show --width 200: %e s elapsed, %U s user + %S s sys CPU, %M KB peak RSS' "$binary" show long --content "$dir" --width 200 >/dev/null
    /usr/bin/time -f '  cat (baseline):   %e s elapsed, %U s user + %S s sys CPU, %M KB peak RSS' cat "$file" >/dev/null
    python3 "$tools/keycost.py" "$binary" "$dir" "$keys" | sed 's/^/  /'
    key_cost dossier "$binary --content $dir" Reading corridor
    key_cost less "LESSHISTFILE=- less $file" long corridor
done
# One argument holding the query (20,000 separate arguments would time swift-argument-parser's
# handling of them instead of the search).
echo "== oneline: dossier search, one term repeated 20,000 times in one argument"
/usr/bin/time -f '  search: %e s elapsed, %U s user + %S s sys CPU, %M KB peak RSS' timeout 120 "$binary" search \
    --content "$work/oneline" "$(python3 -c 'print(" ".join(["gas5"] * 20000))')" >/dev/null || true
