import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[0.5], [1.0]])
print(torch.mm(a, a), torch.matmul(a, b), a @ b, a.mm(b))
v = torch.tensor([1.0, 2.0])
print(v.dot(v), torch.dot(v, v), a @ v, torch.matmul(v, a))
print(a.t() @ a)
