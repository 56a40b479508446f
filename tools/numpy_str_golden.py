"""Writes src/test/resources/golden/numpy/str.txt: arrays and what numpy's str() prints for them.

Each case is three lines and a blank one: "int64" or "float64" and the shape, the values (repr, space
separated), then the printed text with newlines written as \\n. Run with Debian's /usr/bin/python3.
"""
import numpy as np

rng = np.random.default_rng(201)
cases = [
    np.arange(6).reshape((2, 3)),
    np.array([-1, -2, 1, 2]),
    np.abs(np.array([-1, -2, 1, 2])),
    np.sin(np.array([-1, -2, 1, 2])),
    np.sin(np.arange(8)),
    np.sin(np.arange(30)),
    np.matmul([[1, 2], [3, 4]], [[1, 2], [3, 4]]),
    np.array([[1.5, -2.0], [3.25, 4.0]]),
    np.array([1.0, 2.5]),
    np.array([0.5, -1.25, 100.0, 3.0]),
    np.array([1e-5, 1.0]),
    np.array([1.5e-5, -2.0, 3.0]),
    np.array([1e9, 2.0]),
    np.array([0.0, 0.0]),
    np.array([123456.789, 0.1]),
    np.array([-0.0, 1.0]),
    np.array([[100000, -3], [7, 12345678]]),
    np.arange(40).reshape((2, 20)),
    np.arange(-30, 30),
    np.array([[0.1, 0.2, 0.3], [1.0 / 3, 2.0 / 3, 1.0]]),
]
for shape in [(5,), (3, 4), (2, 9), (12,)]:
    for scale in [1.0, 10.0, 1000.0, 1e-3]:
        cases.append(rng.standard_normal(shape) * scale)
for shape in [(4,), (3, 3), (2, 15)]:
    cases.append(rng.integers(-1000, 1000, shape))

with open("src/test/resources/golden/numpy/str.txt", "w") as f:
    for a in cases:
        kind = "int64" if a.dtype.kind == "i" else "float64"
        f.write(kind + " " + " ".join(str(d) for d in a.shape) + "\n")
        f.write(" ".join(repr(float(v)) for v in a.ravel()) + "\n")
        f.write(str(a).replace("\n", "\\n") + "\n\n")
