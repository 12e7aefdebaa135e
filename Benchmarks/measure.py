#!/usr/bin/env python3
"""Runs commands repeatedly and prints one table row each: median and p90 wall time, and peak RSS.

usage: measure.py RUNS 'LABEL|BASELINE-LABEL|COMMAND' ...

Commands run interleaved (A B A B ...) so that machine drift hits all alike; output is
discarded. Wall time is measured around the process (start-up included); peak RSS comes from
one extra run under /usr/bin/time -f %M, so the timed runs carry no wrapper.
"""
import statistics, subprocess, sys, time


def wall(command):
    started = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def peak_rss_mb(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M", "sh", "-c", command + " >/dev/null 2>/dev/null"],
                            capture_output=True, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def p90(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def main():
    runs = int(sys.argv[1])
    specs = [argument.split("|", 2) for argument in sys.argv[2:]]
    times = {index: [] for index in range(len(specs))}
    for index, (_, _, command) in enumerate(specs):
        wall(command)  # warm the page cache and the index
    for _ in range(runs):
        for index, (_, _, command) in enumerate(specs):
            times[index].append(wall(command))
    for index, (label, kind, command) in enumerate(specs):
        values = times[index]
        print("%s\t%s\t%.1f\t%.1f\t%.1f" % (label, kind, statistics.median(values), p90(values), peak_rss_mb(command)))


main()
