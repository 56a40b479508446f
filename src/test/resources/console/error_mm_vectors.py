import torch
x = torch.linspace(-1, 1, 5)
print(x.view(5, 1).shape, x.mean())
y = torch.ones(2, 3)
print(y + torch.ones(3))
torch.mm(x, x)
