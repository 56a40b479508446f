import torch
t = torch.tensor([[1.5, 2.0], [3.0, 4.25]])
print(t.sum().item(), t[0, 0].item(), torch.tensor(3).item())
print(t.tolist(), torch.tensor([1, 2]).tolist())
print(float(t[1, 1]), int(torch.tensor(7)))
print(torch.tensor(0.1).item(), torch.tensor([0.1, 0.2]).sum().item())
print(len(t), t.numel())
