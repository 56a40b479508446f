import torch
import torch.nn as nn
torch.manual_seed(1)
layer = nn.Linear(2, 3)
print(layer)
print(layer.weight)
print(layer.bias)
x = torch.tensor([[1.0, 2.0]])
print(layer(x))
net = nn.Sequential(nn.Linear(1, 4), nn.ReLU(), nn.Linear(4, 1))
print(net)
for name, p in net.named_parameters():
    print(name, p.shape)
print(sum(p.numel() for p in net.parameters()))
print(nn.Sigmoid(), nn.Tanh(), nn.Softplus(), nn.LeakyReLU(0.2), nn.Softmax(dim=1))
