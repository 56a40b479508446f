import torch
a = torch.ones(2, 3)
print(a.sum(0))
print(a + torch.ones(3, 2))
