"""Generate random.json: PyTorch's and numpy's own random streams, for TrainLab's generator.

Run from the repository root with Debian's interpreter (it has python3-torch):

    /usr/bin/python3 tools/make_random_fixtures.py

Every case seeds torch (torch.manual_seed) or numpy (np.random.seed) itself and
records the draws in order, so a case can be replayed from its seed alone.
Floats are float32 (torch) or float64 (numpy) values written exactly; whole
numbers are written as ints. The "torch" cases list the calls made after the
seed; "loader" records a DataLoader's batches over several epochs and the
generators' next draws after them;
"numpy" records legacy RandomState streams. Output is deterministic and
rewriting it gives the same bytes.
"""
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fixtures import encode  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden", "random.json")
SEEDS = (0, 1, 42, 2**32 + 7)


def floats(t):
    return [float(v) for v in t.reshape(-1).tolist()]


def ints(t):
    return [int(v) for v in t.reshape(-1).tolist()]


# Each step: (what the Java test calls, its arguments, how PyTorch draws it).
STEPS = {
    "rand": lambda n: floats(torch.rand(n)),
    "uniform": lambda n, lo, hi: floats(torch.empty(n).uniform_(lo, hi)),
    "randn": lambda n: floats(torch.randn(n)),
    "normal": lambda n, mean, std: floats(torch.empty(n).normal_(mean, std)),
    "normal_tensor_mean": lambda n, mean, std: floats(torch.normal(mean * torch.ones(n), std)),
    "normal_tensors": lambda n, mean, std: floats(torch.normal(mean * torch.ones(n), std * torch.ones(n))),
    "randint": lambda n, lo, hi: ints(torch.randint(lo, hi, (n,))),
    "randperm": lambda n: ints(torch.randperm(n)),
    "bernoulli": lambda n, p: ints(torch.empty(n).bernoulli_(p).long()),
    "dropout": lambda n, p: floats(torch.nn.functional.dropout(torch.ones(n), p, training=True)),
    "linear": lambda i, o: floats(torch.cat([t.reshape(-1) for t in torch.nn.Linear(i, o).parameters()])),
}

SEQUENCES = {
    "rand": [[("rand", [1])], [("rand", [5])], [("rand", [3000])]],
    "uniform": [[("uniform", [1000, -0.5, 0.5])], [("uniform", [100, -2.0, 3.0])]],
    "randn_small": [[("randn", [n]) for n in (1, 2, 3, 5, 15, 1, 1)]],
    "randn_large": [[("randn", [n])] for n in (16, 17, 31, 100, 2000)],
    "normal": [[("normal", [7, 0.5, 2.0]), ("normal", [40, -1.0, 0.1])]],
    "torch_normal": [[("normal_tensor_mean", [200, 2.0, 1.0]), ("normal_tensor_mean", [200, -2.0, 1.0])],
                     [("normal_tensors", [30, 1.5, 0.5]), ("normal_tensor_mean", [9, 0.5, 3.0])]],
    "randint": [[("randint", [1000, 0, 10]), ("randint", [100, -5, 1000003])], [("randint", [50, 0, 2**33 + 5])]],
    "randperm": [[("randperm", [n]) for n in (1, 2, 10, 100, 1000)]],
    "bernoulli": [[("bernoulli", [1000, 0.3]), ("bernoulli", [20, 0.9])]],
    "dropout": [[("dropout", [1000, 0.5]), ("dropout", [100, 0.2])]],
    "linear": [[("linear", [1, 10]), ("linear", [10, 1])], [("linear", [2, 10]), ("linear", [10, 2])],
               [("linear", [1, 20]), ("linear", [20, 20]), ("linear", [20, 1])]],
    "mixed": [[("randn", [3]), ("rand", [2]), ("randn", [1]), ("randn", [20]), ("randn", [1]), ("randperm", [7]),
               ("randn", [2])]],
}


def torch_cases():
    cases = []
    for group, seqs in SEQUENCES.items():
        for k, seq in enumerate(seqs):
            for seed in SEEDS:
                torch.manual_seed(seed)
                draws = [{"op": op, "args": args, "values": STEPS[op](*args)} for op, args in seq]
                cases.append({"name": "%s/%d/seed%d" % (group, k, seed), "seed": seed, "draws": draws})
    return cases


def loader_cases():
    cases = []
    for seed, n, batch, drop, own in ((1, 10, 5, False, None), (0, 100, 32, False, None), (42, 37, 8, True, None),
                                      (3, 20, 6, False, 11)):
        torch.manual_seed(seed)
        data = torch.utils.data.TensorDataset(torch.arange(n))
        gen = None if own is None else torch.Generator().manual_seed(own)
        loader = torch.utils.data.DataLoader(data, batch_size=batch, shuffle=True, drop_last=drop, generator=gen)
        epochs = []
        for _ in range(3):
            epochs.append([ints(b) for (b,) in loader])
        after = floats(torch.rand(3))
        own_after = None if gen is None else floats(torch.rand(3, generator=gen))
        cases.append({"seed": seed, "n": n, "batch": batch, "drop_last": drop, "generator_seed": own,
                      "epochs": epochs, "rand_after": after, "generator_rand_after": own_after})
    torch.manual_seed(5)
    plain = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.arange(6)), batch_size=4)
    for _ in plain:
        pass
    cases.append({"seed": 5, "n": 6, "batch": 4, "drop_last": False, "shuffle": False,
                  "rand_after": floats(torch.rand(3))})
    return cases


def numpy_cases():
    cases = []
    for seed in (0, 1, 42, 2**32 - 1):
        np.random.seed(seed)
        uniform = np.random.uniform(-1.0, 1.0, 1000).tolist()
        randn = np.random.randn(1001).tolist()
        one = [float(np.random.randn())]
        rand = np.random.rand(5).tolist()
        tail = np.random.randn(3).tolist()
        cases.append({"seed": seed, "uniform": uniform, "randn": randn, "randn_one": one, "rand": rand,
                      "randn_tail": tail})
    return cases


def main():
    torch.set_num_threads(1)
    out = {"torch": torch_cases(), "loader": loader_cases(), "numpy": numpy_cases()}
    text = encode.dumps(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("random.json %d bytes" % len(text.encode("utf-8")))


if __name__ == "__main__":
    main()
