#!/usr/bin/env bash
# Time and peak memory of every CLI command on a hostile collection (the one the end-to-end
# tests build in Tests/EndToEndTests/HostileCollection.swift, huge articles included: escapes
# in every YAML field and body, invalid UTF-8, NUL, a binary file, a 10 MB line, 10,000
# headings, 100 KB runs of `*`/`_`/`[`). Prints a Markdown table; output goes to /dev/null.
# Usage: Benchmarks/hostile.sh [debug|release]   (default release; debug when CPU is short)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-release}
swift build -c "$configuration" --product dossier >/dev/null
binary=$PWD/.build/$configuration/dossier
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/Content" <<'PY'
import os, random, sys
root = sys.argv[1]
os.makedirs(root + "/articles")
y = r"\e]0;pwned\a \e]52;c;cHduZWQ=\a \e[2J \x9b31m \u202e \0 \x7f"
raw = "\x1b]0;pwned\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J \u009b31m \u202e \x7f"
def write(path, data):
    with open(os.path.join(root, path), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
def front(id):
    return (f'---\nid: {id}\ntitle: "{id} {y}"\nauthors:\n  - name: "Author {y}"\n    affiliation: "A {y}"\n'
            f'venue: "Venue {y}"\npublished: "2020"\nkind: journal-article\nsource: "s {y}"\n---\n\n')
def letters(n):
    d = chr(97 + n % 26)
    return d if n < 26 else letters(n // 26) + d
write("collection.yaml", f'title: "Hostile {y}"\ndescription: "D {y}"\narticles: [evil, headings, longline, runs]\n')
write("articles/evil.md", (front("evil") + f"# Raw escapes {raw}\n\nThe quiet passage that notes and events can quote. "
      f"A footnote[^a] and [a link {raw}](http://x).\n\n[^a]: See[^b].\n\n[^b]: See[^a].\n").encode()
      + b"\nBytes: \x00\x9b2J\xff\xfe\xc0\xaf\xe2\x80 end.\n")
write("articles/headings.md", front("headings") + "\n".join(f"## Heading {letters(n)}\n\nText of the section.\n" for n in range(10000)))
write("articles/longline.md", front("longline") + "word " * 2_000_000 + "\n")
write("articles/runs.md", front("runs") + "\n\n".join(s * (100_000 // len(s)) for s in ["*", "_", "[", "**_[", "](", "[^"]) + "\n")
random.seed(9)
write("articles/binary.md", bytes(random.getrandbits(8) for _ in range(65536)))
write("entities.yaml", f'entities:\n  - id: mallory\n    name: "Mallory {y}"\n    kind: person\n    description: "D {y}"\n    aliases: ["Mal"]\n')
write("events.yaml", f'events:\n  - id: evil-event\n    title: "Event {y}"\n    summary: "S {y}"\n    date: "2020"\n'
      f'    entities: [mallory]\n    tags: [plain]\n    mentions:\n      - article: evil\n'
      f'        quote: "The quiet passage that notes and events can quote"\n')
PY

export DOSSIER_CONTENT=$work/Content DOSSIER_NOTES=$work/notes.sqlite DOSSIER_STATE_DIR=$work
# A run that takes over 5 minutes is stopped and reported as such.
measure() {
  local started ended status=0
  started=$(date +%s%N)
  timeout 300 /usr/bin/time -f "%M" -o "$work/rss" "$binary" "$@" >/dev/null 2>&1 || status=$?
  ended=$(date +%s%N)
  local ms=$(( (ended - started) / 1000000 ))
  local rss=$(( $(tail -1 "$work/rss" 2>/dev/null || echo 0) / 1024 ))
  [ "$status" = 124 ] && rss="?" && ms="> 300000"
  # The arguments hold an escape: shown as `cat -v` shows it, never raw.
  printf '| `%s` | %s ms | %s MB | %s |\n' "$(printf '%s' "$*" | cat -v)" "$ms" "$rss" "$status"
}
echo "| command ($configuration) | time | peak RSS | exit |"
echo "|---|---|---|---|"
measure articles
measure articles --json
measure toc headings
measure toc evil --json
for article in evil headings runs longline; do measure show "$article" --plain; done
measure search pwned
measure search word --article longline --json
measure check --warnings
measure timeline
measure event evil-event
measure entity mallory
measure notes add --article evil --quote "The quiet passage that notes and events can quote" --tag "t$(printf '\033')]0;x"
measure notes list
measure notes export --format markdown
measure notes export --format w3c -o "$work/export.json"
measure notes import "$work/export.json"
measure notes check
