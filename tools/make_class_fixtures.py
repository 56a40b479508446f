#!/usr/bin/python3
"""Fixtures for TrainLab's network files (class Net(nn.Module) in a .py file), written by PyTorch.

    /usr/bin/python3 tools/make_class_fixtures.py     # writes src/test/resources/golden/classes.json

Each case is a network file's source, executed here by Python (TrainLab itself only reads such files), and a
full-batch training run of its network: the data, the initial state_dict, the loss before every step and the
state_dict after the last one, plus PyTorch's printed form and state_dict keys. ClassNetworkGoldenTest trains
the same file with `trainlab train --net FILE.py --init ...` and compares step by step.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402

from fixtures import encode  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden", "classes.json")

TUTORIAL = '''import torch
import torch.nn.functional as F


class Net(torch.nn.Module):
    def __init__(self, n_feature, n_hidden, n_output):
        super(Net, self).__init__()
        self.hidden = torch.nn.Linear(n_feature, n_hidden)   # hidden layer
        self.predict = torch.nn.Linear(n_hidden, n_output)   # output layer

    def forward(self, x):
        x = F.relu(self.hidden(x))      # activation function for hidden layer
        x = self.predict(x)             # linear output
        return x


net = Net(n_feature=1, n_hidden=10, n_output=1)
print(net)
'''

TWO_HIDDEN = '''"""Two hidden layers, a Sequential head, defaults and keyword arguments."""
import torch
from torch import nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, n_in=2, n_hidden=16, n_out=1, slope=0.1):
        super().__init__()
        self.hidden1 = nn.Linear(n_in, n_hidden)
        self.hidden2 = nn.Linear(n_hidden, n_hidden - 8)
        self.head = nn.Sequential(
            nn.Linear(n_hidden - 8, 4),
            nn.LeakyReLU(negative_slope=slope),
            nn.Linear(4, n_out),
        )

    def forward(self, x):
        h = F.relu(self.hidden1(x))
        h = torch.tanh(self.hidden2(h))
        return self.head(h)


net = Net(n_hidden=16)
'''

CAT_ARITHMETIC = '''import torch
import torch.nn as nn
import torch.nn.functional as F

SCALE = 0.5


class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.a = nn.Linear(n, 6)
        self.b = nn.Linear(n, 6, bias=False)

    def forward(self, x):
        return torch.cat((self.a(x), torch.sigmoid(self.b(x))), dim=1)


class Net(nn.Module):
    def __init__(self, n_in=3, n_out=2):
        super().__init__()
        self.block = Block(n_in)
        self.out = nn.Linear(12, n_out)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        h = self.block(x) * SCALE + x.sum(dim=1, keepdim=True)
        h = F.elu(h) - 2 * x.mean(1, keepdim=True) / 3
        y = self.out(F.softplus(h, beta=2))
        return y + 0.1 * torch.tanh(y) - 1
'''

CASES = [
    # name, source, inputs, targets, optimizer, kwargs, steps
    ("tutorial", TUTORIAL, 1, 1, "SGD", {"lr": 0.2}, 60),
    ("two_hidden", TWO_HIDDEN, 2, 1, "Adam", {"lr": 0.01}, 60),
    ("cat_arithmetic", CAT_ARITHMETIC, 3, 2, "SGD", {"lr": 0.05, "momentum": 0.9}, 60),
]


def network(source):
    scope = {}
    exec(compile(source, "<network file>", "exec"), scope)  # noqa: S102 - our own fixture sources
    if "net" in scope:
        return scope["net"]
    return scope["Net"]()


def case(name, source, inputs, targets, optimizer, kwargs, steps):
    encode.case_seed("classes", name)
    x = torch.rand(40, inputs) * 2 - 1
    y = torch.cat([torch.sin(2 * x.sum(1, keepdim=True) + k) + 0.1 * torch.randn(40, 1) for k in range(targets)], 1)
    net = network(source)
    initial = encode.state(net)
    opt = getattr(torch.optim, optimizer)(net.parameters(), **kwargs)
    losses = []
    for _ in range(steps):
        loss = torch.nn.functional.mse_loss(net(x), y)
        losses.append(float(loss))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return {
        "name": name,
        "source": source,
        "repr": str(net),
        "keys": list(net.state_dict().keys()),
        "x": encode.tensor(x),
        "y": encode.tensor(y),
        "optimizer": optimizer.lower(),
        "kwargs": kwargs,
        "steps": steps,
        "initial_state": initial,
        "losses": losses,
        "final_state": encode.state(net),
    }


def main():
    torch.set_num_threads(1)
    cases = [case(*c) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(encode.dumps({"torch": torch.__version__, "cases": cases}))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
