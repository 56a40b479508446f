"""Generate TrainLab's golden test fixtures with PyTorch.

Run from the repository root with Debian's interpreter (it has python3-torch):

    /usr/bin/python3 tools/make_fixtures.py

It (re)writes ops.json, layers.json, losses.json, optim.json,
regression.json and repr.json into src/test/resources/golden/. Output is
deterministic: every group seeds torch itself, work is single-threaded, and
rerunning produces byte-identical files. The generators live in
tools/fixtures/ (one module per file; encode.py has the shared encoding).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402

from fixtures import encode, layers, losses, ops, optim, regression, reprs  # noqa: E402

OUT_DIR = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "golden")
GENERATORS = (ops, layers, losses, optim, regression, reprs)


def main():
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float32)
    os.makedirs(OUT_DIR, exist_ok=True)
    for gen in GENERATORS:
        path = os.path.join(OUT_DIR, gen.FILE_NAME)
        text = encode.dumps(gen.build())
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        print("%-16s %8d bytes" % (gen.FILE_NAME, len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
