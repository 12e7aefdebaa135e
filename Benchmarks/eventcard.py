#!/usr/bin/env python3
"""CPU per key of the event card (issue 13) against plain reading, from /proc: the card is
laid out once per change (its facts come from the same code as `dossier event`, the
related ranking included), so its keys should cost about what a reading key costs; and
of the tellings side by side (`s`), when the binary has them.
usage: Benchmarks/eventcard.py BINARY [N_KEYS]   (run from the repository; needs the shared
tools beside it: ../shared/tools/tmuxlib.py, through keybench.py)"""
import sys
from keybench import KeyBench

bench = KeyBench(sys.argv, 100)
r = bench.reader
cost = bench.cost

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
