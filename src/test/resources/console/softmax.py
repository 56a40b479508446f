import torch
import torch.nn.functional as F
v = torch.tensor([1.0, 2.0, 3.0])
print(F.softmax(v, dim=0), F.softmax(v, dim=0).sum())
print(torch.softmax(v, 0), v.softmax(0))
m = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
print(F.softmax(m, dim=1))
print(F.softmax(m, dim=0))
print(F.log_softmax(m, dim=1))
print(F.softmax(v / 0.5, dim=0))
