#!/usr/bin/env python3
"""The reader's notes at scale: launch to the first frame, then to the notes pane showing the
first article's notes read from the database ("Loading the notes…" gone), over RUNS runs; the
reader's CPU (from /proc, stable on a loaded machine) when the notes are shown; then CPU per key
with them loaded. Prints rows for run.sh's table: median / p90.

usage: notesload.py BINARY CONTENT_DIR RUNS [KEYS]
The notes database, state and cache come from the environment (DOSSIER_NOTES, DOSSIER_STATE_DIR,
DOSSIER_CACHE_DIR): run.sh sets them to its temporary folder. Needs ../shared/tools/tmuxlib.py."""
import os, statistics, subprocess, sys, time
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "tools"))
sys.path.insert(0, "/work/shared/tools")
from tmuxlib import Reader

binary, content, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
keys = int(sys.argv[4]) if len(sys.argv) > 4 else 200
passthrough = {k: os.environ[k] for k in ("DOSSIER_NOTES", "DOSSIER_STATE_DIR", "DOSSIER_CACHE_DIR") if k in os.environ}


def cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p90(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def pid_of(reader):
    return subprocess.run(["tmux", "list-panes", "-t", reader.s, "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.split()[0]


frames, loaded, loaded_cpu = [], [], []
for run in range(runs):
    started = time.perf_counter()
    reader = Reader(f"{binary} --content {content}", env=passthrough)
    screen, _ = reader.wait(lambda s: "Sections ·" in s, 60)
    frames.append((time.perf_counter() - started) * 1000)
    screen, _ = reader.wait(lambda s: "Sections ·" in s and "Loading the notes" not in s, 60)
    loaded.append((time.perf_counter() - started) * 1000)
    loaded_cpu.append(cpu(pid_of(reader)) * 1000)
    if run < runs - 1:
        reader.close()

print(f"| reader: launch to first frame (with the notes database) | {statistics.median(frames):.0f} ms | {p90(frames):.0f} ms |")
print(f"| reader: launch to the notes shown | {statistics.median(loaded):.0f} ms | {p90(loaded):.0f} ms |")
print(f"| reader: CPU used by then (first frame and notes) | {statistics.median(loaded_cpu):.0f} ms | {p90(loaded_cpu):.0f} ms |")

# CPU per key with the notes loaded: j in the reading pane (the notes pane follows it), and
# page down; each key's CPU, from /proc, averaged over KEYS keys.
time.sleep(3)  # let the background refresh and the events settle
pid = pid_of(reader)
reader.keys("2", pause=0.3)
for label, key in (("j", "j"), ("page", "Space")):
    before = cpu(pid)
    for _ in range(keys):
        subprocess.run(["tmux", "send-keys", "-t", reader.s, key])
        time.sleep(0.01)
    time.sleep(1.0)
    print(f"| reader with the notes loaded: `{label}` | {1000 * (cpu(pid) - before) / keys:.2f} ms CPU per key ({keys} keys, clock tick 10 ms) | |")
reader.close()
