import torch
torch.manual_seed(1)
print(torch.rand(3))
print(torch.randn(2, 2))
torch.manual_seed(1)
print(torch.rand(3))
