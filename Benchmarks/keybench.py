"""What the per-key benchmarks share (eventcard.py, entitypage.py, counts.py): the reader
opened on the bundled Content in tmux, with its state and notes in a temporary folder, and
the CPU its process spends on keys, read from /proc (stable where wall time is not).
Needs the shared tools beside the repository: ../shared/tools/tmuxlib.py."""
import os, subprocess, sys, tempfile, time
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "tools"))
sys.path.insert(0, "/work/shared/tools")
from tmuxlib import Reader


class KeyBench:
    """`KeyBench(sys.argv, 100)` for a script called as `SCRIPT BINARY [N_KEYS]`."""

    def __init__(self, argv, default_keys):
        binary = os.path.abspath(argv[1])
        self.n = int(argv[2]) if len(argv) > 2 else default_keys
        content = os.path.join(here, "..", "Content")
        state = tempfile.mkdtemp()
        self.reader = Reader(f"{binary} --content {content}",
                             env={"DOSSIER_STATE_DIR": state, "DOSSIER_NOTES": state + "/notes.sqlite"})
        self.reader.wait(lambda s: "Timeline · " in s and "loading" not in s, 20)
        time.sleep(2)
        self.pid = subprocess.run(["tmux", "list-panes", "-t", self.reader.s, "-F", "#{pane_pid}"],
                                  capture_output=True, text=True).stdout.split()[0]

    def cpu(self):
        fields = open(f"/proc/{self.pid}/stat").read().split(")")[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def cost(self, label, *steps, unit="key", pause=0.01):
        """Sends N steps, cycling through `steps` (a key, or a tuple of keys sent together),
        and prints the CPU per step."""
        before = self.cpu()
        for i in range(self.n):
            step = steps[i % len(steps)]
            for key in (step if isinstance(step, tuple) else (step,)):
                subprocess.run(["tmux", "send-keys", "-t", self.reader.s, key])
            time.sleep(pause)
        time.sleep(1.0)
        print(f"{label}: {1000 * (self.cpu() - before) / self.n:.2f} ms CPU per {unit} ({self.n} {unit}s; clock tick 10 ms)")
