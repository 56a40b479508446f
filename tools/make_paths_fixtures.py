"""Generate paths.json: PyTorch's optimizers walking TrainLab's 2-D surfaces.

Run from the repository root with Debian's interpreter (it has python3-torch):

    /usr/bin/python3 tools/make_paths_fixtures.py

For every case (a surface, a start point, a learning rate) each of the
lesson's five optimizers, with the tutorial's presets, gets its own float32
parameter p = [x, y] starting at the start point; one step is
zero_grad(); f(p).backward(); step(), as PathsExperiment does. The file
holds, per optimizer, the position every SAMPLE_EVERY steps (step 0 is the
start), the final (last finite) position, f there, and the step at which the position
stopped being finite (-1 if never; the walk stops there, as in TrainLab).
Output is deterministic (nothing random) and rewriting it gives the same bytes.
"""
import json
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden", "paths.json")
STEPS = 200
SAMPLE_EVERY = 10

# The same expressions as org.trainlab.lab.Surface, in the same op order.
SURFACES = {
    "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
    "beale": lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2,
    "saddle": lambda x, y: x ** 2 - y ** 2,
    "bowl": lambda x, y: x ** 2 + 10 * y ** 2,
}

# The tutorial's presets (lab Optimizers.create).
OPTIMIZERS = {
    "sgd": lambda p, lr: torch.optim.SGD([p], lr=lr, foreach=False),
    "momentum": lambda p, lr: torch.optim.SGD([p], lr=lr, momentum=0.8, foreach=False),
    "rmsprop": lambda p, lr: torch.optim.RMSprop([p], lr=lr, alpha=0.9, foreach=False),
    "adam": lambda p, lr: torch.optim.Adam([p], lr=lr, betas=(0.9, 0.99), foreach=False),
    "adagrad": lambda p, lr: torch.optim.Adagrad([p], lr=lr, foreach=False),
}

# surface, start, learning rate: two starts per surface, and a learning rate
# large enough on rosenbrock that plain SGD and momentum diverge.
CASES = [
    ("rosenbrock", (-1.5, 2.0), 0.001),
    ("rosenbrock", (0.0, 0.0), 0.001),
    ("rosenbrock", (-1.5, 2.0), 0.01),
    ("beale", (1.0, 1.5), 0.01),
    ("beale", (-2.0, -2.0), 0.001),
    ("saddle", (-1.5, 0.01), 0.01),
    ("saddle", (1.0, -0.5), 0.1),
    ("bowl", (-1.8, 1.2), 0.05),
    ("bowl", (1.0, 1.0), 0.01),
]


def f32(v):
    return float(torch.tensor(v, dtype=torch.float32))


def walk(surface, start, lr, name):
    f = SURFACES[surface]
    p = torch.tensor(start, dtype=torch.float32, requires_grad=True)
    opt = OPTIMIZERS[name](p, lr)
    samples = [[f32(start[0]), f32(start[1])]]
    diverged_at = -1
    last = samples[0]
    for step in range(1, STEPS + 1):
        opt.zero_grad(set_to_none=False)
        loss = f(p[0], p[1])
        loss.backward()
        opt.step()
        with torch.no_grad():
            value = float(f(p[0], p[1]))
        x, y = float(p[0]), float(p[1])
        if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(value)):
            diverged_at = step
            break
        last = [x, y]
        if step % SAMPLE_EVERY == 0:
            samples.append(last)
    with torch.no_grad():
        pos = last
        final_loss = float(f(torch.tensor(pos[0]), torch.tensor(pos[1])))
    return {"samples": samples, "final": pos, "loss": final_loss, "diverged_at": diverged_at}


def main():
    torch.set_num_threads(1)
    cases = []
    for surface, start, lr in CASES:
        cases.append({
            "surface": surface,
            "start": [start[0], start[1]],
            "lr": lr,
            "steps": STEPS,
            "optimizers": {name: walk(surface, start, lr, name) for name in OPTIMIZERS},
        })
    doc = {"torch": torch.__version__, "sample_every": SAMPLE_EVERY, "cases": cases}
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print("paths.json %d cases" % len(cases))
    for c in cases:
        print(c["surface"], c["start"], c["lr"],
              {n: (o["final"], o["diverged_at"]) for n, o in c["optimizers"].items()})


if __name__ == "__main__":
    main()
