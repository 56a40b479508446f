import torch
import numpy as np

loss = torch.tensor(0.123456)
step = 7
print(f"step {step}: loss {loss.item():.4f}")
print(f"{loss:.3f} {loss.item()!r} {'text'!r} {step:>5}|{step:<4}|{step:^5}|{step:05d}")
print(f"{1234567.891:,.2f} {0.000123456:.2e} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {-1.5:+.1f}")
print(f"{0.25:.1%} {12:d} {-3:4d} {1e20:.3f}")
print(f"{{braces}} {[1, 2]} {(1, 'a')} {None} {True}")
print('Loss=%.4f' % loss.data.numpy())
print("%d items, %s, %r, %5.1f%%" % (3, "x", "y", 99.44))
print("%e" % 12345.678, "%.3E" % 0.000123)
x = torch.ones(2)
print(f"x = {x}")
print(f"{np.mean(np.array([1.0, 2.0])):.3f}", f"{np.arange(3)}")
