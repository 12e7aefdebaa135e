#!/usr/bin/env python3
"""CPU per key of the entity page and of type-to-filter (issue 13), from /proc, beside plain
reading: `i` finds the name at the cursor and the passages naming it in every article (once,
when the page opens); a key typed into the `f` list refilters its ~280 rows, folded.
usage: Benchmarks/entitypage.py BINARY [N_KEYS]   (run from the repository; needs the shared
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

r.keys("/"); r.type('"Z.A.Bhutto in 1970s"'); r.keys("Enter", pause=0.5)
r.wait(lambda s: "Match 1 of 1" in s, 10)
cost("reading pane, j k", "j", "k")
cost("i then Esc (open the entity page: name at the cursor, passages in every article)", "i", "Escape")
r.keys("i", pause=0.5)
if not r.wait(lambda s: "┌─ Zulfikar Ali Bhutto" in s, 10)[0]: print(r.screen()); sys.exit("the entity page did not open")
cost("entity page, Down Up (rows)", "Down", "Up")
r.keys("Escape", "3", "f", pause=0.5)
r.wait(lambda s: "Filter the timeline" in s, 10)
cost("f list, typing a then Backspace (refilter ~280 rows)", "a", "BSpace")
r.close()
