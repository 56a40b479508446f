#!/usr/bin/python3
"""Expected output of the PyTorch console's corpus, written by Python with PyTorch and numpy.

    /usr/bin/python3 tools/make_console_fixtures.py     # writes src/test/resources/console/*.out

Runs every src/test/resources/console/*.py as `python3 FILE.py` in that folder (so a script sees nothing but
itself) and records what it printed on stdout; when the script fails, the last line of the traceback follows
(what TrainLab's console prints after the output). ConsoleCorpusTest runs each script through the console's
interpreter and compares byte for byte.
"""
import glob
import os
import subprocess
import sys

import numpy
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "console")


def main():
    print("torch", torch.__version__, "numpy", numpy.__version__, file=sys.stderr)
    scripts = sorted(glob.glob(os.path.join(CORPUS, "*.py")))
    for script in scripts:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONWARNINGS="ignore", MPLBACKEND="Agg")
        run = subprocess.run([sys.executable, os.path.basename(script)], cwd=CORPUS, env=env,
                             capture_output=True, timeout=120)
        out = run.stdout.decode("utf-8")
        if run.returncode != 0:
            lines = [l for l in run.stderr.decode("utf-8").splitlines() if l.strip()]
            out += lines[-1] + "\n"
        with open(script[:-3] + ".out", "w", encoding="utf-8", newline="") as f:
            f.write(out)
        print(os.path.basename(script), "exit", run.returncode, file=sys.stderr)
    print(len(scripts), "scripts", file=sys.stderr)


if __name__ == "__main__":
    main()
