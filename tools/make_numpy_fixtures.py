"""Generate numpy.json: what the tutorial's numpy lines compute, for TrainLab's lab.Numpy and RandomState.

Run from the repository root with Debian's interpreter (numpy 1.24):

    /usr/bin/python3 tools/make_numpy_fixtures.py

"randint" records legacy np.random.randint(low, high) draws, one call at a time,
each case ending with three np.random.rand() values (so a call that draws nothing,
randint(1, 2), is checked too). "linspace" records np.linspace in float64.
"trig" records np.sin and np.cos of float32 arrays (numpy's vectorised float32
kernel on an x86-64 CPU with AVX2 and FMA), on the Dynamic lesson's windows and
on values up to 5e4 in magnitude. Output is deterministic.
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fixtures import encode  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden", "numpy.json")


def randint_cases():
    cases = []
    for seed in (0, 1, 7, 12345):
        for low, high in ((1, 2), (1, 4), (1, 9), (0, 10), (5, 1000), (-3, 3), (0, 2**31), (0, 2**32)):
            rs = np.random.RandomState(seed)
            draws = [int(rs.randint(low, high)) for _ in range(100)]
            cases.append({"seed": seed, "low": low, "high": high, "draws": draws,
                          "then_rand": [float(v) for v in rs.rand(3)]})
    return cases


def linspace_cases():
    cases = []
    for start, stop, num in ((-1, 1, 15), (-1, 1, 2), (0, 1, 1), (1, 10, 10), (5, 5, 4), (0, 3 * np.pi, 30),
                             (6 * np.pi, 9 * np.pi, 30), (-2.5, 7.25, 101)):
        cases.append({"start": float(start), "stop": float(stop), "num": num,
                      "values": [float(v) for v in np.linspace(start, stop, num)]})
    return cases


def trig():
    xs = []
    rs = np.random.RandomState(1)
    step = 0
    for _ in range(100):  # the Dynamic lesson's windows, as its program draws them
        d = rs.randint(1, 4)
        xs.append(np.linspace(step * np.pi, (step + d) * np.pi, 10 * d, dtype=np.float32))
        step += d
    xs.append(np.random.RandomState(2).uniform(-5e4, 5e4, 1000).astype(np.float32))
    xs.append(np.float32([0.0, -0.0, 1e-20, np.pi / 4, 0.7853982, 1.5707964, 3.1415927]))
    x = np.concatenate(xs)
    return {"x": [float(v) for v in x], "sin": [float(v) for v in np.sin(x)],
            "cos": [float(v) for v in np.cos(x)]}


def main():
    out = {"numpy": np.__version__, "randint": randint_cases(), "linspace": linspace_cases(), "trig": trig()}
    with open(OUT, "w") as fh:
        fh.write(encode.dumps(out))


if __name__ == "__main__":
    main()
