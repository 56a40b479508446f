"""Summary of a million draws of torch.randn (float32, seed 0), for GaussianTest: TrainLab's normal
generator must match PyTorch's in moments and tails. Writes src/test/resources/golden/gaussian.json."""
import json
import torch

N = 1_000_000
torch.manual_seed(0)
z = torch.randn(N).double()
m = z.mean()
c = z - m
var = (c ** 2).mean()
summary = {
    "draws": N,
    "torch": torch.__version__,
    "mean": m.item(),
    "std": var.sqrt().item(),
    "skewness": ((c ** 3).mean() / var ** 1.5).item(),
    "excess_kurtosis": ((c ** 4).mean() / var ** 2 - 3).item(),
    # share of draws beyond k standard deviations, both tails and the upper one
    "beyond": {str(k): (z.abs() > k).double().mean().item() for k in (1, 2, 3, 4)},
    "above": {str(k): (z > k).double().mean().item() for k in (1, 2, 3, 4)},
    "quantiles": {str(q): torch.quantile(z[:200_000], q).item() for q in (0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999)},
    "max_abs": z.abs().max().item(),
}
with open("src/test/resources/golden/gaussian.json", "w") as f:
    json.dump(summary, f, indent=1)
print(json.dumps(summary, indent=1))
