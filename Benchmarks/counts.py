#!/usr/bin/env python3
"""CPU per key of a count (issue 14): `9999j` / `9999k` run the motion up to 9,999 times
(the cap) in the reducer, against single `j` / `k`, and `9999w` / `9999b` for the character
cursor — from /proc, on hanif (the longest bundled article). A count should cost a
keystroke, not a pause.
usage: Benchmarks/counts.py BINARY [N_KEYS]   (run from the repository; needs
/work/shared/tools/tmuxlib.py)"""
import sys
from keybench import KeyBench

bench = KeyBench(sys.argv, 40)
r = bench.reader

def cost(label, *sequences):
    bench.cost(label, *(tuple(keys) for keys in sequences), unit="motion", pause=0.02)

r.keys("1", "g", "Left", "j", "j", "Enter", "2", pause=0.5)
if "Pakistan-Russia Relations: Progress" not in r.screen(): print(r.screen()); sys.exit("hanif did not open")
cost("reading pane, j k", ["j"], ["k"])
cost("reading pane, 9999j 9999k (whole article each way)", ["9", "9", "9", "9", "j"], ["9", "9", "9", "9", "k"])
r.keys("c", pause=0.5)
cost("cursor mode, w b", ["w"], ["b"])
cost("cursor mode, 9999w 9999b", ["9", "9", "9", "9", "w"], ["9", "9", "9", "9", "b"])
r.close()
