#!/usr/bin/python3
"""The four seed workloads of `trainlab bench`, in PyTorch, on one thread.

Run with Debian's interpreter (apt-get install python3-torch):

    /usr/bin/python3 bench/pytorch_bench.py [--seconds 3]

Prints one JSON object of the same shape as `trainlab bench --json`, so the two compare side by side:
{"regression": {"steps_per_s": ...}, "classification": {"steps_per_s": ...},
 "optimizers": {"batches_per_s": ...}, "gan": {"steps_per_s": ...}, ...}
"""
import argparse
import json
import platform
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)


def timed(step, seconds, warmup_steps=200):
    for _ in range(warmup_steps):
        step()
    count = 0
    start = time.perf_counter()
    while True:
        for _ in range(50):
            step()
        count += 50
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count / elapsed


def regression(seconds):
    torch.manual_seed(1)
    x = torch.unsqueeze(torch.linspace(-1, 1, 100), dim=1)
    y = x.pow(2) + 0.2 * torch.rand(x.size())
    net = torch.nn.Sequential(torch.nn.Linear(1, 10), torch.nn.ReLU(), torch.nn.Linear(10, 1))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.2)
    loss_func = torch.nn.MSELoss()

    def step():
        loss = loss_func(net(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return timed(step, seconds)


def classification(seconds):
    torch.manual_seed(1)
    n_data = torch.ones(100, 2)
    x0 = torch.normal(2 * n_data, 1)
    x1 = torch.normal(-2 * n_data, 1)
    x = torch.cat((x0, x1), 0).float()
    y = torch.cat((torch.zeros(100), torch.ones(100))).long()
    net = torch.nn.Sequential(torch.nn.Linear(2, 10), torch.nn.ReLU(), torch.nn.Linear(10, 2))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.02)
    loss_func = torch.nn.CrossEntropyLoss()

    def step():
        loss = loss_func(net(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return timed(step, seconds)


def optimizers(seconds):
    """The tutorial's four nets (SGD, Momentum, RMSprop, Adam); one unit is one batch with every net stepping."""
    torch.manual_seed(1)
    x = torch.unsqueeze(torch.linspace(-1, 1, 1000), dim=1)
    y = x.pow(2) + 0.1 * torch.normal(torch.zeros(*x.size()))
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=32, shuffle=True)
    nets = [torch.nn.Sequential(torch.nn.Linear(1, 20), torch.nn.ReLU(), torch.nn.Linear(20, 1)) for _ in range(4)]
    opts = [torch.optim.SGD(nets[0].parameters(), lr=0.01),
            torch.optim.SGD(nets[1].parameters(), lr=0.01, momentum=0.8),
            torch.optim.RMSprop(nets[2].parameters(), lr=0.01, alpha=0.9),
            torch.optim.Adam(nets[3].parameters(), lr=0.01, betas=(0.9, 0.99))]
    loss_func = torch.nn.MSELoss()
    batches = []

    def step():
        if not batches:
            batches.extend(loader)
        b_x, b_y = batches.pop()
        for net, opt in zip(nets, opts):
            loss = loss_func(net(b_x), b_y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return timed(step, seconds)


def gan(seconds):
    """One step of the tutorial's GAN in the corrected order: G first, then D on detached fakes."""
    torch.manual_seed(1)
    batch, ideas, components = 64, 5, 15
    points = torch.linspace(-1, 1, components).repeat(batch, 1)
    G = torch.nn.Sequential(torch.nn.Linear(ideas, 128), torch.nn.ReLU(), torch.nn.Linear(128, components))
    D = torch.nn.Sequential(torch.nn.Linear(components, 128), torch.nn.ReLU(), torch.nn.Linear(128, 1),
                            torch.nn.Sigmoid())
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-4)
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-4)

    def step():
        a = torch.rand(batch, 1) + 1
        real = a * points.pow(2) + (a - 1)
        fake = G(torch.randn(batch, ideas))
        g_loss = torch.mean(torch.log(1. - D(fake)))
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        prob_real = D(real)
        prob_fake = D(fake.detach())
        d_loss = -torch.mean(torch.log(prob_real) + torch.log(1. - prob_fake))
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
    return timed(step, seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per workload")
    args = parser.parse_args()
    result = {
        "regression": {"steps_per_s": regression(args.seconds)},
        "classification": {"steps_per_s": classification(args.seconds)},
        "optimizers": {"batches_per_s": optimizers(args.seconds)},
        "gan": {"steps_per_s": gan(args.seconds)},
        "engine": "pytorch " + torch.__version__,
        "threads": torch.get_num_threads(),
        "python": platform.python_version(),
        "machine": platform.processor() or platform.machine(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
