import torch
import torch.nn.functional as F
x = torch.linspace(-3, 3, 7)
print(F.relu(x))
print(torch.sigmoid(x))
print(torch.tanh(x))
print(F.softplus(x))
print(F.leaky_relu(x), F.leaky_relu(x, negative_slope=0.2))
print(F.elu(x), F.elu(x, alpha=0.5))
print(F.gelu(x))
print(F.softplus(x, beta=2))
print(torch.relu(x).data.numpy())
print(F.tanh(x).data.numpy())
