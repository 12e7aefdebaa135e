#!/usr/bin/env python3
"""CPU per key of the event card (issue 13) against plain reading, from /proc: the card is
laid out once per change (its facts come from the same code as `dossier event`, the
related ranking included), so its keys should cost about what a reading key costs; and
of the tellings side by side (`s`), when the binary has them.
usage: Benchmarks/eventcard.py BINARY [N_KEYS]   (run from the repository; needs the shared
tools beside it: ../shared/tools/tmuxlib.py)"""
import os, subprocess, sys, tempfile, time
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "tools"))
sys.path.insert(0, "/work/shared/tools")
from tmuxlib import Reader

binary, n = os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100
content = os.path.join(here, "..", "Content")
state = tempfile.mkdtemp()
r = Reader(f"{binary} --content {content}", env={"DOSSIER_STATE_DIR": state, "DOSSIER_NOTES": state + "/notes.sqlite"})
r.wait(lambda s: "Timeline · " in s and "loading" not in s, 20); time.sleep(2)
pid = subprocess.run(["tmux", "list-panes", "-t", r.s, "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.split()[0]

def cpu():
    fields = open(f"/proc/{pid}/stat").read().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def cost(label, *keys):
    before = cpu()
    for i in range(n):
        subprocess.run(["tmux", "send-keys", "-t", r.s, keys[i % len(keys)]]); time.sleep(0.01)
    time.sleep(1.0)
    print(f"{label}: {1000 * (cpu() - before) / n:.2f} ms CPU per key ({n} keys; clock tick 10 ms)")

r.keys("/"); r.type('"in 1962 the Soviets captured"'); r.keys("Enter", pause=0.5)
cost("reading pane, j k", "j", "k")
r.keys("e", pause=0.5)
if "The U-2 incident" not in r.screen(): print(r.screen()); sys.exit("the card did not open")
cost("event card, j k (rows)", "j", "k")
cost("event card, ] [ (another event's card)", "]", "[")
r.keys("s", pause=0.5)
if r.wait(lambda s: "SIDE BY SIDE" in s, 30)[0]:
    cost("side by side, j k (scroll a side)", "j", "k")
    cost("side by side, t T (the side's other telling)", "t", "T")
else:
    print("no side by side in this binary:", r.screen().splitlines()[-1])
r.close()
