#!/usr/bin/env python3
"""CPU per key of the entity page and of type-to-filter (issue 13), from /proc, beside plain
reading: `i` finds the name at the cursor and the passages naming it in every article (once,
when the page opens); a key typed into the `f` list refilters its ~280 rows, folded.
usage: Benchmarks/entitypage.py BINARY [N_KEYS]   (run from the repository; needs the shared
tools beside it: ../shared/tools/tmuxlib.py, through keybench.py)"""
import sys
from keybench import KeyBench

bench = KeyBench(sys.argv, 100)
r = bench.reader
cost = bench.cost

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
