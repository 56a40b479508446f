#!/usr/bin/python3
"""Model-file fixtures for TrainLab's ModelFile and NetworkSpec tests, written by PyTorch.

    /usr/bin/python3 tools/make_model_fixtures.py                 # writes src/test/resources/io/model_*
    /usr/bin/python3 tools/make_model_fixtures.py --verify DIR    # loads TrainLab's model files from DIR

Each fixture X.safetensors is the state_dict of a known PyTorch network (written with the safetensors package
when it can be imported, with make_io_fixtures.reference_save otherwise), and X.json holds what TrainLab must
get from it: the network as a TrainLab spec, PyTorch's repr of it, an input and the network's output in eval
mode. The tutorial's Net is a class, not a spec: its JSON has no spec and the Java test defines Net itself.

--verify reads the whole-model files ModelInteropTest wrote: it builds each network by evaluating the file's
trainlab.architecture with torch.nn's names (a spec is PyTorch syntax; so trusted files only), compares
str(network) with trainlab.repr, loads the tensors with load_state_dict(strict=True) and compares the eval
output with the one TrainLab computed.
"""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_io_fixtures import OUT, reference_load, save, st  # noqa: E402


class Net(torch.nn.Module):
    """The tutorial's regression network (301)."""

    def __init__(self, n_feature, n_hidden, n_output):
        super().__init__()
        self.hidden = torch.nn.Linear(n_feature, n_hidden)
        self.predict = torch.nn.Linear(n_hidden, n_output)

    def forward(self, x):
        return self.predict(torch.relu(self.hidden(x)))


def trained(model, x, y, steps=3):
    """A few SGD steps, so BatchNorm's running statistics and num_batches_tracked move."""
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        out = model(x)
        out = out[0] if isinstance(out, tuple) else out
        loss = torch.nn.functional.mse_loss(out, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model


def write(name, model, spec, x):
    model.eval()
    with torch.no_grad():
        out = model(x)
        out = out[0] if isinstance(out, tuple) else out
    path = os.path.join(OUT, name + ".safetensors")
    save({k: v.detach().clone() for k, v in model.state_dict().items()}, path, {"format": "pt"})
    expected = {
        "torch_version": torch.__version__,
        "writer": "safetensors " + sys.modules["safetensors"].__version__ if st else "reference_save",
        "spec": spec,
        "repr": str(model),
        "keys": list(model.state_dict().keys()),
        "input": {"shape": list(x.shape), "data": x.reshape(-1).tolist()},
        "output": {"shape": list(out.shape), "data": out.reshape(-1).tolist()},
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path), "with", expected["writer"])


def make_fixtures():
    nn = torch.nn
    torch.manual_seed(304)
    x = torch.randn(6, 3)
    mlp = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.BatchNorm1d(5), nn.Dropout(0.2), nn.Linear(5, 2))
    write("model_mlp", trained(mlp, x, torch.randn(6, 2)),
          "Sequential(Linear(3, 5), ReLU(), BatchNorm1d(5), Dropout(p=0.2), Linear(5, 2))", x)

    x = torch.linspace(-1, 1, 8).unsqueeze(1)
    write("model_net", trained(Net(1, 10, 1), x, x.pow(2)), None, x)

    x = torch.randn(5, 4)
    layers = nn.Sequential(
        nn.Linear(4, 6, bias=False), nn.BatchNorm1d(6, eps=1e-3, momentum=0.2), nn.LeakyReLU(negative_slope=0.1),
        nn.Linear(6, 6), nn.ELU(alpha=0.5), nn.GELU(approximate="tanh"), nn.Softplus(beta=2, threshold=10),
        nn.BatchNorm1d(6, momentum=None, affine=False), nn.Dropout(p=0.3), nn.Tanh(),
        nn.BatchNorm1d(6, track_running_stats=False), nn.Linear(6, 3), nn.Sigmoid(), nn.Softmax(dim=1))
    write("model_layers", trained(layers, x, torch.rand(5, 3)),
          "Sequential(Linear(4, 6, bias=False), BatchNorm1d(6, eps=0.001, momentum=0.2), "
          "LeakyReLU(negative_slope=0.1), Linear(6, 6), ELU(alpha=0.5), GELU(approximate='tanh'), "
          "Softplus(beta=2, threshold=10), BatchNorm1d(6, momentum=None, affine=False), Dropout(p=0.3), Tanh(), "
          "BatchNorm1d(6, track_running_stats=False), Linear(6, 3), Sigmoid(), Softmax(dim=1))", x)

    x = torch.randn(3, 5, 2)
    rnn = nn.RNN(2, 4, num_layers=2, nonlinearity="relu", batch_first=True)
    write("model_rnn", trained(rnn, x, torch.randn(3, 5, 4)),
          "RNN(2, 4, num_layers=2, nonlinearity='relu', batch_first=True)", x)


def verify(directory):
    checked = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".safetensors"):
            continue
        path = os.path.join(directory, name)
        if st is not None:
            from safetensors import safe_open
            tensors = st.load_file(path)
            with safe_open(path, framework="pt") as f:
                metadata = f.metadata() or {}
            how = "safetensors.torch.load_file"
        else:
            tensors, metadata = reference_load(path)
            how = "reference_load"
        spec = metadata["trainlab.architecture"]
        model = eval(spec, {"__builtins__": {}}, dict(vars(torch.nn)))  # the spec is PyTorch syntax
        assert str(model) == metadata["trainlab.repr"], f"{name}: repr\n{model}\n!=\n{metadata['trainlab.repr']}"
        model.load_state_dict(tensors, strict=True)
        model.eval()
        with open(path[:-len(".safetensors")] + ".json", encoding="utf-8") as f:
            expected = json.load(f)
        x = torch.tensor(expected["input"]["data"]).reshape(expected["input"]["shape"])
        with torch.no_grad():
            out = model(x)
            out = out[0] if isinstance(out, tuple) else out
        want = torch.tensor(expected["output"]["data"]).reshape(expected["output"]["shape"])
        diff = (out - want).abs().max().item()
        assert diff <= 1e-5, f"{name}: output differs by {diff}"
        print(f"ok  {name}: {spec}: {how}, repr equal, load_state_dict(strict=True), eval output max diff {diff:.2g}")
        checked += 1
    if checked == 0:
        sys.exit(f"nothing to verify in {directory} (run ModelInteropTest first)")
    print(f"{checked} TrainLab model files verified with torch {torch.__version__}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verify", metavar="DIR", help="check the whole-model files TrainLab wrote into DIR")
    args = parser.parse_args()
    if args.verify:
        verify(args.verify)
    else:
        make_fixtures()
