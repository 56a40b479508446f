"""Generate splits.json: the rows a classification lesson's program holds out for testing.

Run from the repository root with Debian's interpreter (it has python3-torch):

    /usr/bin/python3 tools/make_split_fixtures.py

Each case runs the data lines the Classification lesson's program runs (lab.DataCode:
torch.manual_seed of the data set's seed, the generator's lines, then the hold-out
lines) and records test_idx, the held-out row numbers, and the first point so the
Java side can check it made the same set. A "file" case stands for a set read
from a file or drawn: the program seeds the run's seed and draws only the
randperm. Output is deterministic.
"""
import math
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fixtures import encode  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden", "splits.json")


def clusters2(n, noise):
    n_data = torch.ones(n, 2)
    x0 = torch.normal(2 * n_data, noise)
    y0 = torch.zeros(n)
    x1 = torch.normal(-2 * n_data, noise)
    y1 = torch.ones(n)
    x = torch.cat((x0, x1), 0).type(torch.FloatTensor)
    y = torch.cat((y0, y1), ).type(torch.LongTensor)
    return x, y


def shaped(shape, k, n, noise):
    t = torch.linspace(0, 1, n) if n > 1 else torch.zeros(1)
    xs, ys = [], []
    for c in range(k):
        if shape == "spiral":
            r = 0.2 + 2.8 * t
            angle = 2 * math.pi * c / k + 1.75 * math.pi * t
            px = r * torch.cos(angle) + noise * 0.2 * torch.randn(n)
            py = r * torch.sin(angle) + noise * 0.2 * torch.randn(n)
        else:  # moons
            angle = math.pi * t
            px = torch.cos(angle) if c == 0 else 1 - torch.cos(angle)
            py = torch.sin(angle) if c == 0 else 0.5 - torch.sin(angle)
            px = 2 * (px - 0.5) + noise * 0.3 * torch.randn(n)
            py = 2 * (py - 0.25) + noise * 0.3 * torch.randn(n)
        xs.append(torch.stack((px, py), 1))
        ys.append(torch.full((n,), c))
    return torch.cat(xs).type(torch.FloatTensor), torch.cat(ys).type(torch.LongTensor)


def hold_out(x, fraction):
    perm = torch.randperm(len(x))
    n_test = int(len(x) * fraction + 0.5)
    return perm[:n_test].sort()[0]


def case(name, seed, fraction, make, **params):
    torch.manual_seed(seed)
    x, _ = make()
    test_idx = hold_out(x, fraction)
    c = {"name": name, "seed": seed, "test_fraction": fraction, "rows": len(x),
         "first_point": [float(v) for v in x[0]], "test_idx": [int(i) for i in test_idx]}
    c.update(params)
    return c


def main():
    cases = [
        case("tutorial", 1, 0.2, lambda: clusters2(100, 1.0), shape="clusters", classes=2, per_class=100, noise=1.0),
        case("clusters seed 3", 3, 0.25, lambda: clusters2(50, 0.5), shape="clusters", classes=2, per_class=50,
             noise=0.5),
        case("spiral", 4, 0.25, lambda: shaped("spiral", 3, 40, 0.5), shape="spiral", classes=3, per_class=40,
             noise=0.5),
        case("moons", 2, 0.3, lambda: shaped("moons", 2, 30, 0.3), shape="moons", classes=2, per_class=30,
             noise=0.3),
        case("file", 5, 0.3, lambda: (torch.zeros(57, 2), None), shape="file", classes=2, per_class=0, noise=0.0),
    ]
    with open(OUT, "w") as fh:
        fh.write(encode.dumps({"torch": torch.__version__, "cases": cases}))


if __name__ == "__main__":
    main()
