#!/usr/bin/python3
"""Safetensors and CSV fixtures for TrainLab's org.trainlab.io tests, written by PyTorch.

    /usr/bin/python3 tools/make_io_fixtures.py                  # writes src/test/resources/io/
    /usr/bin/python3 tools/make_io_fixtures.py --verify DIR     # checks files TrainLab wrote into DIR

The Java suite never runs Python: it reads the fixtures written here, and its SafeTensorsInteropTest
writes TrainLab files plus the values it meant to write into target/io-interop/, which --verify then
loads in PyTorch (safetensors.torch.load_file, then load_state_dict(strict=True) for a model's state_dict).

Needs torch (Debian: python3-torch). Files are written with the `safetensors` package when it can be
imported (Debian does not package it; an unpacked wheel on PYTHONPATH does). Without it, they are written
by reference_save below, a standalone writer of the reference format: an 8-byte little-endian header
length, a compact JSON header ({"__metadata__": {...}, name: {"dtype", "shape", "data_offsets"}}) padded
with spaces to a multiple of 8 bytes, then each tensor's raw little-endian row-major bytes, no holes.
--verify checks with both the package (when present) and reference_load, the matching standalone reader.

Next to each fixture X.safetensors goes X.json: the metadata, the tensors in header order with their
stored dtype, shape and the values PyTorch gets when converting them to float32 ("bits", the float32 bit
patterns, so NaN, -0.0 and subnormals compare exactly) or to int64 ("values").
"""
import argparse
import json
import math
import os
import struct
import sys

import torch

try:
    import safetensors.torch as st
except ImportError:
    st = None

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "io")

DTYPES = {
    torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8", torch.uint8: "U8",
    torch.bool: "BOOL",
}
BY_NAME = {name: dtype for dtype, name in DTYPES.items()}


# ---------------------------------------------------------------- reference format

def tensor_bytes(t):
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: same bits as int16
        t = t.view(torch.int16)
    return t.numpy().tobytes()


def reference_save(tensors, path, metadata=None):
    """Writes tensors the way the safetensors library lays them out (largest dtype first, then by name)."""
    order = sorted(tensors, key=lambda k: (-tensors[k].element_size(), k))
    header, chunks, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = dict(metadata)
    for name in order:
        data = tensor_bytes(tensors[name])
        header[name] = {"dtype": DTYPES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def reference_load(path):
    """Reads a safetensors file strictly: tensors in header order, and the metadata."""
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    assert 8 + n <= len(raw), "header length past the end"
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    metadata = header.pop("__metadata__", {})
    data = raw[8 + n:]
    cursor = 0
    for name, info in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"]):
        begin, end = info["data_offsets"]
        assert begin == cursor and end >= begin, f"tensor {name}: offsets {begin}, {end} leave a hole or overlap"
        cursor = end
    assert cursor == len(data), "data not fully covered"
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        dtype = BY_NAME[info["dtype"]]
        view = torch.int16 if dtype == torch.bfloat16 else dtype
        chunk = bytearray(data[begin:end])
        flat = torch.frombuffer(chunk, dtype=view) if chunk else torch.empty(0, dtype=view)
        tensors[name] = flat.view(dtype).reshape(info["shape"])
    return tensors, metadata


def save(tensors, path, metadata=None):
    if st is not None:
        st.save_file(tensors, path, metadata=metadata)
    else:
        reference_save(tensors, path, metadata)


def header_order(path):
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n).decode("utf-8"))
    return [k for k in header if k != "__metadata__"]


def describe(t):
    """The expected values of a tensor once TrainLab has loaded it."""
    entry = {"dtype": DTYPES[t.dtype], "shape": list(t.shape)}
    if t.is_floating_point():
        entry["bits"] = t.to(torch.float32).reshape(-1).view(torch.int32).tolist()
    else:
        entry["values"] = t.to(torch.int64).reshape(-1).tolist()
    return entry


def write_fixture(name, tensors, metadata=None):
    path = os.path.join(OUT, name + ".safetensors")
    save(tensors, path, metadata)
    expected = {
        "torch_version": torch.__version__,
        "writer": "safetensors " + sys.modules["safetensors"].__version__ if st else "reference_save",
        "metadata": metadata or {},
        "tensors": [dict(name=k, **describe(tensors[k])) for k in header_order(path)],
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", os.path.relpath(path), "with", expected["writer"])


def mlp():
    return torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.BatchNorm1d(4), torch.nn.ReLU(), torch.nn.Linear(4, 1))


def make_fixtures():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)

    # A real state_dict after one training step: BatchNorm's running stats moved, num_batches_tracked = 1.
    model = mlp()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(8, 2), torch.randn(8, 1)
    torch.nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    write_fixture("torch_mlp", {k: v.clone() for k, v in model.state_dict().items()}, {"format": "pt"})

    write_fixture("torch_ranks", {
        "scalar_f32": torch.tensor(3.5),
        "vec_f32": torch.tensor([-0.0, math.inf, -math.inf, math.nan, 1e-45, 3.4028235e38, 1.0 / 3.0]),
        "mat_f32": torch.randn(2, 3),
        "cube_f32": torch.randn(2, 3, 4),
        "empty_f32": torch.zeros(0, 3),
        "scalar_i64": torch.tensor(7),
        "vec_i64": torch.tensor([-3, 0, 2 ** 24, -(2 ** 24)]),
        "mat_i64": torch.tensor([[1, 2], [3, 4]]),
        "cube_i64": torch.arange(6).reshape(2, 1, 3),
    })

    write_fixture("torch_conversions", {
        "f64": torch.tensor([0.1, 1.0 / 3.0, 1e-50, 1e300, -2.5, 1.5e-45, 16777217.0], dtype=torch.float64),
        "f16": torch.tensor([1.0, 65504.0, 6e-8, -0.0, math.inf, math.nan, 0.1, -2.0], dtype=torch.float16),
        "bf16": torch.tensor([1.0, 3.14159, -1e38, 1e-40, math.inf, 0.1], dtype=torch.bfloat16),
        "bf16_mat": torch.randn(2, 3).to(torch.bfloat16),
        "i32": torch.tensor([-2 ** 31, 0, 2 ** 31 - 1], dtype=torch.int32),
        "i16": torch.tensor([-32768, 5, 32767], dtype=torch.int16),
        "i8": torch.tensor([[-128, 0], [1, 127]], dtype=torch.int8),
        "u8": torch.tensor([0, 128, 255], dtype=torch.uint8),
        "bool": torch.tensor([True, False, True]),
    })

    architecture = str(torch.nn.Sequential(torch.nn.Linear(2, 1)))
    write_fixture("torch_metadata", {"weight": torch.tensor([[0.5, -1.5]]), "bias": torch.tensor([0.25])}, {
        "format": "pt",
        "architecture": architecture,
        "settings": json.dumps({"optimizer": "SGD", "lr": 0.1, "epochs": 3}),
        "unicode": "naïve – 模型 🚀",
        "quotes": 'say "hi" \\ bye',
        "empty": "",
    })


# ---------------------------------------------------------------- checking TrainLab's files

def bits(t):
    return t.to(torch.float32).reshape(-1).view(torch.int32).tolist()


def check_tensors(label, tensors, expected):
    names = [e["name"] for e in expected["tensors"]]
    assert sorted(tensors) == sorted(names), f"{label}: keys {sorted(tensors)} != {sorted(names)}"
    for e in expected["tensors"]:
        t = tensors[e["name"]]
        want_dtype = torch.int64 if e["dtype"] == "I64" else torch.float32
        assert t.dtype == want_dtype, f"{label} {e['name']}: dtype {t.dtype}"
        assert list(t.shape) == e["shape"], f"{label} {e['name']}: shape {list(t.shape)} != {e['shape']}"
        if "bits" in e:
            assert bits(t) == e["bits"], f"{label} {e['name']}: values differ"
        else:
            assert t.reshape(-1).tolist() == e["values"], f"{label} {e['name']}: values differ"


def verify(directory):
    checked = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            expected = json.load(f)
        path = os.path.join(directory, expected["file"])
        if path.endswith(".csv"):
            import csv
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            assert rows[0] == expected["columns"], f"{name}: header {rows[0]}"
            values = torch.tensor([[float(v) for v in row] for row in rows[1:]], dtype=torch.float32)
            assert bits(values) == expected["bits"], f"{name}: CSV values differ"
            print(f"ok  {expected['file']}: csv.reader + float() read {len(rows) - 1} rows exactly")
            checked += 1
            continue
        tensors, metadata = reference_load(path)
        check_tensors("reference_load " + expected["file"], tensors, expected)
        assert metadata == expected["metadata"], f"{name}: metadata {metadata}"
        how = "reference_load"
        if st is not None:
            check_tensors("load_file " + expected["file"], st.load_file(path), expected)
            from safetensors import safe_open
            with safe_open(path, framework="pt") as f:
                assert (f.metadata() or {}) == expected["metadata"], f"{name}: metadata {f.metadata()}"
            how = "safetensors.torch.load_file + safe_open metadata, and reference_load"
        if expected.get("module") == "mlp":
            model = mlp()
            state = st.load_file(path) if st is not None else tensors
            model.load_state_dict(state, strict=True)
            model.eval()
            with torch.no_grad():
                out = model(torch.tensor(expected["input"], dtype=torch.float32)).reshape(-1)
            want = torch.tensor(expected["output"], dtype=torch.float32)
            diff = (out - want).abs().max().item()
            assert diff <= 1e-5, f"{name}: forward {out.tolist()} != TrainLab's {want.tolist()}"
            how += f", load_state_dict(strict=True), eval forward matches TrainLab's (max diff {diff:.2g})"
        print(f"ok  {expected['file']}: {how}")
        checked += 1
    if checked == 0:
        sys.exit(f"nothing to verify in {directory} (run SafeTensorsInteropTest first)")
    print(f"{checked} files verified with torch {torch.__version__}"
          + (f" and safetensors {sys.modules['safetensors'].__version__}" if st else " (safetensors not installed)"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verify", metavar="DIR", help="check files TrainLab wrote into DIR")
    args = parser.parse_args()
    if args.verify:
        verify(args.verify)
    else:
        make_fixtures()
