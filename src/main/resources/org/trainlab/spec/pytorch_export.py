#!/usr/bin/env python3
"""The TrainLab model {{SOURCE}}, rebuilt in PyTorch.

Written by `trainlab export-pytorch`. Needs torch and numpy; the safetensors package is used when it is
installed, a small reader and writer of the same format below otherwise.

As a module, build_model() returns the network with the saved weights loaded:

    from {{MODULE}} import build_model
    net = build_model()

As a script, it carries on training with the saved settings ({{SUMMARY}})
on a CSV file: a header row, then rows whose first {{INPUTS}} the rest the targets (for
CrossEntropyLoss, one column of class indices):

    python3 {{SCRIPT}} DATA.csv [--steps N] [--log LOSS.jsonl] [--out OUT.safetensors]
"""
import argparse
import csv
import json
import os
import struct
import sys

import numpy as np
import torch

WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), {{WEIGHTS}})
SETTINGS = {{SETTINGS}}
{{CLASSES}}

def make_network():
    """{{SPEC}}, with PyTorch's initial weights."""
    return {{NETWORK}}


def build_model(weights=WEIGHTS):
    """The network with the weights saved in `weights` (every key must match: strict=True)."""
    model = make_network()
    tensors, _ = read_safetensors(weights)
    model.load_state_dict(tensors, strict=True)
    return model


def make_training(model):
    """The loss function and the optimizer the model was trained with."""
{{TRAINING}}


# ---------------------------------------------------------------- safetensors

NUMPY_DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1",
                "U8": "u1", "BOOL": "?"}
SAFETENSORS_DTYPES = {torch.float32: ("F32", "<f4"), torch.int64: ("I64", "<i8")}


def read_safetensors(path):
    """The tensors and the metadata of a safetensors file."""
    try:
        from safetensors import safe_open
    except ImportError:
        safe_open = None
    if safe_open is not None:
        with safe_open(path, framework="pt") as f:
            return {k: f.get_tensor(k) for k in f.keys()}, dict(f.metadata() or {})
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    metadata = header.pop("__metadata__", None) or {}
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        dtype = np.dtype(NUMPY_DTYPES[info["dtype"]])
        array = np.frombuffer(data, dtype=dtype, count=(end - begin) // dtype.itemsize, offset=8 + n + begin)
        tensors[name] = torch.from_numpy(array.reshape(info["shape"]).astype(dtype.newbyteorder("=")))
    return tensors, metadata


def write_safetensors(path, tensors, metadata):
    """Writes tensors (float32 and int64) and metadata as a safetensors file, replacing `path` at once."""
    tensors = {k: v.detach().contiguous() for k, v in tensors.items()}
    temp = path + ".tmp"
    try:
        from safetensors.torch import save_file
    except ImportError:
        save_file = None
    if save_file is not None:
        save_file(tensors, temp, metadata=metadata)
    else:
        header, chunks, offset = {"__metadata__": dict(metadata)} if metadata else {}, [], 0
        for name, t in tensors.items():
            dtype, layout = SAFETENSORS_DTYPES[t.dtype]
            data = t.numpy().astype(layout).tobytes()
            header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
            chunks.append(data)
            offset += len(data)
        text = json.dumps(header, separators=(",", ":")).encode("utf-8")
        text += b" " * (-len(text) % 8)
        with open(temp, "wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for chunk in chunks:
                f.write(chunk)
    os.replace(temp, path)


# ---------------------------------------------------------------- training

def read_csv(path):
    """Inputs and targets from a CSV file with a header row."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    rows = []
    for number, row in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            rows.append([float(cell) for cell in row])
        except ValueError as e:
            sys.exit(f"error: {path} line {number}: {e}")
    if not rows:
        sys.exit(f"error: {path}: no data rows after the header")
    values = torch.tensor(rows, dtype=torch.float32)
    inputs = SETTINGS["inputs"]
    x, y = values[:, :inputs], values[:, inputs:]
    if SETTINGS["loss"] == "CrossEntropyLoss":
        y = y[:, 0].long()
    return x, y


def train(model, x, y, steps, log):
    """`steps` optimizer steps, one batch each, writing {"step": n, "loss": value} per step to `log`."""
    torch.manual_seed(SETTINGS["seed"])
    loss_fn, optimizer = make_training(model)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y),
                                         batch_size=SETTINGS["batch_size"] or len(x), shuffle=SETTINGS["shuffle"])
    model.train()
    step = 0
    while step < steps:
        for xb, yb in loader:
            output = model(xb)
            if isinstance(output, tuple):  # nn.RNN returns (output, h_n)
                output = output[0]
            loss = loss_fn(output, yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
            log.write(json.dumps({"step": step, "loss": loss.item()}) + "\n")
            if step == steps:
                break


def main(argv=None):
    parser = argparse.ArgumentParser(description="Carry on training the TrainLab model {{SOURCE}} in PyTorch.")
    parser.add_argument("data", help="CSV file: a header row, then the inputs and the targets")
    parser.add_argument("--steps", type=int, default=SETTINGS["steps"] if SETTINGS else 0,
                        help="optimizer steps (default: the saved %(default)s)")
    parser.add_argument("--log", help="write the per-step JSON lines to this file instead of stdout")
    parser.add_argument("--out", help="save the trained model here (safetensors, with TrainLab's metadata)")
    args = parser.parse_args(argv)
    if SETTINGS is None:
        sys.exit("error: {{SOURCE}} was saved without training settings; train it with `trainlab train` first")
    model = build_model()
    x, y = read_csv(args.data)
    if args.log:
        with open(args.log, "w", encoding="utf-8") as log:
            train(model, x, y, args.steps, log)
    else:
        train(model, x, y, args.steps, sys.stdout)
    if args.out:
        _, metadata = read_safetensors(WEIGHTS)
        write_safetensors(args.out, model.state_dict(), metadata)


if __name__ == "__main__":
    main()
