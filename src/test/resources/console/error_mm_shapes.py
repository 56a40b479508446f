import torch
a = torch.ones(2, 3)
print(torch.mm(a, a.t()))
print(torch.mm(a, a))
