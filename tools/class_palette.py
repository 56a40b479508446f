"""Class colours for TrainLab's charts (org.trainlab.app.chart.Palette.CLASSES): Okabe and Ito's
colour-blind-safe set first, then colours picked greedily (Glasbey's method) so that each new one is as
far as possible, in CIELAB, from every colour before it. Candidates keep a middle lightness and some
chroma, so every class shows on the light and on the dark background. Prints the Java array."""
import itertools
import numpy as np

OKABE_ITO = ["#d55e00", "#009e73", "#0072b2", "#e69f00", "#cc79a7", "#56b4e9", "#f0e442", "#999999"]
COUNT = 64


def lab(rgb):
    c = np.asarray(rgb, dtype=float)
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = c @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def hex_rgb(h):
    return [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]


steps = np.linspace(0, 1, 24)
cand = np.array(list(itertools.product(steps, steps, steps)))
cl = lab(cand)
chroma = np.hypot(cl[:, 1], cl[:, 2])
keep = (cl[:, 0] >= 38) & (cl[:, 0] <= 82) & (chroma >= 25)
cand, cl = cand[keep], cl[keep]
chosen = [hex_rgb(h) for h in OKABE_ITO]
d = np.min([np.linalg.norm(cl - lab(c), axis=1) for c in chosen], axis=0)
while len(chosen) < COUNT:
    i = int(np.argmax(d))
    chosen.append(list(cand[i]))
    d = np.minimum(d, np.linalg.norm(cl - cl[i], axis=1))
hexes = ["#%02x%02x%02x" % tuple(int(round(v * 255)) for v in c) for c in chosen]
labs = lab(np.array([hex_rgb(h) for h in hexes]))
dist = np.linalg.norm(labs[:, None] - labs[None], axis=2) + np.eye(COUNT) * 1e9
print("// min CIELAB distance between two classes: %.1f" % dist.min())
for row in range(0, COUNT, 4):
    print("        " + ", ".join('Color.web("%s")' % h for h in hexes[row:row + 4]) + ",")
