#!/usr/bin/env python3
"""CPU per key of a count (issue 14): `9999j` / `9999k` run the motion up to 9,999 times
(the cap) in the reducer, against single `j` / `k`, and `9999w` / `9999b` for the character
cursor — from /proc, on hanif (the longest bundled article). A count should cost a
keystroke, not a pause.
usage: Benchmarks/counts.py BINARY [N_KEYS]   (run from the repository; needs
/work/shared/tools/tmuxlib.py)"""
import os, subprocess, sys, tempfile, time
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "tools"))
sys.path.insert(0, "/work/shared/tools")
from tmuxlib import Reader

binary, n = os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40
content = os.path.join(here, "..", "Content")
state = tempfile.mkdtemp()
r = Reader(f"{binary} --content {content}", env={"DOSSIER_STATE_DIR": state, "DOSSIER_NOTES": state + "/notes.sqlite"})
r.wait(lambda s: "Timeline · " in s and "loading" not in s, 20); time.sleep(2)
pid = subprocess.run(["tmux", "list-panes", "-t", r.s, "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.split()[0]

def cpu():
    fields = open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def cost(label, *sequences):
    before = cpu()
    for i in range(n):
        for key in sequences[i % len(sequences)]:
            subprocess.run(["tmux", "send-keys", "-t", r.s, key])
        time.sleep(0.02)
    time.sleep(1.0)
    print(f"{label}: {1000 * (cpu() - before) / n:.2f} ms CPU per motion ({n} motions; clock tick 10 ms)")

r.keys("1", "g", "Left", "j", "j", "Enter", "2", pause=0.5)
if "Pakistan-Russia Relations: Progress" not in r.screen(): print(r.screen()); sys.exit("hanif did not open")
cost("reading pane, j k", ["j"], ["k"])
cost("reading pane, 9999j 9999k (whole article each way)", ["9", "9", "9", "9", "j"], ["9", "9", "9", "9", "k"])
r.keys("c", pause=0.5)
cost("cursor mode, w b", ["w"], ["b"])
cost("cursor mode, 9999w 9999b", ["9", "9", "9", "9", "w"], ["9", "9", "9", "9", "b"])
r.close()
